// The partners' portal: reads /api/portal and the agreement resources the partner may read (the
// same endpoints and the same partner rule as the API), and draws them. Text goes in as text nodes
// only (page.js), so nothing a partner or the agency typed can become markup. Its words are the
// page's bundle (static/texts/portal) and the vocabulary's, its numbers and dates written by texts.js.
(function () {
  'use strict';

  const T = window.AccordTexts;
  const t = T.t;
  const vocabulary = JSON.parse(document.getElementById('vocabulary').textContent);
  function term(kind, code) { return vocabulary[kind + '.' + code] || code; }

  const { el, read, send, refused, clearRefusal, drawPager, failed, worded } = window.AccordPage;
  const PAGE_SIZE = 20;
  // An agreement's lists show a few rows at first: the detail stays short, the rest on request.
  const DETAIL_PAGE_SIZE = 5;
  const TASKLIST = '/camunda/app/tasklist/default/#/?task=';
  let page = 0;
  let chosen = null;

  const day = T.date;
  const money = T.money;

  function isPast(value) {
    return value && new Date(value) < new Date();
  }

  function taskLink(task) {
    return el('a', { href: TASKLIST + encodeURIComponent(task.id) }, task.name);
  }

  function drawOverview(overview) {
    document.getElementById('user-name').textContent = t('who.signedIn', { name: overview.userName });
    document.getElementById('organizations').textContent = t('who.for', {
      organizations: overview.organizations.map((o) => o.name + ' (' + o.code + ')').join(', ')
    });
    document.getElementById('tile-tasks').textContent = T.number(overview.openTasks);
    const list = document.getElementById('tasks');
    list.replaceChildren();
    if (overview.tasks.length === 0) list.append(el('li', { class: 'empty' }, t('tasks.empty')));
    overview.tasks.forEach((task) => {
      list.append(el('li', {},
        el('div', { class: 'name' }, taskLink(task)),
        el('div', { class: 'meta' },
          [task.agreementReference, task.title].filter(Boolean).join(' · '),
          task.due ? el('span', { class: 'due' + (isPast(task.due) ? ' overdue' : '') }, ' · ' + t('tasks.due', { date: day(task.due) })) : null)));
    });
    const more = document.getElementById('tasks-more');
    more.hidden = overview.openTasks <= overview.tasks.length;
    more.textContent = t('tasks.more', { count: T.number(overview.openTasks - overview.tasks.length) });
  }

  function drawInitiatives(initiatives) {
    const list = document.getElementById('initiatives');
    list.replaceChildren();
    if (initiatives.length === 0) list.append(el('li', { class: 'empty' }, t('initiatives.empty')));
    initiatives.forEach((initiative) => {
      list.append(el('li', {},
        el('div', { class: 'name' }, initiative.code + ' · ' + initiative.title),
        el('div', { class: 'meta' }, [worded('initiativeKind', initiative.kind), initiative.region ? term('region', initiative.region) : null,
          initiative.lead ? t('initiatives.ledBy', { lead: initiative.lead }) : null]
          .filter(Boolean).join(' · '))));
    });
  }

  function nextStep(row) {
    if (row.yourSteps.length === 0) {
      return ['ACTIVE', 'CLOSED', 'TERMINATED', 'REJECTED', 'DECLINED', 'WITHDRAWN'].includes(row.status)
        ? '' : t('agreements.withAgency');
    }
    return row.yourSteps.map((task) => el('div', {}, taskLink(task),
      task.due ? el('span', { class: isPast(task.due) ? 'due overdue' : 'due' }, ' ' + t('agreements.by', { date: day(task.due) })) : null));
  }

  /** Who else is party to the agreement: the lead partner to a co-partner, the co-partners to the lead. */
  function party(row) {
    if (row.asCoPartner) return el('div', { class: 'party' }, t('agreements.asCoPartner', { lead: row.partnerName }));
    if (row.coPartners.length === 0) return null;
    return el('div', { class: 'party' }, t('agreements.withCoPartners', {
      partners: row.coPartners.map((o) => o.name + ' (' + o.code + ')').join(', ')
    }));
  }

  function drawAgreements(found) {
    document.getElementById('tile-agreements').textContent = T.number(found.total);
    document.getElementById('tile-active').textContent = T.number(found.agreements.filter((a) => a.status === 'ACTIVE').length);
    document.getElementById('tile-reports').textContent = T.number(found.agreements
      .filter((a) => a.nextReport && (a.nextReport.status === 'DUE' || a.nextReport.status === 'OVERDUE' || a.nextReport.status === 'SENT_BACK')).length);
    const body = document.querySelector('#agreements tbody');
    body.replaceChildren();
    if (found.agreements.length === 0) {
      body.append(el('tr', {}, el('td', { class: 'empty', colspan: 7 }, t('agreements.empty'))));
    }
    found.agreements.forEach((row) => {
      const report = row.nextReport;
      body.append(el('tr', { 'data-reference': row.reference, class: row.reference === chosen ? 'chosen' : null },
        el('td', {}, el('button', { type: 'button', class: 'open' }, row.reference)),
        el('td', {}, row.title, party(row)),
        el('td', {}, el('span', { class: 'stage ' + row.status }, term('status', row.status))),
        el('td', { class: 'num' }, money(row.amount, row.currency)),
        el('td', {}, day(row.startDate) + ' – ' + day(row.endDate)),
        el('td', {}, nextStep(row)),
        el('td', { class: report && report.status === 'OVERDUE' ? 'due overdue' : null },
          report ? day(report.dueOn) + ' (' + worded('period', report.status) + ')' : '')));
    });
    drawPager('', found, found.agreements.length);
  }

  function rows(tableId, items, draw, empty, columns) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren();
    if (items.length === 0) body.append(el('tr', {}, el('td', { class: 'empty', colspan: columns }, empty)));
    items.forEach((item) => body.append(draw(item)));
  }

  /**
   * One of an agreement's lists in its detail: the first page, then the next one added under it
   * each time its "more" button is pressed, until the list is all there.
   */
  async function pagedRows(tableId, path, draw, empty, columns) {
    const body = document.querySelector('#' + tableId + ' tbody');
    const more = document.getElementById(tableId + '-more');
    let next = 0;
    async function load() {
      const found = await read(path + '?page=' + next + '&size=' + DETAIL_PAGE_SIZE);
      if (next === 0) {
        body.replaceChildren();
        if (found.items.length === 0) body.append(el('tr', {}, el('td', { class: 'empty', colspan: columns }, empty)));
      }
      found.items.forEach((item) => body.append(draw(item)));
      next += 1;
      const left = found.total - Math.min(found.total, next * DETAIL_PAGE_SIZE);
      more.hidden = left <= 0;
      more.textContent = t('detail.more', { count: T.number(left) });
    }
    more.onclick = () => load().catch(failed);
    await load();
  }

  async function showDetail(reference) {
    chosen = reference;
    document.querySelectorAll('#agreements tbody tr').forEach((tr) =>
      tr.classList.toggle('chosen', tr.dataset.reference === reference));
    const base = '/api/agreements/' + encodeURIComponent(reference);
    const lists = '/api/portal/agreements/' + encodeURIComponent(reference);
    const agreement = await read(base);
    const detail = document.getElementById('detail');
    document.getElementById('detail-title').textContent = reference + ' · ' + agreement.title;
    document.getElementById('attachments-link').href = '/portal/agreements/' + encodeURIComponent(reference) + '/attachments';
    const signed = ['ACTIVE', 'SUSPENDED', 'CLOSED', 'TERMINATED'].includes(agreement.status);
    document.getElementById('ledger-section').hidden = !signed;
    await Promise.all([
      pagedRows('documents', lists + '/documents', (d) => el('tr', {},
        el('td', {}, el('a', { href: base + '/documents/' + d.id, download: d.fileName }, worded('document', d.kind))),
        el('td', {}, T.number(d.version)), el('td', {}, day(d.createdAt)), el('td', { class: 'hash', title: d.sha256 }, d.sha256.substring(0, 16) + '…')),
      t('detail.noDocuments'), 4),
      pagedRows('reports', lists + '/reports', (r) => el('tr', {},
        el('td', {}, r.period.finalPeriod ? t('detail.finalPeriod', { number: T.number(r.period.number) }) : T.number(r.period.number)),
        el('td', {}, day(r.period.startsOn) + ' – ' + day(r.period.endsOn)),
        el('td', {}, day(r.period.dueOn)), el('td', {}, worded('period', r.period.status))),
      t('detail.noPeriods'), 4),
      signed ? pagedRows('instalments', lists + '/instalments', (i) => el('tr', {},
        el('td', {}, T.number(i.instalment)), el('td', { class: 'num' }, money(i.amount, i.currency)),
        el('td', {}, day(i.payBy)), el('td', { class: 'num' }, money(i.received, i.currency)),
        el('td', { class: 'num' }, money(i.outstanding, i.currency)), el('td', {}, worded('instalment', i.status))),
      t('detail.noInstalments'), 6) : null,
      signed ? pagedRows('receipts', lists + '/receipts', (r) => el('tr', {},
        el('td', {}, day(r.valueDate)), el('td', { class: 'num' }, money(r.amount, r.currency)),
        el('td', {}, T.number(r.instalment)), el('td', {}, r.bankReference),
        el('td', {}, r.reversedAt ? t('receipt.reversed') : '')),
      t('detail.noReceipts'), 5) : null]);
    detail.hidden = false;
    detail.dataset.reference = reference;
  }

  function answerForm(note) {
    const form = el('form', { class: 'edit answer', novalidate: true, 'data-note': note.id },
      el('label', { class: 'wide' }, t('notes.yourAnswer'), el('textarea', { name: 'answer', rows: 3, maxlength: 5000 })),
      el('p', { class: 'field-error', role: 'alert' }),
      el('button', { type: 'submit' }, t('notes.sendAnswer')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearRefusal(form);
      send('/api/concept-notes/' + note.id + '/answers', { answer: form.elements.answer.value })
        .then(() => loadNotes())
        .catch((failure) => refused(form, failure));
    });
    return form;
  }

  function drawNotes(found) {
    const list = document.getElementById('notes');
    list.replaceChildren();
    if (found.conceptNotes.length === 0) list.append(el('p', { class: 'empty' }, t('notes.empty')));
    found.conceptNotes.forEach((note) => {
      list.append(el('section', { class: 'note', 'data-note': note.id, 'data-status': note.status },
        el('h3', {}, note.title, ' ', el('span', { class: 'stage ' + note.status }, worded('note', note.status))),
        el('p', { class: 'meta' }, t('notes.meta', { number: note.id, date: day(note.submittedAt) }) + ' · '
          + money(note.estimatedBudget, note.currency)
          + (note.agreementReference ? ' · ' + t('notes.proposal', { reference: note.agreementReference }) : '')),
        note.declineReason ? el('p', { class: 'reason' }, t('notes.reason'), ' ', note.declineReason) : null,
        note.exchanges.length ? el('dl', { class: 'exchanges' }, note.exchanges.map((exchange) => [
          el('dt', {}, exchange.kind === 'QUESTION' ? t('notes.officersAsked') : t('notes.youAnswered'), ' · ', day(exchange.writtenAt)),
          el('dd', {}, exchange.body)])) : null,
        note.status === 'QUESTION_ASKED' ? answerForm(note) : null));
    });
    drawPager('notes-', found, found.conceptNotes.length);
  }

  let notesPage = 0;
  let opportunitiesPage = 0;
  let publicationsPage = 0;

  /** A small form of its own under an opportunity: it sends, then the list is drawn again. */
  function opportunityForm(className, fields, label, path, body) {
    const form = el('form', { class: 'edit ' + className, novalidate: true }, fields,
      el('p', { class: 'field-error', role: 'alert' }), el('button', { type: 'submit' }, label));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearRefusal(form);
      send(path, body(form)).then(() => loadOpportunities()).catch((failure) => refused(form, failure));
    });
    return form;
  }

  function exchange(q) {
    return [el('dt', {}, t('opportunities.partnerAsked'), ' · ', day(q.askedAt)),
      el('dd', {}, q.question, q.answer ? el('div', { class: 'answer' }, t('opportunities.agency'), ' ', q.answer) : null)];
  }

  /** The questions an opportunity comes with, and the rest a page at a time, asked for. */
  function questionsOf(o) {
    const shown = o.questions.length;
    const list = el('dl', { class: 'exchanges' }, o.questions.map(exchange));
    if (o.questionCount <= shown) return list;
    let page = 1;
    const more = el('button', { type: 'button', class: 'more-questions' }, t('opportunities.moreQuestions'));
    more.addEventListener('click', async () => {
      const next = await read('/api/opportunities/' + o.id + '/questions?page=' + page + '&size=' + shown);
      page += 1;
      list.append(...next.questions.flatMap(exchange));
      if (list.querySelectorAll('dt').length >= next.total) more.remove();
    });
    return el('div', {}, list, more);
  }

  function drawOpportunities(found) {
    const list = document.getElementById('opportunities');
    list.replaceChildren();
    if (found.opportunities.length === 0) list.append(el('p', { class: 'empty' }, t('opportunities.empty')));
    found.opportunities.forEach((o) => {
      const path = '/api/opportunities/' + o.id;
      list.append(el('section', { class: 'opportunity', 'data-opportunity': o.id },
        el('h3', {}, o.title),
        el('p', { class: 'meta' }, [o.priority ? term('priority', o.priority) : null, o.region ? term('region', o.region) : null]
          .filter(Boolean).join(' · ') + ' · ' + o.countries.join(', ') + ' · ' + t('opportunities.applyBy', { date: day(o.deadline) })),
        el('p', {}, o.summary),
        el('p', { class: 'money' }, t('opportunities.sought'), ' ', el('strong', {}, money(o.amountSought, o.currency)),
          ' · ', t('opportunities.pledged'), ' ', money(o.pledged, o.currency), ' · ', t('opportunities.gap'), ' ',
          el('strong', { class: 'gap' }, money(o.fundingGap, o.currency))),
        o.questions.length ? questionsOf(o) : null,
        el('div', { class: 'pair' },
          opportunityForm('ask', el('label', { class: 'wide' }, t('opportunities.yourQuestion'),
            el('textarea', { name: 'question', rows: 2, maxlength: 2000 })), t('opportunities.ask'), path + '/questions',
          (form) => ({ question: form.elements.question.value })),
          opportunityForm('pledge', [
            el('label', {}, t('opportunities.amount'), el('input', { name: 'amount', inputmode: 'decimal', autocomplete: 'off', dir: 'ltr' })),
            el('label', {}, t('opportunities.currency'), el('input', { name: 'currency', maxlength: 3, value: o.currency, autocomplete: 'off', dir: 'ltr' })),
            el('label', { class: 'wide' }, t('opportunities.note'), el('input', { name: 'note', maxlength: 2000, autocomplete: 'off' }))],
          t('opportunities.pledge'), path + '/pledges',
          (form) => ({ amount: form.elements.amount.value, currency: form.elements.currency.value.trim().toUpperCase(),
            note: form.elements.note.value })))));
    });
    drawPager('opportunities-', found, found.opportunities.length);
  }

  async function loadOpportunities() {
    const words = document.getElementById('q').value.trim();
    drawOpportunities(await read('/api/opportunities?page=' + opportunitiesPage + '&size=' + PAGE_SIZE
      + (words ? '&q=' + encodeURIComponent(words) : '')));
    // Which search the list shows, so that a reader (or a test) can tell it from the one before.
    document.getElementById('opportunities').dataset.query = words;
    // Loading again after a pledge shows the concept note it started.
    await loadNotes();
  }

  async function loadNotes() {
    drawNotes(await read('/api/concept-notes?page=' + notesPage + '&size=' + PAGE_SIZE));
  }

  function proposeForm() {
    const form = document.getElementById('propose');
    // The choices in the page's language, from the vocabulary in the order it lists them.
    ['priority', 'region'].forEach((kind) => Object.keys(vocabulary)
      .filter((key) => key.startsWith(kind + '.'))
      .forEach((key) => form.elements[kind].append(el('option', { value: key.substring(kind.length + 1) }, vocabulary[key]))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearRefusal(form);
      const value = (name) => form.elements[name].value;
      send('/api/concept-notes', {
        title: value('title'), priority: value('priority') || null, region: value('region') || null,
        countries: value('countries').split(',').map((code) => code.trim().toUpperCase()).filter(Boolean),
        summary: value('summary'), estimatedBudget: value('estimatedBudget'), currency: value('currency').trim().toUpperCase(),
        contribution: value('contribution'), sought: value('sought')
      }).then(() => {
        form.reset();
        notesPage = 0;
        return loadNotes();
      }).then(() => { document.getElementById('notes-card').scrollIntoView(); })
        .catch((failure) => refused(form, failure));
    });
  }

  function drawPublications(found) {
    rows('publications', found.publications, (p) => el('tr', { 'data-id': p.id },
      el('td', {}, el('a', { href: '/api/publications/' + p.id + '/pdf', download: 'accord-report-' + p.id + '.pdf' }, p.title)),
      el('td', {}, p.partnerCode ? t('publications.yours') : t('publications.everyPartner')),
      el('td', {}, day(p.publishedAt)),
      el('td', { class: 'hash', title: p.sha256 }, p.sha256.substring(0, 16) + '…')),
    t('publications.empty'), 4);
    drawPager('publications-', found, found.publications.length);
  }

  async function loadPublications() {
    drawPublications(await read('/api/publications?page=' + publicationsPage + '&size=' + PAGE_SIZE));
  }

  async function loadAgreements() {
    drawAgreements(await read('/api/portal/agreements?page=' + page + '&size=' + PAGE_SIZE));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('previous').addEventListener('click', () => { page -= 1; loadAgreements().catch(failed); });
    document.getElementById('next').addEventListener('click', () => { page += 1; loadAgreements().catch(failed); });
    document.getElementById('notes-previous').addEventListener('click', () => { notesPage -= 1; loadNotes().catch(failed); });
    document.getElementById('notes-next').addEventListener('click', () => { notesPage += 1; loadNotes().catch(failed); });
    document.getElementById('publications-previous').addEventListener('click', () => { publicationsPage -= 1; loadPublications().catch(failed); });
    document.getElementById('publications-next').addEventListener('click', () => { publicationsPage += 1; loadPublications().catch(failed); });
    proposeForm();
    document.getElementById('search').addEventListener('submit', (event) => {
      event.preventDefault();
      opportunitiesPage = 0;
      loadOpportunities().catch(failed);
    });
    document.getElementById('opportunities-previous').addEventListener('click', () => { opportunitiesPage -= 1; loadOpportunities().catch(failed); });
    document.getElementById('opportunities-next').addEventListener('click', () => { opportunitiesPage += 1; loadOpportunities().catch(failed); });
    document.querySelector('#agreements tbody').addEventListener('click', (event) => {
      const button = event.target.closest('button.open');
      if (button) showDetail(button.closest('tr').dataset.reference).catch(failed);
    });
    Promise.all([
      read('/api/portal').then(drawOverview),
      read('/api/initiatives').then(drawInitiatives),
      loadAgreements(),
      loadOpportunities(),
      loadPublications()
    ]).then(() => { document.body.dataset.loaded = 'true'; }).catch(failed);
  });
})();
