import test from 'node:test';
import assert from 'node:assert/strict';
import { chartBars, dutchCount, parseReportHash, reportErrorKey, reportHash, reportModel, reportUrls } from '../src/main/resources/META-INF/resources/app/core/report.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

test('the URL names a round; text or zero gives a calm message instead of a request', () => {
  assert.equal(parseReportHash('#camera=1,2,3,4,5'), null);
  assert.deepEqual(parseReportHash('#report=12'), { roundId: 12 });
  assert.deepEqual(parseReportHash(`#${reportHash(7)}`), { roundId: 7 });
  for (const bad of ['#report=abc', '#report=0', '#report=-3', '#report=1,5', '#report=']) {
    assert.deepEqual(parseReportHash(bad), { error: 'reportBadId' }, bad);
  }
  assert.notEqual(t('reportBadId'), 'reportBadId');
});

test('downloads and refusals', () => {
  assert.deepEqual(reportUrls(3), { json: '/api/v1/rounds/3/report', pdf: '/api/v1/rounds/3/report.pdf',
    csv: '/api/v1/rounds/3/report.csv.zip', geojson: '/api/v1/rounds/3/report.geojson' });
  assert.equal(reportErrorKey(403), 'reportForbidden');
  assert.equal(reportErrorKey(401), 'reportForbidden');
  assert.equal(reportErrorKey(404), 'reportNotFound');
  assert.equal(reportErrorKey(409), 'reportNotReady');
  assert.equal(reportErrorKey(500), 'reportFailed');
  for (const key of ['reportForbidden', 'reportNotFound', 'reportNotReady', 'reportFailed']) assert.notEqual(t(key), key);
});

test("counts in Dutch; '< 5' is never turned into a number", () => {
  assert.equal(dutchCount('1.234'), 1234);
  assert.equal(dutchCount('5'), 5);
  assert.equal(dutchCount('< 5'), null);
  assert.equal(dutchCount('12,5'), null);
  const bars = chartBars({ rows: [['Groen', '10'], ['Verkeer', '< 5'], ['Parkeren', '5']] });
  assert.deepEqual(bars.map((b) => [b.label, b.text, b.value, b.fraction]),
    [['Groen', '10', 10, 1], ['Verkeer', '< 5', null, 0], ['Parkeren', '5', 5, 0.5]]);
});

test('parts keep the server order; bars only for chart tables', () => {
  const model = reportModel({ planTitle: 'Tuin', roundTitle: 'Ronde 1', parts: [
    { id: 'how', title: 'Of en hoe', tables: [{ id: 't1', columns: ['a', 'b'], rows: [['x', '1']], chart: false }] },
    { id: 'what', title: 'Wat kwam eruit', tables: [{ id: 't2', columns: ['a', 'b'], rows: [['x', '2']], chart: true }], features: [{}] },
  ] });
  assert.equal(model.title, 'Tuin — Ronde 1');
  assert.deepEqual(model.parts.map((p) => p.id), ['how', 'what']);
  assert.equal(model.parts[0].tables[0].bars, null);
  assert.equal(model.parts[1].tables[0].bars[0].fraction, 1);
  assert.equal(model.parts[1].featureCount, 1);
});
