import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, createApi } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { formatSize } from '../src/main/resources/META-INF/resources/app/core/format-nl.js';
import { documentRows, mayUpload, uploadErrorKey } from '../src/main/resources/META-INF/resources/app/core/plan-documents.js';
import { planListModel } from '../src/main/resources/META-INF/resources/app/core/plan-list.js';
import { deadlineText, mayMovePhase, nextPhase, phaseErrorKey, timelineModel } from '../src/main/resources/META-INF/resources/app/core/plan-timeline.js';
import { checkSummaryText, versionsModel } from '../src/main/resources/META-INF/resources/app/core/plan-versions.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';
import { planIn } from './plan-fixtures.js';

const initiator = { status: 'user', user: { email: 'Initiator@demo.stip.nl', roles: ['INITIATOR'] } };
const planner = { status: 'user', user: { email: 'planner@demo.stip.nl', roles: ['PLANNER'] } };


test('"Mijn plannen" lists the last saved plan first with activity, phase, date and version; planners also see the owner', () => {
  const older = planIn('idea', { id: 1, title: 'Oud', lastSavedAt: null, currentVersion: 0, createdAt: '2026-10-01T09:00:00Z' });
  const newer = planIn('exploring', { id: 2, title: 'Nieuw', activity: 'boom-kappen' });
  const mine = planListModel([older, newer], initiator);
  assert.deepEqual(mine.rows.map((r) => r.title), ['Nieuw', 'Oud']);
  assert.equal(mine.rows[0].activity, 'Soort: Boom kappen');
  assert.equal(mine.rows[0].phase, 'Fase: Verkennen');
  assert.equal(mine.rows[0].lastSaved, 'Laatst bewaard: 2 november 2026 om 14:05');
  assert.equal(mine.rows[0].version, 'Versie 2');
  assert.equal(mine.rows[1].lastSaved, t('myPlansNotSaved'));
  assert.equal(mine.rows[1].version, null);
  assert.equal(mine.rows[0].owner, null, 'an initiator is not shown their own address');
  assert.equal(mine.empty, null);
  assert.equal(planListModel([newer], planner).rows[0].owner, 'Van: initiator@demo.stip.nl');
  assert.equal(planListModel([newer], planner).titleKey, 'myPlansAllTitle');
});

test('an empty list explains how a plan gets there, differently for an initiator and a planner', () => {
  assert.equal(planListModel([], initiator).empty, 'myPlansEmpty');
  assert.match(t('myPlansEmpty'), /Bewaar als plan/);
  assert.equal(planListModel([], planner).empty, 'myPlansEmptyPlanner');
});

test('Track & Trace: phases passed with their date, the current one, the later ones; the deadline with its date', () => {
  const steps = timelineModel(planIn('application', { deadline: { label: 'De gemeente beslist uiterlijk', date: '2027-01-25' } }));
  assert.deepEqual(steps.map((s) => s.state), ['passed', 'passed', 'passed', 'passed', 'current', 'later', 'later', 'later']);
  assert.equal(steps[0].when, 'gedaan, begonnen op 1 november 2026');
  assert.equal(steps[4].when, 'nu, sinds 5 november 2026');
  assert.equal(steps[5].when, 'nog niet');
  assert.equal(steps[4].label, 'Aanvraag');
  assert.equal(deadlineText(planIn('application', { deadline: { label: 'De gemeente beslist uiterlijk', date: '2027-01-25' } })),
    'Verwachte termijn: De gemeente beslist uiterlijk (25 januari 2027)');
  assert.equal(deadlineText(planIn('idea')), null);
});

test('"Volgende fase" is offered where the API says this caller may move the plan on, never past the last phase', () => {
  assert.deepEqual(nextPhase(planIn('idea')), { phase: 'exploring', label: 'Verkennen' });
  assert.equal(mayMovePhase(planIn('idea')), true, 'the owner before the application');
  assert.equal(mayMovePhase(planIn('participation')), true, 'submitting the application is the owner\'s step');
  assert.equal(mayMovePhase(planIn('application')), false, 'the decision is the municipality\'s');
  assert.equal(mayMovePhase(planIn('decision')), false);
  assert.equal(mayMovePhase(planIn('application', { mayMovePhase: true })), true, 'a planner');
  assert.equal(mayMovePhase(planIn('idea', { mayMovePhase: undefined })), false, 'not said: not offered');
  assert.equal(nextPhase(planIn('evaluation')), null);
  assert.equal(mayMovePhase(planIn('evaluation', { mayMovePhase: true })), false);
  assert.equal(phaseErrorKey(new ApiError('rejected', 'cannot skip', 400, 'phase')), 'phaseRejected');
  assert.equal(phaseErrorKey(new ApiError('not-found', 'no plan', 404)), 'phaseNotAllowed');
});

test('versions newest first with when they were saved and what the check said', () => {
  const rows = versionsModel([
    { version: 1, savedAt: '2026-11-02T12:00:00Z', check: { compliant: true, failed: 0, attention: 1 } },
    { version: 2, savedAt: '2026-11-02T13:05:00Z', check: { compliant: false, failed: 2, attention: 0 } },
  ], { currentVersion: 2 });
  assert.deepEqual(rows.map((r) => [r.version, r.latest, r.viewing]), [[2, true, true], [1, false, false]]);
  assert.equal(rows[0].saved, 'Bewaard op 2 november 2026 om 14:05');
  assert.equal(rows[0].check, 'Past niet: 2 regel(s)');
  assert.equal(rows[1].check, 'Past binnen de regels; let op: 1 punt(en)');
  assert.equal(checkSummaryText(null), 'Niet gecontroleerd');
  const viewingOld = versionsModel([{ version: 1 }, { version: 2 }], { currentVersion: 2, viewing: 1 });
  assert.deepEqual(viewingOld.map((r) => r.viewing), [false, true]);
});

test('documents list their type, size and date with a same-origin download link', () => {
  const api = createApi();
  const rows = documentRows([{ id: 4, filename: 'tekening.pdf', contentType: 'application/pdf', size: 1_572_864, uploadedAt: '2026-11-02T13:05:00Z' },
    { id: 5, filename: 'foto.png', contentType: 'image/png', size: 800, uploadedAt: '2026-11-02T13:06:00Z' }], (id) => api.documentUrl(7, id));
  assert.equal(rows[0].href, '/api/v1/plans/7/documents/4');
  assert.equal(rows[0].meta, 'PDF · 1,5 MB · 2 november 2026 om 14:05');
  assert.equal(rows[1].type, 'Foto of tekening (PNG)');
  assert.equal(rows[1].size, '800 bytes');
  assert.equal(formatSize(12_000), '12 kB');
});

test('the upload control shows to the owner, or when the plan answer says this user may upload', () => {
  assert.equal(mayUpload(planIn('idea'), initiator), true);
  assert.equal(mayUpload(planIn('idea'), planner), false);
  assert.equal(mayUpload(planIn('idea', { mayUpload: true }), planner), true);
  assert.equal(mayUpload(planIn('idea'), { status: 'anonymous' }), false);
});

test('a refused upload gets a Dutch reason from the problem details', () => {
  const problem = (status, extra = {}) => new ApiError(status === 404 ? 'not-found' : 'rejected', 'x', status, extra.parameter, extra);
  assert.equal(uploadErrorKey(problem(415, { code: 'unsupported-document' })), 'documentsWrongType');
  assert.match(t('documentsWrongType'), /PDF, PNG, JPEG of GLB/);
  assert.equal(uploadErrorKey(problem(413)), 'documentsTooLarge');
  assert.match(t('documentsTooLarge'), /10 MB/);
  assert.equal(uploadErrorKey(problem(400, { parameter: 'file' })), 'documentsEmpty');
  assert.equal(uploadErrorKey(problem(403, { code: 'not-owner' })), 'documentsNotAllowed');
  assert.equal(uploadErrorKey(problem(404)), 'documentsGone');
  assert.equal(uploadErrorKey(new ApiError('unauthenticated', 'x', 401)), 'documentsLoggedOut');
  assert.equal(uploadErrorKey(new ApiError('unreachable', 'x')), 'documentsUnreachable');
});

test('an upload is a multipart POST with the CSRF header; the plan list, changes and phase go to their endpoints', async () => {
  const calls = [];
  const api = createApi({
    cookies: () => 'XSRF-TOKEN=abc%3D',
    fetch: async (url, init) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ id: 1, filename: 'foto.png' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    },
  });
  await api.uploadDocument(7, new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' }), 'foto.png');
  const upload = calls[0];
  assert.equal(upload.url, '/api/v1/plans/7/documents');
  assert.equal(upload.init.method, 'POST');
  assert.equal(upload.init.headers['X-XSRF-TOKEN'], 'abc=');
  assert.equal(upload.init.headers['Content-Type'], undefined, 'the browser sets the multipart boundary');
  assert.ok(upload.init.body instanceof FormData);
  assert.equal(upload.init.body.get('file').name, 'foto.png');
  await api.plans();
  await api.changes(7, 2);
  await api.movePhase(7, 'exploring');
  await api.documents(7);
  assert.deepEqual(calls.slice(1).map((c) => [c.init.method, c.url]), [['GET', '/api/v1/plans'], ['GET', '/api/v1/plans/7/versions/2/changes'],
    ['POST', '/api/v1/plans/7/phase'], ['GET', '/api/v1/plans/7/documents']]);
  assert.equal(calls[3].init.body, JSON.stringify({ phase: 'exploring' }));
});
