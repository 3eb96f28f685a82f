import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { connectDossier, designFrozen, saveErrorKey, saveErrorMessage } from '../src/main/resources/META-INF/resources/app/core/dossier.js';
import { emptyDraft, exampleAround, fromDesign, toDesign } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { connectSession, isInitiator, loginErrorKey } from '../src/main/resources/META-INF/resources/app/core/session.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

const closedDraft = () => exampleAround(emptyDraft(), [6.1355, 52.0083]);

function fakePlansApi() {
  const calls = [];
  let version = 0;
  const api = {
    createPlan: async (plan) => { calls.push(['create', plan]); return { id: 9, currentVersion: 0 }; },
    saveDesign: async (id, base, design) => {
      calls.push(['save', id, base, design.activity]);
      if (base !== version) throw new ApiError('conflict', 'stale', 409, undefined, { code: 'stale-version', currentVersion: version });
      version += 1;
      return { planId: id, version };
    },
    plan: async (id) => ({ id, owner: 'initiator@demo.stip.nl', title: 'Aanbouw achter', currentVersion: version, phase: 'idea', phaseLabel: 'Idee', nextSteps: ['Praat met de buren'] }),
    version: async (id, n) => ({ version: n, design: toDesign(closedDraft()) }),
    bump: () => { version += 1; },
  };
  return { api, calls };
}

test('the first save starts the plan and saves version 1; the next save builds on it', async () => {
  const state = createState();
  state.update({ plan: closedDraft() });
  const { api, calls } = fakePlansApi();
  const dossier = connectDossier(state, api);
  await dossier.save(' Aanbouw achter ');
  assert.equal(state.get().dossier.status, 'saved');
  assert.equal(state.get().dossier.plan.currentVersion, 1);
  assert.deepEqual(state.get().dossier.plan.nextSteps, ['Praat met de buren']);
  await dossier.save('ignored');
  assert.deepEqual(calls, [['create', { title: 'Aanbouw achter', activity: 'aanbouw' }], ['save', 9, 0, 'aanbouw'], ['save', 9, 1, 'aanbouw']]);
  assert.equal(state.get().dossier.plan.currentVersion, 2);
});

test('a save after someone else\'s is a conflict; reload loads the newest version into the drawing', async () => {
  const state = createState();
  state.update({ plan: closedDraft() });
  const { api } = fakePlansApi();
  const dossier = connectDossier(state, api);
  await dossier.save('Plan');
  api.bump();
  await dossier.save('Plan');
  assert.equal(state.get().dossier.status, 'conflict');
  assert.equal(state.get().dossier.currentVersion, 2);
  await dossier.reload();
  assert.equal(state.get().dossier.status, 'saved');
  assert.equal(state.get().dossier.plan.currentVersion, 2);
  assert.equal(state.get().plan.closed, true);
  await dossier.save('Plan');
  assert.equal(state.get().dossier.plan.currentVersion, 3);
});

test('an open outline is not saved; a lost session asks to log in again', async () => {
  const state = createState();
  state.update({ plan: emptyDraft(), session: { status: 'user', user: { roles: ['INITIATOR'] } } });
  let asked = 0;
  const dossier = connectDossier(state, {
    createPlan: async () => { asked += 1; throw new ApiError('unauthenticated', 'no', 401); },
    me: async () => ({ authenticated: false }),
  });
  await dossier.save('x');
  assert.equal(asked, 0);
  state.update({ plan: closedDraft() });
  await dossier.save('x');
  assert.equal(state.get().dossier.status, 'error');
  assert.equal(state.get().session.status, 'anonymous');
  assert.equal(saveErrorKey(state.get().dossier.error), 'dossierLoggedOut');
});

test('a design goes back into a closed draft', () => {
  const draft = closedDraft();
  const back = fromDesign(toDesign(draft));
  assert.deepEqual(back.corners, draft.corners);
  assert.equal(back.closed, true);
  assert.equal(back.height, draft.height);
});

test('login sets the user; a wrong password is "loginWrong"; me() failing means anonymous', async () => {
  const state = createState();
  const user = { email: 'initiator@demo.stip.nl', displayName: 'Ini', roles: ['INITIATOR'] };
  const session = connectSession(state, {
    me: async () => { throw new ApiError('unauthenticated', 'no', 401); },
    login: async (email, password) => {
      if (password !== 'stip-demo-2026') throw new ApiError('unauthenticated', 'wrong', 401);
      return user;
    },
    logout: async () => null,
  });
  await session.refresh();
  assert.equal(state.get().session.status, 'anonymous');
  assert.deepEqual(await session.login('initiator@demo.stip.nl', 'nope'), { error: 'loginWrong' });
  assert.deepEqual(await session.login(' initiator@demo.stip.nl ', 'stip-demo-2026'), { ok: true });
  assert.ok(isInitiator(state.get().session));
  await session.logout();
  assert.deepEqual(state.get().session, { status: 'anonymous', loggedOut: true });
  assert.equal(loginErrorKey(new ApiError('rejected', 'x', 429)), 'loginTooMany');
});

test('logging out (not an expired session) forgets the saved plan, so the next person starts a new one', async () => {
  const state = createState();
  state.update({ plan: exampleAround(emptyDraft(), [6.1355, 52.0083]),
    session: { status: 'user', user: { email: 'initiator@demo.stip.nl', roles: ['INITIATOR'] } } });
  const { api } = fakePlansApi();
  const dossier = connectDossier(state, api);
  await dossier.save('Plan');
  assert.equal(state.get().dossier.plan.currentVersion, 1);
  state.update({ session: { status: 'anonymous' } });
  assert.equal(state.get().dossier.plan.id, 9, 'an expired session keeps the plan');
  state.update({ session: { status: 'user', user: { email: 'Initiator@demo.stip.nl', roles: ['INITIATOR'] } } });
  assert.equal(state.get().dossier.plan.id, 9, 'the same person logging in again goes on with it');
  state.update({ session: { status: 'anonymous', loggedOut: true } });
  assert.equal(state.get().dossier.status, 'idle');
  assert.equal(state.get().dossier.plan, undefined);
});

test('a refused save is explained in Dutch, never with the server\'s English detail', () => {
  const heightRefused = new ApiError('rejected', 'volumes[0].height: height 900 m is above 150 m', 400, 'design.volumes[0].height');
  const message = saveErrorMessage(heightRefused);
  assert.match(message, /^Dit plan kunnen we zo niet bewaren\. Vul een hoogte in/);
  assert.doesNotMatch(message, /above|900/);
  assert.match(saveErrorMessage(new ApiError('rejected', 'the title has 130 characters; at most 120', 400, 'title')), /hoogstens 120 tekens/);
  assert.match(saveErrorMessage(new ApiError('rejected', 'something else entirely', 400, 'models[0].scale')), /niet controleren/);
  assert.doesNotMatch(saveErrorMessage(new ApiError('unreachable', 'No answer from the server')), /No answer/);
});

test('a submitted design is frozen: the save says so in Dutch and sends nothing more', async () => {
  const state = createState();
  state.update({ plan: closedDraft() });
  const { api, calls } = fakePlansApi();
  const dossier = connectDossier(state, api);
  await dossier.save('Plan');
  assert.equal(designFrozen(state.get().dossier.plan), false, 'not said: not frozen');
  // Meanwhile the application was submitted: the server refuses the save.
  const frozen = new ApiError('conflict', 'The design is frozen', 409, undefined, { code: 'design-frozen' });
  api.saveDesign = async (id, base) => { calls.push(['save', id, base]); throw frozen; };
  await dossier.save('Plan');
  assert.equal(state.get().dossier.status, 'frozen', 'not a conflict: loading the newest version would not help');
  assert.equal(designFrozen(state.get().dossier.plan), true);
  const sent = calls.length;
  await dossier.save('Plan');
  assert.equal(calls.length, sent, 'a frozen design is not sent again');
  assert.equal(saveErrorKey(frozen), 'dossierFrozen');
  assert.match(saveErrorMessage(frozen), /ligt nu vast/);
  assert.match(saveErrorMessage(frozen), /gemeente/);
  assert.doesNotMatch(saveErrorMessage(frozen), /frozen/);
  assert.equal(designFrozen({ mayEditDesign: true }), false);
});

test('a late 401 from before a login does not log the person out: the server is asked', async () => {
  const { sessionMayHaveEnded } = await import('../src/main/resources/META-INF/resources/app/core/session.js');
  const state = createState();
  const user = { email: 'olga@example.org', roles: ['INITIATOR'] };
  state.update({ session: { status: 'user', user } });
  await sessionMayHaveEnded(state, { me: async () => ({ authenticated: true, ...user }) });
  assert.equal(state.get().session.status, 'user');
  await sessionMayHaveEnded(state, { me: async () => { throw new Error('unreachable'); } });
  assert.equal(state.get().session.status, 'user');
  await sessionMayHaveEnded(state, { me: async () => ({ authenticated: false }) });
  assert.equal(state.get().session.status, 'anonymous');
  state.update({ session: { status: 'unknown' } });
  await sessionMayHaveEnded(state, { me: async () => ({ authenticated: false }) });
  assert.equal(state.get().session.status, 'unknown', 'an undecided session is the session check\'s to decide');
});

test('an answer to "who am I?" asked before a login does not undo the login', async () => {
  const state = createState();
  let answer;
  const session = connectSession(state, { me: () => new Promise((resolve) => { answer = resolve; }) });
  const asking = session.refresh();
  session.loggedIn({ email: 'olga@example.org', roles: ['INITIATOR'] });
  answer({ authenticated: false });
  await asking;
  assert.equal(state.get().session.status, 'user');
  const later = session.refresh(); // a question asked after the login is answered as usual
  answer({ authenticated: false });
  await later;
  assert.equal(state.get().session.status, 'anonymous');
});
