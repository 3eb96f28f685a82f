import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApi } from '../src/main/resources/META-INF/resources/app/core/api.js';

function fakeFetch(handler) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push(url);
    return handler(url, init);
  };
  return { fetch, calls };
}

const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

test('asks the lookup, building and OGC items endpoints with the right parameters', async () => {
  const { fetch, calls } = fakeFetch(() => json(200, { ok: true }));
  const api = createApi({ fetch });
  await api.lookup(6.1350682, 52.0137594);
  await api.building('0221100000312938');
  await api.features('buildings', [6.13, 52.01, 6.14, 52.015], { limit: 500 });
  await api.viewportBuildings([6.13, 52.01, 6.14, 52.015]);
  await api.search('6981 AB 12');
  assert.deepEqual(calls, [
    '/api/v1/lookup?lon=6.1350682&lat=52.0137594',
    '/api/v1/buildings/0221100000312938',
    '/ogc/collections/buildings/items?bbox=6.130000%2C52.010000%2C6.140000%2C52.015000&limit=500',
    '/api/v1/viewport/buildings?bbox=6.130000%2C52.010000%2C6.140000%2C52.015000',
    '/api/v1/search?q=6981+AB+12',
  ]);
});

test('a network failure is "unreachable", so the view can offer to try again', async () => {
  const api = createApi({ fetch: async () => { throw new TypeError('Failed to fetch'); } });
  await assert.rejects(api.lookup(6, 52), { name: 'ApiError', kind: 'unreachable' });
});

test('4xx answers are "rejected" with the server\'s problem detail, 404 "not-found", 5xx "server"', async () => {
  const api400 = createApi({ fetch: async () => json(400, { detail: 'lat=95 is out of range' }) });
  await assert.rejects(api400.lookup(6, 95), { kind: 'rejected', status: 400, message: 'lat=95 is out of range' });
  const api404 = createApi({ fetch: async () => json(404, { detail: 'No building' }) });
  await assert.rejects(api404.building('1'), { kind: 'not-found' });
  const api502 = createApi({ fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }) });
  await assert.rejects(api502.lookup(6, 52), { kind: 'server', status: 502 });
});

test('a cancelled request is "aborted", not an error to show', async () => {
  const api = createApi({
    fetch: (url, { signal }) => new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }),
  });
  const controller = new AbortController();
  const pending = api.lookup(6, 52, { signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { kind: 'aborted' });
});

test('check() posts the design as JSON and a 400 carries the parameter the server rejected', async () => {
  const seen = [];
  const api = createApi({ fetch: async (url, init) => {
    seen.push({ url, method: init.method, type: init.headers['Content-Type'], body: JSON.parse(init.body) });
    return json(400, { detail: 'the outline crosses itself', parameter: 'volumes[0].footprint' });
  } });
  await assert.rejects(api.check({ activity: 'aanbouw', volumes: [] }), (error) =>
    error.kind === 'rejected' && error.status === 400 && error.parameter === 'volumes[0].footprint');
  assert.deepEqual(seen, [{ url: '/api/v1/check', method: 'POST', type: 'application/json', body: { activity: 'aanbouw', volumes: [] } }]);
});

test('POST/PUT send the XSRF-TOKEN cookie back as X-XSRF-TOKEN, same-origin; GET does not', async () => {
  const seen = [];
  const api = createApi({
    cookies: () => 'other=1; XSRF-TOKEN=abc%3D123',
    fetch: async (url, init) => { seen.push({ url, init }); return json(200, { id: 7, version: 1 }); },
  });
  await api.me();
  await api.login('initiator@demo.stip.nl', 'stip-demo-2026');
  await api.saveDesign(7, 0, { activity: 'aanbouw', volumes: [] });
  assert.equal(seen[0].init.method, 'GET');
  assert.equal(seen[0].init.headers['X-XSRF-TOKEN'], undefined);
  assert.equal(seen[1].url, '/api/v1/auth/login');
  assert.equal(seen[1].init.method, 'POST');
  assert.equal(seen[1].init.headers['X-XSRF-TOKEN'], 'abc=123');
  assert.deepEqual(JSON.parse(seen[1].init.body), { email: 'initiator@demo.stip.nl', password: 'stip-demo-2026' });
  assert.equal(seen[2].url, '/api/v1/plans/7/design');
  assert.equal(seen[2].init.method, 'PUT');
  assert.equal(seen[2].init.headers['X-XSRF-TOKEN'], 'abc=123');
  assert.deepEqual(JSON.parse(seen[2].init.body), { baseVersion: 0, design: { activity: 'aanbouw', volumes: [] } });
  for (const { init } of seen) assert.equal(init.credentials, 'same-origin');
});

test('without a token cookie a POST first primes it with GET /api/v1/auth/csrf', async () => {
  let cookie = '';
  const seen = [];
  const api = createApi({
    cookies: () => cookie,
    fetch: async (url, init) => {
      seen.push([url, init.method, init.headers['X-XSRF-TOKEN']]);
      if (url === '/api/v1/auth/csrf') cookie = 'XSRF-TOKEN=fresh';
      return url.endsWith('logout') ? new Response(null, { status: 204 }) : json(200, {});
    },
  });
  assert.equal(await api.logout(), null);
  assert.deepEqual(seen, [['/api/v1/auth/csrf', 'GET', undefined], ['/api/v1/auth/logout', 'POST', 'fresh']]);
});

test('401 is "unauthenticated" and 409 "conflict" with the problem code', async () => {
  const api401 = createApi({ cookies: () => 'XSRF-TOKEN=t', fetch: async () => json(401, { detail: 'Wrong e-mail or password' }) });
  await assert.rejects(api401.login('a@b.nl', 'x'), { kind: 'unauthenticated', status: 401 });
  await assert.rejects(api401.me(), { kind: 'unauthenticated' });
  const api409 = createApi({ cookies: () => 'XSRF-TOKEN=t',
    fetch: async () => json(409, { detail: 'stale', code: 'stale-version', currentVersion: 2 }) });
  await assert.rejects(api409.saveDesign(1, 1, {}), (e) => e.kind === 'conflict' && e.code === 'stale-version' && e.problem.currentVersion === 2);
});

test('plans calls use the plans API', async () => {
  const { fetch, calls } = fakeFetch(() => json(201, {}));
  const api = createApi({ fetch, cookies: () => 'XSRF-TOKEN=t' });
  await api.createPlan({ title: 'Aanbouw', activity: 'aanbouw' });
  await api.plan(3);
  await api.versions(3);
  assert.deepEqual(calls, ['/api/v1/plans', '/api/v1/plans/3', '/api/v1/plans/3/versions']);
});

test('the account requests post their JSON and accept an empty 202 answer', async () => {
  const sent = [];
  const fetch = async (url, init) => {
    sent.push([url, init.method, init.body ? JSON.parse(init.body) : undefined, init.headers['X-XSRF-TOKEN']]);
    return new Response(null, { status: 202 });
  };
  const api = createApi({ fetch, cookies: () => 'XSRF-TOKEN=abc' });
  assert.equal(await api.signUp({ displayName: 'Anna', email: 'a@example.org', password: 'lange-zin-als-wachtwoord', role: 'RESIDENT' }), null);
  assert.equal(await api.resendVerification('a@example.org'), null);
  assert.equal(await api.requestPasswordReset('a@example.org'), null);
  assert.deepEqual(sent, [
    ['/api/v1/auth/signup', 'POST', { displayName: 'Anna', email: 'a@example.org', password: 'lange-zin-als-wachtwoord', role: 'RESIDENT' }, 'abc'],
    ['/api/v1/auth/verify/resend', 'POST', { email: 'a@example.org' }, 'abc'],
    ['/api/v1/auth/password-reset', 'POST', { email: 'a@example.org' }, 'abc'],
  ]);
});

test('a 403 that brings a new CSRF cookie (the session was renewed) is sent once more with the new token', async () => {
  let cookie = 'XSRF-TOKEN=stale';
  const seen = [];
  const api = createApi({
    cookies: () => cookie,
    fetch: async (url, init) => {
      seen.push([url, init.headers['X-XSRF-TOKEN']]);
      if (init.headers['X-XSRF-TOKEN'] === 'stale') {
        cookie = 'XSRF-TOKEN=renewed';
        return json(403, { detail: 'CSRF token', code: 'forbidden' });
      }
      return json(200, { authenticated: true, email: 'a@example.org' });
    },
  });
  assert.deepEqual(await api.login('a@example.org', 'x'), { authenticated: true, email: 'a@example.org' });
  assert.deepEqual(seen, [['/api/v1/auth/login', 'stale'], ['/api/v1/auth/login', 'renewed']]);

  const refused = createApi({ cookies: () => 'XSRF-TOKEN=same', fetch: fakeFetch(() => json(403, { detail: 'no' })).fetch });
  await assert.rejects(refused.logout(), { kind: 'rejected', status: 403 }, 'the same token again is not retried');
});

test('me() answers {authenticated: false} for a visitor; the login link is asked and confirmed with POSTs', async () => {
  const sent = [];
  const api = createApi({
    cookies: () => 'XSRF-TOKEN=abc',
    fetch: async (url, init) => {
      sent.push([url, init.method, init.body ? JSON.parse(init.body) : undefined]);
      if (url.endsWith('/me')) return json(200, { authenticated: false });
      if (url.endsWith('/login-link')) return new Response(null, { status: 202 });
      return json(200, { authenticated: true, email: 'a@example.org', displayName: 'A', roles: ['RESIDENT'] });
    },
  });
  assert.deepEqual(await api.me(), { authenticated: false });
  assert.equal(await api.requestLoginLink('a@example.org'), null);
  assert.equal((await api.confirmLoginLink('tok')).email, 'a@example.org');
  assert.deepEqual(sent, [
    ['/api/v1/auth/me', 'GET', undefined],
    ['/api/v1/auth/login-link', 'POST', { email: 'a@example.org' }],
    ['/api/v1/auth/login-link/confirm', 'POST', { token: 'tok' }],
  ]);
});
