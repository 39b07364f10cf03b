/*
 * The language of Camunda's webapps. Each app picks the browser's language among the
 * availableLocales of its config.js; a user who chose a language in Accord
 * (PUT /api/users/{id}/language) gets that one instead, on every page and at login. Arabic is laid
 * out right to left (styles/accord-rtl.css): the webapps do not do it themselves. Tasklist, Cockpit,
 * Admin and Welcome all load this one script (each config.js lists it).
 */
import { currentUser } from './accord-user.js';

// This file lies in <context>/camunda/app/tasklist/scripts/; Accord's API in <context>/api/.
const ACCORD_API = new URL('../../../../api/', import.meta.url);
const RIGHT_TO_LEFT = ['ar'];
const MOMENTS_OWN = 'en';

async function chosenLanguage() {
  const { userId } = await currentUser();
  if (!userId) {
    return null;
  }
  const response = await fetch(new URL('users/' + encodeURIComponent(userId) + '/language', ACCORD_API), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  // Absent when the user chose none: the browser's language stands.
  return response.ok ? (await response.json()).preferred || null : null;
}

function chosenOrNone() {
  return chosenLanguage().catch((failure) => {
    console.warn('Accord: the chosen language is not known', failure);
    return null;
  });
}

function layOut(language) {
  const html = document.documentElement;
  html.lang = language;
  html.dir = RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr';
}

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = new URL('../styles/accord-rtl.css', import.meta.url).href;
document.head.appendChild(stylesheet);

// Asked before the app starts, so that a user already logged in sees no other language first.
const chosenAtStart = await chosenOrNone();

// Each app creates its module cam.<app>.custom before it loads its custom scripts and starts it
// with the app: its config and run blocks see the app's providers and services.
const appName = document.querySelector('base').getAttribute('app-name');
const app = window.angular.module('cam.' + appName + '.custom');

/*
 * Dates in the language. The webapps give their own copy of moment the dates of the language's
 * file, but their relative dates ("in 3 days") are written by angular-moment's copy, which they
 * leave in English; and dates drawn before the file came stay as they were drawn: the view is drawn
 * again.
 */
function writeDatesIn(language, $injector, $rootScope) {
  if (!$injector.has('amMoment')) {
    return;
  }
  fetch(new URL('../../' + appName + '/locales/' + language + '.json', import.meta.url))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.status))))
    .then((file) => {
      if (file.dateLocales) {
        $rootScope.$applyAsync(() => {
          $injector.get('amMoment').changeLocale(language, file.dateLocales);
          if ($injector.has('$route') && $injector.get('$route').current) {
            $injector.get('$route').reload();
          }
        });
      }
    })
    .catch((failure) => console.warn('Accord: no dates in ' + language, failure));
}

app.config([
  '$translateProvider',
  ($translateProvider) => {
    if (chosenAtStart && $translateProvider.registerAvailableLanguageKeys().includes(chosenAtStart)) {
      $translateProvider.preferredLanguage(chosenAtStart);
    }
  },
]);

app.run([
  '$injector',
  '$rootScope',
  '$translate',
  ($injector, $rootScope, $translate) => {
    $rootScope.$on('$translateChangeSuccess', (event, { language }) => {
      layOut(language);
      if (language !== MOMENTS_OWN) {
        writeDatesIn(language, $injector, $rootScope);
      }
    });
    // The webapps log in without loading the page again; some of their parts translate their texts
    // once, when they start: the page is loaded again, now in the user's language.
    $rootScope.$on('authentication.changed', (event, authentication) => {
      if (authentication) {
        chosenOrNone().then((language) => {
          if (language && language !== $translate.use() && $translate.getAvailableLanguageKeys().includes(language)) {
            window.location.reload();
          }
        });
      }
    });
    layOut($translate.proposedLanguage() || $translate.use());
  },
]);

export default [];
