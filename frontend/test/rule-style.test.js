import test from 'node:test';
import assert from 'node:assert/strict';

const { legendFunctions, labelPoint, measuresLabel, ruleKind, ruleStyle, BOUWVLAK_OUTLINE } =
  await import('../src/main/resources/META-INF/resources/app/core/rule-style.js');
const { RULE_AREA_COLOURS } = await import('../src/main/resources/META-INF/resources/app/core/palette.js');
const { t } = await import('../src/main/resources/META-INF/resources/app/core/strings-nl.js');

test('a bestemming is filled with the standard colour of its hoofdgroep; the demo areas (no kind) too', () => {
  assert.deepEqual(ruleStyle({ kind: 'bestemming', function: 'tuin' }),
    { kind: 'bestemming', fill: '#c8d76e', outline: '#c8d76e', width: 1, label: null, order: 0 });
  assert.equal(ruleStyle({ function: 'wonen' }).fill, '#ffff00', 'a GeoJSON rule area without kind');
  assert.equal(ruleStyle({ kind: 'iets anders', function: 'verkeer' }).fill, '#cdcdcd', 'an unknown kind is a bestemming');
  assert.equal(ruleStyle({ kind: 'bestemming', function: 'onbekend' }).fill, '#777777', 'a function outside the list is grey');
  assert.equal(ruleStyle({ kind: 'bestemming', function: 'wonen', hoofdgroep: 'woongebied' }).fill, '#ffffb4', 'the hoofdgroep decides');
  assert.equal(ruleStyle({ kind: 'bestemming', function: 'cultuur-en-ontspanning' }).fill, '#ff3c82', 'the stored function spelling');
});

test('a bouwvlak is a black outline without fill or label; aanduidingen are outlines named by their name', () => {
  const bouwvlak = ruleStyle({ kind: 'bouwvlak', name: 'bouwvlak' });
  assert.equal(bouwvlak.fill, null);
  assert.equal(bouwvlak.outline, BOUWVLAK_OUTLINE);
  assert.equal(bouwvlak.label, null);
  assert.ok(bouwvlak.width > ruleStyle({ kind: 'functieaanduiding', name: 'x' }).width, 'the bouwvlak line is the heaviest');
  assert.equal(ruleStyle({ kind: 'gebiedsaanduiding', name: '  vrijwaringszone - molenbiotoop ' }).label, 'vrijwaringszone - molenbiotoop');
  assert.equal(ruleStyle({ kind: 'dubbelbestemming', name: 'Waarde - Archeologie' }).label, 'Waarde - Archeologie');
  assert.equal(ruleStyle({ kind: 'functieaanduiding', name: '' }).label, null, 'no empty labels');
  assert.ok(ruleStyle({ kind: 'bouwvlak' }).order > ruleStyle({ kind: 'dubbelbestemming' }).order, 'bouwvlakken above dubbelbestemmingen');
});

test('a maatvoering is a label with its measures in Dutch notation; without measures, its name', () => {
  assert.equal(measuresLabel({ maxHeightM: 10, maxEavesHeightM: 6 }), 'max. 10 m, goot 6 m');
  assert.equal(measuresLabel({ maxHeightM: 7.5, maxBuiltUpPct: 60 }), 'max. 7,5 m, 60% bebouwd');
  assert.equal(measuresLabel({ maxHeightM: 12.25 }), 'max. 12,25 m');
  assert.equal(measuresLabel({ maxHeightM: '10', name: 'maximum aantal bouwlagen' }), 'maximum aantal bouwlagen', 'a string is not a measure');
  assert.equal(measuresLabel({}), null);
  const style = ruleStyle({ kind: 'maatvoering', maxHeightM: 9 });
  assert.deepEqual([style.fill, style.outline, style.label], [null, null, 'max. 9 m']);
  assert.equal(ruleKind({ kind: 'maatvoering' }), 'maatvoering');
});

test('the legend lists the bestemmingen in view once each, sorted, and not the bouwvlakken or aanduidingen', () => {
  const features = [
    { properties: { kind: 'bestemming', function: 'wonen' } },
    { properties: { kind: 'bouwvlak', function: null } },
    { properties: { kind: 'bestemming', function: 'tuin' } },
    { properties: { function: 'wonen' } },
    { properties: { kind: 'gebiedsaanduiding', function: 'groen' } },
    { properties: { kind: 'bestemming', function: 'cultuur-en-ontspanning', hoofdgroep: 'cultuur en ontspanning' } },
    { properties: { kind: 'bestemming', function: 'cultuur-en-ontspanning' } },
    { properties: null },
  ];
  assert.deepEqual(legendFunctions(features), ['cultuur en ontspanning', 'tuin', 'wonen']);
  assert.deepEqual(legendFunctions(undefined), []);
});

test('every standard colour has a Dutch name for the legend', () => {
  for (const fn of Object.keys(RULE_AREA_COLOURS)) {
    assert.notEqual(t(`functions.${fn}`), `functions.${fn}`, fn);
  }
});

test('a label sits at the mean of the outer ring', () => {
  const [lon, lat] = labelPoint({ outer: [6, 52, 6.002, 52, 6.002, 52.002, 6, 52.002], holes: [] });
  assert.ok(Math.abs(lon - 6.001) < 1e-9 && Math.abs(lat - 52.001) < 1e-9, `${lon}, ${lat}`);
  assert.deepEqual(labelPoint({ outer: [] }), [0, 0]);
});
