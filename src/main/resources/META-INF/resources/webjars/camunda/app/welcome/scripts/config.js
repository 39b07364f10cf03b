// Accord's configuration of Camunda's Welcome (it replaces the webapp's own, which sets nothing).
export default {
  // The six languages (docs/languages.md); the browser's is chosen, or the user's own
  // (accord-language.js).
  // WebappTranslationsTest holds this list to the files shipped.
  locales: {
    availableLocales: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
    fallbackLocale: 'en'
  },
  // Relative to app/welcome/: the one script every webapp shares lies in Tasklist's.
  customScripts: ['../tasklist/scripts/accord-language.js']
};
