// Accord: links in Tasklist's header to Accord's own pages for the people they are for: the
// managers' dashboard for members of the managers group, the partner portal for a partner's
// representatives. They only spare typing the address: each page itself refuses anyone else.
import { currentUser, PARTNER_GROUP_PREFIX } from './accord-user.js';

const PAGES = [
  {
    name: 'dashboard',
    href: '/dashboard',
    label: ' Dashboard',
    icon: 'glyphicon-stats',
    title: "The managers' dashboard: pipeline, cycle times, bottlenecks",
    isFor: (groupIds) => groupIds.includes('managers'),
  },
  {
    name: 'portal',
    href: '/portal',
    label: ' Portal',
    icon: 'glyphicon-briefcase',
    title: "Your organization's agreements, documents, reports and payments",
    isFor: (groupIds) => groupIds.some((group) => group.startsWith(PARTNER_GROUP_PREFIX)),
  },
];

function link(page) {
  const anchor = document.createElement('a');
  anchor.href = page.href;
  anchor.className = 'accord-page-link accord-' + page.name + '-link';
  anchor.title = page.title;
  const icon = document.createElement('span');
  icon.className = 'glyphicon ' + page.icon;
  icon.setAttribute('aria-hidden', 'true');
  anchor.append(icon, page.label);
  return anchor;
}

export default {
  id: 'accord.dashboardLink',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    currentUser()
      .then(({ groupIds }) => {
        const shown = PAGES.filter((page) => page.isFor(groupIds));
        shown.forEach((page) => node.appendChild(link(page)));
        // Settled either way, so that a test (or a stylesheet) can tell "no link" from "not yet".
        node.dataset.accordDashboardLink = shown.some((page) => page.name === 'dashboard') ? 'shown' : 'none';
        node.dataset.accordPortalLink = shown.some((page) => page.name === 'portal') ? 'shown' : 'none';
      })
      .catch((failure) => {
        node.dataset.accordDashboardLink = 'none';
        node.dataset.accordPortalLink = 'none';
        console.warn('Accord: no links to Accord pages', failure);
      });
  },
};
