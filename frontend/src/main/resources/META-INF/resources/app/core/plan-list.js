// "Mijn plannen": the plans the API lists (an initiator's own, a planner's all) as rows to show, last saved first,
// and which empty-state text fits who is looking.
import { formatMoment } from './format-nl.js';
import { isPlanner } from './session.js';
import { t } from './strings-nl.js';

export const activityLabel = (activity) => {
  const label = t(`planActivities.${activity}`);
  return label === `planActivities.${activity}` ? String(activity ?? '') : label;
};

const SHARED_ROLES = ['co-editor', 'advisor', 'viewer'];

/**
 * { rows, shared, empty: text key or null, titleKey }; each row { id, title, activity, phase, lastSaved, version,
 * owner?, role?, sharedRole? }. rows are the caller's own (a planner's: all), shared those shared with the caller
 * ("Gedeeld met mij"), each with the caller's role.
 */
export function planListModel(plans, session) {
  const planner = isPlanner(session);
  const recent = (plan) => Date.parse(plan.lastSavedAt ?? plan.createdAt ?? '') || 0;
  const all = [...(plans ?? [])].sort((a, b) => recent(b) - recent(a)).map((plan) => ({
    id: plan.id,
    title: plan.title,
    activity: t('myPlansActivity', { activity: activityLabel(plan.activity) }),
    phase: t('myPlansPhase', { phase: plan.phaseLabel ?? plan.phase }),
    lastSaved: plan.lastSavedAt ? t('myPlansLastSaved', { date: formatMoment(plan.lastSavedAt) }) : t('myPlansNotSaved'),
    version: plan.currentVersion > 0 ? t('myPlansVersion', { version: plan.currentVersion }) : null,
    owner: planner && plan.owner ? t('myPlansOwner', { owner: plan.owner }) : null,
    role: plan.role ?? null,
    sharedRole: SHARED_ROLES.includes(plan.role) ? t('sharedWithMeRole', { role: t(`sharingRoles.${plan.role}`) }) : null,
  }));
  const rows = all.filter((row) => !row.sharedRole);
  const shared = all.filter((row) => row.sharedRole);
  const ownKind = planner || (session?.user?.roles ?? []).includes('INITIATOR');
  return {
    rows,
    shared,
    empty: all.length ? null : planner ? 'myPlansEmptyPlanner' : ownKind ? 'myPlansEmpty' : 'myPlansEmptyShared',
    titleKey: planner ? 'myPlansAllTitle' : 'myPlansTitle',
  };
}
