// The invitation landing: /?invitation=<token> from the mail opens this dialog. Opening the link spends nothing; the
// logged-in person takes the invitation with "Uitnodiging aannemen" (a POST). Not logged in, it asks to log in first
// (with the address the mail came to) and keeps the token for afterwards. State on <body data-invitation>.
import { roleLabel } from '../core/sharing.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountInvitationLanding(landing, state, { openLogin, openPlan }) {
  if (landing.get().status === 'none') return;
  const dialog = h('dialog', { id: 'invitation-dialog', className: 'account-dialog', 'aria-labelledby': 'invitation-title' });
  document.body.append(dialog);
  let awayForLogin = false; // closed to log in: the landing (and its token) waits and comes back once logged in
  dialog.addEventListener('close', () => { if (!awayForLogin && landing.get().status !== 'none') landing.close(); });

  const render = () => {
    const current = landing.get();
    document.body.dataset.invitation = current.status;
    if (current.status === 'none') {
      if (dialog.open) dialog.close();
      return;
    }
    const loggedIn = state.get().session?.status === 'user';
    const close = h('button', { type: 'button', className: 'link-button', onclick: () => landing.close() }, t('invitationClose'));
    replaceChildren(dialog, h('h2', { id: 'invitation-title' }, t('invitationTitle')),
      current.status === 'ready' && [
        h('p', {}, t('invitationIntro')),
        (!loggedIn || current.key) && h('p', { className: 'note' }, t('invitationLogIn')),
        !loggedIn && h('button', { type: 'button', onclick: () => { awayForLogin = true; dialog.close(); openLogin(); } }, t('accountGoLogin')),
        loggedIn && h('button', { type: 'button', className: 'invitation-accept', onclick: () => landing.accept() }, t('invitationAccept')),
        close],
      current.status === 'accepting' && h('p', { className: 'loading' }, t('invitationAccepting')),
      current.status === 'accepted' && [
        h('p', { role: 'status' }, t('invitationAccepted', { title: current.accepted.title, role: roleLabel(current.accepted.role).toLowerCase() })),
        h('button', { type: 'button', className: 'invitation-open', onclick: () => { const id = current.accepted.planId; landing.close(); openPlan(id); } }, t('invitationOpen')),
        close],
      (current.status === 'error' || current.status === 'gone') && [h('p', { className: 'error', role: 'alert' }, t(current.key)), close]);
    if (awayForLogin && !loggedIn) return;
    awayForLogin = false;
    if (!dialog.open) dialog.showModal();
  };
  landing.subscribe(render);
  state.onChange((s, changed) => { if (changed.includes('session') && landing.get().status === 'ready') render(); });
  render();
}
