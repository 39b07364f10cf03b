// The words and numbers of Accord's own pages in the page's language, the one home for both: the
// server writes the page in its language (<html lang dir>) with the page's bundle in
// <script id="texts">; numbers, amounts and dates are written by the browser's Intl in that
// language, amounts always with their ISO 4217 code.
(function () {
  'use strict';

  const lang = document.documentElement.lang || 'en';
  // Numbers and dates in the language's own digits, as CLDR has them and ICU4J writes the documents
  // (١٢٬٣٤٥٫٦٧): Chromium's trimmed data writes Latin digits for Arabic unless told.
  const locale = lang === 'ar' ? 'ar-u-nu-arab' : lang;
  const texts = JSON.parse(document.getElementById('texts').textContent);

  /** The text of a key with its {name} placeholders filled; a missing key shows as itself. */
  function t(key, values) {
    const text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return text.replace(/\{([a-zA-Z0-9_]+)\}/g, function (whole, name) {
      return values && values[name] != null ? String(values[name]) : whole;
    });
  }

  const plurals = new Intl.PluralRules(locale);

  /**
   * A counted text in the form the language's plural rules choose for the number ("1 agreement",
   * "2 agreements"; Arabic and Russian have more forms): the bundle has key#one, key#other...
   */
  function counted(key, n) {
    const form = key + '#' + plurals.select(n);
    return t(Object.prototype.hasOwnProperty.call(texts, form) ? form : key + '#other',
      { n: new Intl.NumberFormat(locale).format(n) });
  }

  function number(value, options) {
    return new Intl.NumberFormat(locale, options).format(value);
  }

  /** An amount as it was given (a decimal string stays exact) with its ISO code: "USD 1,250.00". */
  function money(amount, currency, options) {
    if (amount == null || amount === '') return '';
    return new Intl.NumberFormat(locale, Object.assign({ style: 'currency', currency: currency, currencyDisplay: 'code' },
      options || {})).format(amount);
  }

  /** A length of time in the language's words and plural: "3 hours", "3 часа", "٣ ساعات". */
  function duration(value, unit, options) {
    return new Intl.NumberFormat(locale, Object.assign({ style: 'unit', unit: unit, unitDisplay: 'long' },
      options || {})).format(value);
  }

  /** A day (an ISO date, or an instant) as the language writes it, in UTC. */
  function date(value) {
    if (!value) return '';
    const instant = new Date(value.length === 10 ? value + 'T00:00:00Z' : value);
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(instant);
  }

  /** A month given as 2026-05. */
  function month(code) {
    const parts = code.split('-');
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1)));
  }

  window.AccordTexts = {
    lang: lang, locale: locale, rtl: document.documentElement.dir === 'rtl', t: t, counted: counted, number: number, money: money,
    duration: duration, date: date, month: month
  };
}());
