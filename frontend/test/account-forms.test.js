import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import {
  errorsFromProblem, firstError, passwordRules, validateEmail, validateNewPassword, validateSignUp,
} from '../src/main/resources/META-INF/resources/app/core/account-forms.js';
import { STRINGS, t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

const good = { displayName: 'Anna de Vries', email: 'anna@example.org', password: 'lange-zin-als-wachtwoord', role: 'RESIDENT' };

test('a complete sign-up has no errors', () => {
  assert.deepEqual(validateSignUp(good), {});
});

test('sign-up errors name each field, with the rules the backend enforces', () => {
  assert.deepEqual(validateSignUp({}), { displayName: 'displayNameMissing', email: 'emailMissing', password: 'passwordMissing', role: 'role' });
  assert.deepEqual(validateSignUp({ ...good, displayName: '   ' }), { displayName: 'displayNameMissing' });
  assert.deepEqual(validateSignUp({ ...good, displayName: 'x'.repeat(101) }), { displayName: 'displayNameLong' });
  assert.deepEqual(validateSignUp({ ...good, email: 'geen-adres' }), { email: 'email' });
  assert.deepEqual(validateSignUp({ ...good, email: 'a@b' }), { email: 'email' }, 'a domain needs a dot, as on the server');
  assert.deepEqual(validateSignUp({ ...good, password: 'elf-tekens!' }), { password: 'passwordShort' });
  assert.deepEqual(validateSignUp({ ...good, password: 'twaalf-teken' }), {}, '12 characters is enough');
  assert.deepEqual(validateSignUp({ ...good, password: 'x'.repeat(201) }), { password: 'passwordLong' });
  assert.deepEqual(validateSignUp({ ...good, password: ' ANNA@example.org ' }), { password: 'passwordIsEmail' });
  assert.deepEqual(validateSignUp({ ...good, role: 'PLANNER' }), { role: 'role' }, 'staff roles come by invitation');
});

test('the password rules show which are met while typing', () => {
  assert.deepEqual(passwordRules('', 'anna@example.org'), [{ id: 'length', ok: false }, { id: 'notEmail', ok: false }]);
  assert.deepEqual(passwordRules('kort', 'anna@example.org'), [{ id: 'length', ok: false }, { id: 'notEmail', ok: true }]);
  assert.deepEqual(passwordRules('anna@example.org', 'anna@example.org'), [{ id: 'length', ok: true }, { id: 'notEmail', ok: false }]);
  assert.deepEqual(passwordRules('lange-zin-als-wachtwoord', 'anna@example.org').map((r) => r.ok), [true, true]);
});

test('e-mail-only and new-password forms', () => {
  assert.deepEqual(validateEmail(''), { email: 'emailMissing' });
  assert.deepEqual(validateEmail(' Anna@Example.org '), {});
  assert.deepEqual(validateNewPassword('kort'), { password: 'passwordShort' });
  assert.deepEqual(validateNewPassword('een-nieuw-lang-wachtwoord'), {});
});

test('a 400 from the server becomes a Dutch error on the field it names', () => {
  const rejected = (parameter) => new ApiError('rejected', 'English detail', 400, parameter, { parameter });
  assert.deepEqual(errorsFromProblem(rejected('email'), { email: 'x@y' }), { email: 'email' });
  assert.deepEqual(errorsFromProblem(rejected('password'), { password: 'anna@example.org', email: 'anna@example.org' }), { password: 'passwordIsEmail' });
  assert.deepEqual(errorsFromProblem(rejected('password'), { password: 'lange-zin-als-wachtwoord' }), { password: 'passwordRejected' });
  assert.deepEqual(errorsFromProblem(rejected('newPassword'), { password: 'kort' }), { password: 'passwordShort' });
  assert.deepEqual(errorsFromProblem(rejected('displayName'), { displayName: '' }), { displayName: 'displayNameMissing' });
  assert.deepEqual(errorsFromProblem(rejected('role'), {}), { role: 'role' });
  assert.deepEqual(errorsFromProblem(rejected('token'), {}), { token: 'token' });
  assert.deepEqual(errorsFromProblem(rejected(undefined), {}), { form: 'rejected' });
  assert.deepEqual(errorsFromProblem(new ApiError('unreachable', 'down'), {}), { form: 'unreachable' });
  assert.deepEqual(errorsFromProblem(new ApiError('server', 'boom', 500), {}), { form: 'failed' });
});

test('every error key has a Dutch text, and focus goes to the first wrong field in form order', () => {
  for (const key of ['displayNameMissing', 'displayNameLong', 'emailMissing', 'email', 'passwordMissing', 'passwordShort',
    'passwordLong', 'passwordIsEmail', 'passwordRejected', 'role', 'token', 'unreachable', 'rejected', 'failed']) {
    assert.equal(typeof STRINGS.accountErrors[key], 'string', key);
  }
  assert.match(t('accountErrors.passwordShort'), /12 tekens/);
  assert.equal(firstError({ role: 'role', email: 'email' }, ['displayName', 'email', 'password', 'role']), 'email');
  assert.equal(firstError({ form: 'failed' }, ['email']), 'form');
  assert.equal(firstError({}, ['email']), null);
});
