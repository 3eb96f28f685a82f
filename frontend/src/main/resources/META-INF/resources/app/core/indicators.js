// The indicator table of a variant (issue 12): per indicator the variant's value beside the original's (the plan's
// current design), the difference, the unit, and the label and explanation from GET /api/v1/indicators (the one place
// the definitions live). Numbers the Dutch way (core/format-nl.js). Plain data, no DOM.
import { formatDecimal } from './format-nl.js';

const UNITS = Object.freeze({ m3: 'm³', m2: 'm²', m: 'm', '%': '%', share: '%', count: '' });
/** Units of things counted: whole numbers. */
const COUNTED = new Set(['count', 'stuks', 'regels']);

export const unitText = (unit) => (unit in UNITS ? UNITS[unit] : String(unit ?? ''));

function withUnit(text, unit) {
  const u = unitText(unit);
  if (text === '') return '';
  return u === '' ? text : u === '%' ? `${text}%` : `${text} ${u}`;
}

/**
 * Rows [{id, label, explanation, unit, value, original, difference, valueText, originalText, differenceText, trend}]
 * for a preview or saved variant ({indicators, original}); the definitions ([{id, label, unit, explanation}]) give
 * order and texts, indicators the server sends that no definition names come last under their id.
 */
export function indicatorRows(result, definitions = []) {
  const mine = new Map((result?.indicators ?? []).map((i) => [i.id, i]));
  const original = new Map((result?.original ?? []).map((i) => [i.id, i]));
  const ids = [...definitions.map((d) => d.id), ...[...mine.keys()].filter((id) => !definitions.some((d) => d.id === id))];
  return ids.filter((id) => mine.has(id) || original.has(id)).map((id) => {
    const def = definitions.find((d) => d.id === id) ?? {};
    const unit = def.unit ?? mine.get(id)?.unit ?? original.get(id)?.unit ?? '';
    const value = numberOrNull(mine.get(id)?.value);
    const before = numberOrNull(original.get(id)?.value);
    const difference = value !== null && before !== null ? Math.round((value - before) * 1000) / 1000 : null;
    const decimals = COUNTED.has(unit) ? 0 : 1;
    return {
      id,
      label: def.label ?? mine.get(id)?.label ?? id,
      explanation: def.explanation ?? '',
      unit,
      value,
      original: before,
      difference,
      valueText: value === null ? '' : withUnit(formatDecimal(value, decimals), unit),
      originalText: before === null ? '' : withUnit(formatDecimal(before, decimals), unit),
      differenceText: difference === null ? '' : difference === 0 ? '0' : withUnit(`${difference > 0 ? '+' : '−'}${formatDecimal(Math.abs(difference), decimals)}`, unit),
      trend: difference === null || difference === 0 ? 'same' : difference > 0 ? 'up' : 'down',
    };
  });
}

const numberOrNull = (v) => (v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v));

/** The check's outcome as a string key and values: passes, fails (n), or needs attention (n). */
export function checkSummary(check) {
  if (!check) return { key: 'variantCheckUnknown', values: {}, compliant: null };
  const failed = Number(check.failed) || 0;
  const attention = Number(check.attention) || 0;
  if (check.compliant && attention === 0) return { key: 'variantCheckPass', values: {}, compliant: true };
  if (check.compliant) return { key: 'variantCheckAttention', values: { attention }, compliant: true };
  return { key: 'variantCheckFail', values: { failed }, compliant: false };
}
