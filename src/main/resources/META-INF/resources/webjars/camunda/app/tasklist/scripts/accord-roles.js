/*
 * Fits Tasklist's header and task tabs to who is logged in. A partner's representative (a member
 * of donor-<code> groups only) works on their own agreement's tasks: Tasklist's "Create task" and
 * "Start process" are not for them (the engine refuses both), nor is the Diagram tab, which shows
 * the agency's internal process. The page is marked with the role, and user-styles.css hides what
 * is not for it; the engine's authorizations still decide what anyone may do.
 */
const API = '/camunda/api';
const PARTNER_GROUP_PREFIX = 'donor-';

let markedFor = null;

async function json(path) {
  const response = await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

async function markRole() {
  const user = await json('/admin/auth/user/default');
  const userId = user && user.userId;
  if (userId === markedFor) {
    return;
  }
  markedFor = userId;
  const groups = userId
    ? (await json('/engine/engine/default/group?member=' + encodeURIComponent(userId))) || []
    : [];
  const partner = groups.length > 0 && groups.every((group) => group.id.startsWith(PARTNER_GROUP_PREFIX));
  document.body.classList.toggle('accord-partner', partner);
  document.body.classList.toggle('accord-agency', groups.length > 0 && !partner);
}

// Tasklist's task tabs carry no id, only their translated label (English or German).
const DIAGRAM_TAB = /^\s*(Diagram|Diagramm)\s*$/;

function markTabs() {
  document.querySelectorAll('.nav-tabs > li:not([data-accord-tab])').forEach((tab) => {
    if (DIAGRAM_TAB.test(tab.textContent)) {
      tab.dataset.accordTab = 'task-detail-diagram';
    }
  });
}

new MutationObserver(markTabs).observe(document.body, {childList: true, subtree: true});

// Tasklist logs in and out without reloading the page; each time its route changes.
window.addEventListener('hashchange', () => markRole().catch(console.error));
markRole().catch(console.error);

export default [];
