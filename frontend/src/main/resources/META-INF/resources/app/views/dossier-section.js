// "Uw plan bewaren" in the plan panel: a title and "Bewaar als plan" for an initiator; after that "Bewaar nieuwe
// versie", the saved version, the phase ("Track & Trace") and the next steps the API gives. Not logged in, the
// button asks to log in; a save after someone else's newer version explains that and offers to load it.
import { designFrozen, saveErrorMessage } from '../core/dossier.js';
import { dossierSteps } from '../core/next-steps.js';
import { toDesign } from '../core/plan-draft.js';
import { isInitiator, isOwnerOf, isPlanner } from '../core/session.js';
import { roleText } from '../core/role-text.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountDossierSection(element, state, dossier, { openLogin }) {
  const title = h('input', { id: 'dossier-title', type: 'text', maxlength: '120', autocomplete: 'off', value: t('dossierPlanTitleDefault') });
  const titleField = h('div', { className: 'plan-field' }, h('label', { for: 'dossier-title' }, t('dossierPlanTitle')), title);
  const save = h('button', { type: 'button', className: 'dossier-save', onclick: () => {
    if (state.get().session?.status !== 'user') return openLogin();
    dossier.save(title.value.trim() || t('dossierPlanTitleDefault'));
  } });
  const note = h('p', { className: 'dossier-note' });
  const status = h('div', { className: 'dossier-status', 'aria-live': 'polite' });
  const heading = h('h3', { id: 'dossier-heading' }, t('dossierTitle'));
  replaceChildren(element, heading, titleField, save, note, status);
  element.setAttribute('aria-labelledby', 'dossier-heading');

  const render = ({ session, plan, dossier: current = { status: 'idle' } }) => {
    document.body.dataset.dossier = current.status;
    const loggedIn = session?.status === 'user';
    const saved = current.plan;
    titleField.hidden = Boolean(saved) || !loggedIn;
    save.textContent = !loggedIn ? t('dossierLogIn') : saved ? t('dossierSaveVersion') : t('dossierSave');
    const shapeReady = Boolean(toDesign(plan));
    const readOnly = Boolean(plan?.readOnly); // an older version, or someone else's plan, opened to look at
    const frozen = designFrozen(saved); // submitted: the design is what the municipality decides on
    const coEditing = saved?.role === 'co-editor' && saved?.mayEditDesign === true; // saves versions of someone else's plan
    save.disabled = loggedIn && ((!isInitiator(session) && !coEditing) || !shapeReady || readOnly || frozen || current.status === 'saving');
    note.textContent = loggedIn && !isInitiator(session) && !coEditing ? t('dossierOnlyInitiators')
      : frozen ? t('dossierFrozen')
        : readOnly ? t('dossierReadOnly')
          : loggedIn && !shapeReady ? t('dossierNeedsShape') : '';
    note.hidden = !note.textContent;
    // A planner looking at someone else's plan saves nothing here: no save button, no title field, no note about it.
    const looking = isPlanner(session) && Boolean(saved) && !isOwnerOf(saved, session);
    save.hidden = looking;
    if (looking) note.hidden = true;
    heading.textContent = roleText('dossierTitle', looking ? 'planner' : 'initiator');
    replaceChildren(status, statusView(current, dossier));
  };
  state.onChange((current, changed) => {
    if (['session', 'plan', 'dossier'].some((key) => changed.includes(key))) render(current);
  });
  render(state.get());
}

function statusView(current, dossier) {
  const { status, plan } = current;
  const parts = [];
  if (status === 'saving') parts.push(h('p', { className: 'loading' }, t('dossierSaving')));
  if (status === 'conflict') {
    parts.push(h('div', { className: 'error', role: 'alert' },
      h('p', {}, t('dossierConflict', { version: current.currentVersion ?? '?' })),
      h('button', { type: 'button', onclick: () => dossier.reload() }, t('dossierReload'))));
  }
  if (status === 'error') {
    parts.push(h('div', { className: 'error', role: 'alert' },
      h('p', {}, saveErrorMessage(current.error))));
  }
  if (plan) {
    parts.push(h('section', { className: 'dossier-plan', 'data-plan-id': String(plan.id), 'data-version': String(plan.currentVersion) },
      status === 'saved' && h('p', { className: 'dossier-saved' }, t('dossierSaved', { title: plan.title, version: plan.currentVersion })),
      h('p', { className: 'dossier-version' }, h('strong', {}, t('dossierVersion', { version: plan.currentVersion }))),
      h('p', { className: 'dossier-phase' }, t('dossierPhase', { phase: plan.phaseLabel ?? plan.phase })),
      dossierSteps(plan).length > 0 && [h('h4', {}, t('dossierNextSteps')),
        h('ul', { className: 'dossier-next' }, dossierSteps(plan).map((step) => h('li', {}, step)))],
      plan.deadline?.label && h('p', { className: 'dossier-deadline' }, t('dossierDeadline', { label: plan.deadline.label })),
      h('button', { type: 'button', className: 'link-button', onclick: () => dossier.forget() }, t('dossierNewPlan'))));
  }
  return parts;
}
