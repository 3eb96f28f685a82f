// The documents of the open plan: a list with type, size, date and a download link (same origin, with the session),
// and for whom may add one (core/plan-documents.js) a file field that says the allowed types and the 10 MB limit
// before anything is sent; a refused file gets the Dutch reason.
import { DOCUMENT_ACCEPT, documentRows, mayUpload } from '../core/plan-documents.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountPlanDocuments(section, myPlans) {
  const file = h('input', { id: 'plan-document-file', type: 'file', accept: DOCUMENT_ACCEPT, 'aria-describedby': 'plan-documents-allowed' });
  const submit = h('button', { type: 'submit' }, t('documentsUpload'));
  const message = h('p', { className: 'plan-upload-message', 'aria-live': 'polite', 'data-upload': 'idle' });
  const form = h('form', { className: 'plan-upload', onsubmit: async (event) => {
    event.preventDefault();
    await myPlans.upload(file.files?.[0]);
    if (section.querySelector('.plan-upload-message')?.dataset.upload === 'ok') file.value = '';
  } },
  h('p', { id: 'plan-documents-allowed' }, t('documentsAllowed')),
  h('label', { for: 'plan-document-file' }, t('documentsFile')), file, submit);
  const list = h('div', { className: 'plan-document-list' });
  const readOnly = h('p', { className: 'note' }, t('documentsReadOnly'));
  replaceChildren(section, h('h3', { id: 'plan-documents-title' }, t('documentsTitle')), list, form, readOnly, message);

  let planId = null;
  let last = {};
  return {
    render(open, session) {
      if (open.planId !== planId) {
        planId = open.planId;
        file.value = '';
        last = {};
      }
      section.hidden = open.documents?.status === 'not-for-viewers';
      const allowed = mayUpload(open.plan, session);
      form.hidden = !allowed;
      readOnly.hidden = allowed;
      const { upload = { status: 'idle' }, documents } = open;
      if (upload !== last.upload) {
        message.dataset.upload = upload.status;
        message.className = `plan-upload-message${upload.status === 'error' ? ' error' : ''}`;
        message.setAttribute('role', upload.status === 'error' ? 'alert' : 'status');
        message.textContent = upload.status === 'uploading' ? t('documentsUploading')
          : upload.status === 'ok' ? t('documentsUploaded', { name: upload.name })
            : upload.status === 'error' ? t(upload.key) : '';
        submit.disabled = upload.status === 'uploading';
      }
      if (documents !== last.documents) {
        list.dataset.status = documents?.status ?? 'loading';
        const rows = documents?.status === 'ok' ? documentRows(documents.items, myPlans.documentUrl) : null;
        replaceChildren(list,
          (!documents || documents.status === 'loading') && h('p', { className: 'loading' }, t('documentsLoading')),
          documents?.status === 'error' && h('p', { className: 'error' }, t('documentsFailed')),
          rows && rows.length === 0 && h('p', {}, t('documentsNone')),
          rows && rows.length > 0 && h('ul', { className: 'plan-document-rows' }, rows.map((row) => h('li', { 'data-document-id': String(row.id) },
            h('a', { href: row.href, download: row.name, 'aria-label': t('documentDownload', { name: row.name }) }, row.name),
            h('span', { className: 'plan-document-meta' }, ' ', row.meta)))));
      }
      last = open;
    },
  };
}
