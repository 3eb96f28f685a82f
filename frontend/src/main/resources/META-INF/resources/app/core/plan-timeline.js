// "Track & Trace": the plan's journey (idea → … → evaluation, labelled in Dutch by the API) as steps passed, current
// and later, with the date each was entered; the next phase and whether to offer moving the plan there: the API's
// plan answer says whether this caller may (mayMovePhase: the owner up to the application, a planner always), so the
// rules are not repeated here.
import { formatDate } from './lookup-model.js';
import { t } from './strings-nl.js';

/** [{ phase, label, state: 'passed' | 'current' | 'later', when }] in the order of the journey. */
export function timelineModel(plan) {
  return (plan?.timeline ?? []).map((step) => {
    const state = step.current ? 'current' : step.reached ? 'passed' : 'later';
    const date = step.enteredOn ? formatDate(step.enteredOn) : null;
    const when = state === 'later' ? t('trackLater')
      : state === 'current' ? (date ? t('trackCurrent', { date }) : t('trackCurrentNoDate'))
        : t('trackPassed', { date: date ?? '?' });
    return { phase: step.phase, label: step.label, state, when };
  });
}

/** The phase after the current one ({ phase, label }), or null at the end of the journey. */
export function nextPhase(plan) {
  const steps = plan?.timeline ?? [];
  const current = steps.findIndex((step) => step.current);
  const next = current >= 0 ? steps[current + 1] : undefined;
  return next ? { phase: next.phase, label: next.label } : null;
}

/** Whether to offer "Volgende fase": the API allows this caller to move the plan on, and there is a next phase. */
export const mayMovePhase = (plan) => plan?.mayMovePhase === true && nextPhase(plan) !== null;

/** The deadline line ("Verwachte termijn: … (date)"), or null. */
export function deadlineText(plan) {
  const deadline = plan?.deadline;
  return deadline?.label ? t('trackDeadline', { label: deadline.label, date: formatDate(deadline.date) }) : null;
}

export function phaseErrorKey(error) {
  if (error?.kind === 'unauthenticated') return 'planOpenLoggedOut';
  if (error?.status === 403 || error?.status === 404) return 'phaseNotAllowed';
  if (error?.status === 400) return 'phaseRejected';
  if (error?.kind === 'unreachable') return 'planOpenUnreachable';
  return 'phaseFailed';
}
