import assert from 'node:assert/strict';
import { test } from 'node:test';

import { connectRound, roundErrorKey } from '../src/main/resources/META-INF/resources/app/core/round.js';
import { applyDelta, newItemsBar, pinsOf, reactionProblem, snapshotView, textCounter, textProblem, visibleReactions }
  from '../src/main/resources/META-INF/resources/app/core/round-items.js';
import { createSequencer } from '../src/main/resources/META-INF/resources/app/core/round-sequence.js';
import { createRoundLive, deltasOf, parseBody, socketUrl } from '../src/main/resources/META-INF/resources/app/live/round-socket.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

/** Timers the test moves by hand. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map();
  return {
    setTimeout: (fn, ms) => { const id = next++; pending.set(id, { fn, at: now + ms }); return id; },
    clearTimeout: (id) => pending.delete(id),
    advance(ms) {
      now += ms;
      for (const [id, { fn, at }] of [...pending]) if (at <= now) { pending.delete(id); fn(); }
    },
    pending: () => pending.size,
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

const reaction = (id, extra = {}) => ({ id, kind: 'reaction', stance: 'concern', theme: 'height', text: `Reactie ${id}`,
  place: { lon: 6.1355 + id / 1e5, lat: 52.008, height: 4 }, volumeIndex: 0, author: { label: 'Deelnemer', role: 'participant', mine: false },
  createdAt: `2026-12-03T17:00:${String(id).padStart(2, '0')}Z`, status: 'published', agreements: 0, agreedByMe: false, replies: [],
  initiatorAnswer: null, ...extra });

const snapshot = (seq, reactions, extra = {}) => ({ round: { id: 7, title: 'Ronde', state: 'open' }, seq, reactions,
  questions: [{ id: 1, kind: 'scale', text: 'Hoe vindt u het?', aggregate: { count: 0 } }], presence: { count: 1 }, ...extra });

test('deltas are applied once each, in seq order, after the seq of the snapshot', () => {
  const applied = [];
  const timers = manualTimers();
  const seq = createSequencer({ apply: (d) => applied.push(d.seq), onGap: () => assert.fail('no gap'), timers });
  seq.push({ seq: 5 }); // arrives while the snapshot loads
  seq.push({ seq: 4 });
  seq.start(4); // the snapshot reflects 4: 4 is in it, 5 is new
  assert.deepEqual(applied, [5]);
  seq.push({ seq: 5 }); // twice: dropped
  seq.push({ seq: 3 }); // old: dropped
  seq.push({ seq: 7 }); // early: waits
  assert.deepEqual(applied, [5]);
  seq.push({ seq: 6 }); // the missing one came within the second
  assert.deepEqual(applied, [5, 6, 7]);
  assert.equal(timers.pending(), 0, 'no gap timer left once the order is whole');
  assert.equal(seq.push({ seq: 'x' }), false);
});

test('a gap that outlives a second asks for the changes after the last applied seq', () => {
  const gaps = [];
  const timers = manualTimers();
  const applied = [];
  const seq = createSequencer({ apply: (d) => applied.push(d.seq), onGap: (after) => gaps.push(after), timers });
  seq.start(10);
  seq.push({ seq: 12 });
  timers.advance(999);
  assert.deepEqual(gaps, []);
  timers.advance(1);
  assert.deepEqual(gaps, [10]);
  seq.push({ seq: 11 }); // filled from /changes
  assert.deepEqual(applied, [11, 12]);
});

test('a snapshot keeps every reaction; a reload holds new ones of others behind the bar while the reader is not at the top', () => {
  const first = snapshotView(snapshot(3, [reaction(1), reaction(2)]));
  assert.deepEqual(first.reactions.map((r) => r.id), [2, 1], 'newest first');
  assert.equal(first.incoming.length, 0);
  const reloaded = snapshotView(snapshot(5, [reaction(1), reaction(2), reaction(3), reaction(4, { author: { mine: true } })]), first, { holding: true });
  assert.deepEqual(reloaded.reactions.map((r) => r.id), [4, 2, 1], 'mine goes in at once');
  assert.deepEqual(reloaded.incoming.map((r) => r.id), [3]);
  const atTop = snapshotView(snapshot(5, [reaction(1), reaction(2), reaction(3)]), first, { holding: false });
  assert.deepEqual(atTop.reactions.map((r) => r.id), [3, 2, 1]);
});

test('each kind of delta changes what a participant sees', () => {
  let view = snapshotView(snapshot(1, [reaction(1)]));
  view = applyDelta(view, { seq: 2, type: 'reply', data: { id: 10, parentId: 1, text: 'Eens', author: { label: 'Deelnemer' } } });
  view = applyDelta(view, { seq: 3, type: 'initiator-answer', data: { id: 11, parentId: 1, text: 'Wij kijken ernaar', author: { label: 'Initiatiefnemer', role: 'initiator' } } });
  view = applyDelta(view, { seq: 4, type: 'agreement', data: { id: 1, agreements: 3 } });
  view = applyDelta(view, { seq: 5, type: 'answer-aggregate', data: { questionId: 1, aggregate: { count: 2, mean: 4 } } });
  view = applyDelta(view, { seq: 6, type: 'held', data: {} });
  view = applyDelta(view, { seq: 7, type: 'round', data: { state: 'closed' } });
  view = applyDelta(view, { seq: 8, type: 'unknown-kind', data: {} });
  const [r] = view.reactions;
  assert.deepEqual(r.replies.map((x) => x.text), ['Eens']);
  assert.equal(r.initiatorAnswer.author.role, 'initiator');
  assert.equal(r.agreements, 3);
  assert.deepEqual(view.questions[0].aggregate, { count: 2, mean: 4 });
  assert.equal(view.round.state, 'closed');
  assert.equal(view.seq, 8);
  view = applyDelta(view, { seq: 9, type: 'agreement', data: { id: 10, agreements: 1 } });
  assert.equal(view.reactions[0].replies[0].agreements, 1, 'a reply is agreed with too');
});

test('a hidden reaction goes for everyone with its replies, but stays marked for its author and for planners', () => {
  const mine = reaction(1, { author: { label: 'Deelnemer', mine: true }, replies: [{ id: 5, text: 'x' }] });
  const seen = snapshotView(snapshot(1, [mine, reaction(2)]));
  const after = applyDelta(seen, { seq: 2, type: 'hidden', data: { id: 2, repliesHidden: 0 } });
  assert.deepEqual(after.reactions.map((r) => r.id), [1]);
  const own = applyDelta(seen, { seq: 2, type: 'hidden', data: { id: 1, repliesHidden: 1 } });
  assert.equal(own.reactions.find((r) => r.id === 1).status, 'hidden');
  const planner = applyDelta(snapshotView(snapshot(1, [reaction(2)]), null, { planner: true }), { seq: 2, type: 'hidden', data: { id: 2 } });
  assert.equal(planner.reactions[0].status, 'hidden');
  const restored = applyDelta(after, { seq: 3, type: 'restored', data: { item: reaction(2) } });
  assert.deepEqual(restored.reactions.map((r) => r.id), [2, 1]);
  const approved = applyDelta(after, { seq: 3, type: 'approved', data: { item: reaction(3, { status: 'pending' }) } });
  assert.equal(approved.reactions[0].status, 'published');
});

test('a delta for an item I know keeps what I know about it: mine, my agreement, my report', () => {
  let view = snapshotView(snapshot(1, [reaction(1, { author: { label: 'Deelnemer', mine: true }, agreedByMe: true, reportedByMe: true })]));
  view = applyDelta(view, { seq: 2, type: 'reaction', data: reaction(1, { text: 'Zelfde' }) });
  assert.equal(view.reactions.length, 1, 'no duplicate');
  assert.equal(view.reactions[0].author.mine, true);
  assert.equal(view.reactions[0].agreedByMe, true);
  assert.equal(view.reactions[0].reportedByMe, true);
});

test('the filters by theme and stance apply to the list and the pins; the bar counts what waits', () => {
  let view = snapshotView(snapshot(1, [reaction(1), reaction(2, { theme: 'green', stance: 'support' }), reaction(3, { place: null })]));
  view = applyDelta(view, { seq: 2, type: 'reaction', data: reaction(4, { theme: 'green', stance: 'neutral' }) }, { holding: true });
  assert.deepEqual(newItemsBar(view), { count: 1, key: 'roundNewOne' });
  assert.equal(t(newItemsBar(view).key, { count: 1 }), '1 nieuwe reactie');
  assert.equal(pinsOf(view).length, 3, 'a waiting reaction already has its pin; one without a place has none');
  view = { ...view, filters: { theme: 'green', stance: null } };
  assert.deepEqual(visibleReactions(view).map((r) => r.id), [2]);
  assert.deepEqual(pinsOf(view).map((p) => p.id).sort(), [2, 4]);
  view = { ...view, filters: { theme: 'green', stance: 'support' } };
  assert.deepEqual(pinsOf(view).map((p) => p.id), [2]);
  view = applyDelta(view, { seq: 3, type: 'reaction', data: reaction(5) }, { holding: true });
  assert.equal(t(newItemsBar(view).key, { count: newItemsBar(view).count }), '2 nieuwe reacties');
});

test('texts are checked before they are sent: 1 to 2000 characters, with a counter', () => {
  assert.equal(textProblem('   '), 'roundErrors.textEmpty');
  assert.equal(textProblem('a'.repeat(2001)), 'roundErrors.textLong');
  assert.equal(textProblem('a'.repeat(2000)), null);
  assert.deepEqual(textCounter('😀ab'), { length: 3, max: 2000, over: false });
  const place = { lon: 6.1, lat: 52, height: 2 };
  assert.equal(reactionProblem({ place: null, stance: 'support', theme: 'green', text: 'x' }), 'roundErrors.place');
  assert.equal(reactionProblem({ place, stance: 'boos', theme: 'green', text: 'x' }), 'roundErrors.stance');
  assert.equal(reactionProblem({ place, stance: 'support', theme: 'weer', text: 'x' }), 'roundErrors.theme');
  assert.equal(reactionProblem({ place, stance: 'support', theme: 'green', text: 'x' }), null);
  for (const key of ['roundErrors.textEmpty', 'roundErrors.textLong', 'roundErrors.place', 'roundErrors.stance', 'roundErrors.theme',
    'roundErrors.notOpen', 'roundErrors.forbidden', 'roundErrors.login', 'roundErrors.placeFar']) assert.notEqual(t(key), key, key);
  assert.equal(roundErrorKey({ kind: 'conflict', status: 409 }), 'roundErrors.notOpen');
  assert.equal(roundErrorKey({ kind: 'rejected', status: 400, parameter: 'place' }), 'roundErrors.placeFar');
  assert.equal(roundErrorKey({ kind: 'rejected', status: 403 }), 'roundErrors.forbidden');
});

/** A fake API for the round model, and a fake live connection the test drives. */
function fixture({ snapshots, changes = () => ({ changes: [] }) }) {
  const calls = [];
  let snapshotIndex = 0;
  const api = {
    roundState: async (id) => { calls.push(['state', id]); return snapshots[Math.min(snapshotIndex++, snapshots.length - 1)]; },
    roundChanges: async (id, after) => { calls.push(['changes', after]); return changes(after); },
    postReaction: async (id, body) => { calls.push(['react', body]); return { ...reaction(50), ...body, status: 'pending', author: { label: 'Deelnemer', mine: true } }; },
    postReply: async (id, text) => { calls.push(['reply', id, text]); return { id: 60, text, author: { label: 'Deelnemer' } }; },
    agree: async (id) => { calls.push(['agree', id]); return null; },
    withdrawAgreement: async (id) => { calls.push(['withdraw', id]); return null; },
    report: async (id) => { calls.push(['report', id]); return null; },
  };
  let handlers = null;
  let closed = 0;
  const live = (roundId, h) => { handlers = h; return { close: () => { closed += 1; } }; };
  const timers = manualTimers();
  const model = connectRound(api, { live, timers });
  return { api, calls, model, timers, handlers: () => handlers, closed: () => closed };
}

test('the model loads the snapshot, applies live deltas in order and refetches the snapshot on every reconnect', async () => {
  const f = fixture({ snapshots: [snapshot(2, [reaction(1)]), snapshot(4, [reaction(1), reaction(2), reaction(3)])] });
  await f.model.open(7);
  assert.equal(f.model.get().status, 'ok');
  const live = f.handlers();
  live.onConnect();
  await flush();
  assert.equal(f.model.get().live, 'live');
  live.onDelta({ seq: 5, type: 'reaction', data: reaction(5) });
  live.onDelta({ seq: 5, type: 'reaction', data: reaction(5) }); // twice
  assert.deepEqual(f.model.get().view.reactions.map((r) => r.id), [5, 3, 2, 1]);
  live.onPresence({ count: 4 });
  assert.equal(f.model.get().view.presence.count, 4);
  live.onDisconnect();
  assert.equal(f.model.get().live, 'offline');
  live.onConnect(); // back: load again (what was missed while away is in it)
  await flush();
  assert.deepEqual(f.calls.filter(([c]) => c === 'state').length, 3);
  f.model.close();
  assert.equal(f.closed(), 1);
});

test('a gap is filled from /changes after a second; a changes answer that says reload loads the snapshot', async () => {
  const f = fixture({ snapshots: [snapshot(2, [reaction(1)])], changes: (after) => ({ seq: 4, changes: [{ seq: 3, type: 'reaction', data: reaction(3) }] }) });
  await f.model.open(7);
  f.handlers().onDelta({ seq: 4, type: 'agreement', data: { id: 3, agreements: 2 } });
  assert.equal(f.model.get().view.reactions.length, 1, 'waits for 3');
  f.timers.advance(1000);
  await flush();
  assert.deepEqual(f.calls.at(-1), ['changes', 2]);
  const [r3] = f.model.get().view.reactions;
  assert.equal(r3.id, 3);
  assert.equal(r3.agreements, 2, 'and 4 after it');

  const g = fixture({ snapshots: [snapshot(2, [reaction(1)]), snapshot(9, [reaction(1), reaction(8)])], changes: () => ({ reload: true }) });
  await g.model.open(7);
  g.handlers().onDelta({ seq: 9, type: 'held', data: {} });
  g.timers.advance(1000);
  await flush();
  await flush();
  assert.equal(g.model.get().view.seq, 9);
  assert.deepEqual(g.model.get().view.reactions.map((r) => r.id), [8, 1]);
});

test('while the reader is typing or further down, new reactions wait behind the bar until it is chosen', async () => {
  const f = fixture({ snapshots: [snapshot(1, [reaction(1)])] });
  await f.model.open(7);
  f.model.setReader({ typing: true });
  f.handlers().onDelta({ seq: 2, type: 'reaction', data: reaction(2) });
  f.handlers().onDelta({ seq: 3, type: 'reply', data: { id: 9, parentId: 1, text: 'Eens' } });
  const view = f.model.get().view;
  assert.deepEqual(view.reactions.map((r) => r.id), [1], 'the list does not move');
  assert.equal(view.reactions[0].replies.length, 1, 'a reply joins its reaction in place');
  assert.equal(newItemsBar(view).count, 1);
  f.model.setReader({ typing: false, atTop: false });
  f.handlers().onDelta({ seq: 4, type: 'reaction', data: reaction(3) });
  assert.equal(newItemsBar(f.model.get().view).count, 2);
  f.model.showIncoming();
  assert.deepEqual(f.model.get().view.reactions.map((r) => r.id), [3, 2, 1]);
  assert.equal(newItemsBar(f.model.get().view), null);
  f.model.setReader({ atTop: true });
  f.handlers().onDelta({ seq: 5, type: 'reaction', data: reaction(4) });
  assert.equal(f.model.get().view.reactions[0].id, 4, 'at the top and not typing: straight in');
});

test('my own reaction, reply, agreement and report show at once, whatever the reader is doing', async () => {
  const f = fixture({ snapshots: [snapshot(1, [reaction(1)])] });
  await f.model.open(7);
  f.model.setReader({ typing: true });
  const refused = await f.model.react({ place: null, stance: 'support', theme: 'green', text: 'x' });
  assert.equal(refused, undefined);
  assert.equal(f.model.get().message.key, 'roundErrors.place');
  await f.model.react({ place: { lon: 6.1, lat: 52.0, height: 3.5, volumeIndex: 0 }, stance: 'support', theme: 'green', text: '  Mooi plan  ' });
  assert.deepEqual(f.calls.find(([c]) => c === 'react')[1], { stance: 'support', theme: 'green', text: 'Mooi plan',
    place: { lon: 6.1, lat: 52.0, height: 3.5 }, volumeIndex: 0 });
  const mine = f.model.get().view.reactions[0];
  assert.equal(mine.author.mine, true);
  assert.equal(mine.status, 'pending');
  assert.equal(f.model.get().message.key, 'roundSentPending');
  assert.equal(t('roundPending'), 'Wacht op goedkeuring');
  await f.model.reply(1, 'Klopt');
  assert.equal(f.model.get().view.reactions[1].replies[0].author.mine, true);
  await f.model.agree(1, true);
  assert.equal(f.model.get().view.reactions[1].agreedByMe, true);
  assert.equal(f.model.get().view.reactions[1].agreements, 1);
  await f.model.agree(1, false);
  assert.equal(f.model.get().view.reactions[1].agreements, 0);
  await f.model.report(1);
  assert.equal(f.model.get().view.reactions[1].reportedByMe, true);
});

test('the live module connects with the CSRF token, subscribes before it says connected, and never sends', async () => {
  const made = [];
  class FakeClient {
    constructor(config) { Object.assign(this, config); this.subscriptions = []; made.push(this); this.active = false; }
    activate() { this.active = true; }
    deactivate() { this.active = false; }
    subscribe(destination, callback) { this.subscriptions.push({ destination, callback }); }
    publish() { assert.fail('the viewer never sends on the socket'); }
  }
  const events = [];
  const live = createRoundLive({ Client: FakeClient, url: 'ws://127.0.0.1/ws', token: async () => 'tok', personal: () => true });
  const connection = live(7, {
    onConnect: () => events.push(['connect', made[0].subscriptions.map((s) => s.destination)]),
    onDelta: (d) => events.push(['delta', d.seq]),
    onPresence: (p) => events.push(['presence', p.count]),
    onPersonal: (n) => events.push(['personal', n.type]),
    onDisconnect: () => events.push(['offline']),
  });
  const client = made[0];
  assert.equal(client.active, true);
  await client.beforeConnect();
  assert.deepEqual(client.connectHeaders, { 'X-XSRF-TOKEN': 'tok' });
  client.onConnect();
  assert.deepEqual(events[0], ['connect', ['/topic/rounds.7', '/topic/rounds.7.presence', '/user/queue/rounds', '/topic/rounds.7.drafts']]);
  client.subscriptions[0].callback({ body: '{"seq":3,"type":"held","data":{}}' });
  client.subscriptions[0].callback({ body: 'not json' });
  client.subscriptions[1].callback({ body: '{"count":2}' });
  client.subscriptions[2].callback({ body: '{"type":"hidden","data":{"roundId":7,"id":3,"reason":"Scheldwoord"}}' });
  client.subscriptions[2].callback({ body: '{"type":"hidden","data":{"roundId":8,"id":4}}' });
  client.onWebSocketClose();
  assert.deepEqual(events.slice(1), [['delta', 3], ['presence', 2], ['personal', 'hidden'], ['offline']]);
  assert.equal(client.reconnectDelay, 4000, 'dropped right after connecting: wait longer');
  client.onConnect();
  client.onWebSocketClose();
  assert.equal(client.reconnectDelay, 8000);
  connection.close();
  assert.equal(client.active, false);
  assert.equal(socketUrl({ protocol: 'https:', host: 'stip.example' }), 'wss://stip.example/ws');
  assert.equal(parseBody('[1'), null);
});

test('a frame on the round topic holds one delta or a batch of them, in order; anything else holds none', () => {
  assert.deepEqual(deltasOf({ seq: 4, type: 'reaction', data: {} }).map((d) => d.seq), [4]);
  assert.deepEqual(deltasOf({ batch: [{ seq: 5, type: 'reaction' }, { seq: 6, type: 'agreement' }] }).map((d) => d.seq), [5, 6]);
  assert.deepEqual(deltasOf({ batch: [{ seq: 7 }, { seq: 'x' }, null] }).map((d) => d.seq), [7]);
  assert.deepEqual(deltasOf(null), []);
  assert.deepEqual(deltasOf({ count: 3 }), []);
});

test('a login or logout reconnects the socket; the old connection reporting late changes nothing', async () => {
  const connections = [];
  const live = (roundId, handlers) => { const c = { handlers, closed: false, close() { c.closed = true; } }; connections.push(c); return c; };
  const api = { roundState: async () => snapshot(1, [reaction(1)]) };
  const model = connectRound(api, { live, timers: manualTimers() });
  await model.open(7);
  connections[0].handlers.onConnect();
  await flush();
  await model.sessionChanged();
  assert.equal(connections.length, 2);
  assert.equal(connections[0].closed, true);
  connections[1].handlers.onConnect();
  connections[0].handlers.onDisconnect(); // the closed one's close event, after the new one is up
  connections[0].handlers.onDelta({ seq: 2, type: 'reaction', data: reaction(2) });
  assert.equal(model.get().live, 'live');
  assert.equal(model.get().view.reactions.length, 1);
});
