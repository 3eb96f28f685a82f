// The dossier's sharing sections (core/sharing.js has the rules): "Delen" for the owner (invite by e-mail with a
// role, the invitations with their status and "Intrekken"), "Besloten opmerkingen" for the owner, co-editors,
// advisors and planners, and "Publiceren" for everyone who sees the plan (the owner asks or publishes, a planner
// approves or rejects with a reason). Every text from the server is put in as text, never as markup.
import { commentRows, invitationRows, publicationModel, roleLabel, ROLES } from '../core/sharing.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountPlanSharing(container, sharing) {
  const role = h('p', { className: 'plan-role' });
  const share = h('section', { className: 'plan-sharing', 'aria-labelledby': 'plan-sharing-title' });
  const comments = h('section', { className: 'plan-comments', 'aria-labelledby': 'plan-comments-title' });
  const publication = h('section', { className: 'plan-publication', 'aria-labelledby': 'plan-publication-title' });
  const message = h('p', { className: 'plan-sharing-message', 'aria-live': 'polite' });
  replaceChildren(container, role, share, comments, publication, message);

  // The forms stay across redraws, so what someone typed is kept.
  const email = h('input', { id: 'plan-invite-email', type: 'email', autocomplete: 'off', maxlength: '254' });
  const roleSelect = h('select', { id: 'plan-invite-role' }, ROLES.map((r) => h('option', { value: r }, roleLabel(r))));
  const inviteForm = h('form', { className: 'plan-invite', onsubmit: (event) => { event.preventDefault(); sharing.invite(email.value, roleSelect.value).then((ok) => { if (ok) email.value = ''; }); } },
    h('label', { for: 'plan-invite-email' }, t('sharingEmail')), email,
    h('label', { for: 'plan-invite-role' }, t('sharingRole')), roleSelect,
    h('button', { type: 'submit', className: 'plan-invite-send' }, t('sharingInvite')));
  const commentText = h('textarea', { id: 'plan-comment-text', rows: '3', maxlength: '2000' });
  const commentForm = h('form', { className: 'plan-comment-form', onsubmit: (event) => { event.preventDefault(); sharing.comment(commentText.value, viewing).then((ok) => { if (ok) commentText.value = ''; }); } },
    h('label', { for: 'plan-comment-text' }, t('commentsText')), commentText,
    h('button', { type: 'submit' }, t('commentsSend')));
  const displayName = h('input', { id: 'plan-publication-name', type: 'text', maxlength: '80', autocomplete: 'off' });
  const reason = h('textarea', { id: 'plan-publication-reason', rows: '2', maxlength: '1000' });
  let viewing = null;

  const render = (s) => {
    container.dataset.planId = String(s.planId ?? '');
    role.textContent = s.role ? t('sharingYourRole', { role: t(`sharingParts.${s.role}`) }) : '';
    share.hidden = !s.access.invite;
    if (s.access.invite) {
      const rows = s.sharing?.status === 'ok' ? invitationRows(s.sharing.data) : null;
      replaceChildren(share, h('h3', { id: 'plan-sharing-title' }, t('sharingTitle')), h('p', { className: 'note' }, t('sharingIntro')),
        inviteForm,
        s.sharing?.status === 'loading' && h('p', { className: 'loading' }, t('sharingLoading')),
        s.sharing?.status === 'error' && h('p', { className: 'error' }, t(s.sharing.key)),
        rows && rows.length === 0 && h('p', {}, t('sharingNone')),
        rows && rows.length > 0 && h('ul', { className: 'plan-invitations' }, rows.map((row) => h('li', { 'data-invitation-id': String(row.id), 'data-status': row.status },
          h('strong', {}, row.email), ' · ', row.role, ' · ', h('span', { className: 'plan-invitation-status' }, row.statusLabel), ' ',
          row.revocable && h('button', { type: 'button', className: 'link-button plan-invitation-revoke', disabled: Boolean(s.busy),
            'aria-label': t('sharingRevokeLabel', { email: row.email }), onclick: () => sharing.revoke(row.id) }, t('sharingRevoke'))))));
      inviteForm.querySelector('button').disabled = s.busy === 'invite';
    }
    comments.hidden = !s.access.comments;
    if (s.access.comments) {
      const rows = s.comments?.status === 'ok' ? commentRows(s.comments.data) : null;
      replaceChildren(comments, h('h3', { id: 'plan-comments-title' }, t('commentsTitle')), h('p', { className: 'note' }, t('commentsIntro')),
        s.comments?.status === 'error' && h('p', { className: 'error' }, t(s.comments.key)),
        rows && rows.length === 0 && h('p', {}, t('commentsNone')),
        rows && rows.length > 0 && h('ul', { className: 'plan-comment-rows' }, rows.map((row) => h('li', { 'data-comment-id': String(row.id) },
          h('p', { className: 'plan-comment-text' }, row.text),
          h('p', { className: 'plan-comment-meta' }, [row.meta, row.version].filter(Boolean).join(' · '))))),
        commentForm);
      commentForm.querySelector('button').disabled = s.busy === 'comment';
    }
    publication.hidden = !s.access.publication;
    if (s.access.publication) {
      const model = s.publication?.status === 'ok' ? publicationModel(s.publication.data) : null;
      publication.dataset.state = model?.state ?? 'loading';
      replaceChildren(publication, h('h3', { id: 'plan-publication-title' }, t('publicationTitle')),
        h('p', { className: 'note' }, t('publicationIntro')),
        s.publication?.status === 'error' && h('p', { className: 'error' }, t(s.publication.key)),
        model && h('p', { className: 'plan-publication-state' }, model.line),
        model?.reason && h('p', { className: 'plan-publication-reason' }, model.reason),
        model?.request && [h('label', { for: 'plan-publication-name' }, t('publicationDisplayName')), displayName,
          h('button', { type: 'button', className: 'plan-publication-request', disabled: Boolean(s.busy),
            onclick: () => sharing.requestPublication(displayName.value) }, model.request)],
        model?.withdraw && h('button', { type: 'button', className: 'plan-publication-withdraw', disabled: Boolean(s.busy),
          onclick: () => sharing.withdrawPublication() }, model.withdraw),
        model?.decide && h('div', { className: 'plan-publication-decide', role: 'group' },
          h('button', { type: 'button', className: 'plan-publication-approve', disabled: Boolean(s.busy),
            onclick: () => sharing.approvePublication() }, t('publicationApprove')),
          h('label', { for: 'plan-publication-reason' }, t('publicationRejectReason')), reason,
          h('button', { type: 'button', className: 'plan-publication-reject', disabled: Boolean(s.busy),
            onclick: () => sharing.rejectPublication(reason.value) }, t('publicationReject'))));
    }
    const m = s.message;
    message.className = `plan-sharing-message${m?.error ? ' error' : ''}`;
    message.setAttribute('role', m?.error ? 'alert' : 'status');
    message.textContent = m ? t(m.key, m.values) : '';
  };
  sharing.subscribe(render);
  render(sharing.get());

  return {
    /** The dossier's open plan (the API answer) and the version shown, if an older one. */
    render(open) {
      if (open?.status !== 'ok') return;
      viewing = open.viewing ?? null;
      sharing.show(open.plan);
    },
  };
}
