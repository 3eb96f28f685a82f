// "Mijn plannen": a button in the top bar (everyone logged in) and a panel with the list of plans (an initiator's
// own, a planner's all: title, activity, phase, last saved, version); opening one shows its dossier in the same panel
// (views/plan-dossier-view.js). The empty list says how a plan gets there.
import { planListModel } from '../core/plan-list.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';
import { mountPlanDossier } from './plan-dossier-view.js';

export function mountMyPlans(toggleElement, panel, state, myPlans, { isShown = () => true, show, sharing, concerned, rounds } = {}) {
  const toggle = h('button', { type: 'button', className: 'my-plans-open', 'aria-expanded': 'false', 'aria-controls': panel.id,
    onclick: () => {
      // Open behind another panel (views/panel-layout.js): bring it back instead of closing it.
      if (state.get().myPlans?.panel !== 'closed' && !isShown()) show();
      else myPlans.toggle();
    } }, t('myPlansOpen'));
  toggleElement.replaceChildren(toggle);
  const heading = h('h2', { id: 'my-plans-title', tabindex: '-1' });
  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('myPlansClose'), title: t('myPlansClose'),
    onclick: () => { myPlans.close(); toggle.focus(); } }, '×');
  const list = h('div', { className: 'my-plans-list', 'aria-live': 'polite' });
  const dossierRoot = h('div', { className: 'plan-dossier' });
  const dossier = mountPlanDossier(dossierRoot, myPlans, { heading, sharing, concerned, rounds });
  replaceChildren(panel, h('div', { className: 'panel-header' }, heading, close), list, dossierRoot);
  panel.setAttribute('aria-labelledby', 'my-plans-title');

  let shown = 'closed';
  const render = ({ session, myPlans: current = { panel: 'closed' } }, changed = []) => {
    // Everyone logged in: initiators and planners their plans, and anyone the plans shared with them ("Gedeeld met mij").
    const mayList = session?.status === 'user';
    toggleElement.hidden = !mayList;
    const open = mayList ? current.panel : 'closed';
    document.body.dataset.myPlans = open;
    toggle.setAttribute('aria-expanded', String(open !== 'closed'));
    list.hidden = open !== 'list';
    dossierRoot.hidden = open !== 'dossier';
    if (open === 'list' && (changed.includes('session') || shown !== 'list' || changed.includes('myPlans'))) {
      heading.textContent = t(planListModel([], session).titleKey);
      renderList(list, current.list, session, myPlans);
    }
    if (open === 'dossier') dossier.render(current.open, session);
    // After this change has been laid out (views/panel-layout.js shows the panel in the same change).
    if (open !== shown && open !== 'closed') queueMicrotask(() => heading.focus());
    shown = open;
  };
  state.onChange((current, changed) => {
    if (changed.includes('myPlans') || changed.includes('session')) render(current, changed);
  });
  render(state.get());
}

function renderList(element, list = { status: 'loading' }, session, myPlans) {
  element.dataset.status = list.status;
  if (list.status === 'loading') return replaceChildren(element, h('p', { className: 'loading' }, t('myPlansLoading')));
  if (list.status === 'error') {
    return replaceChildren(element, h('div', { className: 'error', role: 'alert' },
      h('p', {}, t(list.error?.kind === 'unauthenticated' ? 'planOpenLoggedOut' : 'myPlansFailed')),
      list.error?.kind !== 'unauthenticated' && h('button', { type: 'button', onclick: () => myPlans.showList() }, t('retry'))));
  }
  const model = planListModel(list.plans, session);
  if (model.empty) return replaceChildren(element, h('p', { className: 'my-plans-empty' }, t(model.empty)));
  const rows = (items, className) => h('ul', { className }, items.map((row) => h('li', { 'data-plan-id': String(row.id), 'data-role': row.role ?? null },
    h('h3', {}, row.title),
    h('p', { className: 'my-plans-meta' }, [row.activity, row.phase, row.version].filter(Boolean).join(' · ')),
    h('p', { className: 'my-plans-meta' }, row.lastSaved),
    row.owner && h('p', { className: 'my-plans-meta' }, row.owner),
    row.sharedRole && h('p', { className: 'my-plans-meta my-plans-role' }, row.sharedRole),
    h('button', { type: 'button', className: 'my-plans-open-plan', 'aria-label': t('myPlansOpenPlan', { title: row.title }),
      onclick: () => myPlans.open(row.id) }, t('myPlansOpenButton')))));
  return replaceChildren(element,
    model.rows.length > 0 && rows(model.rows, 'my-plans-rows'),
    model.shared.length > 0 && [h('h3', { className: 'my-plans-shared-title' }, t('sharedWithMe')), rows(model.shared, 'my-plans-rows my-plans-shared')]);
}
