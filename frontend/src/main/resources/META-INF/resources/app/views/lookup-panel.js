// "Stip op de kaart": the answer for the selected place. The three headlines come first; rules, procedures and the
// building's history sit one click deeper (in <details>). Loading, nothing here and failure each have their own text.
import { buildPanelModel, errorModel } from '../core/lookup-model.js';
import { OPEN } from '../core/questionnaire.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountLookupPanel(element, state, { onRetry, onQuestions }) {
  // Not a live region: the whole answer read aloud on every change is too much. What was chosen is announced by the
  // map's description (views/scene-status.js), a failure as role="alert".
  const body = h('div', { className: 'panel-body' });
  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('panelClose'), title: t('panelClose'),
    onclick: () => state.select(null) }, '×');
  replaceChildren(element, h('div', { className: 'panel-header' }, h('h2', { id: 'panel-title' }, t('panelTitle')), close), body);
  element.setAttribute('aria-labelledby', 'panel-title');

  const render = ({ selection, lookup }) => {
    element.classList.toggle('has-selection', Boolean(selection));
    close.hidden = !selection;
    element.setAttribute('aria-busy', String(lookup.status === 'loading'));
    if (!selection || lookup.status === 'idle') return replaceChildren(body, h('p', {}, t('panelIdle')));
    if (lookup.status === 'loading') return replaceChildren(body, h('p', { className: 'loading' }, t('panelLoading')));
    if (lookup.status === 'error') return replaceChildren(body, errorView(errorModel(lookup.error), onRetry));
    const model = buildPanelModel(lookup.answer);
    if (model.kind === 'nothing') return replaceChildren(body, h('p', { className: 'nothing' }, model.message));
    return replaceChildren(body, answerView(model, onQuestions));
  };
  state.onChange((current, changed) => {
    if (changed.includes('lookup') || changed.includes('selection')) render(current);
  });
  render(state.get());
}

function errorView({ message, retry }, onRetry) {
  return h('div', { className: 'error', role: 'alert' }, h('p', {}, message),
    retry && h('button', { type: 'button', onclick: onRetry }, t('retry')));
}

function answerView(model, onQuestions) {
  return [
    h('dl', { className: 'headlines' }, model.headlines.map((line) =>
      h('div', { className: `headline headline-${line.key}` }, h('dt', {}, line.label),
        h('dd', {}, line.items ? howItGoesList(line.items) : line.text)))),
    model.rules.length > 0 && h('details', {}, h('summary', {}, t('moreRules')), model.rules.map(ruleView)),
    model.procedures.length > 0 && h('details', {}, h('summary', {}, t('moreProcedures')),
      h('ul', { className: 'procedures' }, model.procedures.map((procedure) => procedureView(procedure, onQuestions)))),
    model.buildings.length > 0 && h('details', {}, h('summary', {}, t('moreBuilding')), model.buildings.map(buildingView)),
    model.notices.length > 0 && h('div', { className: 'notices' }, h('h3', {}, t('moreNotices')),
      h('ul', {}, model.notices.map((notice) => h('li', {}, notice)))),
  ];
}

function howItGoesList(items) {
  return h('ul', { className: 'how-it-goes' }, items.map((item) => h('li', { className: `outcome-${item.outcome}`, 'data-activity': item.activity },
    h('strong', {}, item.label), ': ', h('span', { className: 'outcome' }, item.outcomeLabel),
    item.details && h('span', { className: 'how-details' }, item.details))));
}

function ruleView(rule) {
  return h('section', { className: 'rule' },
    h('h3', {}, rule.name),
    h('p', {}, rule.headline),
    rule.norms.length > 0 && h('table', {}, h('tbody', {}, rule.norms.map((norm) =>
      h('tr', {}, h('th', { scope: 'row' }, norm.label), h('td', {}, norm.value))))),
    rule.protections && h('p', {}, rule.protections),
    rule.purpose && h('p', {}, h('strong', {}, t('rulePurpose')), ' ', rule.purpose),
    rule.ruleText && h('details', {}, h('summary', {}, t('ruleText')), h('p', {}, rule.ruleText)),
    rule.citation && h('p', { className: 'source' }, rule.citation),
    rule.source && h('p', { className: 'source' }, rule.source));
}

function procedureView(procedure, onQuestions) {
  // An activity the toepasbare regels cannot decide yet: its questions open under it (views/questionnaire/).
  let close = null;
  const questions = onQuestions && procedure.outcome === OPEN && h('button', { type: 'button', className: 'questions-button',
    'aria-expanded': 'false', onclick: (event) => {
      const item = event.currentTarget.closest('li');
      if (close) {
        close();
        close = null;
      } else {
        close = onQuestions(procedure.activity, item);
      }
      event.currentTarget.setAttribute('aria-expanded', String(Boolean(close)));
    } }, t('questionnaire.open'));
  return h('li', { className: `procedure outcome-${procedure.outcome}` },
    h('h3', {}, procedure.label, ': ', h('span', { className: 'outcome' }, procedure.outcomeLabel)),
    procedure.explanation && h('p', {}, procedure.explanation),
    procedure.procedure && h('p', {}, procedure.procedure),
    h('p', {}, procedure.term),
    procedure.fee && h('p', {}, procedure.fee),
    procedure.exampleFee && h('p', { className: 'procedure-example-fee' }, procedure.exampleFee),
    procedure.decidedBy && h('p', { className: 'source' }, procedure.decidedBy),
    questions);
}

function buildingView(building) {
  return h('section', { className: 'building' },
    h('h3', {}, building.title),
    building.addresses.map((label) => h('p', {}, t('address', { label }))),
    h('p', {}, [building.status, building.builtIn].filter(Boolean).join(' · ')),
    h('p', {}, building.height),
    building.heightNote && h('p', { className: 'note' }, building.heightNote),
    building.timeline.length > 0 && h('div', {}, h('h4', {}, t('timelineTitle')),
      h('ol', { className: 'timeline' }, building.timeline.map((entry) => h('li', {},
        h('strong', {}, entry.period),
        h('span', {}, [entry.status, entry.builtIn].filter(Boolean).join(' · ')),
        entry.shapeChanged && h('span', {}, entry.shapeChanged),
        entry.document && h('span', { className: 'source' }, entry.document))))),
    building.source && h('p', { className: 'source' }, building.source));
}
