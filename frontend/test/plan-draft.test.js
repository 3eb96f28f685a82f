import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCorner, canUndo, closeShape, distanceM, emptyDraft, exampleAround, moveCorner, restart, setActivity, setBaseHeight,
  setHeight, setRoof, toDesign, undo } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';

const A = [6.1300, 52.0100];
const B = [6.1301, 52.0100];
const C = [6.1301, 52.0101];

const triangle = () => closeShape([A, B, C].reduce(addCorner, emptyDraft()));

test('corners are added in order; the outline closes only with three or more', () => {
  let draft = addCorner(addCorner(emptyDraft(), A), B);
  assert.deepEqual(draft.corners, [A, B]);
  assert.equal(closeShape(draft).closed, false, 'two corners are not a shape');
  assert.equal(toDesign(draft), null);
  draft = closeShape(addCorner(draft, C));
  assert.equal(draft.closed, true);
  assert.deepEqual(addCorner(draft, [6.2, 52.1]).corners, [A, B, C], 'a closed shape takes no more corners');
});

test('a double-click adds the same spot twice: that counts as one corner', () => {
  const draft = addCorner(addCorner(emptyDraft(), A), [A[0] + 1e-7, A[1]]);
  assert.equal(draft.corners.length, 1);
  assert.equal(addCorner(emptyDraft(), [NaN, 1]).corners.length, 0);
});

test('moving a corner changes only that corner and can be undone', () => {
  const draft = triangle();
  const moved = moveCorner(draft, 1, [6.1302, 52.0100]);
  assert.deepEqual(moved.corners, [A, [6.1302, 52.0100], C]);
  assert.deepEqual(undo(moved).corners, [A, B, C]);
  assert.equal(moveCorner(draft, 5, A), draft, 'no such corner');
  assert.equal(moveCorner(draft, 1, B), draft, 'dropped where it was: no change to undo');
});

test('undo goes back one change at a time, down to the empty draft', () => {
  let draft = setHeight(triangle(), 12);
  assert.equal(draft.height, 12);
  draft = undo(draft);
  assert.equal(draft.height, 4);
  assert.equal(draft.closed, true);
  draft = undo(undo(undo(undo(draft))));
  assert.deepEqual(draft.corners, []);
  assert.equal(canUndo(draft), false);
  assert.equal(undo(draft), draft);
});

test('starting over clears the corners but keeps height and activity, and can be undone', () => {
  const draft = restart(setActivity(setHeight(triangle(), 6), 'bedrijfspand'));
  assert.deepEqual(draft.corners, []);
  assert.equal(draft.closed, false);
  assert.equal(draft.height, 6);
  assert.equal(draft.activity, 'bedrijfspand');
  assert.equal(undo(draft).corners.length, 3);
  assert.equal(setActivity(draft, 'kasteel'), draft, 'unknown activities are ignored');
  assert.equal(setHeight(draft, 'hoog'), draft);
});

test('the design is a closed GeoJSON polygon with a flat roof on the ground by default', () => {
  assert.deepEqual(toDesign(triangle()), {
    activity: 'aanbouw',
    volumes: [{ footprint: { type: 'Polygon', coordinates: [[A, B, C, A]] }, baseHeight: 0, height: 4, roof: { type: 'flat' } }],
  });
  const pitched = setRoof(setBaseHeight(setHeight(triangle(), 9), 1), 'pitched');
  assert.deepEqual(toDesign(pitched).volumes[0].roof, { type: 'pitched', eavesHeight: 6.33, ridgeHeight: 9 });
  assert.equal(toDesign(pitched).volumes[0].baseHeight, 1);
  assert.equal(setRoof(pitched, 'pitched', 5).eavesHeight, 5);
  assert.deepEqual(toDesign(setRoof(pitched, 'flat')).volumes[0].roof, { type: 'flat' });
});

test('the example is a closed 3 × 4 m rectangle around the point', () => {
  const draft = exampleAround(emptyDraft(), [6.1357, 52.0121]);
  assert.equal(draft.closed, true);
  assert.equal(draft.corners.length, 4);
  const [a, b, c] = draft.corners;
  assert.ok(Math.abs(distanceM(a, b) - 3) < 0.01, `width ${distanceM(a, b)}`);
  assert.ok(Math.abs(distanceM(b, c) - 4) < 0.01, `depth ${distanceM(b, c)}`);
  assert.equal(undo(draft).corners.length, 0);
});

test('typed or pasted corners: one "lon, lat" per line or a GeoJSON ring; a repeated closing corner is dropped', async () => {
  const { parseCorners, setCorners, formatCorners } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  assert.deepEqual(parseCorners('6.13, 52.01\n6.1301 52.01\n\n6.1301, 52.0101\n'), { corners: [[6.13, 52.01], [6.1301, 52.01], [6.1301, 52.0101]] });
  assert.deepEqual(parseCorners('[[6.13,52.01],[6.1301,52.01],[6.1301,52.0101],[6.13,52.01]]').corners.length, 3);
  assert.deepEqual(parseCorners('6.13, 52.01\n6.1301, 52.01'), { error: 'tooFew' });
  assert.deepEqual(parseCorners('hier\nen daar\nen ginder'), { error: 'format' });
  assert.deepEqual(parseCorners('6.13, 520.01\n6.1301, 52.01\n6.1301, 52.0101'), { error: 'format' });
  const draft = setCorners(emptyDraft(), [A, B, C]);
  assert.equal(draft.closed, true);
  assert.deepEqual(parseCorners(formatCorners(draft)).corners, [A, B, C]);
  assert.equal(undo(draft).corners.length, 0);
});

test('moving the volume 10 m east shifts every longitude by 10 / (111320 · cos φ), and can be undone', async () => {
  const { moveVolume, centroid } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  const draft = triangle();
  const phi = centroid(draft.corners)[1];
  const moved = moveVolume(draft, 10, 0);
  const expected = 10 / (111320 * Math.cos((phi * Math.PI) / 180));
  moved.corners.forEach(([lon, lat], i) => {
    assert.ok(Math.abs(lon - draft.corners[i][0] - expected) < 1e-9, `corner ${i}`);
    assert.equal(lat, draft.corners[i][1]);
  });
  const north = moveVolume(draft, 0, -5);
  north.corners.forEach(([, lat], i) => assert.ok(Math.abs(lat - draft.corners[i][1] + 5 / 111320) < 1e-9));
  assert.deepEqual(undo(moved).corners, draft.corners);
  assert.equal(moveVolume(draft, 0, 0), draft);
  assert.equal(moveVolume(draft, 'ver', 1), draft);
});

test('rotating: 90° twice is 180°, 360° gives the corners back, the centroid stays, undo restores', async () => {
  const { rotateVolume, centroid } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  const draft = exampleAround(emptyDraft(), [6.1357, 52.0121], 3, 8);
  const close = (a, b, what) => a.forEach(([lon, lat], i) => {
    assert.ok(Math.abs(lon - b[i][0]) < 1e-9 && Math.abs(lat - b[i][1]) < 1e-9, `${what}: corner ${i} ${[lon, lat]} vs ${b[i]}`);
  });
  close(rotateVolume(rotateVolume(draft, 90), 90).corners, rotateVolume(draft, 180).corners, '90 + 90 = 180');
  close(rotateVolume(draft, 360).corners, draft.corners, '360');
  close([centroid(rotateVolume(draft, 37).corners)], [centroid(draft.corners)], 'centroid');
  const quarter = rotateVolume(draft, 90);
  assert.ok(Math.abs(distanceM(quarter.corners[0], quarter.corners[1]) - 3) < 0.01, 'the shape keeps its size');
  assert.deepEqual(undo(quarter).corners, draft.corners);
  assert.equal(rotateVolume(draft, 0), draft);
});

test('several volumes: add draws a new one, select and remove switch, toDesign sends the closed ones in order', async () => {
  const { addVolume, selectVolume, removeVolume, volumesOf, designVolumeIndices } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  const first = setHeight(triangle(), 6);
  const open = restart(first);
  assert.equal(addVolume(open), open, 'only after the active volume is closed');
  let draft = addVolume(first);
  assert.equal(draft.active, 1);
  assert.deepEqual(draft.corners, []);
  assert.equal(draft.closed, false);
  assert.equal(toDesign(draft).volumes.length, 1, 'the one being drawn is not sent yet');
  assert.deepEqual(designVolumeIndices(draft), [0]);
  draft = closeShape([[6.1303, 52.01], [6.1304, 52.01], [6.1304, 52.0101]].reduce(addCorner, draft));
  draft = setHeight(draft, 3);
  const design = toDesign(draft);
  assert.deepEqual(design.volumes.map((v) => v.height), [6, 3]);
  assert.deepEqual(design.volumes[0].footprint.coordinates[0], [A, B, C, A]);
  assert.equal(design.volumes[1].footprint.coordinates[0][0][0], 6.1303);

  draft = selectVolume(draft, 0);
  assert.equal(draft.height, 6);
  assert.deepEqual(draft.corners, [A, B, C]);
  draft = setHeight(draft, 7);
  assert.deepEqual(toDesign(draft).volumes.map((v) => v.height), [7, 3], 'edits go to the active volume');
  assert.equal(undo(draft).height, 6);
  assert.equal(undo(undo(draft)).active, 1, 'selecting can be undone too');
  assert.equal(selectVolume(draft, 5), draft);

  const removed = removeVolume(draft, 0);
  assert.equal(volumesOf(removed).length, 1);
  assert.equal(removed.height, 3);
  assert.deepEqual(toDesign(removed).volumes.map((v) => v.height), [3]);
  assert.equal(removeVolume(removed, 0), removed, 'the last volume stays');
  assert.equal(volumesOf(undo(removed)).length, 2);
});

test('a volume being redrawn is left out of the design, and the check\'s volume index maps back to the draft', async () => {
  const { addVolume, selectVolume, designVolumeIndices } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  let draft = addVolume(triangle());
  draft = exampleAround(draft, [6.1310, 52.0105]);
  draft = exampleAround(addVolume(draft), [6.1320, 52.0105]);
  assert.deepEqual(designVolumeIndices(draft), [0, 1, 2]);
  draft = restart(selectVolume(draft, 1));
  assert.equal(toDesign(draft).volumes.length, 2);
  assert.deepEqual(designVolumeIndices(draft), [0, 2], 'design volume 1 is draft volume 2');
  assert.equal(designVolumeIndices(emptyDraft()).length, 0);
  assert.equal(toDesign(emptyDraft()), null);
});
