// "Bezonning" under the check in "Plan tekenen": asks the bezonningsstudie of the drawn design, then shows per
// neighbouring building and garden the hours of sun on the chosen day before and with the plan, the TNO norms, and how
// it was computed; a time slider moves the map's shadows (for looking: the numbers are the backend's). Page attributes
// for tests: data-sunlight (idle | loading | ready | error), data-sunlight-day, data-sunlight-time.
import { toDesign } from '../core/plan-draft.js';
import { SLIDER, formatClock, lossLegend, sunlightErrorMessage, sunlightModel } from '../core/sunlight.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountSunlightPanel(element, state, sunlight) {
  element.setAttribute('aria-labelledby', 'sunlight-title');
  const body = h('div', { className: 'sunlight-body', 'aria-live': 'polite' });
  replaceChildren(element, h('h3', { id: 'sunlight-title' }, t('sunlight.title')), body);
  let slider = null;
  let clock = null;

  const render = ({ plan, sunlight: current }) => {
    const status = current?.status ?? 'idle';
    document.body.dataset.sunlight = status;
    element.hidden = !toDesign(plan);
    if (status === 'idle') {
      slider = null;
      delete document.body.dataset.sunlightTime;
      return replaceChildren(body, h('p', {}, t('sunlight.intro')),
        h('button', { type: 'button', id: 'sunlight-show', onclick: () => sunlight.show() }, t('sunlight.show')));
    }
    if (status === 'loading') return replaceChildren(body, h('p', { className: 'loading' }, t('sunlight.loading')));
    if (status === 'error') {
      return replaceChildren(body, h('div', { className: 'error', role: 'alert' }, h('p', {}, sunlightErrorMessage(current.error)),
        h('button', { type: 'button', onclick: () => sunlight.show() }, t('sunlight.retry'))));
    }
    document.body.dataset.sunlightDay = current.day ?? '';
    document.body.dataset.sunlightTime = formatClock(current.minutes);
    if (slider && body.contains(slider) && body.dataset.day === current.day) {
      // Only the time moved: keep the slider (and its focus) and change the clock text.
      slider.value = String(current.minutes);
      clock.textContent = formatClock(current.minutes);
      return undefined;
    }
    body.dataset.day = current.day ?? '';
    const model = sunlightModel(current.study, current.day);
    const daySelect = h('select', { id: 'sunlight-day', onchange: (e) => sunlight.setDay(e.target.value) },
      model.days.map((d) => h('option', { value: d.day, selected: d.day === current.day }, d.label)));
    clock = h('output', { id: 'sunlight-clock', for: 'sunlight-time' }, formatClock(current.minutes));
    slider = h('input', { type: 'range', id: 'sunlight-time', min: String(SLIDER.from), max: String(SLIDER.to), step: String(SLIDER.step),
      value: String(current.minutes), 'aria-valuetext': formatClock(current.minutes),
      oninput: (e) => sunlight.setTime(Number(e.target.value)) });
    return replaceChildren(body,
      h('p', { className: 'sunlight-fields' },
        h('label', { for: 'sunlight-day' }, t('sunlight.day')), ' ', daySelect, ' ',
        h('label', { for: 'sunlight-time' }, t('sunlight.time')), ' ', slider, ' ', clock),
      h('p', { className: 'source' }, t('sunlight.timeHint')),
      model.empty && h('p', { className: 'sunlight-empty' }, model.emptyText),
      model.buildings.length > 0 && [h('h4', {}, t('sunlight.neighbours')),
        h('ul', { className: 'sunlight-buildings' }, model.buildings.map((b) =>
          h('li', { 'data-building': b.id, className: `sunlight-${b.lossClass}` },
            h('strong', {}, b.title), ` (${b.distance}${b.estimated ? `, ${t('sunlight.estimatedBuilding')}` : ''}): `,
            h('span', { className: 'sunlight-sentence' }, b.sentence), ' ',
            b.norms.map((n) => h('span', { className: `sunlight-norm ${n.status}`, 'data-norm': n.norm }, n.text, ' ')))))],
      model.gardens.length > 0 && [h('h4', {}, t('sunlight.gardens')),
        h('ul', { className: 'sunlight-gardens' }, model.gardens.map((g) =>
          h('li', { 'data-parcel': g.id, className: `sunlight-${g.lossClass}` }, h('strong', {}, g.title), ': ', g.sentence)))],
      h('h4', {}, t('sunlight.legendTitle')),
      h('ul', { className: 'sunlight-legend' }, lossLegend().map((row) => h('li', { className: `sunlight-${row.key}` }, row.text))),
      h('details', { className: 'sunlight-assumptions' }, h('summary', {}, t('sunlight.assumptions')),
        h('ul', {}, model.honesty.map((line) => h('li', {}, line)))),
      h('button', { type: 'button', id: 'sunlight-hide', onclick: () => sunlight.hide() }, t('sunlight.hide')));
  };

  state.onChange((current, changed) => {
    if (changed.includes('sunlight') || changed.includes('plan')) render(state.get());
  });
  render(state.get());
}
