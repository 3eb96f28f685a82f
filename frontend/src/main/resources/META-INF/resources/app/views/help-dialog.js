// "Ik snap het niet": the button on every panel and one modal dialog (a native <dialog>: focus stays inside, Escape
// closes it, focus goes back) with the question form, the confirmation, and for planners the inbox "Vragen van
// inwoners". The state lives in core/help.js; the view's name is on <body data-help-view> for tests.
import { inboxModel, QUESTION_MAX } from '../core/help.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

/** The "Ik snap het niet" button for one panel (lookup, plan, dossier, search, other; or a function naming it). */
export function helpButton(help, panel) {
  return h('button', { type: 'button', className: 'help-open secondary-button',
    'data-help-panel': typeof panel === 'function' ? 'auto' : panel, 'aria-label': t('helpOpenLabel'),
    onclick: () => help.open(typeof panel === 'function' ? panel() : panel) }, t('helpOpen'));
}

/** The foot of a panel with its "Ik snap het niet" button. */
export function helpFooter(help, panel) {
  return h('div', { className: 'panel-help' }, helpButton(help, panel));
}

export function mountHelpDialog(help) {
  const dialog = h('dialog', { id: 'help-dialog', className: 'account-dialog help-dialog', 'aria-labelledby': 'help-dialog-title' });
  const close = h('button', { type: 'button', className: 'icon-button account-dialog-close', 'aria-label': t('helpClose'),
    onclick: () => help.close() }, '×');
  document.body.append(dialog);
  let opener = null;
  dialog.addEventListener('close', () => {
    if (help.get().view !== 'closed') help.close();
  });

  let shown = null;
  let screen = null;
  const render = (current) => {
    document.body.dataset.helpView = current.view;
    if (current.view === 'closed') {
      shown = null;
      if (dialog.open) dialog.close();
      opener?.focus?.();
      opener = null;
      return;
    }
    if (shown !== current.view) {
      if (!dialog.open) opener = document.activeElement;
      screen = current.view === 'asking' ? askScreen(help) : current.view === 'sent' ? sentScreen(help) : inboxScreen(help);
      shown = current.view;
      dialog.classList.toggle('account-dialog-wide', current.view === 'inbox');
      replaceChildren(dialog, close, screen.node);
      if (!dialog.open) dialog.showModal();
      screen.update(current);
      screen.focus();
      return;
    }
    screen.update(current);
  };
  help.onChange(render);
  render(help.get());
}

function askScreen(help) {
  const heading = h('h2', { id: 'help-dialog-title' }, t('helpTitle'));
  const questionError = h('p', { id: 'help-question-error', className: 'field-error' });
  const question = h('textarea', { id: 'help-question', name: 'question', rows: '5', maxlength: String(QUESTION_MAX), required: true,
    'aria-describedby': 'help-question-hint help-question-error' });
  const emailError = h('p', { id: 'help-email-error', className: 'field-error' });
  const email = h('input', { id: 'help-email', name: 'email', type: 'email', autocomplete: 'email',
    'aria-describedby': 'help-email-hint help-email-error' });
  const emailField = h('div', { className: 'form-field' }, h('label', { for: 'help-email' }, t('helpEmail')), email,
    h('p', { id: 'help-email-hint', className: 'form-note' }, t('helpEmailHint')), emailError);
  const formError = h('p', { className: 'form-error', role: 'alert' });
  const status = h('p', { className: 'form-status', role: 'status' });
  const send = h('button', { type: 'submit' }, t('helpSend'));
  const form = h('form', { className: 'account-form help-form', novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    help.send({ question: question.value, email: email.value });
  } },
  h('p', {}, t('helpIntro')),
  h('div', { className: 'form-field' }, h('label', { for: 'help-question' }, t('helpQuestion')), question,
    h('p', { id: 'help-question-hint', className: 'form-note' }, t('helpQuestionHint')), questionError),
  emailField,
  formError,
  status,
  h('div', { className: 'login-buttons' }, send,
    h('button', { type: 'button', className: 'link-button', onclick: () => help.close() }, t('helpCancel'))));
  const setError = (input, error, key) => {
    error.textContent = key ? t(`helpErrors.${key}`) : '';
    if (key) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  return {
    node: h('section', { className: 'help-ask' }, heading, form),
    focus: () => question.focus(),
    update(current) {
      emailField.hidden = !current.anonymous;
      send.disabled = current.busy;
      status.textContent = current.busy ? t('helpSending') : '';
      const errors = current.errors ?? {};
      setError(question, questionError, errors.question);
      setError(email, emailError, errors.email);
      formError.textContent = errors.form ? t(`helpErrors.${errors.form}`) : '';
      if (errors.question) question.focus();
      else if (errors.email) email.focus();
    },
  };
}

function sentScreen(help) {
  const heading = h('h2', { id: 'help-dialog-title', tabindex: '-1' }, t('helpSentTitle'));
  const text = h('p', { className: 'help-sent', role: 'status' });
  const ok = h('button', { type: 'button', onclick: () => help.close() }, t('helpClose'));
  return {
    node: h('section', { className: 'account-message account-message-success' }, heading, text, ok),
    focus: () => heading.focus(),
    update(current) {
      text.textContent = t(current.withEmail ? 'helpSent' : 'helpSentNoEmail');
    },
  };
}

function inboxScreen(help) {
  const heading = h('h2', { id: 'help-dialog-title', tabindex: '-1' }, t('helpInboxTitle'));
  const body = h('div', { className: 'help-inbox-body', 'aria-live': 'polite' });
  const node = h('section', { className: 'help-inbox' }, heading, h('p', {}, t('helpInboxIntro')), body);
  let shownInbox = null;
  return {
    node,
    focus: () => heading.focus(),
    update({ inbox = { status: 'loading' } }) {
      if (inbox === shownInbox) return;
      shownInbox = inbox;
      node.dataset.status = inbox.status;
      if (inbox.status === 'loading') return replaceChildren(body, h('p', { className: 'loading' }, t('helpInboxLoading')));
      if (inbox.status === 'error') return replaceChildren(body, h('p', { className: 'error' }, t(`helpInboxFailed.${inbox.reason}`)));
      const rows = inboxModel(inbox.questions);
      node.dataset.count = String(rows.length);
      if (rows.length === 0) return replaceChildren(body, h('p', {}, t('helpInboxEmpty')));
      return replaceChildren(body, h('ol', { className: 'outbox-mails help-questions' }, rows.map((row) => h('li', {
        className: 'outbox-mail help-question', 'data-question-id': String(row.id), 'data-handled': String(row.handled) },
      h('article', { 'aria-label': t('helpInboxMeta', { panel: t(`helpPanels.${row.panel}`), time: row.askedAt }) },
        h('p', { className: 'outbox-meta' }, t('helpInboxMeta', { panel: t(`helpPanels.${row.panel}`), time: row.askedAt }), h('br'),
          row.from ? t('helpInboxFrom', { from: row.from }) : t('helpInboxAnonymous'), h('br'),
          row.contact ? t('helpInboxContact', { email: row.contact }) : t('helpInboxNoContact')),
        h('p', { className: 'outbox-text' }, row.question),
        row.link && h('p', {}, h('a', { href: row.link, onclick: () => help.close() }, t('helpInboxOpenView'))),
        row.handled ? h('p', { className: 'help-handled' }, t('helpInboxHandled'))
          : h('button', { type: 'button', className: 'secondary-button', onclick: () => help.markHandled(row.id) },
            t('helpInboxHandle')))))));
    },
  };
}

/** "Vragen van inwoners" next to "Verzonden berichten" in the account box, for planners only. */
export function mountHelpInboxButton(accountElement, state, help, isPlanner) {
  const button = h('button', { type: 'button', className: 'account-help-inbox', hidden: true, onclick: () => help.showInbox() },
    t('helpInboxOpen'));
  const outbox = accountElement.querySelector('.account-outbox');
  if (outbox) outbox.after(button);
  else accountElement.prepend(button);
  const render = ({ session }) => { button.hidden = !isPlanner(session); };
  state.onChange((current, changed) => { if (changed.includes('session')) render(current); });
  render(state.get());
}
