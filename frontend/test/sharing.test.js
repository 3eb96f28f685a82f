import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { planListModel } from '../src/main/resources/META-INF/resources/app/core/plan-list.js';
import {
  commentProblem, connectInvitationLanding, connectPlanSharing, invitationRows, inviteProblem, parseInvitationLanding,
  publicationModel, publicPlanShapes, sharingAccess, sharingErrorKey, withoutInvitationParam,
} from '../src/main/resources/META-INF/resources/app/core/sharing.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

test('the invitation landing reads the token from the address and leaves the other params', () => {
  assert.deepEqual(parseInvitationLanding(`?invitation=${TOKEN}`), { token: TOKEN });
  assert.deepEqual(parseInvitationLanding('?invitation=kort'), { invalid: true });
  assert.equal(parseInvitationLanding('?verify=x'), null);
  assert.equal(withoutInvitationParam(`http://localhost:8080/?invitation=${TOKEN}&x=1#cam=1`), '/?x=1#cam=1');
});

test('what each role sees of the sharing sections follows the plan answer', () => {
  assert.deepEqual(sharingAccess({ role: 'owner' }), { invite: true, comments: true, publication: true });
  assert.deepEqual(sharingAccess({ role: 'co-editor' }), { invite: false, comments: true, publication: true });
  assert.deepEqual(sharingAccess({ role: 'advisor' }), { invite: false, comments: true, publication: true });
  assert.deepEqual(sharingAccess({ role: 'viewer' }), { invite: false, comments: false, publication: true });
  assert.deepEqual(sharingAccess({ role: 'planner' }), { invite: false, comments: true, publication: true });
});

test('an invitation is checked before it is sent: an address, not oneself, a known role', () => {
  assert.equal(inviteProblem({ email: 'geen-adres', role: 'viewer' }).field, 'email');
  assert.equal(inviteProblem({ email: 'Initiator@Demo.stip.nl', role: 'viewer' }, 'initiator@demo.stip.nl').key, 'sharingErrors.self');
  assert.equal(inviteProblem({ email: 'buur@example.org', role: 'baas' }).field, 'role');
  assert.equal(inviteProblem({ email: ' buur@example.org ', role: 'advisor' }), null);
});

test('invitation rows say the role and status in Dutch and which can be revoked', () => {
  const rows = invitationRows({ invitations: [
    { id: 2, email: 'a@example.org', role: 'co-editor', status: 'pending', expiresAt: '2026-12-10T10:00:00Z' },
    { id: 1, email: 'b@example.org', role: 'viewer', status: 'revoked', expiresAt: '2026-12-10T10:00:00Z' },
  ] });
  assert.equal(rows[0].role, 'Mede-bewerker');
  assert.match(rows[0].statusLabel, /^Wacht op antwoord/);
  assert.equal(rows[0].revocable, true);
  assert.equal(rows[1].statusLabel, 'Ingetrokken');
  assert.equal(rows[1].revocable, false);
});

test('refusals become Dutch by code, then by field', () => {
  assert.equal(sharingErrorKey(new ApiError('rejected', 'x', 410, 'token', { code: 'invitation-used' })), 'sharingErrors.invitation-used');
  assert.equal(sharingErrorKey(new ApiError('rejected', 'x', 400, 'anchor', {})), 'sharingErrors.field.anchor');
  assert.equal(sharingErrorKey(new ApiError('not-found', 'x', 404)), 'sharingErrors.gone');
  assert.equal(sharingErrorKey(new ApiError('unreachable', 'x')), 'sharingErrors.unreachable');
  for (const code of ['invitation-expired', 'invitation-revoked', 'invitation-other-account', 'viewer-role', 'no-design', 'participation-open']) {
    assert.notEqual(t(`sharingErrors.${code}`), `sharingErrors.${code}`, code);
  }
});

test('a comment is 1 to 2000 characters of plain text', () => {
  assert.equal(commentProblem('  '), 'sharingErrors.field.text');
  assert.equal(commentProblem('é'.repeat(2000)), null);
  assert.equal(commentProblem('x'.repeat(2001)), 'sharingErrors.commentTooLong');
  assert.equal(commentProblem('nul\u0000'), 'sharingErrors.field.text');
  assert.equal(commentProblem('twee\nregels'), null);
});

test('the publication state says what the caller may do', () => {
  const requested = publicationModel({ state: 'requested', approvalRequired: true, requestedAt: '2026-12-03T10:00:00Z', mayWithdraw: true });
  assert.equal(requested.withdraw, 'Verzoek intrekken');
  assert.equal(requested.request, null);
  const asPlanner = publicationModel({ state: 'requested', approvalRequired: true, mayDecide: true });
  assert.equal(asPlanner.decide, true);
  const rejected = publicationModel({ state: 'rejected', reason: 'Eerst passend maken.', mayRequest: true, approvalRequired: true });
  assert.equal(rejected.reason, 'Reden van de gemeente: Eerst passend maken.');
  assert.equal(rejected.request, 'Vraag om te publiceren');
  assert.equal(publicationModel({ state: 'private', mayRequest: true, approvalRequired: false }).request, 'Publiceren');
  assert.equal(publicationModel({ state: 'published', mayWithdraw: true, publishedAt: '2026-12-03T10:00:00Z' }).withdraw, 'Niet meer publiceren');
});

test('published plans become blocks to draw: the open ring, base and top', () => {
  const ring = [[6.1, 52.0], [6.1001, 52.0], [6.1001, 52.0001], [6.1, 52.0001], [6.1, 52.0]];
  const shapes = publicPlanShapes([{ id: 3, title: 'Serre', volumes: [{ footprint: { type: 'Polygon', coordinates: [ring] }, baseHeight: 0, height: 4 },
    { footprint: { coordinates: [[[1, 2]]] } }] }, { id: 4, volumes: null }]);
  assert.equal(shapes.length, 1);
  assert.deepEqual(shapes[0], { id: '3-0', planId: 3, title: 'Serre', ring: ring.slice(0, 4), base: 0, top: 4 });
});

test('"Gedeeld met mij" lists the plans shared with the caller apart, with the role', () => {
  const resident = { status: 'user', user: { email: 'bewoner@demo.stip.nl', roles: ['RESIDENT'] } };
  const model = planListModel([{ id: 1, title: 'Eigen', role: 'owner' }, { id: 2, title: 'Van de buren', role: 'viewer' }], resident);
  assert.deepEqual(model.rows.map((r) => r.id), [1]);
  assert.deepEqual(model.shared.map((r) => [r.id, r.sharedRole]), [[2, 'Uw rol: Meekijker']]);
  assert.equal(planListModel([], resident).empty, 'myPlansEmptyShared');
});

function fakeApi() {
  const calls = [];
  return {
    calls,
    sharing: async (id) => { calls.push(`sharing ${id}`); return { members: [], invitations: [] }; },
    comments: async (id) => { calls.push(`comments ${id}`); return []; },
    publication: async (id) => { calls.push(`publication ${id}`); return { planId: id, state: 'private', mayRequest: true, approvalRequired: true }; },
    invite: async (id, email, role) => { calls.push(`invite ${email} ${role}`); return { id: 1, email, role, status: 'pending' }; },
    addComment: async (id, body) => { calls.push(`comment ${body.text}`); return { id: 1 }; },
    requestPublication: async (id, name) => { calls.push(`request ${name}`); return { planId: id, state: 'requested', mayWithdraw: true }; },
    acceptInvitation: async (token) => { calls.push(`accept ${token}`); return { planId: 7, title: 'Serre', role: 'advisor' }; },
  };
}

test('the owner loads invitations, comments and publication; a viewer only the publication', async () => {
  const api = fakeApi();
  const sharing = connectPlanSharing(api);
  await sharing.show({ id: 7, role: 'owner', owner: 'initiator@demo.stip.nl' });
  assert.deepEqual(api.calls, ['sharing 7', 'comments 7', 'publication 7']);
  assert.equal(sharing.get().publication.data.state, 'private');
  const viewerApi = fakeApi();
  await connectPlanSharing(viewerApi).show({ id: 8, role: 'viewer' });
  assert.deepEqual(viewerApi.calls, ['publication 8']);
});

test('inviting checks first, sends, says so and reloads the list; a refusal is explained', async () => {
  const api = fakeApi();
  const sharing = connectPlanSharing(api);
  await sharing.show({ id: 7, role: 'owner', owner: 'initiator@demo.stip.nl' });
  await sharing.invite('initiator@demo.stip.nl', 'viewer');
  assert.equal(sharing.get().message.key, 'sharingErrors.self');
  assert.ok(!api.calls.some((c) => c.startsWith('invite')), 'nothing sent');
  await sharing.invite(' Buur@Example.org ', 'advisor');
  assert.ok(api.calls.includes('invite buur@example.org advisor'));
  assert.equal(sharing.get().message.key, 'sharingInvited');
  assert.equal(api.calls.filter((c) => c === 'sharing 7').length, 2);
  api.invite = async () => { throw new ApiError('rejected', 'x', 400, 'email', {}); };
  await sharing.invite('lid@example.org', 'viewer');
  assert.equal(sharing.get().message.key, 'sharingErrors.field.email');
  const requested = await sharing.requestPublication(' Familie Jansen ');
  assert.equal(requested.state, 'requested');
  assert.ok(api.calls.includes('request Familie Jansen'));
  assert.equal(sharing.get().publication.data.state, 'requested');
});

test('the landing sends nothing until accepted; logged out it waits; a spent link is explained and leaves the address', async () => {
  const api = fakeApi();
  let spent = 0;
  const landing = connectInvitationLanding(api, { token: TOKEN }, { onTokenSpent: () => { spent += 1; } });
  assert.equal(landing.get().status, 'ready');
  assert.deepEqual(api.calls, []);
  api.acceptInvitation = async () => { throw new ApiError('unauthenticated', 'x', 401); };
  await landing.accept();
  assert.equal(landing.get().status, 'ready');
  assert.equal(spent, 0, 'the token stays for after logging in');
  api.acceptInvitation = async () => ({ planId: 7, title: 'Serre', role: 'advisor' });
  await landing.accept();
  assert.equal(landing.get().status, 'accepted');
  assert.equal(landing.get().accepted.planId, 7);
  assert.equal(spent, 1);
  const used = connectInvitationLanding({ acceptInvitation: async () => { throw new ApiError('rejected', 'x', 410, 'token', { code: 'invitation-used' }); } },
    { token: TOKEN }, { onTokenSpent: () => { spent += 1; } });
  await used.accept();
  assert.equal(used.get().status, 'gone');
  assert.equal(used.get().key, 'sharingErrors.invitation-used');
  assert.equal(connectInvitationLanding(api, { invalid: true }).get().status, 'error');
  assert.equal(connectInvitationLanding(api, null).get().status, 'none');
});

test('a viewer opens a shared plan read-only and its documents are not asked for; a co-editor may draw', async () => {
  const { connectMyPlans } = await import('../src/main/resources/META-INF/resources/app/core/my-plans.js');
  const { createState } = await import('../src/main/resources/META-INF/resources/app/core/state.js');
  const { planIn } = await import('./plan-fixtures.js');
  for (const role of ['viewer', 'co-editor']) {
    const calls = [];
    const state = createState();
    state.update({ session: { status: 'user', user: { email: 'bewoner@demo.stip.nl', roles: ['RESIDENT'] } } });
    const plan = planIn('idea', { role, currentVersion: 0, mayEditDesign: role === 'co-editor' });
    const api = {
      plan: async () => plan, versions: async () => [],
      documents: async () => { calls.push('documents'); return []; },
    };
    const myPlans = connectMyPlans(state, api);
    await myPlans.open(7);
    assert.equal(Boolean(state.get().plan.readOnly), role === 'viewer', role);
    assert.deepEqual(calls, role === 'viewer' ? [] : ['documents'], role);
  }
});
