// Accord: links in Tasklist's header to Accord's own pages for the people they are for: the
// managers' dashboard for members of the managers group, the partner portal for a partner's
// representatives. They only spare typing the address: each page itself refuses anyone else. And,
// in the user menu beside "Log out", everyone's language page. Their words are Accord's bundle for
// Tasklist (static/texts/tasklist), in the language the webapp speaks (accord-language.js sets it).
import { currentUser, PARTNER_GROUP_PREFIX } from './accord-user.js';

// This file lies in <context>/camunda/app/tasklist/scripts/; Accord's pages at <context>/.
const ACCORD = new URL('../../../../', import.meta.url);
const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const PAGES = [
  {
    name: 'dashboard',
    icon: 'glyphicon-stats',
    isFor: (groupIds) => groupIds.includes('managers'),
  },
  {
    name: 'portal',
    icon: 'glyphicon-briefcase',
    isFor: (groupIds) => groupIds.some((group) => group.startsWith(PARTNER_GROUP_PREFIX)),
  },
];

/** The words of the bundle in the webapp's language (English when it is none of Accord's). */
function texts() {
  const language = LANGUAGES.includes(document.documentElement.lang) ? document.documentElement.lang : 'en';
  return fetch(new URL('texts/tasklist/' + language + '.json', ACCORD))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.status))));
}

function link(page, words) {
  const anchor = document.createElement('a');
  anchor.href = new URL(page.name, ACCORD).href;
  anchor.className = 'accord-page-link accord-' + page.name + '-link';
  anchor.title = words[page.name + '.title'];
  const icon = document.createElement('span');
  icon.className = 'glyphicon ' + page.icon;
  icon.setAttribute('aria-hidden', 'true');
  // The space keeps the icon and the word apart, on either side in a right-to-left header.
  anchor.append(icon, ' ' + words[page.name + '.label']);
  return anchor;
}

/** "Language" in the user menu, above "Log out": the menu is drawn again at each login. */
function languageItem(words) {
  const offer = () => {
    document.querySelectorAll('li.logout').forEach((logout) => {
      if (!logout.parentElement.querySelector('li.accord-language')) {
        const item = document.createElement('li');
        item.className = 'accord-language';
        const anchor = document.createElement('a');
        anchor.href = new URL('language', ACCORD).href;
        anchor.textContent = words['language.label'];
        anchor.title = words['language.title'];
        item.append(anchor);
        logout.before(item);
      }
    });
  };
  offer();
  new MutationObserver(offer).observe(document.body, { childList: true, subtree: true });
}

export default {
  id: 'accord.dashboardLink',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    Promise.all([currentUser(), texts()])
      .then(([{ groupIds }, words]) => {
        languageItem(words);
        const shown = PAGES.filter((page) => page.isFor(groupIds));
        shown.forEach((page) => node.appendChild(link(page, words)));
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
