// One modal dialog for the account screens (core/account-flow.js): sign-up, verification landing, new link,
// password reset and the planners' outbox. A native <dialog>: focus stays inside, Escape closes it, and focus goes
// back to where it was. The view's name is on <body data-account-view> for tests.
import { t } from '../core/strings-nl.js';
import { buildScreen } from './account-screens.js';
import { h, replaceChildren } from './dom.js';
import { buildOutboxScreen } from './outbox-page.js';

export function mountAccountDialog(flow, { openLogin }) {
  const dialog = h('dialog', { id: 'account-dialog', className: 'account-dialog', 'aria-labelledby': 'account-dialog-title' });
  const close = h('button', { type: 'button', className: 'icon-button account-dialog-close', 'aria-label': t('accountDialogClose'),
    onclick: () => flow.close() }, '×');
  document.body.append(dialog);
  // Escape (the native cancel) closes the dialog itself; a dialog shown again for the next screen is not closed.
  dialog.addEventListener('close', () => { if (!dialog.open && flow.get().view !== 'closed') flow.close(); });

  const actions = {
    ...flow,
    openLogin: () => {
      flow.close();
      openLogin();
    },
  };
  let shown = null;
  const render = (current) => {
    document.body.dataset.accountView = current.view;
    dialog.dataset.view = current.view;
    if (current.view === 'closed') {
      shown = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (shown?.view !== current.view) {
      const screen = current.view === 'outbox' ? buildOutboxScreen() : buildScreen(current, actions);
      shown = { view: current.view, screen };
      dialog.classList.toggle('account-dialog-wide', current.view === 'outbox');
      replaceChildren(dialog, close, screen.node);
      if (!dialog.open) dialog.showModal();
      screen.update(current);
      screen.focus();
      return;
    }
    shown.screen.update(current);
  };
  flow.onChange(render);
  render(flow.get());
}
