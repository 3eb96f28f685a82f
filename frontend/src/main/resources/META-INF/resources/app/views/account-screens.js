// The content of each account screen (core/account-flow.js views): forms for sign-up, a new verification link,
// "Wachtwoord vergeten" and a new password, and the short answers after them. Each screen is
// { node, update(flowState), focus() }; values typed stay while errors and the busy state change.
import { firstError, passwordRules, SIGN_UP_ROLES } from '../core/account-forms.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';
import { passwordRulesList, radioField, textField } from './form-fields.js';

/** actions: the flow, plus openLogin() to go to the login form in the top bar. */
export function buildScreen(flowState, actions) {
  const build = SCREENS[flowState.view];
  return build ? build(flowState, actions) : message(flowState.view, [], []);
}

const SCREENS = {
  signup: (s, actions) => {
    const name = textField({ id: 'signup-name', label: t('accountDisplayName'), autocomplete: 'name', maxlength: '100' });
    const email = textField({ id: 'signup-email', label: t('accountEmail'), type: 'email', autocomplete: 'email', value: s.email ?? '' });
    const password = textField({ id: 'signup-password', label: t('accountPassword'), type: 'password', autocomplete: 'new-password',
      describedBy: 'signup-password-rules' });
    const rules = passwordRulesList('signup-password-rules', passwordRules('', ''));
    const showRules = () => rules.update(passwordRules(password.input.value, email.input.value));
    password.input.addEventListener('input', showRules);
    email.input.addEventListener('input', showRules);
    const role = radioField({ id: 'signup-role', legend: t('accountRole'), value: 'INITIATOR', note: t('accountRoleNote'),
      options: SIGN_UP_ROLES.map((value) => ({ value, label: t(`accountRoles.${value}`) })) });
    return form('signup', t('signUpTitle'), t('signUpIntro'), { displayName: name, email, password, role }, t('signUpSubmit'),
      () => actions.signUp({ displayName: name.input.value, email: email.input.value, password: password.input.value, role: role.value() }),
      [name.node, email.node, password.node, rules.node, role.node],
      [h('p', { className: 'form-links' }, linkButton(t('accountFormTitle'), actions.openLogin))]);
  },
  'signup-sent': (s, actions) => message(t('signUpSentTitle'), [t('signUpSent', { email: s.email }), t('signUpSentNoMail'), t('accountDemoMailHint')],
    [button(t('resendSubmit'), () => actions.open('resend', { email: s.email }), 'secondary'), button(t('accountGoLogin'), actions.openLogin)]),
  verifying: () => message(t('verifyingTitle'), [t('verifying')], []),
  'verify-error': (s, actions) => message(t('verifyErrorTitle'), [t('verifyError')], [button(t('verifyRetry'), () => actions.verify(s.token))]),
  verified: (s, actions) => message(t('verifiedTitle'), [t('verified')], [button(t('accountGoLogin'), actions.openLogin)], 'success'),
  'verify-failed': (s, actions) => resendForm(s, actions, t('verifyFailedTitle'), t('verifyFailed')),
  resend: (s, actions) => resendForm(s, actions, t('resendTitle'), t('resendIntro')),
  'resend-sent': (s, actions) => message(t('resendSentTitle'), [t('resendSent', { email: s.email }), t('accountDemoMailHint')],
    [button(t('accountGoLogin'), actions.openLogin)]),
  'reset-request': (s, actions) => {
    const email = textField({ id: 'reset-email', label: t('accountEmail'), type: 'email', autocomplete: 'email', value: s.email ?? '' });
    return form('reset-request', t('resetRequestTitle'), t('resetRequestIntro'), { email }, t('resetRequestSubmit'),
      () => actions.requestPasswordReset(email.input.value), [email.node], []);
  },
  'reset-sent': (s, actions) => message(t('resetSentTitle'), [t('resetSent', { email: s.email }), t('accountDemoMailHint')],
    [button(t('accountGoLogin'), actions.openLogin)]),
  'reset-new': (s, actions) => {
    const password = textField({ id: 'reset-password', label: t('accountNewPassword'), type: 'password', autocomplete: 'new-password',
      describedBy: 'reset-password-rules' });
    const lengthRule = () => passwordRules(password.input.value, '').filter((rule) => rule.id === 'length');
    const rules = passwordRulesList('reset-password-rules', lengthRule());
    password.input.addEventListener('input', () => rules.update(lengthRule()));
    return form('reset-new', t('resetNewTitle'), t('resetNewIntro'), { password }, t('resetNewSubmit'),
      () => actions.confirmPasswordReset(password.input.value), [password.node, rules.node], []);
  },
  'login-link-request': (s, actions) => {
    const email = textField({ id: 'login-link-email', label: t('accountEmail'), type: 'email', autocomplete: 'email', value: s.email ?? '' });
    return form('login-link-request', t('loginLinkTitle'), t('loginLinkIntro'), { email }, t('loginLinkSubmit'),
      () => actions.requestLoginLink(email.input.value), [email.node], []);
  },
  'login-link-sent': (s, actions) => message(t('loginLinkSentTitle'), [t('loginLinkSent', { email: s.email }), t('accountDemoMailHint')],
    [button(t('accountGoLogin'), actions.openLogin, 'secondary')]),
  'login-link-confirming': () => message(t('loginLinkConfirmingTitle'), [t('loginLinkConfirming')], []),
  'login-link-error': (s, actions) => message(t('loginLinkErrorTitle'), [t('loginLinkError')],
    [button(t('verifyRetry'), () => actions.confirmLoginLink(s.token))]),
  'login-link-invalid': (s, actions) => message(t('loginLinkInvalidTitle'), [t('loginLinkInvalid')],
    [button(t('loginLinkAskAgain'), () => actions.open('login-link-request'))]),
  'reset-done': (s, actions) => message(t('resetDoneTitle'), [t('resetDone')], [button(t('accountGoLogin'), actions.openLogin)], 'success'),
  'reset-invalid': (s, actions) => message(t('resetInvalidTitle'), [t('resetInvalid')],
    [button(t('resetAskAgain'), () => actions.open('reset-request'))]),
};

function resendForm(s, actions, title, intro) {
  const email = textField({ id: 'resend-email', label: t('accountEmail'), type: 'email', autocomplete: 'email', value: s.email ?? '' });
  return form('resend', title, intro, { email }, t('resendSubmit'), () => actions.resendVerification(email.input.value), [email.node],
    [h('p', { className: 'form-links' }, linkButton(t('accountGoLogin'), actions.openLogin))]);
}

/** A form: title, intro, fields, submit, a busy/error line; after a failed submit the first wrong field gets focus. */
function form(id, title, intro, fields, submitLabel, onSubmit, children, after) {
  const submit = h('button', { type: 'submit' }, submitLabel);
  const status = h('p', { className: 'form-status', role: 'status' });
  const formError = h('p', { className: 'form-error', role: 'alert' });
  const heading = h('h2', { id: 'account-dialog-title', tabindex: '-1' }, title);
  const node = h('form', { className: `account-form account-form-${id}`, novalidate: true,
    onsubmit: (event) => { event.preventDefault(); onSubmit(); } },
  heading, intro && h('p', {}, intro), children, h('div', { className: 'login-buttons' }, submit), status, formError, after);
  const order = Object.keys(fields);
  let shownErrors = null;
  return {
    node,
    focus: () => fields[order[0]].focus(),
    update(s) {
      const errors = s.errors ?? {};
      for (const [name, field] of Object.entries(fields)) field.setError(errors[name]);
      formError.textContent = errors.form ? t(`accountErrors.${errors.form}`) : '';
      status.textContent = s.busy ? t('accountBusyShort') : '';
      submit.disabled = Boolean(s.busy);
      node.setAttribute('aria-busy', String(Boolean(s.busy)));
      if (errors !== shownErrors && !s.busy) {
        const first = firstError(errors, order);
        if (first && first !== 'form') fields[first].focus();
        shownErrors = errors;
      }
    },
  };
}

function message(title, paragraphs, buttons, tone = 'info') {
  const heading = h('h2', { id: 'account-dialog-title', tabindex: '-1' }, title);
  const node = h('div', { className: `account-message account-message-${tone}`, role: 'status' },
    heading, paragraphs.map((text) => h('p', {}, text)), h('div', { className: 'login-buttons' }, buttons));
  return { node, focus: () => heading.focus(), update() {} };
}

const button = (label, onclick, kind) => h('button', { type: 'button', className: kind === 'secondary' ? 'secondary-button' : undefined, onclick }, label);
const linkButton = (label, onclick) => h('button', { type: 'button', className: 'link-button', onclick }, label);
