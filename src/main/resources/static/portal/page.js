// What the portal's pages (the portal, an agreement's attachments) share: elements built from text
// nodes only, so nothing a partner or the agency typed can become markup; reading and sending to the
// API, its refusals shown beside the form; the pager under a list; the failure line. Words come
// from the page's bundle through texts.js (pager.line, failure.load).
(function () {
  'use strict';

  const T = window.AccordTexts;
  const HEADERS = { Accept: 'application/json' };
  // Sent with each change: a session may change only what a page of Accord's sends with it.
  const CHANGE_HEADERS = { 'Content-Type': 'application/json', 'X-Accord-Page': 'portal', Accept: 'application/json' };
  // An upload's: no Content-Type, the browser writes the multipart boundary itself.
  const UPLOAD_HEADERS = { 'X-Accord-Page': 'portal', Accept: 'application/json' };

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === true) element.setAttribute(name, '');
      else if (value !== false && value != null) element.setAttribute(name, value);
    });
    children.flat(Infinity).forEach((child) => {
      if (child != null) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  }

  /** The answer's JSON, or a failure carrying the API's reason and its field errors. */
  async function answer(response) {
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const failure = new Error((json && (json.detail || json.title)) || response.statusText);
      failure.errors = (json && json.errors) || [];
      throw failure;
    }
    return json;
  }

  function read(path) {
    return fetch(path, { headers: HEADERS, credentials: 'same-origin' }).then(answer);
  }

  function send(path, body) {
    return fetch(path, { method: 'POST', headers: CHANGE_HEADERS, credentials: 'same-origin', body: JSON.stringify(body) })
      .then(answer);
  }

  function upload(path, formData) {
    return fetch(path, { method: 'POST', headers: UPLOAD_HEADERS, credentials: 'same-origin', body: formData })
      .then(answer);
  }

  /** The refusal beside the form, each named field marked. */
  function refused(form, failure) {
    const messages = (failure.errors || []).length
      ? failure.errors.map((error) => {
        const input = form.querySelector('[name="' + error.field.replace(/\[.*$/, '') + '"]');
        if (input) input.setAttribute('aria-invalid', 'true');
        return error.field + ': ' + error.message;
      })
      : [failure.message];
    form.querySelector('.field-error').textContent = messages.join('; ');
  }

  function clearRefusal(form) {
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    form.querySelector('.field-error').textContent = '';
  }

  /** The pager under a list ("1–20 of 43", Previous, Next), hidden when one page holds it all. */
  function drawPager(prefix, found, shown) {
    const first = found.total === 0 ? 0 : found.page * found.size + 1;
    const last = found.page * found.size + shown;
    const line = document.getElementById(prefix + 'page-line');
    line.textContent = T.t('pager.line', { first: T.number(first), last: T.number(last), total: T.number(found.total) });
    line.parentElement.hidden = found.total <= found.size && found.page === 0;
    document.getElementById(prefix + 'previous').disabled = found.page === 0;
    document.getElementById(prefix + 'next').disabled = last >= found.total;
  }

  /** A code's words in the bundle (prefix.code), or the code itself for one it lacks. */
  function worded(prefix, code) {
    const key = prefix + '.' + code;
    const text = T.t(key);
    return text === key ? code : text;
  }

  function failed(failure) {
    const line = document.getElementById('load-error');
    line.textContent = T.t('failure.load', { reason: failure.message });
    line.hidden = false;
  }

  window.AccordPage = { el, read, send, upload, refused, clearRefusal, drawPager, failed, worded };
}());
