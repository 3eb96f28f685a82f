// The participatieverslag as a page: the server's parts in its order (whether and how, who, what came out, what was
// done with it), each table as a table and, where the server asks, a bar chart with the numbers as text beside the
// bars; the downloads (PDF for the dossier, CSV per table, GeoJSON of pins and variants). Everything is text nodes.
import { formatMoment } from '../core/format-nl.js';
import { reportModel, reportUrls } from '../core/report.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountReportPage(node) {
  return {
    show(view) {
      node.dataset.status = view.status;
      if (view.status === 'loading') return replaceChildren(node, h('p', { className: 'loading', role: 'status' }, t('reportLoading')));
      if (view.status === 'error') {
        replaceChildren(node, h('h2', {}, t('reportPageTitle')), h('p', { className: 'error', role: 'alert' }, t(view.key)),
          h('p', {}, h('a', { href: '/' }, t('reportBackToViewer'))));
        return undefined;
      }
      const model = reportModel(view.report);
      const urls = reportUrls(view.roundId);
      replaceChildren(node,
        h('h2', { tabindex: '-1' }, t('reportPageTitle')),
        h('p', { className: 'report-subtitle' }, model.title),
        model.closedAt ? h('p', {}, t('reportClosedAt', { time: formatMoment(model.closedAt) })) : null,
        h('nav', { className: 'report-downloads', 'aria-label': t('reportDownloads') },
          h('a', { href: urls.pdf, download: '' }, t('reportDownloadPdf')), ' ',
          h('a', { href: urls.csv, download: '' }, t('reportDownloadCsv')), ' ',
          h('a', { href: urls.geojson, download: '' }, t('reportDownloadGeoJson'))),
        model.parts.map(part));
      node.dataset.parts = String(model.parts.length);
      return undefined;
    },
  };
}

function part(p) {
  return h('section', { className: 'report-part', 'data-part': p.id, 'aria-labelledby': `report-${p.id}` },
    h('h3', { id: `report-${p.id}` }, p.title),
    p.tables.map(table),
    p.featureCount > 0 ? h('p', { className: 'report-features' }, t('reportFeatures', { count: p.featureCount })) : null,
    p.notes.length ? h('ul', { className: 'report-notes' }, p.notes.map((note) => h('li', {}, note))) : null);
}

function table(tb) {
  return h('div', { className: 'report-table', 'data-table': tb.id },
    h('table', {},
      h('caption', {}, tb.title),
      h('thead', {}, h('tr', {}, tb.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, tb.rows.map((row) => h('tr', {}, row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))))),
    tb.bars ? bars(tb) : null);
}

// The chart repeats the table (screen readers skip it: the table above says the same).
function bars(tb) {
  return h('div', { className: 'report-chart', 'aria-hidden': 'true' },
    tb.bars.map((bar) => h('div', { className: 'report-bar' },
      h('span', { className: 'report-bar-label' }, bar.label),
      h('span', { className: 'report-bar-fill', style: `width: ${Math.round(bar.fraction * 100)}%` }),
      h('span', { className: 'report-bar-value' }, bar.text))));
}
