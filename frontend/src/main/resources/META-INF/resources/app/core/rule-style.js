// How an object of the omgevingsplan is drawn, from its OGC API properties (pure: no Cesium, no DOM). A bestemming is
// filled with the standard colour of its bestemmingshoofdgroep (core/palette.js); a bouwvlak is a black outline, as on
// the national plan maps; a maatvoering is a label with its measures; aanduidingen and dubbelbestemmingen are outlines
// with their name. Rule areas without a kind (the demo and GeoJSON areas) are bestemmingen.
import { ruleAreaColour } from './palette.js';
import { formatDecimal } from './format-nl.js';
import { t } from './strings-nl.js';

export const BOUWVLAK_OUTLINE = '#000000';
export const AANDUIDING_OUTLINE = '#5a2d82';
export const DUBBELBESTEMMING_OUTLINE = '#1f4e9c';

const OUTLINE_KINDS = Object.freeze({
  bouwvlak: { outline: BOUWVLAK_OUTLINE, width: 2.5 },
  dubbelbestemming: { outline: DUBBELBESTEMMING_OUTLINE, width: 1.5 },
  functieaanduiding: { outline: AANDUIDING_OUTLINE, width: 1.5 },
  bouwaanduiding: { outline: AANDUIDING_OUTLINE, width: 1.5 },
  gebiedsaanduiding: { outline: AANDUIDING_OUTLINE, width: 1.5 },
  figuur: { outline: AANDUIDING_OUTLINE, width: 1.5 },
});

/**
 * The key a bestemming is coloured and named by: its IMRO bestemmingshoofdgroep where known (woongebied keeps its own
 * colour, though its function is wonen), else its function; "cultuur-en-ontspanning" and "cultuur en ontspanning" alike.
 */
export function functionKey(properties) {
  const raw = [properties?.hoofdgroep, properties?.function].find((v) => typeof v === 'string' && v.trim());
  return raw ? raw.trim().toLowerCase().replaceAll('-', ' ') : null;
}

/** The object's kind; anything unknown or missing is drawn as a bestemming. */
export function ruleKind(properties) {
  const kind = properties?.kind;
  if (kind === 'maatvoering' || Object.hasOwn(OUTLINE_KINDS, kind)) return kind;
  return 'bestemming';
}

/**
 * { kind, fill (css or null), outline (css or null), width (px), label (text or null), order } for one rule object.
 * Order draws bestemmingen first, then dubbelbestemmingen, aanduidingen and bouwvlakken, labels last.
 */
export function ruleStyle(properties) {
  const kind = ruleKind(properties);
  if (kind === 'bestemming') {
    const colour = ruleAreaColour(functionKey(properties));
    return { kind, fill: colour, outline: colour, width: 1, label: null, order: 0 };
  }
  if (kind === 'maatvoering') {
    return { kind, fill: null, outline: null, width: 0, label: measuresLabel(properties), order: 4 };
  }
  const { outline, width } = OUTLINE_KINDS[kind];
  const label = kind === 'bouwvlak' ? null : text(properties?.name);
  return { kind, fill: null, outline, width, label, order: kind === 'bouwvlak' ? 3 : kind === 'dubbelbestemming' ? 1 : 2 };
}

/** "max. 10 m, goot 6 m, 60% bebouwd" from a maatvoering's measures; null when it sets none of these. */
export function measuresLabel(properties) {
  const parts = [];
  const height = finite(properties?.maxHeightM);
  const eaves = finite(properties?.maxEavesHeightM);
  const builtUp = finite(properties?.maxBuiltUpPct);
  if (height !== null) parts.push(t('ruleLabelHeight', { value: formatDecimal(height, 2) }));
  if (eaves !== null) parts.push(t('ruleLabelEaves', { value: formatDecimal(eaves, 2) }));
  if (builtUp !== null) parts.push(t('ruleLabelBuiltUp', { value: formatDecimal(builtUp, 1) }));
  return parts.length ? parts.join(', ') : text(properties?.name);
}

/** The bestemmingen's functions among the loaded features, each once, sorted by name: what the legend shows. */
export function legendFunctions(features) {
  const seen = new Set();
  for (const feature of features ?? []) {
    const properties = feature?.properties;
    const key = functionKey(properties);
    if (ruleKind(properties) === 'bestemming' && key) seen.add(key);
  }
  return [...seen].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Where a polygon's label goes: the mean of its outer ring's corners (lon, lat); enough for a label. */
export function labelPoint(polygon) {
  const flat = polygon?.outer ?? [];
  let lon = 0;
  let lat = 0;
  const n = Math.floor(flat.length / 2);
  for (let i = 0; i < n; i++) {
    lon += flat[2 * i];
    lat += flat[2 * i + 1];
  }
  return n ? [lon / n, lat / n] : [0, 0];
}

function finite(value) {
  const n = typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

function text(value) {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
