// Moments and file sizes the Dutch way: '29 november 2026 om 14:05', '12 kB', '1,5 MB'.

const moments = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
});
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** An ISO instant ('2026-11-29T13:05:00Z') in Dutch time; anything unreadable comes back as it was. */
export function formatMoment(instant) {
  const date = new Date(instant ?? '');
  return Number.isNaN(date.getTime()) ? String(instant ?? '') : moments.format(date);
}

/** Bytes as people read them: under 1 kB in bytes, then kB (whole), then MB with one decimal. */
export function formatSize(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
  return `${oneDecimal.format(n / (1024 * 1024))} MB`;
}

const numbers = new Map();
/** A number the Dutch way with at most `decimals` decimals: 1234.5 → '1.234,5'; not a number → ''. */
export function formatDecimal(value, decimals = 1) {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return '';
  if (!numbers.has(decimals)) numbers.set(decimals, new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals }));
  return numbers.get(decimals).format(n);
}

const fixed = new Map();
/** A number the Dutch way with exactly `decimals` decimals: 3 → '3,0', 4.25 → '4,3' (1); not a number → ''. */
export function formatFixed(value, decimals = 1) {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return '';
  if (!fixed.has(decimals)) {
    fixed.set(decimals, new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  }
  return fixed.get(decimals).format(n);
}
