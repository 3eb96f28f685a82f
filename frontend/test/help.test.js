import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectHelp, helpErrorsFromProblem, helpLink, inboxModel, validateHelp } from '../src/main/resources/META-INF/resources/app/core/help.js';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

const VIEW = 'http://127.0.0.1:41234/?verify=secret#camera=6.1352,52.0105,350,0,-45&select=6.13,52.01';

test('the link is the view on the public address: the hash goes along, a query with a token never does', () => {
  assert.equal(helpLink('https://stip.doesburg.nl', VIEW), 'https://stip.doesburg.nl/#camera=6.1352,52.0105,350,0,-45&select=6.13,52.01');
  assert.equal(helpLink('https://stip.doesburg.nl/some/path/', 'http://x/#a=1'), 'https://stip.doesburg.nl/#a=1');
  assert.equal(helpLink(undefined, VIEW), 'http://127.0.0.1:41234/#camera=6.1352,52.0105,350,0,-45&select=6.13,52.01');
  assert.equal(helpLink('not a url', 'http://localhost:8080/'), 'http://localhost:8080/');
});

test('a question is needed, at most 2000 characters, without control characters; the e-mail only for visitors', () => {
  assert.deepEqual(validateHelp({ question: '  ' }), { question: 'questionMissing' });
  assert.deepEqual(validateHelp({ question: 'é'.repeat(2000) }), {});
  assert.deepEqual(validateHelp({ question: 'a'.repeat(2001) }), { question: 'questionLong' });
  assert.deepEqual(validateHelp({ question: 'wat\u0000is dit' }), { question: 'questionCharacters' });
  assert.deepEqual(validateHelp({ question: 'regel 1\nregel 2\tmet tab' }), {});
  assert.deepEqual(validateHelp({ question: 'Vraag', email: 'geen-adres' }), { email: 'email' });
  assert.deepEqual(validateHelp({ question: 'Vraag', email: 'geen-adres' }, { anonymous: false }), {});
  assert.deepEqual(validateHelp({ question: 'Vraag', email: '' }), {});
});

test('the server refusing a field, too many questions or no answer each get their own Dutch text', () => {
  assert.deepEqual(helpErrorsFromProblem(new ApiError('rejected', 'x', 400, 'question')), { question: 'questionRejected' });
  assert.deepEqual(helpErrorsFromProblem(new ApiError('rejected', 'x', 400, 'email')), { email: 'email' });
  assert.deepEqual(helpErrorsFromProblem(new ApiError('rejected', 'x', 400, 'link')), { form: 'link' });
  assert.deepEqual(helpErrorsFromProblem(new ApiError('rejected', 'x', 429)), { form: 'tooMany' });
  assert.deepEqual(helpErrorsFromProblem(new ApiError('unreachable', 'x')), { form: 'unreachable' });
  assert.deepEqual(helpErrorsFromProblem(new ApiError('server', 'x', 500)), { form: 'failed' });
  for (const key of ['questionMissing', 'questionLong', 'questionCharacters', 'questionRejected', 'email', 'tooMany', 'link', 'unreachable', 'rejected', 'failed']) {
    assert.notEqual(t(`helpErrors.${key}`), `helpErrors.${key}`, key);
  }
});

test('sending asks the API with the question, the current view and the panel, then says it is sent', async () => {
  const sent = [];
  const help = connectHelp({ askHelp: async (body) => { sent.push(body); return { id: 1 }; } },
    { link: () => 'http://localhost:8080/#camera=1,2,3,0,-40', anonymous: () => true });
  help.open('plan');
  assert.equal(help.get().view, 'asking');
  assert.equal(help.get().anonymous, true);
  await help.send({ question: '  Waarom is mijn plan te hoog?  ', email: ' ans@voorbeeld.nl ' });
  assert.deepEqual(sent, [{ question: 'Waarom is mijn plan te hoog?', link: 'http://localhost:8080/#camera=1,2,3,0,-40', panel: 'plan',
    email: 'ans@voorbeeld.nl' }]);
  assert.equal(help.get().view, 'sent');
  assert.equal(help.get().withEmail, true);
  assert.match(t('helpSent'), /^Uw vraag is verstuurd naar de casemanager/);
});

test('a logged-in person sends no e-mail field; an unknown panel is "other"; a bad question never reaches the API', async () => {
  const sent = [];
  const help = connectHelp({ askHelp: async (body) => { sent.push(body); } }, { link: () => 'http://x/#', anonymous: () => false });
  help.open('admin');
  assert.equal(help.get().panel, 'other');
  await help.send({ question: '' });
  assert.deepEqual(help.get().errors, { question: 'questionMissing' });
  assert.equal(sent.length, 0);
  await help.send({ question: 'Vraag', email: 'ignored@x.nl' });
  assert.equal(sent[0].email, undefined);
  assert.equal(help.get().view, 'sent');
});

test('a refused question stays in the form with the reason, so it can be sent again', async () => {
  const help = connectHelp({ askHelp: async () => { throw new ApiError('rejected', 'slow down', 429); } },
    { link: () => 'http://x/#', anonymous: () => true });
  help.open('lookup');
  await help.send({ question: 'Vraag' });
  assert.equal(help.get().view, 'asking');
  assert.equal(help.get().busy, false);
  assert.deepEqual(help.get().errors, { form: 'tooMany' });
});

test('the planners inbox loads, and marking a question handled reloads it', async () => {
  let handled = false;
  const question = () => ({ id: 7, question: 'Wat is een bouwvlak?', link: 'http://localhost:8080/#camera=1', panel: 'lookup',
    askedBy: null, contactEmail: 'ans@voorbeeld.nl', askedAt: '2026-12-03T08:00:00Z', handled });
  const help = connectHelp({ helpInbox: async () => [question()], markHelpHandled: async () => { handled = true; } }, { link: () => '' });
  await help.showInbox();
  assert.equal(help.get().inbox.status, 'ok');
  const [row] = inboxModel(help.get().inbox.questions);
  assert.equal(row.link, 'http://localhost:8080/#camera=1');
  assert.equal(row.contact, 'ans@voorbeeld.nl');
  assert.equal(row.from, null);
  assert.match(row.askedAt, /3 december 2026/);
  await help.markHandled(7);
  assert.equal(help.get().inbox.questions[0].handled, true);
});

test('an inbox link that is not http(s) is never offered as a link', () => {
  assert.equal(inboxModel([{ id: 1, link: 'javascript:alert(1)', panel: 'x' }])[0].link, null);
  assert.equal(inboxModel([{ id: 1, link: 'javascript:alert(1)', panel: 'x' }])[0].panel, 'other');
});

test('a planner without the right is told so in Dutch', async () => {
  const help = connectHelp({ helpInbox: async () => { throw new ApiError('rejected', 'no', 403); } }, { link: () => '' });
  await help.showInbox();
  assert.deepEqual(help.get().inbox, { status: 'error', reason: 'notAllowed' });
});
