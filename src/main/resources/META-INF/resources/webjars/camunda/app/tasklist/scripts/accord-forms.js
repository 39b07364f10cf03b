/*
 * Makes Tasklist's forms speak to the people filling them in.
 *
 * - form-js reports a failed check in its own terms ("Field must match pattern ^[A-Z]{3}$."): the
 *   message is said in plain language, pointing to the field's own hint of what it expects.
 * - A click beside the start dialog closed it and lost everything typed: it no longer does (the
 *   dialog still closes with its Close button or Escape).
 * - A form's link to one of the agreement's documents opens in a new tab, so that the task stays
 *   open beside the document (form-js drops a link's target).
 */
function plainMessage(error) {
  const field = error.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const text = error.textContent.trim();
  let match;
  if (text.startsWith('Field must match pattern')) {
    return description ? 'Not in the expected form: see the hint above.' : 'Not in the expected form.';
  }
  if (text === 'Field is required.') {
    return 'Please fill this in.';
  }
  if ((match = text.match(/^Field must have minimum value of (.+)\.$/))) {
    return field && field.querySelector('.fjs-form-field-datetime, input.flatpickr-input, .fjs-datepicker')
      ? 'Must be on or after ' + match[1] + '.'
      : 'Must be at least ' + match[1] + '.';
  }
  if ((match = text.match(/^Field must have maximum value of (.+)\.$/))) {
    return 'Must be at most ' + match[1] + '.';
  }
  if ((match = text.match(/^Field must have maximum length of (\d+)\.$/))) {
    return 'At most ' + match[1] + ' characters.';
  }
  if ((match = text.match(/^Field must have minimum length of (\d+)\.$/))) {
    return 'At least ' + match[1] + ' characters.';
  }
  return null;
}

// form-js (Preact) owns the message's text node and updates it in place; the plain message is shown
// instead of it by user-styles.css, from an attribute, so the two never fight over the node.
function speakPlainly(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((error) => {
    const plain = plainMessage(error);
    if (plain === null) {
      delete error.dataset.plain;
    } else if (error.dataset.plain !== plain) {
      error.dataset.plain = plain;
    }
  });
}

function openDocumentsBeside(root) {
  root.querySelectorAll('.fjs-container a[href*="/documents/"]:not([target])').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

new MutationObserver(() => {
  speakPlainly(document);
  openDocumentsBeside(document);
}).observe(document.body, {childList: true, subtree: true, characterData: true});

// The dialog's own click handler closes it when the click lands on the backdrop around it; the
// capture phase sees the click first.
document.addEventListener(
  'click',
  (event) => {
    const target = event.target;
    if (target instanceof Element && target.matches('.modal[uib-modal-window], .modal.in, .modal.show') && target.querySelector('.modal-dialog')) {
      event.stopPropagation();
    }
  },
  true
);

export default [];
