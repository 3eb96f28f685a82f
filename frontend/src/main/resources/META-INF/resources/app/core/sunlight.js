// The bezonningsstudie of a design (POST /api/v1/sunlight) as the panel and the layer show it: per neighbouring building
// and garden the sentence for one chosen day ("Op 21 maart 4,5 uur zon; met dit plan 3,0 uur (−1,5 uur). Voldoet nog
// aan de lichte TNO-norm."), a colour class per hours lost, the model's assumptions, and the GeoJSON's samples sorted
// into facades, gardens and norm points. The numbers are the backend's; nothing here computes sun.
// Without names: buildings by BAG id, parcels by kadastrale aanduiding.
import { formatDecimal, formatFixed } from './format-nl.js';
import { t } from './strings-nl.js';

/** The four days of Dutch practice (MM-DD) the panel lets one choose. */
export const STANDARD_DAYS = Object.freeze(['02-19', '03-21', '06-21', '10-21']);

/** Classes of hours lost, for the layer and the legend: [class, upper bound in hours (exclusive)]. */
export const LOSS_CLASSES = Object.freeze([
  ['loss-0', 0.5], ['loss-1', 1], ['loss-2', 2], ['loss-3', Infinity],
]);

/** The class of `hours` lost: 'loss-0' (under ½ h), 'loss-1' (½–1 h), 'loss-2' (1–2 h), 'loss-3' (2 h or more). */
export function lossClass(hours) {
  const n = Math.max(0, Number(hours) || 0);
  return LOSS_CLASSES.find(([, upper]) => n < upper)[0];
}

/** The legend's rows: class and its Dutch text. */
export function lossLegend() {
  return LOSS_CLASSES.map(([key]) => ({ key, text: t(`sunlight.legend.${key}`) }));
}

/**
 * Hours the Dutch way with one decimal ('4,5', '3,0'); a value just under one of the norms' limits that would round up
 * to it keeps two decimals, rounded down ('1,99', not '2,0'), so the number never contradicts "voldoet niet".
 */
export function formatHours(hours, limits = []) {
  const n = Number(hours);
  if (!Number.isFinite(n)) return '';
  const rounded = Math.round(n * 10) / 10;
  if (limits.some((limit) => n < limit && rounded >= limit)) return formatFixed(Math.floor(n * 100) / 100, 2);
  return formatFixed(rounded, 1);
}

/** '2026-03-21' → '21 maart'. */
export function dayLabel(day) {
  const [, month, date] = String(day).split('-').map(Number);
  return month >= 1 && month <= 12 && date ? `${date} ${t(`sunlight.months.${month - 1}`)}` : String(day);
}

/** The standard days of the study as ISO dates ('2026-03-21'), in the year the backend computed. */
export function studyDays(study) {
  const year = study?.settings?.year;
  const computed = study?.settings?.days ?? STANDARD_DAYS;
  const days = STANDARD_DAYS.filter((d) => computed.includes(d));
  return (year ? days.map((d) => `${year}-${d}`) : []).map((day) => ({ day, label: dayLabel(day) }));
}

/** The first standard day of the study that is 21 March if there is one (the most used), else the first. */
export function defaultDay(study) {
  const days = studyDays(study);
  return (days.find((d) => d.day.endsWith('-03-21')) ?? days[0])?.day ?? null;
}

const normLimits = (study) => (study?.settings?.norms ?? []).map((n) => Number(n.minHours)).filter(Number.isFinite);

/** "Op 21 maart 4,5 uur zon; met dit plan 3,0 uur (−1,5 uur)." for one DayHours. */
export function daySentence(dayHours, limits = []) {
  if (!dayHours) return '';
  const before = Number(dayHours.hoursBefore);
  const after = Number(dayHours.hoursAfter);
  const loss = before - after;
  const values = { day: dayHours.label || dayLabel(dayHours.day), before: formatHours(before, limits), after: formatHours(after, limits) };
  return loss >= 0.005
    ? t('sunlight.dayLoss', { ...values, loss: formatHours(loss) })
    : t('sunlight.dayNoLoss', values);
}

/** "Voldoet nog aan de lichte TNO-norm." / "Voldoet niet meer aan …" / "Voldeed al niet aan …" per norm of a building. */
export function normSentences(building, study) {
  const labels = new Map((study?.settings?.norms ?? []).map((n) => [n.key, n.label]));
  return (building?.norms ?? []).map((n) => {
    const norm = labels.get(n.norm) ?? n.norm;
    const key = !n.metBefore ? 'normNeverMet' : n.metAfter ? 'normStillMet' : 'normNoLongerMet';
    return { norm: n.norm, status: key, text: t(`sunlight.${key}`, { norm }) };
  });
}

const dayOf = (item, day) => (item?.days ?? []).find((d) => d.day === day);
const lossOn = (dayHours) => (dayHours ? Math.max(0, Number(dayHours.hoursBefore) - Number(dayHours.hoursAfter)) : 0);

/** What the panel shows of a study for one day: neighbours (most affected first), gardens, honesty lines. */
export function sunlightModel(study, day = defaultDay(study)) {
  const limits = normLimits(study);
  const buildings = [...(study?.buildings ?? [])].sort((a, b) => Number(b.worstLoss) - Number(a.worstLoss)).map((b) => {
    const hours = dayOf(b, day);
    return {
      id: b.identificatie,
      title: t('sunlight.building', { id: b.identificatie }),
      distance: t('sunlight.distance', { distance: formatDecimal(b.distance, 0) }),
      estimated: b.heightSource === 'estimated',
      sentence: daySentence(hours, limits),
      norms: normSentences(b, study),
      lossClass: lossClass(lossOn(hours)),
    };
  });
  const gardens = [...(study?.gardens ?? [])].sort((a, b) => Number(b.worstLoss) - Number(a.worstLoss)).map((g) => {
    const hours = dayOf(g, day);
    return {
      id: g.kadastraleAanduiding ?? String(g.parcelId),
      title: t('sunlight.garden', { parcel: g.kadastraleAanduiding ?? g.parcelId, area: formatDecimal(g.area, 0) }),
      sentence: daySentence(hours, limits),
      lossClass: lossClass(lossOn(hours)),
    };
  });
  const honesty = [...(study?.assumptions ?? [])];
  if (study?.estimatedHeights) honesty.push(t('sunlight.estimatedHeights'));
  honesty.push(t('sunlight.noStatutoryNorm'));
  return {
    day,
    days: studyDays(study),
    empty: buildings.length === 0 && gardens.length === 0,
    emptyText: t('sunlight.empty'),
    buildings,
    gardens,
    honesty,
  };
}

/**
 * The GeoJSON's features for one day, sorted for the layer: facades {coordinates, height, lossClass}, gardens
 * {ring, lossClass}, norm points {lon, lat, height, lossClass, notMet}. A sample without that day counts as no loss.
 */
export function sunlightFeatures(collection, day) {
  const facades = [];
  const gardens = [];
  const normPoints = [];
  for (const feature of collection?.features ?? []) {
    const p = feature?.properties ?? {};
    const hours = p.days?.[day];
    const loss = hours ? Math.max(0, Number(hours.before) - Number(hours.after)) : 0;
    const geometry = feature?.geometry;
    if (p.kind === 'facade' && geometry?.type === 'LineString') {
      facades.push({ building: p.building, coordinates: geometry.coordinates, height: Number(p.height) || 0, loss, lossClass: lossClass(loss) });
    } else if (p.kind === 'garden' && geometry?.type === 'Polygon') {
      gardens.push({ parcel: p.parcel, ring: geometry.coordinates[0], loss, lossClass: lossClass(loss) });
    } else if (p.kind === 'norm-point' && geometry?.type === 'Point') {
      const [lon, lat] = geometry.coordinates;
      normPoints.push({ building: p.building, lon, lat, height: Number(p.height) || 0, loss, lossClass: lossClass(loss),
        notMet: (p.norms ?? []).some((n) => n.metBefore && !n.metAfter) });
    }
  }
  return { facades, gardens, normPoints };
}

/** The time slider: 06:00 to 20:00 in steps of 15 minutes, as minutes after midnight. */
export const SLIDER = Object.freeze({ from: 6 * 60, to: 20 * 60, step: 15 });

/** 825 → '13:45'. */
export function formatClock(minutes) {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(Number(minutes) || 0)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The instant of `minutes` after midnight, Dutch clock time (CET or CEST), on `day` ('2026-03-21'). */
export function dutchInstant(day, minutes) {
  const [year, month, date] = String(day).split('-').map(Number);
  const wanted = Date.UTC(year, month - 1, date, 0, minutes);
  let guess = wanted - 60 * 60 * 1000; // CET first
  for (let i = 0; i < 2; i += 1) {
    const parts = Object.fromEntries(amsterdam.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** Why the study could not be shown, in Dutch. */
export function sunlightErrorMessage(error) {
  if (error?.kind === 'unreachable') return t('sunlight.unreachable');
  if (error?.kind === 'rejected') return t('sunlight.rejected', { detail: error.message ?? '' });
  return t('sunlight.failed');
}

/**
 * One line per saved variant in the round: "Minder zon bij 3 gebouwen. Het meest bij Gebouw … (op 6 m): Op 21 maart …
 * Voldoet nog aan de lichte TNO-norm." on the day it loses most; or that it takes none.
 */
export function variantSunlightLine(study) {
  const model = sunlightModel(study);
  if (model.buildings.length === 0) return t('sunlight.variantNone');
  const worst = [...(study.buildings ?? [])].sort((a, b) => Number(b.worstLoss) - Number(a.worstLoss))[0];
  const day = [...(worst.days ?? [])].sort((a, b) => lossOn(b) - lossOn(a))[0];
  const limits = normLimits(study);
  const light = normSentences(worst, study).find((n) => n.norm === 'licht');
  return t('sunlight.variantLine', {
    count: model.buildings.length,
    building: t('sunlight.building', { id: worst.identificatie }),
    distance: t('sunlight.distance', { distance: formatDecimal(worst.distance, 0) }),
    sentence: daySentence(day, limits),
    norm: light ? light.text : '',
  }).trim();
}
