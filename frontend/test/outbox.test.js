import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSentAt, isPlanner, linkParts } from '../src/main/resources/META-INF/resources/app/core/outbox.js';

test('links in a mail become link parts; the text around them stays text', () => {
  const text = 'Klik op deze link:\n\nhttp://localhost:8080/api/v1/auth/verify?token=abc_-1\n\nDe link werkt 24 uur.';
  assert.deepEqual(linkParts(text), [
    { text: 'Klik op deze link:\n\n' },
    { link: 'http://localhost:8080/api/v1/auth/verify?token=abc_-1' },
    { text: '\n\nDe link werkt 24 uur.' },
  ]);
  assert.deepEqual(linkParts('Log in op https://stip.example/. Klaar'), [
    { text: 'Log in op ' }, { link: 'https://stip.example/' }, { text: '. Klaar' }]);
  assert.deepEqual(linkParts('Zonder link'), [{ text: 'Zonder link' }]);
  assert.deepEqual(linkParts('javascript:alert(1) en ftp://x'), [{ text: 'javascript:alert(1) en ftp://x' }], 'only http(s) is clickable');
  assert.equal(linkParts('a http://x/1 b https://y/2').filter((part) => part.link).length, 2);
});

test('the time a mail was kept, in Dutch and Dutch time', () => {
  assert.equal(formatSentAt('2026-11-29T11:41:27Z'), '29 november 2026 om 12:41');
  assert.equal(formatSentAt('2026-07-01T10:05:00Z'), '1 juli 2026 om 12:05');
  assert.equal(formatSentAt('not a date'), 'not a date');
});

test('only planners get the outbox', () => {
  assert.equal(isPlanner({ status: 'user', user: { roles: ['PLANNER'] } }), true);
  assert.equal(isPlanner({ status: 'user', user: { roles: ['RESIDENT'] } }), false);
  assert.equal(isPlanner({ status: 'anonymous' }), false);
  assert.equal(isPlanner(undefined), false);
});
