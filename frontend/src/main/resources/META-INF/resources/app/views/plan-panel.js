// "Plan tekenen": the check's headline first (with the rules that fail, so the first screenful of a phone's bottom
// sheet says why), then the controls for drawing a plan (corners on the map, or a 3 × 4 m example at the map's centre
// for keyboard users), its height, roof and activity, undo and start over; below them the check's full answer: one
// line per rule (explanation and purpose one click deeper) and the permit with its procedure, term and fee.
import { ACTIVITIES, MIN_CORNERS, addVolume, canUndo, closeShape, emptyDraft, exampleAround, formatCorners, moveSelected,
  nudgeHeight, parseCorners, removeVolume, restart, rotateSelected, selectVolume, setActivity, setBaseHeight, setCorners, setHeight, setRoof,
  undo, volumesOf } from '../core/plan-draft.js';
import { nextSteps } from '../core/next-steps.js';
import { ownParcelLabel } from '../core/own-parcel.js';
import { checkErrorMessage, checkModel } from '../core/plan-check.js';
import { roleFor, roleText } from '../core/role-text.js';
import { roofShapeOf } from '../core/roof-mesh.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountPlanPanel(element, toggle, state, { onRetry, centre, dossierSection, modelSection, sunlightSection, shown = () => true, show }) {
  const change = (fn, ...args) => {
    const plan = state.get().plan;
    if (plan) state.update({ plan: fn(plan, ...args) });
  };
  const start = h('button', { type: 'button', className: 'plan-start', 'aria-pressed': 'false',
    onclick: () => {
      if (state.get().plan && !shown()) return show(); // open behind another panel: bring it back, do not discard it
      state.update({ plan: state.get().plan ? null : emptyDraft() });
      if (state.get().plan) element.focus();
    } }, t('planStart'));
  toggle.replaceChildren(start);

  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('planClose'), title: t('planClose'),
    onclick: () => { state.update({ plan: null }); start.focus(); } }, '×');
  const help = h('p', { className: 'plan-help' });
  // "Uw perceel: DSB00 C 3597": the parcel the check calls "uw perceel", outlined in purple on the map.
  const ownParcelName = h('strong', { className: 'plan-own-parcel-name' });
  const ownParcelHint = h('span', { className: 'plan-own-parcel-hint' });
  const ownParcel = h('p', { className: 'plan-own-parcel', 'data-own-parcel': '' },
    h('span', { className: 'swatch own-parcel-swatch', 'aria-hidden': 'true' }), ownParcelName, ' ', ownParcelHint);
  const renderOwnParcel = () => {
    const own = state.get().ownParcel;
    ownParcelName.textContent = ownParcelLabel(own);
    ownParcelHint.textContent = own?.geometries?.length ? t('ownParcelHint') : '';
    ownParcel.dataset.ownParcel = (own?.names ?? []).join(', ');
  };
  const count = h('p', { className: 'plan-count' });
  const done = h('button', { type: 'button', onclick: () => change(closeShape) }, t('planDone'));
  const undoButton = h('button', { type: 'button', onclick: () => change(undo) }, t('planUndo'));
  const restartButton = h('button', { type: 'button', onclick: () => change(restart) }, t('planRestart'));
  const example = h('button', { type: 'button', className: 'plan-example', title: t('planExampleHint'), onclick: () => {
    const point = centre();
    if (point) change(exampleAround, point);
  } }, t('planExample'));

  // Moving and turning the active volume (or the chosen 3D model), one metre or 15 degrees a press; every step can be undone.
  const STEP_M = 1;
  const STEP_DEG = 15;
  const moveButton = (text, label, dEast, dNorth) => h('button', { type: 'button', 'aria-label': t(label), title: t(label),
    onclick: () => change(moveSelected, dEast, dNorth) }, t(text));
  const moveButtons = [
    moveButton('planMoveWest', 'planMoveWestLabel', -STEP_M, 0),
    moveButton('planMoveEast', 'planMoveEastLabel', STEP_M, 0),
    moveButton('planMoveNorth', 'planMoveNorthLabel', 0, STEP_M),
    moveButton('planMoveSouth', 'planMoveSouthLabel', 0, -STEP_M),
    h('button', { type: 'button', onclick: () => change(rotateSelected, STEP_DEG) }, t('planRotateLeft')),
    h('button', { type: 'button', onclick: () => change(rotateSelected, -STEP_DEG) }, t('planRotateRight')),
  ];
  const moving = h('div', { className: 'plan-move', role: 'group', 'aria-labelledby': 'plan-move-title' },
    h('h3', { id: 'plan-move-title' }, t('planMoveTitle')), h('div', { className: 'plan-buttons' }, moveButtons));

  // The volumes ("Bouwdeel 1", "Bouwdeel 2" …): pick one to edit, remove one, add one.
  const volumeList = h('ul', { className: 'plan-volumes' });
  const addVolumeButton = h('button', { type: 'button', title: t('planVolumeAddHint'), onclick: () => change(addVolume) }, t('planVolumeAdd'));
  const volumes = h('div', { className: 'plan-volumes-box', role: 'group', 'aria-labelledby': 'plan-volumes-title' },
    h('h3', { id: 'plan-volumes-title' }, t('planVolumes')), volumeList, addVolumeButton);
  const renderVolumes = (plan) => {
    const all = volumesOf(plan);
    const focused = volumeList.contains(document.activeElement) ? document.activeElement.dataset.volumeAction : null;
    replaceChildren(volumeList, all.map((volume, i) => {
      const number = i + 1;
      const active = i === (plan.active ?? 0);
      const name = t(volume.closed ? 'planVolume' : 'planVolumeOpen', { number });
      return h('li', { className: active ? 'active' : '', 'data-volume': String(i) },
        h('button', { type: 'button', className: 'plan-volume-select', 'aria-pressed': String(active),
          'aria-label': `${name}. ${t(plan.readOnly ? 'planVolumeShow' : 'planVolumeSelect', { number })}`, 'data-volume-action': `select-${i}`,
          onclick: () => change(selectVolume, i) }, name),
        all.length > 1 && !plan.readOnly && h('button', { type: 'button', className: 'icon-button', 'aria-label': t('planVolumeRemove', { number }),
          title: t('planVolumeRemove', { number }), 'data-volume-action': `remove-${i}`, onclick: () => change(removeVolume, i) }, '×'));
    }));
    const again = focused && volumeList.querySelector(`[data-volume-action="${focused}"]`);
    if (again) again.focus();
    else if (focused) volumeList.querySelector('[aria-pressed="true"]')?.focus();
    addVolumeButton.disabled = !plan.closed;
  };

  const typed = h('textarea', { id: 'plan-corners', rows: '4', spellcheck: 'false' });
  const typedError = h('p', { className: 'plan-corners-error', role: 'alert' });
  const useTyped = h('button', { type: 'button', onclick: () => {
    const parsed = parseCorners(typed.value);
    typedError.textContent = parsed.error ? t(parsed.error === 'tooFew' ? 'planCornersTooFew' : 'planCornersFormat') : '';
    if (parsed.corners) change(setCorners, parsed.corners);
  } }, t('planUseCorners'));
  const typing = h('details', { className: 'plan-typing' }, h('summary', {}, t('planTypeCorners')),
    h('label', { for: 'plan-corners' }, t('planTypeCornersLabel')), typed, useTyped, typedError);

  const field = (id, label, input) => h('div', { className: 'plan-field' }, h('label', { for: id }, label), input);
  const activity = h('select', { id: 'plan-activity', onchange: (e) => change(setActivity, e.target.value) },
    ACTIVITIES.map((key) => h('option', { value: key }, t(`activities.${key}`))));
  const number = (id, onValue) => h('input', { id, type: 'number', inputmode: 'decimal', min: '0', max: '150', step: 'any',
    oninput: (e) => { if (e.target.value !== '' && e.target.checkValidity()) onValue(Number(e.target.value)); } });
  const height = number('plan-height', (v) => change(setHeight, v));
  // The keyboard way to the height handle: buttons of half a metre, Page Up / Page Down of a metre in the field.
  const HEIGHT_STEP_M = 0.5;
  const nudge = (step) => {
    change(nudgeHeight, step);
    const plan = state.get().plan;
    if (plan) height.value = String(plan.height); // the field has the focus, so renderControls leaves it alone
  };
  height.addEventListener('keydown', (event) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    nudge(event.key === 'PageUp' ? 1 : -1);
  });
  const heightButton = (text, label, step) => h('button', { type: 'button', className: 'plan-height-step', 'aria-label': t(label),
    title: t(label), 'aria-controls': 'plan-height', onclick: () => nudge(step) }, t(text));
  const heightField = h('div', { className: 'plan-field plan-height' }, h('label', { for: 'plan-height' }, t('planHeight')),
    h('div', { className: 'plan-height-row' }, heightButton('planHeightDown', 'planHeightDownLabel', -HEIGHT_STEP_M), height,
      heightButton('planHeightUp', 'planHeightUpLabel', HEIGHT_STEP_M)),
    h('p', { className: 'plan-field-hint', id: 'plan-height-hint' }, t('planHeightHint')));
  height.setAttribute('aria-describedby', 'plan-height-hint');
  const baseHeight = number('plan-base-height', (v) => change(setBaseHeight, v));
  const roof = h('select', { id: 'plan-roof', onchange: (e) => change(setRoof, e.target.value) },
    ['flat', 'pitched'].map((key) => h('option', { value: key }, t(`roofs.${key}`))));
  const eaves = number('plan-eaves', (v) => change(setRoof, 'pitched', v));
  const eavesField = field('plan-eaves', t('planEaves'), eaves);
  const roofNote = h('p', { className: 'plan-roof-note', 'aria-live': 'polite' });

  // The verdict's headline (and the rules that fail) in a polite live region of its own, above the controls so it is in
  // view at once (announced once per answer, not the whole list); errors come as role="alert" in the result below.
  const summary = h('div', { className: 'plan-summary', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const result = h('div', { className: 'plan-result' });
  // "Wat kunt u nu doen?": what the check, the session and the saved dossier say comes next (core/next-steps.js).
  const nextList = h('ul', { className: 'plan-next' });
  const next = h('section', { className: 'plan-next-box', 'aria-labelledby': 'plan-next-title', hidden: true },
    h('h3', { id: 'plan-next-title' }, t('nextTitle')), nextList);
  const title = h('h2', { id: 'plan-title' }, t('planTitle'));
  const drawButtons = h('div', { className: 'plan-buttons plan-draw-buttons' }, done, undoButton, restartButton, example);
  const heightSteps = [...heightField.querySelectorAll('.plan-height-step, .plan-field-hint')]; // the hint tells how to change it
  replaceChildren(element,
    h('div', { className: 'panel-header' }, title, close),
    help, ownParcel,
    summary,
    count,
    drawButtons,
    volumes,
    moving,
    typing,
    h('div', { className: 'plan-fields' },
      field('plan-activity', t('planActivity'), activity),
      heightField,
      field('plan-base-height', t('planBaseHeight'), baseHeight),
      field('plan-roof', t('planRoof'), roof),
      eavesField),
    roofNote,
    result,
    sunlightSection,
    next,
    dossierSection,
    modelSection);
  element.setAttribute('aria-labelledby', 'plan-title');
  // Escape stops drawing; Ctrl+Z (outside a text field) undoes the last change.
  element.addEventListener('keydown', (event) => {
    const inField = ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
    if (event.key === 'Escape' && !inField) {
      state.update({ plan: null });
      start.focus();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inField) {
      event.preventDefault();
      change(undo);
    }
  });

  const setValue = (input, value) => {
    if (document.activeElement !== input) input.value = value == null ? '' : String(value);
  };

  const renderControls = (plan) => {
    start.setAttribute('aria-pressed', String(Boolean(plan)));
    document.body.dataset.plan = plan ? (plan.closed ? 'closed' : 'drawing') : 'off';
    if (!plan) return;
    // A plan opened to look at (someone else's, or an older version): no editing controls at all, the values stay
    // readable; a planner is addressed as the municipality.
    const readOnly = Boolean(plan.readOnly);
    const role = readOnly ? roleFor(state.get().dossier?.plan, state.get().session) : 'initiator';
    element.dataset.readOnly = String(readOnly);
    title.textContent = readOnly ? roleText('planTitle', role) : t('planTitle');
    [drawButtons, moving, typing, addVolumeButton, ...heightSteps].forEach((part) => { part.hidden = readOnly; });
    [activity, height, baseHeight, roof, eaves].forEach((input) => { input.disabled = readOnly; });
    help.textContent = readOnly ? roleText('planHelpReadOnly', role) : plan.closed ? t('planHelpClosed') : t('planHelpDrawing');
    count.textContent = t('planCorners', { count: plan.corners.length });
    done.disabled = plan.closed || plan.corners.length < MIN_CORNERS;
    undoButton.disabled = !canUndo(plan);
    restartButton.disabled = plan.corners.length === 0;
    moveButtons.forEach((button) => { button.disabled = plan.corners.length === 0 && plan.activeModel == null; });
    renderVolumes(plan);
    setValue(typed, formatCorners(plan));
    setValue(activity, plan.activity);
    setValue(height, plan.height);
    setValue(baseHeight, plan.baseHeight);
    setValue(roof, plan.roof);
    setValue(eaves, plan.eavesHeight);
    eavesField.hidden = plan.roof !== 'pitched';
    const shape = plan.closed && plan.roof === 'pitched' ? roofShapeOf(plan) : null;
    roofNote.hidden = !shape;
    roofNote.dataset.roofShape = shape ?? '';
    roofNote.textContent = shape ? t(`roofShapes.${shape}`) : '';
  };

  const renderResult = ({ plan, planCheck }) => {
    element.setAttribute('aria-busy', String(planCheck.status === 'checking'));
    document.body.dataset.planCheck = planCheck.status;
    if (planCheck.status !== 'ok' && planCheck.status !== 'checking') replaceChildren(summary);
    if (!plan) return replaceChildren(result);
    if (planCheck.status === 'idle') return replaceChildren(result, h('p', {}, t('planWaiting')));
    if (planCheck.status === 'checking') {
      replaceChildren(summary, h('p', { className: 'loading' }, t('planChecking')));
      return replaceChildren(result);
    }
    if (planCheck.status === 'unsaved') return replaceChildren(result, h('p', {}, t('modelCheckUnsaved')));
    if (planCheck.status === 'error') {
      const { message, retry } = checkErrorMessage(planCheck.error);
      return replaceChildren(result, h('div', { className: 'error', role: 'alert' }, h('p', {}, message),
        retry && h('button', { type: 'button', onclick: onRetry }, t('retry'))));
    }
    const model = checkModel(planCheck.result);
    replaceChildren(summary, summaryView(model));
    return replaceChildren(result, resultView(model), (planCheck.result.models ?? []).map((m) =>
      h('p', { className: 'plan-model-note', 'data-model-volume': String(m.volume) }, m.explanation)));
  };

  const renderNext = () => {
    const steps = nextSteps(state.get());
    next.hidden = steps.length === 0;
    replaceChildren(nextList, steps.map((step) => h('li', { 'data-step': step.key }, step.text)));
  };

  state.onChange((current, changed) => {
    if (['plan', 'planCheck', 'dossier', 'session'].some((key) => changed.includes(key))) renderNext();
    if (['plan', 'dossier', 'session'].some((key) => changed.includes(key))) renderControls(current.plan);
    // The newest state, not `current`: the check may have changed within this same plan change (a nested update).
    if (changed.includes('plan') || changed.includes('planCheck')) renderResult(state.get());
    if (changed.includes('plan') || changed.includes('ownParcel')) renderOwnParcel();
  });
  renderOwnParcel();
  renderControls(state.get().plan);
  renderResult(state.get());
  renderNext();
}

function summaryView(model) {
  return [
    h('h3', { className: `plan-headline ${model.compliant ? 'fits' : 'fits-not'}`, 'data-compliant': String(model.compliant) }, model.headline),
    !model.compliant && h('ul', { className: 'plan-failed' }, model.verdicts.filter((v) => v.status === 'fail').map((v) =>
      h('li', { 'data-failed-rule': v.rule }, v.label, ': ', v.statusText, v.measured && ` · ${v.measured}`))),
    model.attention && h('p', { className: 'plan-attention' }, model.attention),
  ];
}

function resultView(model) {
  return [
    h('ul', { className: 'verdicts' }, model.verdicts.map((v) => h('li', { className: `verdict verdict-${v.status}`, 'data-rule': v.rule, 'data-status': v.status },
      h('details', {},
        h('summary', {}, h('span', { className: 'verdict-label' }, v.label), ': ',
          h('strong', { className: 'verdict-status' }, v.statusText), v.measured && h('span', { className: 'verdict-measured' }, ' · ', v.measured)),
        v.explanation && h('p', {}, v.explanation),
        v.purpose && h('p', {}, h('strong', {}, t('verdictPurpose')), ' ', v.purpose),
        v.citation && h('p', { className: 'source' }, v.citation))))),
    model.permit && h('section', { className: `plan-permit outcome-${model.permit.outcome}` },
      h('h3', {}, t('planPermit'), ': ', h('span', { className: 'outcome' }, model.permit.outcomeLabel)),
      model.permit.explanation && h('p', {}, model.permit.explanation),
      model.permit.procedure && h('p', {}, h('strong', {}, t('planProcedure')), ' ', model.permit.procedure),
      h('p', {}, model.permit.term),
      model.permit.fee && h('p', {}, model.permit.fee),
      model.permit.feeBasis && h('p', { className: 'source' }, model.permit.feeBasis)),
  ];
}
