import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectSession } from '../src/main/resources/META-INF/resources/app/core/session.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

test('GET me answering {authenticated: false} is an anonymous visitor, no error; a user is logged in', async () => {
  const state = createState();
  let me = { authenticated: false };
  const session = connectSession(state, { me: async () => me });
  await session.refresh();
  assert.equal(state.get().session.status, 'anonymous');
  me = { authenticated: true, email: 'planner@demo.stip.nl', displayName: 'Planner', roles: ['PLANNER'] };
  await session.refresh();
  assert.equal(state.get().session.status, 'user');
  assert.equal(state.get().session.user.email, 'planner@demo.stip.nl');
});

test('a login by link sets the user the server answered', () => {
  const state = createState();
  connectSession(state, {}).loggedIn({ authenticated: true, email: 'a@example.org', roles: ['RESIDENT'] });
  assert.equal(state.get().session.status, 'user');
});
