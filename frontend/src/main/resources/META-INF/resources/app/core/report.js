// Pure formatting for the participatieverslag page: which round the URL asks for, where the downloads live, what a
// refusal means in Dutch, and the bars of a chart table (the server's '< 5' stays text, never becomes a number).

/** The round id in the hash (#report=12), or {error} when it is there but not a whole positive number. */
export function parseReportHash(hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  if (!params.has('report')) return null;
  const text = params.get('report').trim();
  if (!/^[0-9]{1,15}$/.test(text) || Number(text) < 1) return { error: 'reportBadId' };
  return { roundId: Number(text) };
}

/** The hash that shares a report page. */
export function reportHash(roundId) {
  return `report=${encodeURIComponent(String(roundId))}`;
}

/** The JSON and download addresses of a round's report. */
export function reportUrls(roundId) {
  const base = `/api/v1/rounds/${encodeURIComponent(String(roundId))}/report`;
  return { json: base, pdf: `${base}.pdf`, csv: `${base}.csv.zip`, geojson: `${base}.geojson` };
}

/** The strings key for a failed report request: 403 not allowed, 404 no such round, 409 not closed yet. */
export function reportErrorKey(status) {
  if (status === 401 || status === 403) return 'reportForbidden';
  if (status === 404) return 'reportNotFound';
  if (status === 409) return 'reportNotReady';
  return 'reportFailed';
}

/** A Dutch-formatted count ("1.234") as a number; null for '< 5' or anything else that is not a plain count. */
export function dutchCount(text) {
  const value = String(text ?? '').trim();
  if (!/^[0-9]{1,3}(\.[0-9]{3})*$|^[0-9]+$/.test(value)) return null;
  return Number(value.replace(/\./g, ''));
}

/** Bars for a chart table: the label from the first column, the value from the last; hidden values keep their text. */
export function chartBars(table) {
  const rows = (table?.rows ?? []).map((row) => {
    const text = String(row[row.length - 1] ?? '');
    return { label: String(row[0] ?? ''), text, value: dutchCount(text) };
  });
  const max = Math.max(0, ...rows.map((row) => row.value ?? 0));
  return rows.map((row) => ({ ...row, fraction: row.value == null || max === 0 ? 0 : row.value / max }));
}

/** The report's parts in the server's order, each with its tables and, where asked for, chart bars. */
export function reportModel(report) {
  return {
    title: `${report?.planTitle ?? ''} — ${report?.roundTitle ?? ''}`,
    closedAt: report?.closedAt ?? null,
    parts: (report?.parts ?? []).map((part) => ({
      id: part.id,
      title: part.title,
      notes: part.notes ?? [],
      featureCount: (part.features ?? []).length,
      tables: (part.tables ?? []).map((table) => ({ ...table, bars: table.chart ? chartBars(table) : null })),
    })),
  };
}
