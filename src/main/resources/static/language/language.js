// The language page: shows the user's choice and changes it through /api/users/{id}/language, sent
// as the page (X-Accord-Page, without which a session may change nothing), then loads the page
// again: it comes back in the new language, as every page and webapp will from now on.
(function () {
  'use strict';

  const T = window.AccordTexts;
  const state = JSON.parse(document.getElementById('state').textContent);
  const HEADERS = { 'Content-Type': 'application/json', 'X-Accord-Page': 'language', Accept: 'application/json' };

  function change(language) {
    const path = '/api/users/' + encodeURIComponent(state.userId) + '/language';
    return fetch(path, language
      ? { method: 'PUT', headers: HEADERS, credentials: 'same-origin', body: JSON.stringify({ language: language }) }
      : { method: 'DELETE', headers: HEADERS, credentials: 'same-origin' })
      .then((response) => response.ok ? response : response.json().catch(() => ({})).then((problem) => {
        throw new Error((problem.errors || []).map((e) => e.field + ': ' + e.message).join('; ')
          || problem.detail || response.statusText);
      }));
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('choice');
    const chosen = form.querySelector('input[value="' + (state.preferred || '') + '"]');
    if (chosen) chosen.checked = true;
    document.getElementById('portal-link').hidden = !state.portal;
    document.getElementById('dashboard-link').hidden = !state.dashboard;
    document.getElementById('saved').hidden = !new URLSearchParams(window.location.search).has('saved');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = form.querySelector('input[name=language]:checked');
      change(picked ? picked.value : '')
        .then(() => { window.location.replace('/language?saved'); })
        .catch((failure) => { form.querySelector('.field-error').textContent = T.t('failed', { reason: failure.message }); });
    });
    document.body.dataset.ready = 'true';
  });
})();
