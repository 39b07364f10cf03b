// The plan page: reads the plan through /api/plans and, for managers, changes it there. Every
// change is sent with the X-Accord-Page header, which lets the browser's Tasklist session make it.
// Its words are the page's bundle (static/texts/plan) and the vocabulary's (priorities, regions),
// its numbers written by texts.js; what managers typed (titles, statements, units) stays as typed.
(function () {
  'use strict';

  const T = window.AccordTexts;
  const t = T.t;
  const vocabulary = JSON.parse(document.getElementById('vocabulary').textContent);
  function term(kind, code) { return vocabulary[kind + '.' + code] || code; }

  const HEADERS = { 'Content-Type': 'application/json', 'X-Accord-Page': 'plan', Accept: 'application/json' };
  // A code's words in the bundle, or the code itself for one the page does not know yet.
  function worded(prefix, code) { const key = prefix + '.' + code; const text = t(key); return text === key ? code : text; }
  // Years are names, not quantities: no thousands separator (2027, not 2,027), the language's digits.
  function year(value) { return T.number(value, { useGrouping: false }); }
  let plan = null;
  let standingYear = null;

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === true) element.setAttribute(name, '');
      else if (value !== false && value != null) element.setAttribute(name, value);
    });
    children.flat().forEach((child) => {
      if (child != null) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  }

  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: HEADERS,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const failure = new Error((json && (json.detail || json.title)) || response.statusText);
      failure.errors = (json && json.errors) || [];
      throw failure;
    }
    return json;
  }

  function years() {
    const list = [];
    for (let year = plan.firstYear; year <= plan.lastYear; year++) list.push(year);
    return list;
  }

  function placeholderTag(item) {
    return item.placeholder ? el('span', { class: 'tag' }, t('placeholder')) : null;
  }

  function drawPriorities() {
    const holder = document.getElementById('priorities');
    holder.replaceChildren(
      ...plan.priorities.map((priority) =>
        el('div', { class: 'priority', 'data-priority': priority.priority },
          el('h3', null, term('priority', priority.priority)),
          priority.outcomes.length
            ? el('ul', null, priority.outcomes.map((outcome) =>
                el('li', { 'data-outcome': outcome.code },
                  el('span', { class: 'code' }, outcome.code), outcome.statement, ' ', placeholderTag(outcome))))
            : el('p', { class: 'none' }, t('outcomes.none')))));
    const priorities = document.querySelector('#add-outcome select[name=priority]');
    priorities.replaceChildren(...plan.priorities.map((p) => el('option', { value: p.priority }, term('priority', p.priority))));
    const outcomes = document.querySelector('#add-kpi select[name=outcome]');
    const all = plan.priorities.flatMap((p) => p.outcomes);
    outcomes.replaceChildren(...all.map((o) => el('option', { value: o.code }, o.code + ' · ' + o.statement)));
    document.getElementById('outputs').replaceChildren(
      ...plan.outputs.map((output) => el('li', { 'data-output': output.type }, term('output', output.type))));
  }

  function drawKpis() {
    const table = document.getElementById('table-kpis');
    table.tHead.replaceChildren(el('tr', null,
      el('th', null, t('column.code')), el('th', null, t('column.kpi')), el('th', null, t('column.unit')),
      el('th', { class: 'num' }, t('column.baseline')), el('th', null, t('column.outcome')), el('th', null, t('column.rule')),
      years().map((y) => el('th', { class: 'num' }, t('column.targetYear', { year: year(y) }))), el('th', null, '')));
    const rows = plan.kpis.map((kpi) =>
      el('tr', { 'data-kpi': kpi.code },
        el('td', { class: 'code' }, kpi.code),
        el('td', null, kpi.name, ' ', placeholderTag(kpi)),
        el('td', null, kpi.unit),
        el('td', { class: 'num' }, shown(kpi.baseline)),
        el('td', null, kpi.outcome),
        el('td', null, worded('rule', kpi.rule)),
        years().map((y) => el('td', { class: 'num' },
          el('input', {
            class: 'target', 'data-year': y, inputmode: 'decimal', dir: 'ltr',
            'aria-label': t('targetLabel', { kpi: kpi.code, year: year(y) }),
            value: kpi.targets[y] == null ? '' : kpi.targets[y]
          }))),
        el('td', null, el('button', { type: 'button', class: 'save', 'data-kpi': kpi.code }, t('save')),
          el('span', { class: 'field-error', role: 'alert' }))));
    table.tBodies[0].replaceChildren(...(rows.length ? rows
      : [el('tr', null, el('td', { class: 'empty', colspan: 8 + years().length }, t('kpis.none')))]));
  }

  function shown(value) {
    return value == null ? '–' : T.number(Number(value), { maximumFractionDigits: 2 });
  }

  function achievedBar(achieved) {
    if (achieved == null) return el('div', { class: 'achieved' }, el('span', null, '–'));
    const share = Math.max(0, Math.min(100, Number(achieved)));
    return el('div', { class: 'achieved' },
      el('div', { class: 'track' }, el('div', { class: 'fill' + (share >= 100 ? ' met' : ''), 'data-width': share })),
      el('span', null, T.number(Number(achieved) / 100, { style: 'percent', maximumFractionDigits: 1 })));
  }

  async function drawStanding() {
    const select = document.getElementById('standing-year');
    if (standingYear == null || standingYear < plan.firstYear || standingYear > plan.lastYear) {
      const now = new Date().getUTCFullYear();
      standingYear = now >= plan.firstYear && now <= plan.lastYear ? now : plan.firstYear;
    }
    select.replaceChildren(...years().map((y) => el('option', { value: y }, year(y))));
    select.value = String(standingYear);
    document.getElementById('annual-report').href = base() + '/annual-reports/' + standingYear + '/pdf';
    const standing = await call('GET', base() + '/actuals?year=' + standingYear);
    const rows = standing.kpis.map((kpi) =>
      el('tr', { 'data-standing': kpi.code },
        el('td', { class: 'code' }, kpi.code),
        el('td', null, kpi.name, ' (' + kpi.unit + ')'),
        el('td', null, worded('rule', kpi.rule)),
        el('td', { class: 'num' }, shown(kpi.target)),
        el('td', { class: 'num actual' }, shown(kpi.actual)),
        el('td', null, achievedBar(kpi.achieved)),
        el('td', { class: 'num' }, T.number(kpi.agreements)),
        el('td', { class: 'regions' }, kpi.byRegion.length
          ? kpi.byRegion.map((part) => term('region', part.region) + ' ' + shown(part.actual)).join(' · ')
          : '–'),
        el('td', { class: 'regions' }, kpi.byInitiative.length
          ? kpi.byInitiative.map((part) => part.initiative + ' ' + shown(part.actual)).join(' · ')
          : '–')));
    document.querySelector('#table-standing tbody').replaceChildren(...(rows.length ? rows
      : [el('tr', null, el('td', { class: 'empty', colspan: 9 }, t('kpis.none')))]));
    // Widths are set here, not in a style attribute: the page's policy allows no inline style.
    document.querySelectorAll('#table-standing .fill').forEach((fill) => { fill.style.width = fill.dataset.width + '%'; });
    document.getElementById('contributors').hidden = true;
  }

  async function drawContributors(code) {
    document.querySelectorAll('tr[data-standing]').forEach((row) => row.classList.toggle('chosen', row.dataset.standing === code));
    const page = await call('GET', base() + '/kpis/' + encodeURIComponent(code) + '/contributions?year=' + standingYear + '&size=50');
    document.getElementById('contributors-title').textContent = t('contributors.title', { kpi: code, year: year(standingYear) });
    document.querySelector('#table-contributors tbody').replaceChildren(...(page.agreements.length
      ? page.agreements.map((c) => el('tr', { 'data-contributor': c.reference },
          el('td', { class: 'code' }, c.reference), el('td', null, c.title), el('td', null, term('region', c.region)),
          el('td', null, c.indicatorCode), el('td', { class: 'num' }, shown(c.reached)), el('td', { class: 'num' }, shown(c.gained)),
          el('td', { class: 'num' }, shown(c.base)), el('td', null, (c.countries || []).join(', ') || '–')))
      : [el('tr', null, el('td', { class: 'empty', colspan: 8 }, t('contributors.none', { year: year(standingYear) })))]));
    const more = document.getElementById('contributors-more');
    more.hidden = page.total <= page.agreements.length;
    more.textContent = t('contributors.more', { shown: T.number(page.agreements.length), total: T.number(page.total) });
    document.getElementById('contributors').hidden = false;
  }

  function describe(value) {
    if (value == null) return '–';
    if (typeof value === 'object') {
      return Object.entries(value).map(([key, v]) => key + ': ' + v).join(', ') || '–';
    }
    return String(value);
  }

  /** The fields the change touched, each as it was and as it became. */
  function changed(change) {
    const before = change.before || {};
    const after = change.after || {};
    if (!change.before) return [[t('history.created'), ''], [describeRecord(after), '']];
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    return keys.map((key) => [key + ': ' + describe(before[key]), key + ': ' + describe(after[key])]);
  }

  function describeRecord(record) {
    return record.name || record.statement || record.title || '';
  }

  function drawHistory(history) {
    document.querySelector('#table-history tbody').replaceChildren(
      ...(history.length ? history.map((change) => {
        const pairs = changed(change);
        const created = !change.before;
        return el('tr', { 'data-change': change.id },
          el('td', null, change.changedAt.replace('T', ' ').substring(0, 16)),
          el('td', null, change.changedBy),
          el('td', null, worded('subject', change.subject) + ' ' + change.subjectCode),
          el('td', { class: 'change' }, created ? t('history.created') : pairs.map((p) => el('div', null, p[0]))),
          el('td', { class: 'change' }, created ? describeRecord(change.after) : pairs.map((p) => el('div', null, p[1]))));
      }) : [el('tr', null, el('td', { class: 'empty', colspan: 5 }, t('history.none')))]));
  }

  function clearErrors(container) {
    container.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    container.querySelector('.field-error').textContent = '';
  }

  function showErrors(container, failure) {
    clearErrors(container);
    const messages = failure.errors.length
      ? failure.errors.map((error) => {
          const input = container.querySelector('[name="' + error.field + '"]')
            || container.querySelector('input.target[data-year="' + error.field.replace('targets.', '') + '"]');
          if (input) input.setAttribute('aria-invalid', 'true');
          return error.field + ' ' + error.message;
        })
      : [failure.message];
    container.querySelector('.field-error').textContent = messages.join('; ');
  }

  function number(text) {
    const trimmed = String(text).trim();
    return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
  }

  async function saveTargets(row) {
    const kpi = plan.kpis.find((k) => k.code === row.dataset.kpi);
    const targets = {};
    row.querySelectorAll('input.target').forEach((input) => {
      if (input.value.trim() !== '') targets[input.dataset.year] = number(input.value);
    });
    try {
      await call('PUT', base() + '/kpis/' + encodeURIComponent(kpi.code),
        { name: kpi.name, unit: kpi.unit, baseline: kpi.baseline, outcome: kpi.outcome, rule: kpi.rule,
          placeholder: kpi.placeholder, targets });
      await load(plan.code);
    } catch (failure) {
      showErrors(row, failure);
    }
  }

  async function submit(form, path, body) {
    try {
      await call('POST', base() + path, body);
      form.reset();
      clearErrors(form);
      await load(plan.code);
    } catch (failure) {
      showErrors(form, failure);
    }
  }

  // form.elements, since a form's own properties (form.name) hide the inputs of the same name.
  function field(form, name) {
    return form.elements.namedItem(name);
  }

  function base() {
    return '/api/plans/' + encodeURIComponent(plan.code);
  }

  async function load(code) {
    plan = await call('GET', '/api/plans/' + encodeURIComponent(code));
    const history = await call('GET', base() + '/history');
    document.getElementById('plan-title').textContent = plan.title;
    document.getElementById('plan-period').textContent = year(plan.firstYear) + '–' + year(plan.lastYear) + ' (' + plan.code + ')';
    drawPriorities();
    drawKpis();
    await drawStanding();
    drawHistory(history);
    document.body.setAttribute('data-drawn', new Date().toISOString());
  }

  async function start() {
    try {
      const plans = await call('GET', '/api/plans');
      const select = document.getElementById('plan');
      select.replaceChildren(...plans.map((p) => el('option', { value: p.code }, p.title + ' (' + p.code + ')')));
      if (!plans.length) {
        document.getElementById('plan-title').textContent = t('noPlan');
        document.body.setAttribute('data-drawn', new Date().toISOString());
        return;
      }
      const asked = new URLSearchParams(window.location.search).get('plan');
      const year = new Date().getUTCFullYear();
      const chosen = plans.find((p) => p.code === asked)
        || plans.find((p) => p.firstYear <= year && year <= p.lastYear) || plans[0];
      select.value = chosen.code;
      await load(chosen.code);
    } catch (failure) {
      showLoadError(failure);
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button.save');
    if (button) saveTargets(button.closest('tr'));
    const standing = event.target.closest('tr[data-standing]');
    if (standing) drawContributors(standing.dataset.standing).catch(showLoadError);
  });

  document.getElementById('standing-year').addEventListener('change', (event) => {
    standingYear = Number(event.target.value);
    drawStanding()
      .then(() => document.body.setAttribute('data-drawn', new Date().toISOString()))
      .catch(showLoadError);
  });

  function showLoadError(failure) {
    const line = document.getElementById('load-error');
    line.textContent = t('failure.load', { reason: failure.message });
    line.hidden = false;
  }

  document.getElementById('add-outcome').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    submit(form, '/outcomes', {
      code: field(form, 'code').value.trim(), priority: field(form, 'priority').value, statement: field(form, 'statement').value,
      placeholder: field(form, 'placeholder').checked
    });
  });

  document.getElementById('add-plan').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    const code = field(form, 'code').value.trim();
    try {
      await call('POST', '/api/plans', {
        code, title: field(form, 'title').value, firstYear: number(field(form, 'firstYear').value),
        lastYear: number(field(form, 'lastYear').value)
      });
      window.location.search = '?plan=' + encodeURIComponent(code);
    } catch (failure) {
      showErrors(form, failure);
    }
  });

  document.getElementById('add-kpi').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    submit(form, '/kpis', {
      code: field(form, 'code').value.trim(), name: field(form, 'name').value, unit: field(form, 'unit').value.trim(),
      baseline: number(field(form, 'baseline').value), outcome: field(form, 'outcome').value, rule: field(form, 'rule').value,
      placeholder: field(form, 'placeholder').checked, targets: {}
    });
  });

  start();
})();
