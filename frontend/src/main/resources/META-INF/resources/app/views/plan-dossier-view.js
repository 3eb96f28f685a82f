// The dossier of an open plan: what it is, "Track & Trace" (the phases with their dates, the next steps and the
// expected deadline, and "Volgende fase" with a confirmation for whom may move it), its versions with the
// Wijzigingsprint, and its documents. Each part redraws only when its own data changed, so focus and a chosen file stay.
import { designFrozen } from '../core/dossier.js';
import { openErrorKey } from '../core/my-plans.js';
import { activityLabel } from '../core/plan-list.js';
import { deadlineText, mayMovePhase, nextPhase, timelineModel } from '../core/plan-timeline.js';
import { roleFor, roleText } from '../core/role-text.js';
import { isOwnerOf, isPlanner } from '../core/session.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';
import { mountPlanConcerned } from './plan-concerned-view.js';
import { mountPlanDocuments } from './plan-documents-view.js';
import { mountPlanRounds } from './plan-rounds-view.js';
import { mountPlanSharing } from './plan-sharing-view.js';
import { mountPlanVersions } from './plan-versions-view.js';

export function mountPlanDossier(root, myPlans, { heading, sharing, concerned, rounds }) {
  const back = h('button', { type: 'button', className: 'link-button my-plans-back', onclick: () => myPlans.showList() }, t('myPlansBack'));
  const status = h('div', { className: 'plan-dossier-status', 'aria-live': 'polite' });
  const summary = h('div', { className: 'plan-dossier-summary', 'aria-live': 'polite' });
  const track = h('section', { className: 'plan-track', 'aria-labelledby': 'plan-track-title' });
  const versionsSection = h('section', { className: 'plan-versions', 'aria-labelledby': 'plan-versions-title' });
  const documentsSection = h('section', { className: 'plan-documents', 'aria-labelledby': 'plan-documents-title' });
  const versions = mountPlanVersions(versionsSection, myPlans);
  const documents = mountPlanDocuments(documentsSection, myPlans);
  const sharingRoot = h('div', { className: 'plan-sharing-sections' });
  const sharingView = sharing ? mountPlanSharing(sharingRoot, sharing) : null;
  const concernedRoot = h('div', { className: 'plan-concerned-sections' });
  const concernedView = concerned ? mountPlanConcerned(concernedRoot, concerned) : null;
  const roundsRoot = h('div', { className: 'plan-rounds-sections' });
  const roundsView = rounds ? mountPlanRounds(roundsRoot, rounds.model, rounds) : null;
  const parts = [summary, track, versionsSection, documentsSection, sharingRoot, concernedRoot, roundsRoot];
  replaceChildren(root, back, status, parts);

  let confirming = false;
  let last = {};
  const renderTrack = (open, session) => {
    const { plan } = open;
    const next = nextPhase(plan);
    const mayMove = mayMovePhase(plan);
    const moving = open.phase?.status === 'moving';
    const confirmYes = h('button', { type: 'button', className: 'plan-phase-yes', disabled: moving,
      onclick: () => { confirming = false; myPlans.movePhase(); } }, next && t('phaseConfirmYes', { phase: next.label }));
    const deadline = deadlineText(plan);
    const role = roleFor(plan, session);
    replaceChildren(track,
      h('h3', { id: 'plan-track-title', tabindex: '-1' }, roleText('trackTitle', role)),
      h('ol', { className: 'track', 'data-phase': plan.phase }, timelineModel(plan).map((step) => h('li', {
        'data-phase': step.phase, 'data-state': step.state, 'aria-current': step.state === 'current' ? 'step' : null },
      h('strong', {}, step.label), ' ', h('span', { className: 'track-when' }, step.when)))),
      plan.nextSteps?.length > 0 && [h('h4', {}, roleText('dossierNextSteps', role)),
        h('ul', { className: 'plan-next-steps' }, plan.nextSteps.map((line) => h('li', {}, line)))],
      deadline && h('p', { className: 'plan-deadline' }, deadline),
      mayMove && !confirming && h('button', { type: 'button', className: 'plan-phase-next', disabled: moving,
        onclick: () => { confirming = true; renderTrack(openNow(), session); track.querySelector('.plan-phase-yes')?.focus(); } },
      roleText('phaseNext', role, { phase: next.label })),
      mayMove && confirming && h('div', { className: 'plan-phase-confirm', role: 'group', 'aria-labelledby': 'plan-phase-question' },
        h('p', { id: 'plan-phase-question' }, t(isPlanner(session) && !isOwnerOf(plan, session) ? 'phaseConfirmPlanner'
          : next.phase === 'application' ? 'phaseConfirmApplication' : 'phaseConfirm', { phase: next.label })),
        h('div', { className: 'plan-buttons' }, confirmYes,
          h('button', { type: 'button', className: 'link-button', onclick: () => {
            confirming = false;
            renderTrack(openNow(), session);
            track.querySelector('.plan-phase-next')?.focus();
          } }, t('phaseCancel')))),
      h('p', { className: 'plan-phase-message', 'aria-live': 'polite', 'data-phase-status': open.phase?.status ?? 'idle' },
        open.phase?.status === 'moving' ? t('phaseMoving')
          : open.phase?.status === 'moved' ? t('phaseMoved', { phase: open.phase.label })
            : open.phase?.status === 'error' ? t(open.phase.key) : ''));
  };
  const openNow = () => last.open;

  const renderSummary = (open, session) => {
    const { plan } = open;
    const owner = isOwnerOf(plan, session);
    const role = roleFor(plan, session);
    replaceChildren(summary,
      h('p', { className: 'plan-dossier-meta' }, [t('myPlansActivity', { activity: activityLabel(plan.activity) }),
        plan.currentVersion > 0 ? t('myPlansVersion', { version: plan.currentVersion }) : t('myPlansNotSaved')].join(' · ')),
      plan.description && h('p', { className: 'plan-dossier-description' }, plan.description),
      plan.parcelNames?.length > 0 && h('p', { className: 'plan-dossier-meta' }, plan.parcelNames.join(', ')),
      role === 'planner' && h('p', { className: 'plan-dossier-owner' }, roleText('planOwner', role, { owner: plan.owner })),
      open.viewing !== null && open.viewing !== undefined
        ? h('div', { className: 'plan-viewing', 'data-viewing': String(open.viewing) },
          h('p', {}, t('versionViewing', { version: open.viewing })),
          h('button', { type: 'button', onclick: () => myPlans.backToLatest() }, t('versionBackToLatest')))
        : h('p', { className: 'note' }, roleText(plan.role === 'co-editor' && plan.mayEditDesign === true ? 'planOpenedInDrawing' : !owner ? 'planOpenedReadOnly'
          : designFrozen(plan) ? 'planOpenedFrozen' : 'planOpenedInDrawing', role)),
      open.viewError && h('p', { className: 'error', role: 'alert' }, t('versionLoadFailed')));
  };

  return {
    render(open, session) {
      if (!open) return;
      root.dataset.status = open.status;
      root.dataset.planId = String(open.planId);
      root.dataset.viewing = open.viewing == null ? '' : String(open.viewing);
      parts.forEach((part) => { part.hidden = open.status !== 'ok'; });
      if (open.planId !== last.open?.planId) confirming = false;
      if (open.status !== 'ok') {
        heading.textContent = open.status === 'loading' ? t('planOpening') : t('myPlansTitle');
        replaceChildren(status, open.status === 'loading' ? h('p', { className: 'loading' }, t('planOpening'))
          : h('div', { className: 'error', role: 'alert' }, h('p', {}, t(openErrorKey(open.error)))));
        last = { open, session };
        return;
      }
      replaceChildren(status);
      heading.textContent = open.plan.title;
      const prev = last.open ?? {};
      const sessionChanged = session !== last.session;
      if (open.plan !== prev.plan || open.viewing !== prev.viewing || open.viewError !== prev.viewError || sessionChanged) renderSummary(open, session);
      if (open.plan !== prev.plan || open.phase !== prev.phase || sessionChanged) {
        if (open.plan !== prev.plan) confirming = false;
        last = { open, session };
        renderTrack(open, session);
      }
      versions.render(open);
      documents.render(open, session);
      sharingView?.render(open);
      concernedView?.render(open);
      roundsView?.render(open);
      last = { open, session };
    },
  };
}
