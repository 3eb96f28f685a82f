import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAccountLanding, withoutAccountParams } from '../src/main/resources/META-INF/resources/app/core/account-links.js';

const token = 'Qx3v_9-abcdefghijklmnopqrstuvwxyz0123456789AB';

test('reads where a mail link lands: verified, verify failed, a password-reset token', () => {
  assert.deepEqual(parseAccountLanding('?account=verified'), { kind: 'verified' });
  assert.deepEqual(parseAccountLanding('?verify=Qx3v_9-abcdefghijklmnop'), { kind: 'verify', token: 'Qx3v_9-abcdefghijklmnop' });
  assert.deepEqual(parseAccountLanding('?verify=%3Cscript%3E'), { kind: 'verify-failed' });
  assert.deepEqual(parseAccountLanding('?account=verify-failed'), { kind: 'verify-failed' });
  assert.deepEqual(parseAccountLanding(`?password-reset=${token}`), { kind: 'password-reset', token });
  assert.deepEqual(parseAccountLanding(`password-reset=${token}&x=1`), { kind: 'password-reset', token });
});

test('anything else is no landing, and a broken token is said to be invalid', () => {
  assert.equal(parseAccountLanding(''), null);
  assert.equal(parseAccountLanding(undefined), null);
  assert.equal(parseAccountLanding('?account=hacked'), null);
  assert.equal(parseAccountLanding('?layers=buildings'), null);
  assert.deepEqual(parseAccountLanding('?password-reset='), { kind: 'password-reset-invalid' });
  assert.deepEqual(parseAccountLanding('?password-reset=abc'), { kind: 'password-reset-invalid' }, 'cut off in the mail');
  assert.deepEqual(parseAccountLanding('?password-reset=%3Cscript%3Ealert(1)%3C%2Fscript%3E-long-enough'), { kind: 'password-reset-invalid' });
});

test('takes the account params out of the URL and keeps the rest, hash included', () => {
  assert.equal(withoutAccountParams(`http://127.0.0.1:8080/?password-reset=${token}`), '/');
  assert.equal(withoutAccountParams('http://h/?account=verified#camera=6.1,52.0,500,0,-40'), '/#camera=6.1,52.0,500,0,-40');
  assert.equal(withoutAccountParams(`http://h/?keep=1&password-reset=${token}&account=verified`), '/?keep=1');
});

test('a login link lands with its token; a broken one is invalid; it leaves the URL like the others', () => {
  assert.deepEqual(parseAccountLanding(`?login=${token}`), { kind: 'login-link', token });
  assert.deepEqual(parseAccountLanding('?login=abc'), { kind: 'login-link-invalid' });
  assert.equal(withoutAccountParams(`http://h/?login=${token}#camera=1`), '/#camera=1');
});
