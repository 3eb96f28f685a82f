// The account in the top bar: "Inloggen" opens a small form (e-mail, wachtwoord); once logged in it shows the
// name and "Uitloggen". A wrong password gets one Dutch message; the hint names a demo account from the README.
// Too many attempts offers a login link by mail. The form leads to "Wachtwoord vergeten?" and "Account maken" (the account screens, core/account-flow.js); a planner
// also gets "Verzonden berichten" (the outbox).
import { isPlanner } from '../core/session.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountAccountBox(element, state, session, screens) {
  const email = h('input', { id: 'login-email', type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { className: 'login-message', role: 'alert' });
  const submit = h('button', { type: 'submit' }, t('accountSubmit'));
  const open = h('button', { type: 'button', className: 'account-open', 'aria-expanded': 'false', 'aria-controls': 'login-form',
    onclick: () => showForm(form.hidden) }, t('accountLogin'));
  const cancel = h('button', { type: 'button', className: 'link-button', onclick: () => { showForm(false); open.focus(); } },
    t('accountCancel'));
  const resend = h('button', { type: 'button', className: 'link-button login-resend', hidden: true,
    onclick: () => toScreen('resend') }, t('loginResendOffer'));
  const loginLink = h('button', { type: 'button', className: 'link-button login-link-offer', hidden: true,
    onclick: () => toScreen('login-link-request') }, t('loginLinkOffer'));
  const toScreen = (view) => {
    showForm(false);
    screens.open(view, { email: email.value.trim() });
  };
  const form = h('form', { id: 'login-form', className: 'login-form', 'aria-labelledby': 'login-title', hidden: true,
    onsubmit: async (event) => {
      event.preventDefault();
      if (!email.value.trim() || !password.value) {
        message.textContent = t('loginMissing');
        return;
      }
      submit.disabled = true;
      message.textContent = t('accountBusy');
      const answer = await session.login(email.value, password.value);
      submit.disabled = false;
      if (answer.ok) {
        password.value = '';
        message.textContent = '';
        resend.hidden = true;
        loginLink.hidden = true;
        showForm(false);
        logout.focus();
      } else {
        message.textContent = t(answer.error);
        resend.hidden = !screens || answer.error !== 'loginNotVerified';
        loginLink.hidden = !screens || answer.error !== 'loginTooMany';
        password.select();
      }
    } },
    h('h2', { id: 'login-title' }, t('accountFormTitle')),
    h('p', { className: 'login-hint' }, t('accountHint')),
    h('label', { for: 'login-email' }, t('accountEmail')), email,
    h('label', { for: 'login-password' }, t('accountPassword')), password,
    h('div', { className: 'login-buttons' }, submit, cancel),
    message,
    screens && resend,
    screens && loginLink,
    screens && h('p', { className: 'login-links' },
      h('button', { type: 'button', className: 'link-button', onclick: () => toScreen('reset-request') }, t('accountForgotOpen')),
      h('span', {}, t('accountNoAccount'), ' ',
        h('button', { type: 'button', className: 'link-button', onclick: () => toScreen('signup') }, t('accountSignUpOpen')))));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { showForm(false); open.focus(); }
  });
  const name = h('span', { className: 'account-name' });
  const logout = h('button', { type: 'button', className: 'account-logout', onclick: async () => {
    await session.logout();
    open.focus();
  } }, t('accountLogout'));

  const outbox = h('button', { type: 'button', className: 'account-outbox', hidden: true, onclick: () => screens.showOutbox() },
    t('outboxOpen'));

  function showForm(show) {
    form.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) email.focus();
  }

  replaceChildren(element, open, name, screens && outbox, logout, form);
  const render = ({ session: current }) => {
    const user = current?.status === 'user' ? current.user : null;
    document.body.dataset.session = current?.status ?? 'unknown';
    open.hidden = Boolean(user);
    name.hidden = !user;
    logout.hidden = !user;
    outbox.hidden = !isPlanner(current);
    name.textContent = user ? t('accountLoggedIn', { name: user.displayName || user.email }) : '';
    if (user) showForm(false);
  };
  state.onChange((current, changed) => { if (changed.includes('session')) render(current); });
  render(state.get());
  return { openLogin: () => { open.hidden = false; showForm(true); } };
}
