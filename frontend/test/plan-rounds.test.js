import assert from 'node:assert/strict';
import { test } from 'node:test';

import { actionIdOf, connectModeration, hideProblem, queueItems } from '../src/main/resources/META-INF/resources/app/core/moderation.js';
import { connectPlanRounds, parseQuestions, roundBody } from '../src/main/resources/META-INF/resources/app/core/plan-rounds.js';
import { aggregateLines, mayAnswerAsInitiator, mayTakePart, ownsPlan } from '../src/main/resources/META-INF/resources/app/core/round-access.js';
import { parseRoundLink } from '../src/main/resources/META-INF/resources/app/core/round.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

const user = (roles, email = 'p@x.nl') => ({ status: 'user', user: { email, roles } });

test('the planner writes questions one per line: open, a scale, a choice with its options', () => {
  assert.deepEqual(parseQuestions('Wat vindt u?\n\nschaal: Past het?\nKeuze: Welke kleur? | rood | groen '), [
    { kind: 'open', text: 'Wat vindt u?' },
    { kind: 'scale', text: 'Past het?' },
    { kind: 'choice', text: 'Welke kleur?', options: ['rood', 'groen'] },
  ]);
});

test('a new round is checked before it is sent and becomes the body the API expects', () => {
  assert.equal(roundBody({ title: ' ' }).problem, 'roundFormErrors.title');
  assert.equal(roundBody({ title: 'R', startsAt: '2026-12-10T10:00', endsAt: '2026-12-01T10:00' }).problem, 'roundFormErrors.period');
  assert.equal(roundBody({ title: 'R', startsAt: '', endsAt: '2026-12-01T10:00' }).field, 'startsAt');
  assert.equal(roundBody({ title: 'R', startsAt: '2026-12-01T10:00', endsAt: '2026-12-10T10:00', questions: 'keuze: Welke? | een' }).problem,
    'roundFormErrors.questions');
  const { body } = roundBody({ title: ' Tweede mening ', startsAt: '2026-12-01T10:00', endsAt: '2026-12-10T10:00', questions: 'schaal: Past het?',
    interactions: { reactions: true, replies: false, agreement: true }, moderation: 'pre', audience: 'concerned', replyDepth: '9' });
  assert.equal(body.title, 'Tweede mening');
  assert.equal(body.startsAt, new Date('2026-12-01T10:00').toISOString());
  assert.deepEqual(body.interactions, { reactions: true, replies: false, agreement: true, variants: false, votes: false, budget: false });
  assert.equal(body.moderation, 'pre');
  assert.equal(body.audience, 'concerned');
  assert.equal(body.replyDepth, 3);
  assert.equal(body.description, undefined);
  for (const key of ['roundFormErrors.title', 'roundFormErrors.period', 'roundFormErrors.questions', 'roundCreated', 'roundOpened']) assert.notEqual(t(key), key);
});

test('planners and the plan owner see the rounds of a plan; opening an unpublished plan\'s round is explained', async () => {
  const calls = [];
  const api = {
    planRounds: async (id) => { calls.push(['list', id]); return [{ id: 3, title: 'R', state: 'draft' }]; },
    createRound: async (id, body) => { calls.push(['create', id, body.title]); return { id: 4 }; },
    openRound: async () => { throw Object.assign(new Error('x'), { kind: 'conflict', status: 409 }); },
    closeRound: async (id) => { calls.push(['close', id]); return { id, state: 'closed' }; },
  };
  let session = user(['RESIDENT'], 'bewoner@x.nl');
  const rounds = connectPlanRounds(api, { session: () => session });
  await rounds.show({ id: 9, owner: 'someone@x.nl' });
  assert.equal(rounds.get().mayCreate, false);
  session = user(['PLANNER']);
  await rounds.show({ id: 9, owner: 'someone@x.nl' });
  assert.equal(rounds.get().mayCreate, true);
  assert.deepEqual(rounds.get().rounds.items.map((r) => r.id), [3]);
  await rounds.create({ title: 'Nieuw', startsAt: '2026-12-01T10:00', endsAt: '2026-12-02T10:00' });
  assert.deepEqual(calls.find(([c]) => c === 'create'), ['create', 9, 'Nieuw']);
  assert.equal(rounds.get().message.key, 'roundCreated');
  await rounds.open(3);
  assert.equal(rounds.get().message.key, 'roundFormErrors.published');
  await rounds.close(3);
  assert.equal(rounds.get().message.key, 'roundClosed');
});

test('the moderation queue: newest first, hiding needs a reason, the last decision can be undone', async () => {
  const calls = [];
  const api = {
    moderationQueue: async (q) => { calls.push(['queue', q]); return { items: [{ id: 1, createdAt: '2026-12-01T10:00:00Z' }, { id: 2, createdAt: '2026-12-02T10:00:00Z' }] }; },
    hideContribution: async (id, reason) => { calls.push(['hide', id, reason]); return { actionId: 77 }; },
    approveContribution: async (id) => { calls.push(['approve', id]); return { actionId: 78 }; },
    undoModeration: async (id) => { calls.push(['undo', id]); return null; },
    blockParticipant: async (round, email) => { calls.push(['block', round, email]); return null; },
  };
  const moderation = connectModeration(api);
  await moderation.show(5);
  assert.deepEqual(moderation.get().items.map((i) => i.id), [2, 1]);
  assert.deepEqual(calls[0], ['queue', { round: 5, state: 'pending' }]);
  await moderation.hide(2, '  ');
  assert.equal(moderation.get().message.key, 'moderationHideNeedsReason');
  await moderation.hide(2, ' Scheldwoord ');
  assert.deepEqual(calls.find(([c]) => c === 'hide'), ['hide', 2, 'Scheldwoord']);
  assert.deepEqual(moderation.get().undo, { actionId: 77, id: 2 });
  await moderation.undo();
  assert.deepEqual(calls.find(([c]) => c === 'undo'), ['undo', 77]);
  assert.equal(moderation.get().undo, null);
  await moderation.tab('reported');
  assert.deepEqual(calls.at(-1), ['queue', { round: 5, state: 'reported' }]);
  await moderation.block(1, 'a@b.nl');
  assert.deepEqual(calls.find(([c]) => c === 'block'), ['block', 5, 'a@b.nl']);
  assert.deepEqual(queueItems([{ id: 1 }]), [{ id: 1 }]);
  assert.equal(actionIdOf(null), null);
  assert.equal(hideProblem('x'), null);
});

test('who may take part and answer as the initiator; aggregates as lines; a round link', async () => {
  const open = { round: { state: 'open' } };
  assert.equal(mayTakePart(open, user(['RESIDENT'])), true);
  assert.equal(mayTakePart({ round: { state: 'closed' } }, user(['RESIDENT'])), false);
  assert.equal(mayTakePart(open, { status: 'anonymous' }), false);
  assert.equal(mayAnswerAsInitiator({ ...open, initiator: true }, user(['INITIATOR'])), true);
  assert.equal(mayAnswerAsInitiator(open, user(['INITIATOR'])), false);
  let asked = 0;
  const api = { plans: async () => { asked += 1; return [{ id: 1, role: 'owner' }, { id: 3, role: 'co-editor' }]; } };
  assert.equal(await ownsPlan(api, 1, user(['INITIATOR'], 'Ini@x.nl')), true);
  assert.equal(await ownsPlan(api, 3, user(['INITIATOR'], 'ini@x.nl')), false);
  assert.equal(await ownsPlan(api, 1, user(['RESIDENT'], 'ini@x.nl')), false);
  assert.equal(asked, 2, 'a resident\'s browser does not ask');
  const lines = aggregateLines({ kind: 'scale', aggregate: { count: 2, mean: 3.5, counts: { 1: 0, 5: 1 } } });
  assert.deepEqual(lines.map((l) => t(l.key, l.values)), ['2 antwoord(en)', 'Gemiddeld 3,5 van 5', '1: 0', '5: 1']);
  assert.equal(parseRoundLink('?round=12'), 12);
  assert.equal(parseRoundLink('?round=x'), null);
});

test('a published plan clicked on the map offers its open round first, never a draft', async () => {
  const { connectRoundOffer, offeredRounds } = await import('../src/main/resources/META-INF/resources/app/core/round-offer.js');
  const { createState } = await import('../src/main/resources/META-INF/resources/app/core/state.js');
  assert.deepEqual(offeredRounds([{ id: 1, title: 'Oud', state: 'closed' }, { id: 2, title: 'Concept', state: 'draft' }, { id: 3, title: 'Nu', state: 'open' }])
    .map((r) => r.id), [3, 1]);
  const state = createState();
  const offer = connectRoundOffer(state, { planRounds: async (id) => [{ id: 8, title: `Ronde ${id}`, state: 'open' }] });
  state.select({ lon: 6.1, lat: 52, planId: 4 });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(offer.get(), { planId: 4, rounds: [{ id: 8, title: 'Ronde 4', state: 'open' }] });
  assert.equal(t('roundOfferJoin', { title: 'Ronde 4' }), 'Doe mee: Ronde 4');
  state.select({ lon: 6.1, lat: 52 });
  assert.deepEqual(offer.get().rounds, []);
});

test('a planner plans a draft to open by itself at its start, and takes that off again; a start in the past is explained', async () => {
  const calls = [];
  let scheduled = false;
  const api = {
    planRounds: async () => [{ id: 3, title: 'R', state: 'draft', scheduled }],
    scheduleRound: async (id) => {
      calls.push(['schedule', id]);
      if (id === 4) throw Object.assign(new Error('x'), { kind: 'rejected', status: 400 });
      scheduled = true;
      return { id, state: 'draft', scheduled: true };
    },
    unscheduleRound: async (id) => { calls.push(['unschedule', id]); scheduled = false; return { id, state: 'draft', scheduled: false }; },
  };
  const rounds = connectPlanRounds(api, { session: () => user(['PLANNER']) });
  await rounds.show({ id: 9, owner: 'someone@x.nl' });
  await rounds.schedule(3);
  assert.equal(rounds.get().message.key, 'roundScheduled');
  assert.equal(rounds.get().rounds.items[0].scheduled, true, 'the list is reloaded with the schedule');
  await rounds.unschedule(3);
  assert.equal(rounds.get().message.key, 'roundUnscheduled');
  assert.equal(rounds.get().rounds.items[0].scheduled, false);
  await rounds.schedule(4);
  assert.deepEqual(rounds.get().message, { key: 'roundFormErrors.startPassed', error: true, roundId: 4 });
  assert.deepEqual(calls, [['schedule', 3], ['unschedule', 3], ['schedule', 4]]);
  for (const key of ['roundScheduled', 'roundUnscheduled', 'roundFormErrors.startPassed', 'roundScheduleRound', 'roundUnscheduleRound']) {
    assert.notEqual(t(key), key);
  }
});
