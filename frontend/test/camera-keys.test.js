import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameraAfterKey } from '../src/main/resources/META-INF/resources/app/core/camera-keys.js';

test('on the focused map the arrow keys move the camera the way it looks, + and − change the height, Page keys turn', () => {
  const camera = { lon: 6.135, lat: 52.01, height: 100, heading: 0, pitch: -45 };
  const north = cameraAfterKey(camera, 'ArrowUp');
  assert.ok(north.lat > camera.lat && Math.abs(north.lon - camera.lon) < 1e-9);
  assert.ok(Math.abs((north.lat - camera.lat) * 111_320 - 25) < 0.01, 'a quarter of the height');
  const east = cameraAfterKey({ ...camera, heading: 90 }, 'ArrowUp');
  assert.ok(east.lon > camera.lon && Math.abs(east.lat - camera.lat) < 1e-9, 'looking east, up goes east');
  assert.ok(cameraAfterKey(camera, 'ArrowLeft').lon < camera.lon);
  assert.equal(cameraAfterKey(camera, '+').height, 70);
  assert.equal(cameraAfterKey({ ...camera, height: 25 }, '+').height, 20, 'not into the ground');
  assert.equal(cameraAfterKey(camera, 'PageUp').heading, 345);
  assert.equal(cameraAfterKey(camera, 'PageDown').heading, 15);
  assert.equal(cameraAfterKey(camera, 'x'), null);
});
