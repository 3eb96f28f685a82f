// The versions of the open plan, newest first: when each was saved, what its check said, and its "Wijzigingsprint"
// (what changed since the version before, in the API's Dutch lines) one click deeper; an older version opens in the
// drawing to look at, and "Terug naar de nieuwste versie" brings the drawing back.
import { versionsModel } from '../core/plan-versions.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountPlanVersions(section, myPlans) {
  const expanded = new Set(); // versions whose Wijzigingsprint is open, kept across redraws
  let planId = null;
  let last = {};

  const changesView = (changes) => {
    if (!changes || changes.status === 'loading') return h('p', { className: 'loading' }, t('versionChangesLoading'));
    if (changes.status === 'error') return h('p', { className: 'error' }, t('versionChangesFailed'));
    return h('ul', { className: 'plan-changes-lines' }, changes.summary.map((line) => h('li', {}, line)));
  };

  const render = (open) => {
    const { versions, changes, viewing, plan } = open;
    const list = versions?.status !== 'ok' ? null : versionsModel(versions.items, { currentVersion: plan.currentVersion, viewing });
    replaceChildren(section,
      h('h3', { id: 'plan-versions-title' }, t('versionsTitle')),
      versions?.status === 'loading' && h('p', { className: 'loading' }, t('versionsLoading')),
      versions?.status === 'error' && h('p', { className: 'error', role: 'alert' }, t('versionsFailed')),
      list && list.length === 0 && h('p', {}, t('versionsNone')),
      list && list.length > 0 && h('ul', { className: 'plan-version-list', 'data-status': 'ok' }, list.map((row) => {
        const details = h('details', { className: 'plan-changes', open: expanded.has(row.version),
          'data-changes-status': changes?.[row.version]?.status ?? 'idle' },
        h('summary', {}, t('versionChanges')), changesView(changes?.[row.version]));
        details.addEventListener('toggle', () => {
          if (details.open) {
            expanded.add(row.version);
            myPlans.loadChanges(row.version);
          } else {
            expanded.delete(row.version);
          }
        });
        return h('li', { 'data-version': String(row.version), 'data-latest': String(row.latest), 'data-viewing': String(row.viewing),
          className: row.viewing ? 'viewing' : '' },
        h('h4', {}, row.title, row.latest && [' ', h('span', { className: 'badge' }, t('versionLatest'))]),
        h('p', { className: 'plan-version-meta' }, row.saved),
        h('p', { className: `plan-version-check ${row.compliant === false ? 'fits-not' : row.compliant ? 'fits' : ''}` }, row.check),
        details,
        row.latest && viewing != null && h('button', { type: 'button', onclick: () => myPlans.backToLatest() }, t('versionBackToLatest')),
        !row.latest && !row.viewing && h('button', { type: 'button', className: 'plan-version-view',
          onclick: () => myPlans.viewVersion(row.version) }, t('versionView', { version: row.version })));
      })));
  };

  return {
    render(open) {
      if (open.planId !== planId) {
        planId = open.planId;
        expanded.clear();
        last = {};
      }
      const newest = open.plan?.currentVersion;
      if (newest > 0 && open.versions !== last.versions && open.versions?.status === 'ok') expanded.add(newest); // the newest change shows at once
      if (open.versions === last.versions && open.changes === last.changes && open.viewing === last.viewing && open.plan === last.plan) return;
      last = open;
      const focused = section.contains(document.activeElement) ? document.activeElement.textContent : null;
      render(open);
      if (focused) [...section.querySelectorAll('button, summary')].find((node) => node.textContent === focused)?.focus();
    },
  };
}
