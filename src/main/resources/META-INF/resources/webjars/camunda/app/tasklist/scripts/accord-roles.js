/*
 * Fits Tasklist's header and task tabs to who is logged in. A partner's representative (a member
 * of donor-<code> groups only) works on their own agreement's tasks: Tasklist's "Create task" is
 * not for them (the engine refuses it), nor is the Diagram tab, which shows the agency's internal
 * process. "Start process" lists only what they may start: a request to join an initiative. The page is marked with the role, and user-styles.css hides what
 * is not for it; the engine's authorizations still decide what anyone may do.
 */
import { currentUser, PARTNER_GROUP_PREFIX } from './accord-user.js';

async function markRole() {
  const { groupIds } = await currentUser();
  const partner = groupIds.length > 0 && groupIds.every((group) => group.startsWith(PARTNER_GROUP_PREFIX));
  document.body.classList.toggle('accord-partner', partner);
  document.body.classList.toggle('accord-agency', groupIds.length > 0 && !partner);
}

// Tasklist's task tabs carry no id, only their label in the user's language: the Diagram tab is
// the one labelled as Tasklist translates DIAGRAM now.
function diagramLabel() {
  const injector = window.angular.element(document.documentElement).injector();
  return injector ? injector.get('$translate').instant('DIAGRAM') : null;
}

function markTabs() {
  const diagram = diagramLabel();
  document.querySelectorAll('.nav-tabs > li:not([data-accord-tab])').forEach((tab) => {
    if (diagram && tab.textContent.trim() === diagram) {
      tab.dataset.accordTab = 'task-detail-diagram';
    }
  });
}

new MutationObserver(markTabs).observe(document.body, { childList: true, subtree: true });

// Tasklist logs in and out without reloading the page; each time its route changes.
window.addEventListener('hashchange', () => markRole().catch(console.error));
markRole().catch(console.error);

export default [];
