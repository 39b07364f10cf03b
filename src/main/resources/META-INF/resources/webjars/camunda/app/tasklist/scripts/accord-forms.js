/*
 * Makes Tasklist's forms speak to the people filling them in.
 *
 * - form-js reports a failed check in its own terms ("Field must match pattern ^[A-Z]{3}$."): the
 *   message is said in plain language, in the page's language, pointing to the field's own hint of
 *   what it expects.
 * - A click beside the start dialog closed it and lost everything typed: it no longer does (the
 *   dialog still closes with its Close button or Escape).
 * - A form's link to one of the agreement's documents opens in a new tab, so that the task stays
 *   open beside the document (form-js drops a link's target).
 */
/*
 * The plain messages in the six languages, in the language the page is shown in
 * (scripts/accord-language.js sets <html lang>); the forms themselves come in the user's language
 * from the server (ADR 0016). form-js writes its own messages in English whatever the language:
 * they are recognised by their English words below.
 */
const MESSAGES = {
  en: {
    patternWithHint: 'Not in the expected form: see the hint above.',
    pattern: 'Not in the expected form.',
    required: 'Please fill this in.',
    onOrAfter: 'Must be on or after {0}.',
    atLeast: 'Must be at least {0}.',
    atMost: 'Must be at most {0}.',
    maxLength: 'At most {0} characters.',
    minLength: 'At least {0} characters.',
  },
  fr: {
    patternWithHint: 'Format non valide : voir l’indication ci-dessus.',
    pattern: 'Format non valide.',
    required: 'Veuillez remplir ce champ.',
    onOrAfter: 'Doit être le {0} ou après.',
    atLeast: 'Doit être au moins {0}.',
    atMost: 'Doit être au plus {0}.',
    maxLength: '{0} caractères au plus.',
    minLength: '{0} caractères au moins.',
  },
  es: {
    patternWithHint: 'Formato no válido: vea la indicación de arriba.',
    pattern: 'Formato no válido.',
    required: 'Rellene este campo.',
    onOrAfter: 'Debe ser el {0} o posterior.',
    atLeast: 'Debe ser como mínimo {0}.',
    atMost: 'Debe ser como máximo {0}.',
    maxLength: 'Como máximo {0} caracteres.',
    minLength: 'Como mínimo {0} caracteres.',
  },
  ru: {
    patternWithHint: 'Неверный формат: см. подсказку выше.',
    pattern: 'Неверный формат.',
    required: 'Заполните это поле.',
    onOrAfter: 'Не ранее {0}.',
    atLeast: 'Не менее {0}.',
    atMost: 'Не более {0}.',
    maxLength: 'Не более {0} символов.',
    minLength: 'Не менее {0} символов.',
  },
  ar: {
    patternWithHint: 'ليس بالصيغة المتوقعة: انظر الإرشاد أعلاه.',
    pattern: 'ليس بالصيغة المتوقعة.',
    required: 'يُرجى ملء هذا الحقل.',
    onOrAfter: 'يجب أن يكون في {0} أو بعده.',
    atLeast: 'يجب ألا يقل عن {0}.',
    atMost: 'يجب ألا يزيد على {0}.',
    maxLength: '{0} حرفًا على الأكثر.',
    minLength: '{0} حرفًا على الأقل.',
  },
  zh: {
    patternWithHint: '格式不符合要求：请参阅上方的提示。',
    pattern: '格式不符合要求。',
    required: '请填写此项。',
    onOrAfter: '必须是 {0} 当天或之后。',
    atLeast: '不得小于 {0}。',
    atMost: '不得大于 {0}。',
    maxLength: '最多 {0} 个字符。',
    minLength: '至少 {0} 个字符。',
  },
};

function say(name, value) {
  const messages = MESSAGES[document.documentElement.lang] || MESSAGES.en;
  return messages[name].replace('{0}', value);
}

function plainMessage(error) {
  const field = error.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const text = error.textContent.trim();
  let match;
  if (text.startsWith('Field must match pattern')) {
    return say(description ? 'patternWithHint' : 'pattern');
  }
  if (text === 'Field is required.') {
    return say('required');
  }
  if ((match = text.match(/^Field must have minimum value of (.+)\.$/))) {
    return field && field.querySelector('.fjs-form-field-datetime, input.flatpickr-input, .fjs-datepicker')
      ? say('onOrAfter', match[1])
      : say('atLeast', match[1]);
  }
  if ((match = text.match(/^Field must have maximum value of (.+)\.$/))) {
    return say('atMost', match[1]);
  }
  if ((match = text.match(/^Field must have maximum length of (\d+)\.$/))) {
    return say('maxLength', match[1]);
  }
  if ((match = text.match(/^Field must have minimum length of (\d+)\.$/))) {
    return say('minLength', match[1]);
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
