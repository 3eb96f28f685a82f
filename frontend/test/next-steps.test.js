import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dossierSteps, nextSteps } from '../src/main/resources/META-INF/resources/app/core/next-steps.js';

const PLAN = { corners: [[0, 0], [1, 0], [1, 1]], closed: true, activity: 'aanbouw' };
const initiator = { status: 'user', user: { email: 'i@x.nl', roles: ['INITIATOR'] } };
const verdict = (ruleKey, status, extra = {}) => ({ ruleKey, label: ruleKey, status, ...extra });
const check = (verdicts, permit = { outcome: 'vergunning-regulier', legalTermWeeks: 8 }) => ({ status: 'ok', result: { verdicts, permit } });
const keys = (steps) => steps.map((s) => s.key);
const SCAN_AGAIN = /Teken uw plan|doe de Binnen de lijntjes scan/;

test('no steps before the check answers', () => {
  assert.deepEqual(nextSteps({ plan: PLAN, planCheck: { status: 'checking' } }), []);
  assert.deepEqual(nextSteps({ plan: null, planCheck: check([]) }), []);
});

test('a failed scan says what failed and how to fix it, with the limit, and offers "Ik snap het niet"', () => {
  const steps = nextSteps({ plan: PLAN, session: initiator, planCheck: check([
    verdict('max-hoogte', 'fail', { label: 'Maximale bouwhoogte', limit: 4, unit: 'm', measured: 6 }),
    verdict('binnen-perceel', 'fail', { label: 'Binnen uw eigen perceel', limit: 0, unit: 'm²' }),
    verdict('functie', 'pass')]) });
  assert.deepEqual(keys(steps), ['fix-max-hoogte', 'fix-binnen-perceel', 'ask']);
  assert.match(steps[0].text, /^Maximale bouwhoogte past niet\. Maak het bouwdeel lager.*hoogstens 4 m/);
  assert.match(steps[1].text, /helemaal op uw perceel/);
  assert.match(steps[2].text, /Ik snap het niet/);
  assert.ok(!steps.some((s) => /Bewaar/.test(s.text)), 'a failing plan is not pushed to saving');
});

test('a passed scan leads to saving, showing the neighbours and talking to the municipality, never to the scan again', () => {
  const steps = nextSteps({ plan: PLAN, session: initiator, planCheck: check([verdict('max-hoogte', 'pass')]) });
  assert.deepEqual(keys(steps), ['save', 'share', 'talk']);
  assert.match(steps[0].text, /Bewaar als plan/);
  assert.match(steps[2].text, /binnen 8 weken/);
  assert.ok(steps.every((s) => !SCAN_AGAIN.test(s.text)));
});

test('a visitor is asked to log in to save; another role gets no save step; attention points are named', () => {
  const visitor = nextSteps({ plan: PLAN, session: { status: 'anonymous' }, planCheck: check([
    verdict('bescherming', 'attention', { label: 'Beschermd stadsgezicht' })], { outcome: 'vergunningvrij', legalTermWeeks: 0 }) });
  assert.deepEqual(keys(visitor), ['save-login', 'attention', 'share', 'talk']);
  assert.match(visitor[1].text, /Beschermd stadsgezicht/);
  assert.match(visitor[3].text, /geen vergunning nodig/);
  const resident = nextSteps({ plan: PLAN, session: { status: 'user', user: { roles: ['RESIDENT'] } }, planCheck: check([]) });
  assert.deepEqual(keys(resident), ['share', 'talk']);
});

test('a saved plan leads to its dossier\'s next phase', () => {
  const saved = { id: 3, currentVersion: 2, phase: 'idea', timeline: [
    { phase: 'idea', label: 'Idee', current: true, reached: true },
    { phase: 'exploring', label: 'Verkennen', current: false, reached: false }] };
  const steps = nextSteps({ plan: PLAN, session: initiator, dossier: { status: 'saved', plan: saved }, planCheck: check([]) });
  assert.deepEqual(keys(steps), ['saved', 'phase', 'share', 'talk']);
  assert.match(steps[0].text, /versie 2/);
  assert.match(steps[1].text, /de fase "Verkennen"\. Bekijk uw plan/);
});

test('an older version opened read-only gets no save step', () => {
  assert.deepEqual(keys(nextSteps({ plan: { ...PLAN, readOnly: true }, session: initiator, planCheck: check([]) })), ['share', 'talk']);
});

test('the dossier leaves out "draw and scan" once a checked version is saved in the phase idea', () => {
  const steps = ['Teken uw plan in 3D en doe de Binnen de lijntjes scan. Dan ziet u meteen of het past.', 'Versie 1 past nog niet.'];
  assert.deepEqual(dossierSteps({ phase: 'idea', currentVersion: 1, latestCheck: { compliant: false }, nextSteps: steps }), [steps[1]]);
  assert.deepEqual(dossierSteps({ phase: 'idea', currentVersion: 0, latestCheck: null, nextSteps: steps }), steps);
  assert.deepEqual(dossierSteps({ phase: 'aligning', currentVersion: 1, latestCheck: {}, nextSteps: ['Bespreek'] }), ['Bespreek']);
});
