import { test } from 'node:test';
import assert from 'node:assert/strict';

import { applyQueueSignal, connectModeration } from '../src/main/resources/META-INF/resources/app/core/moderation.js';
import { MODERATION_QUEUE, createRoundLive } from '../src/main/resources/META-INF/resources/app/live/round-socket.js';

const item = (id, queue, extra = {}) => ({ id, queue, status: queue === 'pending' ? 'pending' : 'published', text: `Bijdrage ${id}`,
  createdAt: `2026-12-04T12:00:${String(id).padStart(2, '0')}Z`, round: { id: 7 }, reports: 0, ...extra });

class FakeClient {
  constructor(config) { Object.assign(this, config); this.subscriptions = []; FakeClient.made.push(this); }
  activate() { this.active = true; }
  deactivate() { this.active = false; }
  subscribe(destination, callback) { this.subscriptions.push({ destination, callback }); }
  publish() { assert.fail('the viewer never sends on the socket'); }
}

test('only a planner\'s socket follows the moderation queue, and its signals go to the listeners', () => {
  FakeClient.made = [];
  const resident = createRoundLive({ Client: FakeClient, url: 'ws://x/ws', personal: () => true, planner: () => false });
  resident(7, {});
  FakeClient.made[0].onConnect();
  assert.ok(!FakeClient.made[0].subscriptions.some((s) => s.destination === MODERATION_QUEUE), 'a resident\'s SUBSCRIBE would end the connection');

  const heard = [];
  const planner = createRoundLive({ Client: FakeClient, url: 'ws://x/ws', personal: () => true, planner: () => true });
  planner.register({ onQueue: (roundId, signal) => heard.push([roundId, signal.type, signal.contributionId]) });
  planner(7, {});
  const client = FakeClient.made[1];
  client.onConnect();
  const queue = client.subscriptions.find((s) => s.destination === MODERATION_QUEUE);
  assert.ok(queue, 'the planner follows the queue');
  queue.callback({ body: JSON.stringify({ type: 'queued', roundId: 7, contributionId: 3, item: item(3, 'pending') }) });
  queue.callback({ body: 'not json' });
  queue.callback({ body: '{"type":"settled","roundId":7,"contributionId":3,"item":null}' });
  assert.deepEqual(heard, [[7, 'queued', 3], [7, 'settled', 3]]);
});

test('a queued item of this round and tab comes in newest first; one of another tab or round changes nothing', () => {
  const shown = [item(2, 'pending')];
  assert.deepEqual(applyQueueSignal(shown, { roundId: 7, tab: 'pending' }, { type: 'queued', roundId: 7, contributionId: 5, item: item(5, 'pending') })
    .map((i) => i.id), [5, 2]);
  assert.equal(applyQueueSignal(shown, { roundId: 7, tab: 'pending' }, { type: 'queued', roundId: 8, contributionId: 5, item: item(5, 'pending') }), null);
  assert.equal(applyQueueSignal(shown, { roundId: 7, tab: 'pending' }, { type: 'queued', roundId: 7, contributionId: 6, item: item(6, 'reported') }), null);
  const again = applyQueueSignal(shown, { roundId: 7, tab: 'pending' }, { type: 'queued', roundId: 7, contributionId: 2, item: item(2, 'pending', { text: 'Nieuw' }) });
  assert.deepEqual(again.map((i) => i.text), ['Nieuw'], 'an item already shown is replaced, not doubled');
});

test('a settled item, or one that moved to another tab, leaves the list', () => {
  const shown = [item(4, 'reported', { reports: 1 }), item(2, 'reported', { reports: 2 })];
  assert.deepEqual(applyQueueSignal(shown, { roundId: 7, tab: 'reported' }, { type: 'settled', roundId: 7, contributionId: 4, item: null })
    .map((i) => i.id), [2]);
  assert.deepEqual(applyQueueSignal(shown, { roundId: 7, tab: 'reported' }, { type: 'queued', roundId: 7, contributionId: 2, item: item(2, 'appealed') })
    .map((i) => i.id), [4]);
  assert.equal(applyQueueSignal(shown, { roundId: 7, tab: 'reported' }, { type: 'settled', roundId: 7, contributionId: 9, item: null }), null);
});

test('the moderation model takes live signals into the list it shows without a reload', async () => {
  let loads = 0;
  const api = { moderationQueue: async () => { loads++; return { items: [item(1, 'pending')] }; } };
  const moderation = connectModeration(api);
  await moderation.show(7);
  moderation.received({ type: 'queued', roundId: 7, contributionId: 3, item: item(3, 'pending') });
  assert.deepEqual(moderation.get().items.map((i) => i.id), [3, 1]);
  moderation.received({ type: 'settled', roundId: 7, contributionId: 1, item: null });
  assert.deepEqual(moderation.get().items.map((i) => i.id), [3]);
  assert.equal(loads, 1, 'no reload for a live signal');
});
