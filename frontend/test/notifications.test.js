import assert from 'node:assert/strict';
import { test } from 'node:test';

import { bellBadge, bellLabel, connectNotifications, notificationTarget, openIfVisible, radiusErrorKey, subscribeErrorKey } from '../src/main/resources/META-INF/resources/app/core/notifications.js';
import { nextStack, layoutOf, INITIAL_STACK } from '../src/main/resources/META-INF/resources/app/core/panel-layout.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

test('the bell shows the unread count and says it in its accessible name', () => {
  assert.equal(bellBadge(0), '');
  assert.equal(bellBadge(3), '3');
  assert.equal(bellBadge(120), '99+');
  const none = bellLabel(0);
  assert.equal(t(none.key, none.values), 'Meldingen, geen ongelezen');
  const one = bellLabel(1);
  assert.equal(t(one.key, one.values), 'Meldingen 1 ongelezen');
  const many = bellLabel(7);
  assert.equal(t(many.key, many.values), 'Meldingen 7 ongelezen');
  const lots = bellLabel(250);
  assert.equal(t(lots.key, lots.values), 'Meldingen 99+ ongelezen');
});

test('a notification link leads to the plan and its view in 3D', () => {
  const target = notificationTarget('http://stip.example/?plan=42#camera=6.135500,52.005000,250,0,-45&point=6.1355000,52.0072000');
  assert.equal(target.planId, 42);
  assert.deepEqual(target.camera, { lon: 6.1355, lat: 52.005, height: 250, heading: 0, pitch: -45 });
  assert.deepEqual(target.selection, { lon: 6.1355, lat: 52.0072 });
  assert.deepEqual(notificationTarget('not a url ::'), { planId: null, camera: null, selection: null });
  assert.equal(notificationTarget('/?plan=abc').planId, null);
});

test('a radius is checked before it is sent', () => {
  assert.equal(radiusErrorKey(''), 'alertsRadiusMissing');
  assert.equal(radiusErrorKey('veel'), 'alertsRadiusNotNumber');
  assert.equal(radiusErrorKey('49'), 'alertsRadiusRange');
  assert.equal(radiusErrorKey('5001'), 'alertsRadiusRange');
  assert.equal(radiusErrorKey('50'), null);
  assert.equal(radiusErrorKey('5000'), null);
  assert.equal(radiusErrorKey('250,5'), null);
  assert.equal(subscribeErrorKey({ code: 'no-confirmed-home', kind: 'conflict' }), 'alertsNoHome');
  for (const key of ['alertsRadiusMissing', 'alertsRadiusNotNumber', 'alertsRadiusRange', 'alertsNoHome', 'alertsTooMany', 'alertsSaveFailed']) {
    assert.notEqual(t(key), key, key);
  }
});

test('"Meldingen" is one task of the one side panel', () => {
  let stack = nextStack(INITIAL_STACK, { plan: null, myPlans: { panel: 'closed' }, alerts: { panel: 'list' } });
  assert.deepEqual(layoutOf(stack), { active: 'alerts', back: 'lookup' });
  stack = nextStack(stack, { plan: null, myPlans: { panel: 'list' }, alerts: { panel: 'list' } });
  assert.deepEqual(layoutOf(stack), { active: 'myPlans', back: 'alerts' });
  stack = nextStack(stack, { plan: null, myPlans: { panel: 'list' }, alerts: { panel: 'closed' } });
  assert.deepEqual(layoutOf(stack), { active: 'myPlans', back: 'lookup' });
});

function fakeApi(overrides = {}) {
  const calls = [];
  const api = {
    calls,
    unreadCount: async () => ({ unread: 2 }),
    notifications: async () => ({ items: [{ id: 5, planId: 9, title: 'Nieuw plan', text: 't', read: false,
      link: '/?plan=9#camera=6.1,52.0,250,0,-45&point=6.1,52.002' }], total: 1, unread: 1 }),
    markRead: async (id) => { calls.push(['read', id]); return null; },
    markAllRead: async () => { calls.push(['readAll']); return { unread: 0 }; },
    subscriptions: async () => [],
    notificationPreferences: async () => ({ channels: { 'plan-published-nearby': 'email' } }),
    subscriptionPreview: async (query) => { calls.push(['preview', query]); return { plans: 3, text: '3 plannen in het afgelopen jaar' }; },
    subscribe: async (body) => { calls.push(['subscribe', body]); return { id: 1 }; },
    setNotificationPreferences: async (channels) => { calls.push(['prefs', channels]); return { channels }; },
    ...overrides,
  };
  return api;
}

test('opening a notification marks it read and moves the view to the plan', async () => {
  const state = createState();
  state.update({ session: { status: 'user', user: { email: 'b@example.org', roles: ['RESIDENT'] } } });
  const api = fakeApi();
  const alerts = connectNotifications(state, api, { timers: {} });
  await alerts.showList();
  assert.equal(state.get().alerts.unread, 1);
  const [item] = state.get().alerts.list.items;
  await alerts.open(item);
  assert.deepEqual(api.calls[0], ['read', 5]);
  assert.equal(state.get().camera.lat, 52.0);
  assert.deepEqual(state.get().selection, { lon: 6.1, lat: 52.002 });
  assert.equal(state.get().alerts.panel, 'closed');
  assert.equal(state.get().alerts.unread, 2, 'the count is asked again');
});

test('a circle around the chosen point previews its count and subscribes; a bad radius asks nothing', async () => {
  const state = createState({ selection: { lon: 6.13, lat: 52.01 } });
  state.update({ session: { status: 'user', user: { email: 'b@example.org', roles: ['RESIDENT'] } } });
  const api = fakeApi();
  const alerts = connectNotifications(state, api, { timers: {} });
  await alerts.showSettings();
  await alerts.setDraft({ radius: '300' });
  assert.equal(state.get().alerts.draft.preview.text, '3 plannen in het afgelopen jaar');
  assert.deepEqual(api.calls.at(-1), ['preview', { radius: 300, lon: 6.13, lat: 52.01 }]);
  await alerts.subscribe();
  assert.deepEqual(api.calls.at(-1), ['subscribe', { kind: 'circle', lon: 6.13, lat: 52.01, radius: 300 }]);
  assert.equal(state.get().alerts.draft.save.status, 'saved');
  const before = api.calls.length;
  await alerts.setDraft({ radius: '20' });
  await alerts.subscribe();
  assert.equal(api.calls.length, before, 'nothing sent');
  assert.equal(state.get().alerts.draft.save.errorKey, 'alertsRadiusRange');
  await alerts.choose('decision', 'none');
  assert.deepEqual(api.calls.at(-1), ['prefs', { decision: 'none' }]);
});

test('without a confirmed home the subscription says so in Dutch', async () => {
  const state = createState();
  state.update({ session: { status: 'user', user: { email: 'b@example.org', roles: ['RESIDENT'] } } });
  const refusal = Object.assign(new Error('no home'), { kind: 'conflict', code: 'no-confirmed-home', status: 409 });
  const alerts = connectNotifications(state, fakeApi({ subscribe: async () => { throw refusal; }, subscriptionPreview: async () => { throw refusal; } }), { timers: {} });
  await alerts.showSettings();
  await alerts.setDraft({ centre: 'home', radius: '200' });
  assert.equal(state.get().alerts.draft.preview.errorKey, 'alertsNoHome');
  await alerts.subscribe();
  assert.equal(state.get().alerts.draft.save.errorKey, 'alertsNoHome');
});

test('a plan opens its dossier only when the person may see it', async () => {
  const opened = [];
  const visible = { plan: async (id) => ({ id }) };
  const hidden = { plan: async () => { throw Object.assign(new Error('404'), { kind: 'not-found' }); } };
  assert.equal(await openIfVisible(visible, 7, async (id) => opened.push(id)), true);
  assert.equal(await openIfVisible(hidden, 8, async (id) => opened.push(id)), false);
  assert.equal(await openIfVisible(visible, null, async (id) => opened.push(id)), false);
  assert.deepEqual(opened, [7]);
});
