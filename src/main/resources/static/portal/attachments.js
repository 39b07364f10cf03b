// An agreement's attachments page, for its partner's representatives and the agency's staff: lists
// what /api/agreements/{ref}/attachments lets the user read and posts new files to it, which holds
// every rule (who may add, who reads, which files). Text goes in as text nodes only.
(function () {
  'use strict';

  const HEADERS = { Accept: 'application/json' };
  // Sent with the upload: a session may change only what a page of Accord's sends with it. No
  // Content-Type: the browser writes the multipart boundary itself.
  const UPLOAD_HEADERS = { 'X-Accord-Page': 'portal', Accept: 'application/json' };
  const PAGE_SIZE = 20;
  const TYPES = {
    SIGNED_MOU_SCAN: 'Signed MoU (scan)', BANK_LETTER: 'Bank letter', AUDIT_REPORT: 'Audit report',
    EVIDENCE_OF_RESULTS: 'Evidence of results', CORRESPONDENCE: 'Correspondence', OTHER: 'Other'
  };
  const SUBJECTS = {
    AGREEMENT: 'The agreement', PROGRESS_REPORT: 'Progress report', AMENDMENT: 'Amendment',
    DUE_DILIGENCE: 'Due diligence'
  };
  const VISIBILITIES = { AGENCY_ONLY: 'The agency only', SHARED_WITH_PARTNER: 'Shared with the partner' };
  const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  // /portal/agreements/{reference}/attachments
  const reference = decodeURIComponent(window.location.pathname.split('/')[3]);
  const base = '/api/agreements/' + encodeURIComponent(reference);
  let page = 0;

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value != null) element.setAttribute(name, value);
    });
    children.forEach((child) => {
      if (child != null) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  }

  async function answer(response) {
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const failure = new Error((json && (json.detail || json.title)) || response.statusText);
      failure.errors = (json && json.errors) || [];
      throw failure;
    }
    return json;
  }

  function read(path) {
    return fetch(path, { headers: HEADERS, credentials: 'same-origin' }).then(answer);
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function subject(attachment) {
    const kind = SUBJECTS[attachment.subject] || attachment.subject;
    return attachment.subjectNumber ? kind + ' ' + attachment.subjectNumber : kind;
  }

  function failed(failure) {
    const line = document.getElementById('load-error');
    line.textContent = 'Could not load: ' + failure.message;
    line.hidden = false;
  }

  function drawAttachments(found) {
    const body = document.querySelector('#attachments tbody');
    body.replaceChildren();
    if (found.attachments.length === 0) {
      body.append(el('tr', {}, el('td', { class: 'empty', colspan: 8 }, 'No files attached yet.')));
    }
    found.attachments.forEach((a) => body.append(el('tr', { 'data-id': a.id },
      el('td', {}, el('a', { href: '/api/attachments/' + a.id, download: a.fileName }, a.fileName)),
      el('td', {}, TYPES[a.type] || a.type),
      el('td', {}, subject(a)),
      el('td', {}, VISIBILITIES[a.visibility] || a.visibility),
      el('td', {}, a.description || ''),
      el('td', { class: 'num' }, size(a.sizeBytes)),
      el('td', {}, dates.format(new Date(a.uploadedAt)) + ' · ' + a.uploadedBy),
      el('td', { class: 'hash', title: a.sha256 }, a.sha256.substring(0, 16) + '…'))));
    const first = found.total === 0 ? 0 : found.page * found.size + 1;
    const last = found.page * found.size + found.attachments.length;
    const line = document.getElementById('page-line');
    line.textContent = first + '–' + last + ' of ' + found.total;
    line.parentElement.hidden = found.total <= found.size && found.page === 0;
    document.getElementById('previous').disabled = found.page === 0;
    document.getElementById('next').disabled = last >= found.total;
  }

  async function loadAttachments() {
    drawAttachments(await read(base + '/attachments?page=' + page + '&size=' + PAGE_SIZE));
  }

  /** The refusal beside the form, each named field marked. */
  function refused(form, failure) {
    const messages = (failure.errors || []).length
      ? failure.errors.map((error) => {
        const input = form.querySelector('[name="' + error.field + '"]');
        if (input) input.setAttribute('aria-invalid', 'true');
        return error.field + ': ' + error.message;
      })
      : [failure.message];
    form.querySelector('.field-error').textContent = messages.join('; ');
  }

  function uploadForm() {
    const form = document.getElementById('upload');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
      form.querySelector('.field-error').textContent = '';
      form.querySelector('.done').textContent = '';
      const data = new FormData(form);
      const file = form.elements.file.files[0];
      // Nothing chosen: the server names the missing part, as it does for the API.
      if (!file) data.delete('file');
      try {
        const stored = await fetch(base + '/attachments', {
          method: 'POST', headers: UPLOAD_HEADERS, credentials: 'same-origin', body: data
        }).then(answer);
        form.reset();
        form.querySelector('.done').textContent = 'Added ' + stored.fileName + '.';
        page = 0;
        await loadAttachments();
      } catch (failure) {
        refused(form, failure);
      }
    });
  }

  async function start() {
    try {
      const agreement = await read(base);
      document.getElementById('agreement-line').textContent = agreement.reference + ' · ' + agreement.title;
      document.title = 'Accord · Attachments · ' + agreement.reference;
      await loadAttachments();
    } catch (failure) {
      failed(failure);
    }
    document.getElementById('previous').addEventListener('click', () => { page -= 1; loadAttachments().catch(failed); });
    document.getElementById('next').addEventListener('click', () => { page += 1; loadAttachments().catch(failed); });
    uploadForm();
    document.body.dataset.loaded = 'true';
  }

  start();
}());
