// Checks for the account forms (sign-up, new password, e-mail only) with the same rules the backend enforces
// (nl.stip.accounts.AccountService), so people see what is wrong before they submit; and the server's 400 problem
// details turned into the same per-field messages. Errors are { field: key } with keys into strings-nl.js accountErrors.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const SIGN_UP_ROLES = Object.freeze(['INITIATOR', 'RESIDENT']);
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;

/** The password rules with whether each is met, to show next to the field while typing. */
export function passwordRules(password = '', email = '') {
  return [
    { id: 'length', ok: password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX },
    { id: 'notEmail', ok: password.length > 0 && password.trim().toLowerCase() !== email.trim().toLowerCase() },
  ];
}

export function emailError(email = '') {
  const value = email.trim().toLowerCase();
  if (!value) return 'emailMissing';
  return value.length > EMAIL_MAX || !EMAIL.test(value) ? 'email' : null;
}

export function passwordError(password = '', email = '') {
  if (!password) return 'passwordMissing';
  if (password.length < PASSWORD_MIN) return 'passwordShort';
  if (password.length > PASSWORD_MAX) return 'passwordLong';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'passwordIsEmail';
  return null;
}

export function validateSignUp({ displayName = '', email = '', password = '', role = '' } = {}) {
  const name = displayName.trim();
  return compact({
    displayName: !name ? 'displayNameMissing' : name.length > NAME_MAX ? 'displayNameLong' : null,
    email: emailError(email),
    password: passwordError(password, emailError(email) ? '' : email),
    role: SIGN_UP_ROLES.includes(role) ? null : 'role',
  });
}

export function validateEmail(email) {
  return compact({ email: emailError(email) });
}

export function validateNewPassword(password) {
  return compact({ password: passwordError(password) });
}

/**
 * The server's answer to a failed form as { field: key } (or { form: key } when no field is to blame). A 400 names the
 * request field in `parameter`; the values sent let us say which password rule it was.
 */
export function errorsFromProblem(error, values = {}) {
  if (error?.kind === 'unreachable') return { form: 'unreachable' };
  if (error?.status === 400 && error.parameter) {
    const field = FIELDS[error.parameter] ?? error.parameter;
    if (field === 'password') return { password: passwordError(values.password, values.email) ?? 'passwordRejected' };
    if (field === 'email') return { email: emailError(values.email) ?? 'email' };
    if (field === 'displayName') return { displayName: values.displayName?.trim() ? 'displayNameLong' : 'displayNameMissing' };
    if (field === 'role') return { role: 'role' };
    if (field === 'token') return { token: 'token' };
  }
  if (error?.status === 400) return { form: 'rejected' };
  return { form: 'failed' };
}

const FIELDS = { newPassword: 'password' };

/** The first field with an error, in the order the form shows them, for focus. */
export function firstError(errors, order) {
  return order.find((field) => errors?.[field]) ?? (errors?.form ? 'form' : null);
}

function compact(errors) {
  return Object.fromEntries(Object.entries(errors).filter(([, value]) => value));
}
