import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectSunlight, DEFAULT_MINUTES } from '../src/main/resources/META-INF/resources/app/core/sunlight-controller.js';
import {
  daySentence, dutchInstant, formatClock, formatHours, lossClass, normSentences, sunlightFeatures, sunlightModel, variantSunlightLine,
} from '../src/main/resources/META-INF/resources/app/core/sunlight.js';
import { emptyDraft, exampleAround, setHeight } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

const norms = [
  { key: 'licht', label: 'lichte TNO-norm', minHours: 2, from: '02-19', to: '10-21' },
  { key: 'streng', label: 'strenge TNO-norm', minHours: 3, from: '01-21', to: '11-22' },
];
const day = (d, before, after) => ({ day: `2026-${d}`, label: '', hoursBefore: before, hoursAfter: after });
const study = {
  settings: { year: 2026, days: ['01-21', '02-19', '03-21', '06-21', '10-21', '11-22'], stepMinutes: 5, norms },
  assumptions: ['Mogelijke zon: we rekenen alsof het de hele dag onbewolkt is.'],
  estimatedHeights: true,
  buildings: [
    { identificatie: '0221100000000002', distance: 12.3, heightSource: 'measured', worstLoss: 0.5,
      days: [day('03-21', 6, 5.5)], norms: [{ norm: 'licht', metBefore: true, metAfter: true }] },
    { identificatie: '0221100000000001', distance: 6, heightSource: 'estimated', worstLoss: 1.5,
      days: [day('03-21', 4.5, 3)], norms: [{ norm: 'licht', metBefore: true, metAfter: false }, { norm: 'streng', metBefore: false, metAfter: false }] },
  ],
  gardens: [{ parcelId: 7, kadastraleAanduiding: 'DSB00 C 1', area: 85.2, worstLoss: 0.8, days: [day('03-21', 8, 7.25)] }],
};

test('the sentence of a day says the hours before and with the plan, Dutch decimals, the loss with a minus', () => {
  assert.equal(daySentence({ label: '21 maart', hoursBefore: 4.5, hoursAfter: 3 }),
    'Op 21 maart 4,5 uur zon; met dit plan 3,0 uur (−1,5 uur).');
  assert.match(daySentence({ label: '21 juni', hoursBefore: 9, hoursAfter: 9 }), /geen verschil/);
});

test('hours just under a norm never read as the norm: 1,99 not 2,0; exactly 2 is 2,0', () => {
  assert.equal(formatHours(1.99, [2, 3]), '1,99');
  assert.equal(formatHours(2, [2, 3]), '2,0');
  assert.equal(formatHours(1.94, [2, 3]), '1,9');
  assert.equal(formatHours(1234.5), '1.234,5');
});

test('the norms are still met, no longer met or never were', () => {
  const [light, strict] = normSentences(study.buildings[1], study);
  assert.equal(light.text, 'Voldoet niet meer aan de lichte TNO-norm.');
  assert.equal(strict.text, 'Voldeed al niet aan de strenge TNO-norm.');
  assert.equal(normSentences(study.buildings[0], study)[0].text, 'Voldoet nog aan de lichte TNO-norm.');
});

test('the loss classes meet at half an hour, one and two hours', () => {
  assert.deepEqual([0, 0.49, 0.5, 0.99, 1, 1.99, 2, 5].map(lossClass),
    ['loss-0', 'loss-0', 'loss-1', 'loss-1', 'loss-2', 'loss-2', 'loss-3', 'loss-3']);
  assert.equal(lossClass('x'), 'loss-0');
});

test('the panel lists the most affected first, by BAG id and distance, and says how it was computed', () => {
  const model = sunlightModel(study);
  assert.equal(model.day, '2026-03-21');
  assert.deepEqual(model.days.map((d) => d.label), ['19 februari', '21 maart', '21 juni', '21 oktober']);
  assert.equal(model.buildings[0].title, 'Gebouw 0221100000000001');
  assert.equal(model.buildings[0].distance, 'op 6 m');
  assert.equal(model.buildings[0].lossClass, 'loss-2');
  assert.match(model.gardens[0].title, /Perceel DSB00 C 1/);
  assert.ok(model.honesty.includes('Berekend met geschatte hoogtes.'));
  assert.ok(model.honesty.includes('Er is geen wettelijke norm: de gemeente weegt dit af.'));
  const empty = sunlightModel({ ...study, buildings: [], gardens: [] });
  assert.equal(empty.empty, true);
  assert.equal(empty.emptyText, 'Dit plan neemt bij de buren geen zon weg op de rekendagen.');
});

test('the map features of one day: a sample without that day loses nothing', () => {
  const collection = { type: 'FeatureCollection', features: [
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[6.1, 52], [6.1001, 52]] },
      properties: { kind: 'facade', building: 'b', height: 4.5, days: { '2026-03-21': { before: 4.5, after: 3 } } } },
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[6.1, 52], [6.1, 52.1], [6.2, 52.1], [6.1, 52]]] },
      properties: { kind: 'garden', parcel: 'p', days: { '2026-06-21': { before: 9, after: 8 } } } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [6.1, 52] },
      properties: { kind: 'norm-point', building: 'b', height: 1.5, days: {}, norms: [{ norm: 'licht', metBefore: true, metAfter: false }] } },
  ] };
  const { facades, gardens, normPoints } = sunlightFeatures(collection, '2026-03-21');
  assert.equal(facades[0].loss, 1.5);
  assert.equal(facades[0].lossClass, 'loss-2');
  assert.equal(gardens[0].loss, 0);
  assert.equal(normPoints[0].notMet, true);
});

test('the slider reads as a Dutch clock, in winter and in summer time', () => {
  assert.equal(formatClock(825), '13:45');
  assert.equal(dutchInstant('2026-03-21', 13 * 60).toISOString(), '2026-03-21T12:00:00.000Z');
  assert.equal(dutchInstant('2026-06-21', 13 * 60).toISOString(), '2026-06-21T11:00:00.000Z');
});

function drawnState() {
  const state = createState();
  state.update({ plan: setHeight(exampleAround(emptyDraft(), [6.1355, 52.0083]), 6) });
  return state;
}

test('the study is asked when the person asks, then JSON and GeoJSON; a new design forgets it', async () => {
  const state = drawnState();
  const asked = [];
  const api = { sunlight: async (design, { geojson }) => { asked.push(geojson ? 'geojson' : 'json'); return geojson ? { features: [] } : study; } };
  const sunlight = connectSunlight(state, api);
  assert.equal(state.get().sunlight.status, 'idle');
  await sunlight.show();
  assert.deepEqual(asked, ['json', 'geojson']);
  assert.equal(state.get().sunlight.status, 'ready');
  assert.equal(state.get().sunlight.day, '2026-03-21');
  assert.equal(state.get().sunlight.minutes, DEFAULT_MINUTES);
  sunlight.setTime(7 * 60 + 7);
  assert.equal(state.get().sunlight.minutes, 7 * 60, 'to the slider step');
  sunlight.setTime(23 * 60);
  assert.equal(state.get().sunlight.minutes, 20 * 60, 'within the slider');
  sunlight.setDay('2026-06-21');
  assert.equal(state.get().sunlight.day, '2026-06-21');
  sunlight.setDay('2026-05-01');
  assert.equal(state.get().sunlight.day, '2026-06-21', 'a day the study did not compute is ignored');
  state.update({ plan: setHeight(state.get().plan, 12) });
  assert.equal(state.get().sunlight.status, 'idle', 'the study of the 6 m design is not that of the 12 m one');
});

test('a refused study is an error the panel can explain; an aborted one is nothing', async () => {
  const state = drawnState();
  const sunlight = connectSunlight(state, { sunlight: async () => { throw Object.assign(new Error('te groot'), { kind: 'rejected' }); } });
  await sunlight.show();
  assert.equal(state.get().sunlight.status, 'error');
  assert.equal(state.get().sunlight.error.kind, 'rejected');
});

test('a variant in the round says in one line how much sun it takes, most affected first', () => {
  assert.equal(variantSunlightLine(study),
    'Minder zon bij 2 gebouwen. Het meest bij Gebouw 0221100000000001 (op 6 m): Op 21 maart 4,5 uur zon; met dit plan 3,0 uur (−1,5 uur). Voldoet niet meer aan de lichte TNO-norm.');
  assert.equal(variantSunlightLine({ ...study, buildings: [] }), 'Deze variant neemt bij de buren geen zon weg op de rekendagen.');
});
