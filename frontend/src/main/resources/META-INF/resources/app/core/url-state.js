// The URL hash holds what makes a view shareable: camera, selected point (and building) and visible layers, e.g.
// #camera=6.1365,52.0075,900,0,-45&point=6.1350682,52.0137594&building=0221100000312938&layers=buildings,parcels
// Parsing never throws: a part that does not make sense is left out, and the app falls back to its default for it.
import { LAYER_IDS } from './state.js';

export function formatHash({ camera, selection, layers }) {
  const params = new URLSearchParams();
  if (camera) {
    params.set('camera', [round(camera.lon, 6), round(camera.lat, 6), round(camera.height, 1),
      round(camera.heading, 1), round(camera.pitch, 1)].join(','));
  }
  if (selection) {
    params.set('point', `${round(selection.lon, 7)},${round(selection.lat, 7)}`);
    if (selection.buildingId) params.set('building', selection.buildingId);
  }
  if (layers) params.set('layers', LAYER_IDS.filter((id) => layers[id]).join(','));
  // URLSearchParams escapes commas; they are safe in a fragment and easier to read as they are.
  return '#' + params.toString().replaceAll('%2C', ',');
}

export function parseHash(hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const result = {};

  const camera = numbers(params.get('camera'), 5);
  if (camera && inLonLat(camera[0], camera[1]) && camera[2] > 0) {
    const [lon, lat, height, heading, pitch] = camera;
    result.camera = { lon, lat, height, heading, pitch: Math.max(-90, Math.min(90, pitch)) };
  }

  const point = numbers(params.get('point'), 2);
  if (point && inLonLat(point[0], point[1])) {
    result.selection = { lon: point[0], lat: point[1] };
    const building = params.get('building');
    if (building && /^[A-Za-z0-9._-]{1,64}$/.test(building)) result.selection.buildingId = building;
  }

  if (params.has('layers')) {
    const wanted = params.get('layers').split(',');
    result.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, wanted.includes(id)]));
  }
  return result;
}

function numbers(text, count) {
  if (!text) return null;
  const parts = text.split(',');
  if (parts.length !== count) return null;
  const values = parts.map((part) => (part.trim() === '' ? NaN : Number(part)));
  return values.every(Number.isFinite) ? values : null;
}

function inLonLat(lon, lat) {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

function round(value, decimals) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
