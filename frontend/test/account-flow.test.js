import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectAccountFlow } from '../src/main/resources/META-INF/resources/app/core/account-flow.js';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';

const token = 'Qx3v_9-abcdefghijklmnopqrstuvwxyz0123456789AB';
const signUp = { displayName: ' Anna ', email: ' anna@example.org ', password: 'lange-zin-als-wachtwoord', role: 'INITIATOR' };

function fakeAccountsApi(answers = {}) {
  const calls = [];
  const answer = (name, ...args) => {
    calls.push([name, ...args]);
    const result = answers[name];
    if (result instanceof Error) return Promise.reject(result);
    return Promise.resolve(typeof result === 'function' ? result(...args) : result ?? null);
  };
  const api = Object.fromEntries(['signUp', 'verifyEmail', 'resendVerification', 'requestPasswordReset', 'confirmPasswordReset', 'requestLoginLink', 'confirmLoginLink',
    'outbox', 'outboxDelivery']
    .map((name) => [name, (...args) => answer(name, ...args)]));
  return { api, calls };
}

test('sign-up sends the trimmed form and then says to look in the mail', async () => {
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api);
  const views = [];
  flow.onChange((s) => views.push(`${s.view}${s.busy ? ':busy' : ''}`));
  flow.open('signup');
  await flow.signUp(signUp);
  assert.deepEqual(calls, [['signUp', { displayName: 'Anna', email: 'anna@example.org', password: 'lange-zin-als-wachtwoord', role: 'INITIATOR' }]]);
  assert.deepEqual(views, ['signup', 'signup:busy', 'signup-sent']);
  assert.equal(flow.get().email, 'anna@example.org');
});

test('a sign-up with mistakes stays on the form with its errors and asks the server nothing', async () => {
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api);
  flow.open('signup');
  await flow.signUp({ ...signUp, password: 'kort', email: 'geen-adres' });
  assert.equal(flow.get().view, 'signup');
  assert.deepEqual(flow.get().errors, { email: 'email', password: 'passwordShort' });
  assert.deepEqual(calls, []);
});

test('a 400 from the server puts the Dutch error on the field it names; the form stays usable', async () => {
  const { api } = fakeAccountsApi({ signUp: new ApiError('rejected', 'Not an e-mail address.', 400, 'email', { parameter: 'email' }) });
  const flow = connectAccountFlow(api);
  flow.open('signup');
  await flow.signUp(signUp);
  assert.equal(flow.get().view, 'signup');
  assert.equal(flow.get().busy, false);
  assert.deepEqual(flow.get().errors, { email: 'email' });
});

test('the link from the mail confirms with a POST: verified, a dead link, or a server that can be tried again', async () => {
  let cleaned = 0;
  const ok = fakeAccountsApi();
  const flow = connectAccountFlow(ok.api, { onTokenUsed: () => { cleaned += 1; } });
  const views = [];
  flow.onChange((s) => views.push(`${s.view}${s.busy ? ':busy' : ''}`));
  await flow.land({ kind: 'verify', token });
  assert.deepEqual(ok.calls, [['verifyEmail', token]]);
  assert.deepEqual(views, ['verifying:busy', 'verified']);
  assert.equal(cleaned, 1, 'the token leaves the address bar once used');

  const dead = fakeAccountsApi({ verifyEmail: new ApiError('rejected', 'This link is invalid', 400, undefined, { code: 'invalid-token' }) });
  const deadFlow = connectAccountFlow(dead.api);
  await deadFlow.land({ kind: 'verify', token });
  assert.equal(deadFlow.get().view, 'verify-failed');

  let kept = 0;
  const down = fakeAccountsApi({ verifyEmail: new ApiError('unreachable', 'No answer') });
  const downFlow = connectAccountFlow(down.api, { onTokenUsed: () => { kept += 1; } });
  await downFlow.land({ kind: 'verify', token });
  assert.equal(downFlow.get().view, 'verify-error');
  assert.equal(kept, 0, 'the token stays for a retry: it was not used');
  down.api.verifyEmail = () => Promise.resolve(null);
  await downFlow.verify(downFlow.get().token);
  assert.equal(downFlow.get().view, 'verified');
});

test('landing after the verification link: verified, or failed with a new link to ask for', async () => {
  let cleaned = 0;
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api, { onTokenUsed: () => { cleaned += 1; } });
  flow.land(null);
  assert.equal(flow.get().view, 'closed');
  flow.land({ kind: 'verified' });
  assert.equal(flow.get().view, 'verified');
  assert.equal(cleaned, 1, 'the param leaves the address bar');
  flow.land({ kind: 'verify-failed' });
  assert.equal(flow.get().view, 'verify-failed');
  await flow.resendVerification('');
  assert.deepEqual(flow.get().errors, { email: 'emailMissing' });
  await flow.resendVerification(' anna@example.org ');
  assert.deepEqual(calls, [['resendVerification', 'anna@example.org']]);
  assert.equal(flow.get().view, 'resend-sent');
});

test('"Wachtwoord vergeten": the request always ends in "look in your mail"', async () => {
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api);
  flow.open('reset-request', { email: 'x@example.org' });
  await flow.requestPasswordReset('nobody@example.org');
  assert.equal(flow.get().view, 'reset-sent');
  assert.deepEqual(calls, [['requestPasswordReset', 'nobody@example.org']]);
});

test('a reset link opens the new-password form; after saving, the token leaves the URL and it says to log in', async () => {
  let cleaned = 0;
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api, { onTokenUsed: () => { cleaned += 1; } });
  flow.land({ kind: 'password-reset', token });
  assert.equal(flow.get().view, 'reset-new');
  assert.equal(cleaned, 0, 'kept until used, so a reload still works');
  await flow.confirmPasswordReset('kort');
  assert.deepEqual(flow.get().errors, { password: 'passwordShort' });
  await flow.confirmPasswordReset('een-nieuw-lang-wachtwoord');
  assert.deepEqual(calls, [['confirmPasswordReset', token, 'een-nieuw-lang-wachtwoord']]);
  assert.equal(flow.get().view, 'reset-done');
  assert.equal(cleaned, 1);
});

test('an expired or used reset token is explained and leaves the URL; a broken one too', async () => {
  let cleaned = 0;
  const { api } = fakeAccountsApi({ confirmPasswordReset: new ApiError('rejected', 'invalid', 400, 'token', { parameter: 'token' }) });
  const flow = connectAccountFlow(api, { onTokenUsed: () => { cleaned += 1; } });
  flow.land({ kind: 'password-reset', token });
  await flow.confirmPasswordReset('een-nieuw-lang-wachtwoord');
  assert.equal(flow.get().view, 'reset-invalid');
  assert.equal(cleaned, 1);
  flow.land({ kind: 'password-reset-invalid' });
  assert.equal(flow.get().view, 'reset-invalid');
  assert.equal(cleaned, 2);
  flow.open('reset-request');
  assert.equal(flow.get().view, 'reset-request');
});

test('closing the new-password form also takes the token out of the URL', () => {
  let cleaned = 0;
  const flow = connectAccountFlow(fakeAccountsApi().api, { onTokenUsed: () => { cleaned += 1; } });
  flow.land({ kind: 'password-reset', token });
  flow.close();
  assert.equal(flow.get().view, 'closed');
  assert.equal(cleaned, 1);
});

test('the outbox loads the mails and where mail goes; a refusal is explained', async () => {
  const mails = [{ id: 2, to: 'a@example.org', subject: 'Bevestig', text: 'http://x/?token=1', sentAt: '2026-11-29T11:00:00Z' }];
  const { api } = fakeAccountsApi({ outbox: mails, outboxDelivery: { delivery: 'outbox' } });
  const flow = connectAccountFlow(api);
  const promise = flow.showOutbox();
  assert.deepEqual(flow.get().outbox, { status: 'loading' });
  await promise;
  assert.deepEqual(flow.get().outbox, { status: 'ok', mails, delivery: 'outbox' });

  const refused = connectAccountFlow(fakeAccountsApi({ outbox: new ApiError('rejected', 'forbidden', 403), outboxDelivery: {} }).api);
  await refused.showOutbox();
  assert.deepEqual(refused.get().outbox, { status: 'error', reason: 'notAllowed' });
});

test('a login link from the mail logs in with a POST and closes; a dead link offers a new one', async () => {
  const user = { authenticated: true, email: 'anna@example.org', displayName: 'Anna', roles: ['RESIDENT'] };
  const { api, calls } = fakeAccountsApi({ confirmLoginLink: user });
  const used = [];
  const loggedIn = [];
  const flow = connectAccountFlow(api, { onTokenUsed: () => used.push(true), onLoggedIn: (u) => loggedIn.push(u) });
  await flow.land({ kind: 'login-link', token });
  assert.deepEqual(calls, [['confirmLoginLink', token]]);
  assert.deepEqual(loggedIn, [user]);
  assert.equal(flow.get().view, 'closed');
  assert.equal(used.length, 1);

  const dead = connectAccountFlow(fakeAccountsApi({ confirmLoginLink: new ApiError('rejected', 'used', 400) }).api);
  await dead.land({ kind: 'login-link', token });
  assert.equal(dead.get().view, 'login-link-invalid');
  const down = connectAccountFlow(fakeAccountsApi({ confirmLoginLink: new ApiError('unreachable', 'down') }).api);
  await down.land({ kind: 'login-link', token });
  assert.equal(down.get().view, 'login-link-error');
  assert.equal(down.get().token, token, 'kept to try again');
});

test('asking for a login link always ends in "look in your mail"', async () => {
  const { api, calls } = fakeAccountsApi();
  const flow = connectAccountFlow(api);
  flow.open('login-link-request');
  await flow.requestLoginLink('geen-adres');
  assert.deepEqual(flow.get().errors, { email: 'email' });
  await flow.requestLoginLink(' anna@example.org ');
  assert.deepEqual(calls, [['requestLoginLink', 'anna@example.org']]);
  assert.equal(flow.get().view, 'login-link-sent');
});
