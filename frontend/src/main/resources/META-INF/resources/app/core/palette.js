// Colours of the map, shared by the map layers and the legend (CSS colour strings, no Cesium here).

export const BUILDING_COLOURS = Object.freeze({
  measured: '#5b6b82',   // solid slate: height from a measurement (3D BAG, municipal model)
  estimated: '#b3a68c',  // light sand with stripes: height estimated, not measured
  estimatedStripe: '#e8dfcc',
  unknown: '#e2e2e2',    // no height known: drawn low and pale
  selected: '#ffb612',
});

export const PARCEL_OUTLINE = '#1d5fa8';

/** The initiator's own parcel while drawing ("uw perceel"): a thick purple line, unlike every other outline. */
export const OWN_PARCEL_OUTLINE = '#7b1fa2';

/** The offline ground (derived from buildings and parcels): grey street space, light plots (gardens, yards). */
export const GROUND_COLOURS = Object.freeze({
  street: '#b4b8bd',
  plot: '#e4ebd9', // a cool pale green: never mistaken for the sand of an estimated building
});

/** The colour of a ground piece by its kind ('street' | 'plot'); anything else is drawn as a plot. */
export function groundColour(kind) {
  return GROUND_COLOURS[kind] ?? GROUND_COLOURS.plot;
}

// The standard colours of the bestemmingshoofdgroepen on Dutch plan maps (SVBP2012, as in the PRABPK2012 practice
// guideline of Geonovum), so a planner recognises the map; the key is the rule area's function (the IMRO
// bestemmingshoofdgroep). Functions outside the list are grey.
export const RULE_AREA_COLOURS = Object.freeze({
  agrarisch: '#ebf0d2',
  'agrarisch met waarden': '#d2e1a5',
  bedrijf: '#b45fd2',
  bedrijventerrein: '#c8a0d7',
  bos: '#64aa2d',
  centrum: '#ffc8be',
  'cultuur en ontspanning': '#ff3c82',
  detailhandel: '#ffa096',
  dienstverlening: '#f091be',
  gemengd: '#ffbe87',
  groen: '#28c846',
  horeca: '#ff6923',
  kantoor: '#ebc3d7',
  maatschappelijk: '#dc9b78',
  natuur: '#82a591',
  overig: '#ebe1eb',
  recreatie: '#b9d746',
  sport: '#82c846',
  tuin: '#c8d76e',
  verkeer: '#cdcdcd',
  water: '#afcde1',
  wonen: '#ffff00',
  woongebied: '#ffffb4',
});

export const RULE_AREA_FALLBACK = '#777777';

export function ruleAreaColour(fn) {
  return RULE_AREA_COLOURS[fn] ?? RULE_AREA_FALLBACK;
}

/** How a building is drawn: its style key and the height to extrude (metres). Unknown heights stay low. */
export function buildingStyle(properties) {
  // Full names from the OGC API, short ones (h, s) from the viewer's compact viewport endpoint.
  const height = Number(properties?.height ?? properties?.h);
  const known = Number.isFinite(height) && height > 0;
  if (!known) return { style: 'unknown', height: 3 };
  return { style: (properties.heightSource ?? properties.s) === 'measured' ? 'measured' : 'estimated', height };
}

/**
 * Reaction pins by stance (map/reaction-layer.js and the round panel's badges): a colour and a shape with a letter,
 * so colour is never the only cue — support a green circle with "+", neutral a grey square with "=", concern an
 * orange triangle with "!". Each colour has at least 4.5:1 contrast with white text.
 */
export const STANCE_STYLES = Object.freeze({
  support: { colour: '#1a7431', shape: 'circle', letter: '+' },
  neutral: { colour: '#4f5b66', shape: 'square', letter: '=' },
  concern: { colour: '#b3401b', shape: 'triangle', letter: '!' },
});

export function stanceStyle(stance) {
  return STANCE_STYLES[stance] ?? STANCE_STYLES.neutral;
}

/** The Bezonning layer: hours of sun lost per class of core/sunlight.js (pale yellow: little, deep red: two hours or more). */
export const SUN_LOSS_COLOURS = Object.freeze({
  'loss-0': '#fff3b0',
  'loss-1': '#ffc857',
  'loss-2': '#f0803c',
  'loss-3': '#c0392b',
});
