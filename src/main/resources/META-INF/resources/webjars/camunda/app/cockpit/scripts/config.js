// Accord's configuration of Camunda's Cockpit (it replaces the webapp's own, which sets nothing).
export default {
  // The languages whose translations Accord ships so far (docs/languages.md); the browser's is
  // chosen, or the user's own (accord-language.js).
  // WebappTranslationsTest holds this list to the files shipped.
  locales: {
    availableLocales: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
    fallbackLocale: 'en'
  },
  // Relative to app/cockpit/: the one script every webapp shares lies in Tasklist's.
  customScripts: ['../tasklist/scripts/accord-language.js']
};
