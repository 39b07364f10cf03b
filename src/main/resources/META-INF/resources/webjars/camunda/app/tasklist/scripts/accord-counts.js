// Accord: Tasklist's count of a filter's tasks stops at a bound (BoundedTaskCounts.TASKLIST in
// Accord's code, ADR 20): the engine answers one more than the bound for "more than the bound",
// shown here as "1,000+", in the digits and separators of the language the webapp speaks.
const BOUND = 1000;

// Beside the filter's name, and in its search bar ("total results"). The text itself is changed,
// not replaced: Tasklist writes its next count into the same text.
function showAboveTheBound() {
  document.querySelectorAll('.counter, .total-results').forEach((counter) => {
    counter.childNodes.forEach((text) => {
      if (text.nodeType === Node.TEXT_NODE && text.nodeValue.trim() === String(BOUND + 1)) {
        const language = document.documentElement.lang || 'en';
        text.nodeValue = new Intl.NumberFormat(language).format(BOUND) + '+';
      }
    });
  });
}

// Tasklist writes the count again whenever its list is reloaded.
new MutationObserver(showAboveTheBound).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
});

// No plugin of its own: the observer above is all.
export default [];
