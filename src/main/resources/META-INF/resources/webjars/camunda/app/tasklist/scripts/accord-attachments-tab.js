// Accord: a tab of the open task, "Attachments", with a link to the attachments page of the task's
// agreement (its agreementReference variable), where the partner's representatives and the agency's
// staff list the agreement's files and add to them. Forms stay as they are: the link is Tasklist's.
// A task of no agreement (a concept note, a deputyship) says so instead.

// This file lies in <webapps>/app/tasklist/scripts/; the API in <webapps>/api/.
const API = new URL('../../../api/engine/engine/default/', import.meta.url);

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
  label: 'Attachments',
  // After Form (1000), History (800) and Diagram (600): the form stays the tab a task opens on.
  priority: 500,
  render: (node, { taskId }) => {
    node.classList.add('accord-attachments-tab');
    agreementOf(taskId)
      .then((reference) => {
        if (!reference) {
          node.replaceChildren(paragraph('This task is not about an agreement: it has no attachments.'));
          node.dataset.accordAttachments = 'none';
          return;
        }
        const link = document.createElement('a');
        link.href = '/portal/agreements/' + encodeURIComponent(reference) + '/attachments';
        link.target = '_blank';
        link.rel = 'noopener';
        link.className = 'accord-attachments-link';
        link.textContent = 'Open the attachments of ' + reference;
        node.replaceChildren(
          paragraph(link),
          paragraph("The agreement's files: signed MoU scans, bank letters, audit reports, evidence of results and correspondence. Add one there; it opens beside this task."));
        node.dataset.accordAttachments = 'shown';
      })
      .catch((failure) => {
        node.dataset.accordAttachments = 'none';
        console.warn('Accord: no attachments link', failure);
      });
  },
};
