import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPanelModel, errorModel, formatDate, timeline } from '../src/main/resources/META-INF/resources/app/core/lookup-model.js';

const answer = {
  inside: true,
  summary: { here: 'Perceel DSB00 A 1233 (261 m²)', allowed: 'Binnenstad: tot 12 meter', procedure: 'Dakkapel: vergunning nodig' },
  rules: [{
    code: 'DSB-DEMO-CENTRUM', name: 'Historische binnenstad', function: 'centrum', headline: 'Binnenstad',
    norms: [{ key: 'max-hoogte', label: 'Maximale bouwhoogte', value: 12.0, unit: 'm' },
      { key: 'max-bebouwingspercentage', label: 'Maximaal bebouwd', value: 80.0, unit: '%' }],
    protections: ['beschermd-stadsgezicht'], ruleText: 'Artikel 3.1', purpose: 'De stad blijft herkenbaar.', source: 'Demo', demo: true,
  }],
  procedures: [
    { activity: 'dakkapel', activityLabel: 'Dakkapel', outcome: 'vergunning-regulier', outcomeLabel: 'Vergunning nodig',
      explanation: 'Beschermd stadsgezicht.', procedure: 'Omgevingsloket', legalTermWeeks: 8, feeBasis: 'Leges', decisionSource: 'DMN' },
    { activity: 'boom', activityLabel: 'Boom kappen', outcome: 'vergunningvrij', outcomeLabel: 'Geen vergunning nodig',
      explanation: '', procedure: '', legalTermWeeks: 0, feeBasis: null, decisionSource: null },
  ],
  buildings: [{
    identificatie: '0221100000312938', status: 'Pand in gebruik', bouwjaar: 1585, height: 10.0, heightSource: 'estimated',
    heightNote: 'Geschat', source: 'BAG',
    history: [
      { voorkomen: 3, validFrom: '2011-09-06', validTo: null, status: 'Pand in gebruik', bouwjaar: 1585, geometryChanged: true, documentNumber: 'X', documentDate: '2011-03-08' },
      { voorkomen: 1, validFrom: '1995-01-18', validTo: '2011-06-30', status: 'Pand in gebruik', bouwjaar: null, geometryChanged: false },
      { voorkomen: 2, validFrom: '2011-06-30', validTo: '2011-09-06', status: 'Pand in gebruik', bouwjaar: 1585, geometryChanged: false },
    ],
  }],
  addresses: [{ pandIdentificatie: '0221100000312938', label: 'Kerkstraat 1, 6981 AA Doesburg' },
    { pandIdentificatie: 'other', label: 'Elders 2' }],
  notices: ['Let op: demo'],
};

test('headlines come first, in the order here, allowed, procedure', () => {
  const model = buildPanelModel(answer);
  assert.equal(model.kind, 'answer');
  assert.deepEqual(model.headlines.map((h) => [h.key, h.label]), [
    ['here', 'Wat is hier?'], ['allowed', 'Wat mag ik hier bouwen?'], ['procedure', 'Hoe gaat het?']]);
});

test('norms read as Dutch numbers with their unit, rules keep purpose and text', () => {
  const [rule] = buildPanelModel(answer).rules;
  assert.deepEqual(rule.norms, [{ label: 'Maximale bouwhoogte', value: '12 m' }, { label: 'Maximaal bebouwd', value: '80%' }]);
  assert.equal(rule.protections, 'Beschermd: beschermd stadsgezicht');
  assert.equal(rule.purpose, 'De stad blijft herkenbaar.');
});

test('each activity says what to do and how long it takes; no procedure means no term', () => {
  const [dakkapel, boom] = buildPanelModel(answer).procedures;
  assert.equal(dakkapel.term, 'Termijn: 8 weken');
  assert.equal(boom.term, 'Geen termijn: u hoeft niets aan te vragen.');
  assert.equal(boom.fee, null);
});

test('a building\'s history reads oldest first, with its own addresses and an estimated height marked as such', () => {
  const [building] = buildPanelModel(answer).buildings;
  assert.deepEqual(building.timeline.map((e) => e.voorkomen), [1, 2, 3]);
  assert.equal(building.timeline[0].period, 'Vanaf 18 januari 1995 tot 30 juni 2011');
  assert.equal(building.timeline[2].period, 'Vanaf 6 september 2011 tot nu');
  assert.equal(building.timeline[2].document, 'Besluit X van 8 maart 2011');
  assert.deepEqual(building.timeline.map((e) => e.shapeChanged), [
    'Het gebouw komt voor het eerst in de registratie.', null, 'De vorm van het gebouw veranderde.']);
  assert.equal(building.height, 'Hoogte ongeveer 10 m (geschat, niet gemeten)');
  assert.deepEqual(building.addresses, ['Kerkstraat 1, 6981 AA Doesburg']);
});

test('outside the municipality the server\'s explanation is shown', () => {
  const model = buildPanelModel({ inside: false, summary: null, message: 'Voor deze plek heeft Stip geen gegevens.' });
  assert.deepEqual(model, { kind: 'nothing', message: 'Voor deze plek heeft Stip geen gegevens.' });
  assert.equal(buildPanelModel(null).message, 'Op deze plek hebben we geen gegevens.');
});

test('only failures that may pass offer a retry', () => {
  assert.equal(errorModel({ kind: 'unreachable' }).retry, true);
  assert.equal(errorModel({ kind: 'server' }).retry, true);
  assert.equal(errorModel({ kind: 'rejected', message: 'lat out of range' }).retry, false);
  assert.match(errorModel({ kind: 'rejected', message: 'lat out of range' }).message, /lat out of range/);
});

test('dates that are not ISO dates pass through; an empty history is an empty timeline', () => {
  assert.equal(formatDate('onbekend'), 'onbekend');
  assert.equal(formatDate(null), '');
  assert.deepEqual(timeline([]), []);
});

test('"Hoe gaat het?" is a short list per activity: outcome, term and the example fee that says it is an estimate', () => {
  const lines = [
    { activity: 'aanbouw', activityLabel: 'Aanbouw of bijbehorend bouwwerk', outcome: 'vergunning-regulier', outcomeLabel: 'Vergunning nodig',
      term: 'De gemeente beslist binnen 8 weken', exampleFee: 555, feeText: 'Leges bij 3 × 4 m, 3 m hoog: ongeveer € 555 (voorbeeld, geschat)' },
    { activity: 'boom-kappen', activityLabel: 'Boom kappen', outcome: 'vergunningvrij', outcomeLabel: 'Geen vergunning nodig',
      term: 'Geen aanvraag nodig, dus geen wachttijd', exampleFee: 0, feeText: 'Geen leges' },
  ];
  const model = buildPanelModel({ ...answer, howItGoes: lines });
  const procedure = model.headlines.find((line) => line.key === 'procedure');
  assert.deepEqual(procedure.items, [
    { activity: 'aanbouw', label: 'Aanbouw of bijbehorend bouwwerk', outcome: 'vergunning-regulier', outcomeLabel: 'Vergunning nodig',
      details: 'De gemeente beslist binnen 8 weken · Leges bij 3 × 4 m, 3 m hoog: ongeveer € 555 (voorbeeld, geschat)' },
    { activity: 'boom-kappen', label: 'Boom kappen', outcome: 'vergunningvrij', outcomeLabel: 'Geen vergunning nodig',
      details: 'Geen aanvraag nodig, dus geen wachttijd · Geen leges' },
  ]);
  // without the list (an older answer) the one-line headline stays
  assert.equal(buildPanelModel(answer).headlines.find((line) => line.key === 'procedure').items, null);
});

test('a procedure\'s detail carries the example amount next to the percentage', () => {
  const [dakkapel, boom] = buildPanelModel({ ...answer, howItGoes: [
    { activity: answer.procedures[0].activity, feeText: 'Leges bij 3 × 1,5 m, 1,5 m hoog: ongeveer € 211 (voorbeeld, geschat)' }] }).procedures;
  assert.equal(dakkapel.exampleFee, 'Leges bij 3 × 1,5 m, 1,5 m hoog: ongeveer € 211 (voorbeeld, geschat)');
  assert.equal(boom.exampleFee, null);
});

test('an IMRO plan object cites its plan, artikel and IMRO id; a demo rule area has no such line', () => {
  const imro = { ...answer, rules: [{ code: 'NL.IMRO.a4a3', name: 'Wonen', function: 'wonen', headline: 'Wonen', norms: [],
    protections: [], ruleText: null, purpose: null, source: 'IMRO2012-bestand x.gml', demo: false, kind: 'bestemming',
    imroId: 'NL.IMRO.a4a3', citation: 'Consolidatieplan Binnenstad Nijkerk, artikel 16, NL.IMRO.a4a3' }] };
  assert.equal(buildPanelModel(imro).rules[0].citation, 'Waar staat het: Consolidatieplan Binnenstad Nijkerk, artikel 16, NL.IMRO.a4a3');
  assert.equal(buildPanelModel(answer).rules[0].citation, null);
});
