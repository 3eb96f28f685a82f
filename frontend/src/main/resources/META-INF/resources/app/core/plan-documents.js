// The documents of a plan: rows to list (type, size, date, a same-origin download link), who is offered the upload
// control, and the Dutch text for a refused upload, read from the problem details the API answers.
import { formatMoment, formatSize } from './format-nl.js';
import { isOwnerOf } from './session.js';
import { t } from './strings-nl.js';

/** What the file picker offers; the server decides by the content, not by these. */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.glb,application/pdf,image/png,image/jpeg,model/gltf-binary';

const typeLabel = (contentType) => {
  const label = t(`documentTypes.${contentType}`);
  return label.startsWith('documentTypes.') ? t('documentTypeOther') : label;
};

/** [{ id, name, meta, href, type, size, date }] in the order the API lists them. */
export function documentRows(documents, urlFor) {
  return (documents ?? []).map((d) => {
    const type = typeLabel(d.contentType);
    const size = formatSize(d.size);
    const date = formatMoment(d.uploadedAt);
    return { id: d.id, name: d.filename, type, size, date, href: urlFor(d.id), meta: t('documentMeta', { type, size, date }) };
  });
}

/** The upload control shows when the plan answer says this user may upload (mayUpload), and always to the owner. */
export const mayUpload = (plan, session) => plan?.mayUpload === true || isOwnerOf(plan, session);

export function uploadErrorKey(error) {
  if (error?.status === 415 || error?.code === 'unsupported-document') return 'documentsWrongType';
  if (error?.status === 413) return 'documentsTooLarge';
  if (error?.status === 400 && error?.parameter === 'file') return 'documentsEmpty';
  if (error?.kind === 'unauthenticated') return 'documentsLoggedOut';
  if (error?.status === 403) return 'documentsNotAllowed';
  if (error?.status === 404) return 'documentsGone';
  if (error?.kind === 'unreachable') return 'documentsUnreachable';
  return 'documentsUploadFailed';
}
