import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GROUND_COLOURS, groundColour } from '../src/main/resources/META-INF/resources/app/core/palette.js';
import { roleFor, roleText } from '../src/main/resources/META-INF/resources/app/core/role-text.js';
import { createState, defaultLayers } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { formatHash, parseHash } from '../src/main/resources/META-INF/resources/app/core/url-state.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

test('the derived ground is on by default over the offline base image, off over configured tiles', () => {
  assert.equal(defaultLayers({ type: 'natural-earth' }).ground, true);
  assert.equal(defaultLayers(undefined).ground, true);
  assert.equal(defaultLayers({ type: 'xyz', url: 'https://service.pdok.nl/…' }).ground, false);
  assert.equal(defaultLayers({ type: 'tms', url: 'https://example.org/tms' }).ground, false);
  assert.equal(defaultLayers({ type: 'xyz' }).buildings, true);
  assert.equal(createState({}, defaultLayers({ type: 'xyz' })).get().layers.ground, false);
  assert.equal(createState({}, defaultLayers({ type: 'natural-earth' })).get().layers.ground, true);
});

test('a link names the ground like any other layer, and one that leaves it out hides it', () => {
  assert.equal(formatHash({ layers: { ground: true, buildings: true } }), '#layers=ground,buildings');
  assert.equal(parseHash('#layers=ground,buildings').layers.ground, true);
  assert.equal(parseHash('#layers=buildings').layers.ground, false);
  const state = createState(parseHash('#layers=buildings'), defaultLayers({ type: 'natural-earth' }));
  assert.equal(state.get().layers.ground, false);
});

test('streets are grey and plots a pale green that no building colour is; an unknown kind is drawn as a plot', () => {
  assert.equal(groundColour('street'), GROUND_COLOURS.street);
  assert.equal(groundColour('plot'), GROUND_COLOURS.plot);
  assert.equal(groundColour('bogus'), GROUND_COLOURS.plot);
  assert.notEqual(GROUND_COLOURS.street, GROUND_COLOURS.plot);
});

const planner = { status: 'user', user: { email: 'planner@demo.stip.nl', roles: ['PLANNER'] } };
const initiator = { status: 'user', user: { email: 'initiator@demo.stip.nl', roles: ['INITIATOR'] } };
const plan = { id: 7, owner: 'initiator@demo.stip.nl' };

test('a planner looking at someone else\'s plan is addressed as the planner; its owner as the initiator', () => {
  assert.equal(roleFor(plan, planner), 'planner');
  assert.equal(roleFor(plan, initiator), 'initiator');
  assert.equal(roleFor({ ...plan, owner: 'planner@demo.stip.nl' }, planner), 'initiator'); // a planner's own plan
  assert.equal(roleFor(plan, { status: 'anonymous' }), 'initiator');
  assert.equal(roleFor(undefined, planner), 'planner');
});

test('roleText picks the role\'s variant, and falls back to the key\'s own text where a role has none', () => {
  assert.equal(roleText('trackTitle', 'initiator'), 'Track & Trace: waar staat uw plan?');
  assert.equal(roleText('trackTitle', 'planner'), 'Track & Trace: waar staat dit plan?');
  assert.doesNotMatch(roleText('trackTitle', 'planner'), /uw plan/);
  assert.equal(roleText('phaseNext', 'planner', { phase: 'Beoordeling' }), 'Volgende fase zetten: Beoordeling');
  assert.equal(roleText('phaseNext', 'initiator', { phase: 'Verkennen' }), 'Volgende fase: Verkennen');
  assert.equal(roleText('planOwner', 'planner', { owner: 'initiator@demo.stip.nl' }), 'Plan van initiator@demo.stip.nl');
  assert.equal(roleText('phaseCancel', 'planner'), t('phaseCancel')); // no planner variant: the common text
  assert.equal(roleText('trackTitle', undefined), t('trackTitle'));
  assert.equal(roleText('noSuchKey', 'planner'), 'noSuchKey');
});
