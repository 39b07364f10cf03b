// An agreement's attachments page, for its partner's representatives and the agency's staff: lists
// what /api/agreements/{ref}/attachments lets the user read and posts new files to it, which holds
// every rule (who may add, who reads, which files). Its words are the page's bundle
// (static/texts/attachments), its numbers and dates written by texts.js; page.js draws.
(function () {
  'use strict';

  const T = window.AccordTexts;
  const t = T.t;
  const { el, read, upload, refused, clearRefusal, drawPager, failed, worded } = window.AccordPage;
  const PAGE_SIZE = 20;
  // /portal/agreements/{reference}/attachments
  const reference = decodeURIComponent(window.location.pathname.split('/')[3]);
  const base = '/api/agreements/' + encodeURIComponent(reference);
  let page = 0;


  /** A file's size in the language's units: "12.3 kB", "12,3 ko", "١٢٫٣ ك.بايت". */
  function size(bytes) {
    if (bytes < 1024) return T.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
    const unit = bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte';
    const value = unit === 'kilobyte' ? bytes / 1024 : bytes / 1024 / 1024;
    return T.number(value, { style: 'unit', unit: unit, unitDisplay: 'short', maximumFractionDigits: 1 });
  }

  function subject(attachment) {
    const kind = worded('subject', attachment.subject);
    return attachment.subjectNumber ? kind + ' ' + T.number(attachment.subjectNumber) : kind;
  }

  function drawAttachments(found) {
    const body = document.querySelector('#attachments tbody');
    body.replaceChildren();
    if (found.attachments.length === 0) {
      body.append(el('tr', {}, el('td', { class: 'empty', colspan: 8 }, t('attachments.empty'))));
    }
    found.attachments.forEach((a) => body.append(el('tr', { 'data-id': a.id },
      el('td', {}, el('a', { href: '/api/attachments/' + a.id, download: a.fileName }, a.fileName)),
      el('td', {}, worded('type', a.type)),
      el('td', {}, subject(a)),
      el('td', {}, worded('visibility', a.visibility)),
      el('td', {}, a.description || ''),
      el('td', { class: 'num' }, size(a.sizeBytes)),
      el('td', {}, T.date(a.uploadedAt) + ' · ' + a.uploadedBy),
      el('td', { class: 'hash', title: a.sha256 }, a.sha256.substring(0, 16) + '…'))));
    drawPager('', found, found.attachments.length);
  }

  async function loadAttachments() {
    drawAttachments(await read(base + '/attachments?page=' + page + '&size=' + PAGE_SIZE));
  }

  function uploadForm() {
    const form = document.getElementById('upload');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearRefusal(form);
      form.querySelector('.done').textContent = '';
      const data = new FormData(form);
      // Nothing chosen: the server names the missing part, as it does for the API.
      if (!form.elements.file.files[0]) data.delete('file');
      try {
        const stored = await upload(base + '/attachments', data);
        form.reset();
        form.querySelector('.done').textContent = t('upload.done', { name: stored.fileName });
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
      document.title = t('title') + ' · ' + agreement.reference;
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
