import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeScene } from '../src/main/resources/META-INF/resources/app/core/scene-description.js';
import { addCorner, emptyDraft, exampleAround } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';

const verdict = (ruleKey, label, status, extra = {}) => ({ ruleKey, label, status, measured: 12, limit: 10, unit: 'm', ...extra });
const check = (...verdicts) => ({ status: 'ok', result: { verdicts, permit: null } });

test('says nothing while nothing is selected or the answer is still coming', () => {
  assert.equal(describeScene({ selection: null, lookup: { status: 'idle' }, plan: null }), '');
  assert.equal(describeScene({ selection: { lon: 6, lat: 52 }, lookup: { status: 'loading' }, plan: null }), '');
});

test('names what was selected and that the building is marked on the map', () => {
  const answer = { inside: true, summary: { here: 'Gebouw 0221100000311445, wonen' }, buildings: [{ identificatie: '0221100000311445' }] };
  const text = describeScene({ selection: { lon: 6, lat: 52, buildingId: '0221100000311445' }, lookup: { status: 'ok', answer }, plan: null });
  assert.equal(text, 'Gekozen op de kaart: Gebouw 0221100000311445, wonen Het gebouw is geel gemarkeerd.');
  const nothing = describeScene({ selection: { lon: 6, lat: 52 }, lookup: { status: 'ok', answer: { inside: false } }, plan: null });
  assert.match(nothing, /geen gegevens/);
});

test('while drawing, counts the corners set on the map', () => {
  const plan = ['x'].reduce((draft) => addCorner(draft, [6.1, 52.0]), emptyDraft());
  assert.match(describeScene({ plan, planCheck: { status: 'idle' } }), /^Uw plan op de kaart: 1 hoek\(en\) gezet\. Uw perceel: nog niet bekend\./);
});

test('for a checked plan says what fails, by how much, and what is drawn in red where', () => {
  const plan = exampleAround(emptyDraft(), [6.13, 52.01]);
  const planCheck = check(
    verdict('max-hoogte', 'Maximale bouwhoogte', 'fail', { failingGeometry: { features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { volume: 0, fromHeight: 10, toHeight: 12 } }] } }),
    verdict('binnen-perceel', 'Binnen uw eigen perceel', 'fail', { measured: 4.5, limit: null, unit: 'm²', failingGeometry: { features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { volume: 0 } }] } }),
    verdict('afstand-perceelgrens', 'Afstand tot de perceelgrens', 'pass'));
  const text = describeScene({ plan, planCheck });
  assert.match(text, /^Uw plan op de kaart past niet\./);
  assert.match(text, /Maximale bouwhoogte: te hoog, 12 m \(grens 10 m\)\. Rood getekend: bouwdeel 1 boven 10 m\./);
  assert.match(text, /Binnen uw eigen perceel: past niet, 4,5 m². Rood getekend: het deel van bouwdeel 1 op de grond dat niet past\./);
  assert.doesNotMatch(text, /perceelgrens/);
  assert.match(describeScene({ plan, planCheck: check(verdict('max-hoogte', 'Maximale bouwhoogte', 'pass')) }),
    /^Uw plan op de kaart past binnen de regels\. Niets is rood getekend\./);
});

test('while drawing, names the own parcel and says it is outlined once its outline is known', () => {
  const plan = exampleAround(emptyDraft(), [6.13, 52.01]);
  const outlined = { ids: [3597], names: ['DSB00 C 3597'], geometries: [{ type: 'Polygon', coordinates: [] }], how: 'chosen', pinned: true };
  assert.match(describeScene({ plan, planCheck: { status: 'idle' }, ownParcel: outlined }),
    /Uw perceel: DSB00 C 3597\. Het is op de kaart met een dikke paarse lijn omlijnd\.$/);
  assert.match(describeScene({ plan, planCheck: { status: 'idle' }, ownParcel: { ...outlined, geometries: [] } }), /Uw perceel: DSB00 C 3597\.$/);
  assert.equal(describeScene({ plan: null, selection: null, ownParcel: outlined }), '');
});
