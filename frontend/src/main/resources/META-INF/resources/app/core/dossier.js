// "Bewaar als plan": the drawn plan as a dossier. The first save starts the plan (title, activity) and saves the
// design as version 1; later saves send the version they build on, so a save after someone else's is a 'conflict'
// instead of overwriting it. From the application on the design is frozen (the plan answer's mayEditDesign is false):
// nothing is sent, and a save the server refuses as 'design-frozen' marks the plan so. state.dossier is
// { status: 'idle' | 'saving' | 'saved' | 'error' | 'conflict' | 'frozen', plan? (the API's plan: id, currentVersion,
// phaseLabel, nextSteps, mayEditDesign…), error?, currentVersion? (on a conflict) }.
import { parcelsForCheck } from './own-parcel.js';
import { checkErrorMessage } from './plan-check.js';
import { fromDesign, toDesign } from './plan-draft.js';
import { t } from './strings-nl.js';
import { sessionMayHaveEnded } from './session.js';

export const IDLE_DOSSIER = Object.freeze({ status: 'idle' });

/** Whether the API says this plan's design can no longer be saved (submitted: a planner must move it back first). */
export const designFrozen = (plan) => plan?.mayEditDesign === false;

export function connectDossier(state, api) {
  const dossier = () => state.get().dossier ?? IDLE_DOSSIER;
  const set = (patch) => state.update({ dossier: { ...patch } });
  // Logged out, or someone else logged in: the saved plan is no longer theirs to save to. (A session that merely
  // expired keeps it, so logging in again goes on with the same plan.)
  state.onChange(({ session }, changed) => {
    const { plan } = dossier();
    if (!changed.includes('session') || !plan) return;
    const otherUser = session?.status === 'user' && plan.owner && session.user?.email?.toLowerCase() !== plan.owner;
    if (session?.loggedOut || otherUser) set(IDLE_DOSSIER);
  });

  return {
    /** Saves the current draft: a new plan with this title, or a new version of the plan saved before. */
    async save(title) {
      const design = toDesign(state.get().plan);
      const { plan } = dossier();
      if (!design || state.get().plan?.readOnly || designFrozen(plan) || dossier().status === 'saving') return; // only looked at
      set({ status: 'saving', plan });
      try {
        let id = plan?.id;
        // "Uw perceel" as the drawing had it becomes the plan's parcels (none known: the server takes the first design's).
        const parcels = parcelsForCheck(state.get().ownParcel, state.get().plan);
        if (id === undefined) {
          id = (await api.createPlan({ title: title.trim(), activity: design.activity, ...(parcels.length ? { parcels } : {}) })).id;
        }
        const saved = await api.saveDesign(id, plan?.currentVersion ?? 0, design);
        // A placed model is checked only within the plan: the save's check is the check of what is drawn.
        if (design.models?.length && saved?.check && toDesign(state.get().plan) && JSON.stringify(toDesign(state.get().plan)) === JSON.stringify(design)) {
          state.update({ planCheck: { status: 'ok', result: saved.check } });
        }
        set({ status: 'saved', plan: await api.plan(id) });
      } catch (error) {
        if (error?.kind === 'unauthenticated') await sessionMayHaveEnded(state, api);
        if (error?.code === 'design-frozen') set({ status: 'frozen', plan: { ...plan, mayEditDesign: false } });
        else if (error?.kind === 'conflict') set({ status: 'conflict', plan, currentVersion: error.problem?.currentVersion });
        else set({ status: 'error', plan, error });
      }
    },
    /** After a conflict: load the newest version into the drawing, so the next save builds on it. */
    async reload() {
      const { plan } = dossier();
      if (!plan) return;
      set({ status: 'saving', plan });
      try {
        const latest = await api.plan(plan.id);
        if (latest.currentVersion > 0) {
          const version = await api.version(plan.id, latest.currentVersion);
          state.update({ plan: fromDesign(version.design, plan.id) });
        }
        set({ status: 'saved', plan: latest });
      } catch (error) {
        set({ status: 'error', plan, error });
      }
    },
    /** Forget the saved plan: the next save starts a new one. */
    forget() {
      set(IDLE_DOSSIER);
    },
  };
}

/** The text key for a failed save. */
export function saveErrorKey(error) {
  if (error?.kind === 'unauthenticated') return 'dossierLoggedOut';
  if (error?.code === 'design-frozen') return 'dossierFrozen';
  if (error?.status === 403) return 'dossierNotAllowed';
  if (error?.kind === 'unreachable') return 'dossierUnreachable';
  if (error?.kind === 'rejected') return 'dossierRejected';
  return 'dossierFailed';
}

/**
 * The Dutch sentence for a failed save: the server's detail is English and meant for developers, so a refused field
 * becomes the same plain sentence the check gives (or one about the title), never the server's words.
 */
export function saveErrorMessage(error) {
  const key = saveErrorKey(error);
  if (key !== 'dossierRejected') return t(key);
  const parameter = String(error?.parameter ?? '');
  const reason = parameter === 'title' || parameter === 'description' ? t(`dossierRejectedField.${parameter}`)
    : checkErrorMessage(error).message;
  return t('dossierRejected', { detail: reason });
}
