// Accord: a tab of the open task, "Attachments", with a link to the attachments page of the task's
// agreement (its agreementReference variable), where the partner's representatives and the agency's
// staff list the agreement's files and add to them. Forms stay as they are: the link is Tasklist's.
// A task of no agreement (a concept note, a deputyship) says so instead. Its words are Accord's
// bundle for Tasklist (static/texts/tasklist), in the language the webapp speaks.

// This file lies in <context>/camunda/app/tasklist/scripts/; the API in <context>/camunda/api/,
// Accord's pages and their bundles in <context>/.
const API = new URL('../../../api/engine/engine/default/', import.meta.url);
const ACCORD = new URL('../../../../', import.meta.url);
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
// Tasklist writes a tab's label through its translations, a missing key as itself: the English word
// is the key, and each other language's word is added to Tasklist's table once Tasklist has it.
const LABEL = 'Attachments';

function words(language) {
  const known = LANGUAGES.includes(language) ? language : 'en';
  return fetch(new URL('texts/tasklist/' + known + '.json', ACCORD))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.status))));
}

let translations = null;
window.angular.module('cam.tasklist.custom')
  .config(['$translateProvider', ($translateProvider) => { translations = $translateProvider; }])
  .run(['$rootScope', '$translate', ($rootScope, $translate) => {
    const label = (language) => {
      if (!language || language === 'en') return;
      words(language)
        .then((texts) => {
          translations.translations(language, { [LABEL]: texts['attachments.tab'] });
          $rootScope.$applyAsync();
        })
        .catch((failure) => console.warn('Accord: the attachments tab keeps its English name', failure));
    };
    $rootScope.$on('$translateChangeSuccess', (event, { language }) => label(language));
    label($translate.use());
  }]);

function agreementOf(taskId) {
  return fetch(new URL('task/' + encodeURIComponent(taskId) + '/variables/agreementReference', API), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }).then((response) => (response.ok ? response.json().then((variable) => variable.value || null) : null));
}

function paragraph(...children) {
  const p = document.createElement('p');
  p.append(...children);
  return p;
}

export default {
  id: 'accord.attachments',
  pluginPoint: 'tasklist.task.detail',
  label: LABEL,
  // After Form (1000), History (800) and Diagram (600): the form stays the tab a task opens on.
  priority: 500,
  render: (node, { taskId }) => {
    node.classList.add('accord-attachments-tab');
    Promise.all([agreementOf(taskId), words(document.documentElement.lang)])
      .then(([reference, texts]) => {
        if (!reference) {
          node.replaceChildren(paragraph(texts['attachments.none']));
          node.dataset.accordAttachments = 'none';
          return;
        }
        const link = document.createElement('a');
        link.href = '/portal/agreements/' + encodeURIComponent(reference) + '/attachments';
        link.target = '_blank';
        link.rel = 'noopener';
        link.className = 'accord-attachments-link';
        link.textContent = texts['attachments.open'].replace('{reference}', reference);
        node.replaceChildren(paragraph(link), paragraph(texts['attachments.hint']));
        node.dataset.accordAttachments = 'shown';
      })
      .catch((failure) => {
        node.dataset.accordAttachments = 'none';
        console.warn('Accord: no attachments link', failure);
      });
  },
};
