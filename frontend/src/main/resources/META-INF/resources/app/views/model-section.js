// "Eigen 3D-model plaatsen" in the plan panel: once the plan is saved, an initiator uploads a .glb; it appears at the
// map's centre. The models are listed (choose one to move and turn it with the move buttons, or remove it) with a
// scale field for the chosen one. Until the next save the check says a model is checked when the plan is saved.
import { MODEL_SCALE_MAX, MODEL_SCALE_MIN, scaleModel, validScale } from '../core/model-placement.js';
import { changeActiveModel, removeModel, selectModel } from '../core/plan-draft.js';
import { isInitiator } from '../core/session.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountModelSection(element, state, models, { centre }) {
  const change = (fn, ...args) => {
    const plan = state.get().plan;
    if (plan) state.update({ plan: fn(plan, ...args) });
  };
  const note = h('p', { className: 'model-note' });
  const file = h('input', { id: 'model-file', type: 'file', accept: '.glb,model/gltf-binary', onchange: async (e) => {
    const chosen = e.target.files?.[0];
    if (chosen) await models.upload(chosen, centre());
    e.target.value = '';
  } });
  const fileField = h('div', { className: 'plan-field' }, h('label', { for: 'model-file' }, t('modelFile')), file);
  const status = h('p', { className: 'model-status', 'aria-live': 'polite' });
  const list = h('ul', { className: 'plan-volumes model-list' });
  const scale = h('input', { id: 'model-scale', type: 'number', inputmode: 'decimal', min: String(MODEL_SCALE_MIN),
    max: String(MODEL_SCALE_MAX), step: 'any', oninput: (e) => {
      const value = Number(e.target.value);
      if (e.target.value !== '' && validScale(value)) change(changeActiveModel, scaleModel, value);
    } });
  const scaleField = h('div', { className: 'plan-field' }, h('label', { for: 'model-scale' }, t('modelScale')), scale);
  const heading = h('p', { className: 'model-heading' });
  replaceChildren(element, h('h3', { id: 'model-title' }, t('modelTitle')), note, fileField, status, list, scaleField, heading);
  element.setAttribute('aria-labelledby', 'model-title');

  const render = ({ session, plan, dossier, modelUpload = { status: 'idle' } }) => {
    const initiator = session?.status === 'user' && isInitiator(session);
    element.hidden = !plan || !initiator || Boolean(plan.readOnly); // placing models is editing
    if (element.hidden) return;
    const saved = Boolean(dossier?.plan);
    note.textContent = saved ? t('modelHelp') : t('modelSaveFirst');
    fileField.hidden = !saved;
    status.textContent = modelUpload.status === 'uploading' ? t('modelUploading')
      : modelUpload.status === 'error' ? t(`modelErrors.${modelUpload.error}`) : '';
    status.className = `model-status${modelUpload.status === 'error' ? ' error' : ''}`;
    const placed = plan.models ?? [];
    replaceChildren(list, placed.map((model, i) => {
      const active = i === plan.activeModel;
      const name = t('modelName', { number: i + 1, filename: model.filename ?? '' });
      return h('li', { className: active ? 'active' : '', 'data-model': String(i) },
        h('button', { type: 'button', className: 'plan-volume-select', 'aria-pressed': String(active),
          'aria-label': `${name}. ${t('modelSelect')}`, onclick: () => change(selectModel, i) }, name),
        h('button', { type: 'button', className: 'icon-button', 'aria-label': t('modelRemove', { number: i + 1 }),
          title: t('modelRemove', { number: i + 1 }), onclick: () => change(removeModel, i) }, '×'));
    }));
    const current = placed[plan.activeModel];
    scaleField.hidden = !current;
    heading.hidden = !current;
    if (current) {
      if (document.activeElement !== scale) scale.value = String(current.scale);
      heading.textContent = t('modelHeading', { heading: Math.round(current.heading) });
    }
  };
  state.onChange((current, changed) => {
    if (['session', 'plan', 'dossier', 'modelUpload'].some((key) => changed.includes(key))) render(current);
  });
  render(state.get());
}
