// "Mijn plannen" and the dossier of an open plan, without DOM or the 3D library. state.myPlans is
//   { panel: 'closed' | 'list' | 'dossier', list?: { status, plans?, error? }, open?: OpenPlan }
// OpenPlan: { planId, status: 'loading' | 'ok' | 'error', plan?, error?, viewing (an older version shown, or null),
//   versions: { status, items? }, changes: { [n]: { status, summary? } }, documents: { status, items? },
//   upload: { status: 'idle' | 'uploading' | 'ok' | 'error', name?, key? }, phase: { status: 'idle' | 'moving' | 'moved' | 'error', key? } }.
// Opening a plan flies the camera to it (state.camera, as search does) and puts its newest design in the drawing; the
// dossier (core/dossier.js) then knows the plan and its version, so the next save is the next version.
import { cameraLookingAt } from './camera.js';
import { designFrozen } from './dossier.js';
import { draftCentre, emptyDraft, fromDesign } from './plan-draft.js';
import { uploadErrorKey } from './plan-documents.js';
import { nextPhase, phaseErrorKey } from './plan-timeline.js';
import { isOwnerOf, sessionMayHaveEnded } from './session.js';

export const CLOSED_MY_PLANS = Object.freeze({ panel: 'closed' });

/** The text key for a plan (or the list) that could not be loaded. */
export function openErrorKey(error) {
  if (error?.kind === 'unauthenticated') return 'planOpenLoggedOut';
  if (error?.kind === 'not-found') return 'planOpenGone';
  if (error?.status === 403) return 'planOpenNotAllowed';
  if (error?.kind === 'unreachable') return 'planOpenUnreachable';
  return 'planOpenFailed';
}

export function connectMyPlans(state, api, { lookAt = (lon, lat) => cameraLookingAt(lon, lat, { height: 90, pitch: -45 }) } = {}) {
  let stash = null; // the drawing as it was before an older version was opened to look at
  const current = () => state.get().myPlans ?? CLOSED_MY_PLANS;
  const set = (patch) => state.update({ myPlans: { ...current(), ...patch } });
  /** Changes the open plan, unless another plan was opened meanwhile (a late answer for an old one is dropped). */
  const setOpen = (planId, patch) => {
    const open = current().open;
    if (open && open.planId === planId) set({ open: { ...open, ...patch } });
  };
  const openPlan = () => current().open;
  const lostSession = (error) => {
    if (error?.kind === 'unauthenticated') sessionMayHaveEnded(state, api);
  };

  async function showList() {
    remember();
    set({ panel: 'list', list: { status: 'loading' } });
    try {
      set({ list: { status: 'ok', plans: await api.plans() } });
    } catch (error) {
      lostSession(error);
      set({ list: { status: 'error', error } });
    }
  }

  async function loadVersions(id) {
    setOpen(id, { versions: { status: 'loading' } });
    try {
      const items = await api.versions(id);
      setOpen(id, { versions: { status: 'ok', items } });
      const newest = Math.max(0, ...items.map((v) => v.version));
      if (newest > 0) await loadChanges(id, newest);
    } catch (error) {
      setOpen(id, { versions: { status: 'error', error } });
    }
  }

  async function loadChanges(id, n) {
    const known = openPlan()?.changes?.[n];
    if (known && known.status !== 'error') return;
    const put = (value) => setOpen(id, { changes: { ...openPlan().changes, [n]: value } });
    put({ status: 'loading' });
    try {
      put({ status: 'ok', summary: (await api.changes(id, n)).summary ?? [] });
    } catch (error) {
      put({ status: 'error', error });
    }
  }

  async function loadDocuments(id) {
    if (openPlan()?.documents?.status !== 'ok') setOpen(id, { documents: { status: 'loading' } });
    try {
      setOpen(id, { documents: { status: 'ok', items: await api.documents(id) } });
    } catch (error) {
      setOpen(id, { documents: { status: 'error', error } });
    }
  }

  /** The plan as the API answered it, also for the save section, so a save builds on its current version. */
  function showPlan(plan) {
    setOpen(plan.id, { status: 'ok', plan });
    const { dossier } = state.get();
    if (dossier?.plan?.id === plan.id) state.update({ dossier: { ...dossier, plan } });
  }

  // A save in the plan panel makes a new version: list it with its Wijzigingsprint. Logging out, or someone else
  // logging in, closes the panel (an expired session keeps it, as the dossier does).
  let viewer = null;
  const remember = () => { viewer = state.get().session?.user?.email?.toLowerCase() ?? null; };
  state.onChange(({ dossier, session }, changed) => {
    const open = openPlan();
    if (changed.includes('session') && current().panel !== 'closed'
      && (session?.loggedOut || (session?.status === 'user' && session.user?.email?.toLowerCase() !== viewer))) {
      stash = null;
      state.update({ myPlans: CLOSED_MY_PLANS });
      return;
    }
    if (!changed.includes('dossier') || open?.status !== 'ok') return;
    if (!dossier?.plan && current().panel === 'dossier') {
      showList(); // "Begin een nieuw plan": the drawing is no longer this plan's
      return;
    }
    if (dossier?.plan?.id !== open.planId) return;
    const saved = dossier.plan;
    if (saved.currentVersion !== open.plan.currentVersion) {
      setOpen(open.planId, { plan: saved, changes: {} });
      loadVersions(open.planId);
    } else {
      setOpen(open.planId, { plan: saved });
    }
  });

  return {
    /** "Mijn plannen" in the top bar: shows the list, or closes the panel when it is open. */
    toggle() {
      if (current().panel === 'closed') return showList();
      return this.close();
    },
    showList,
    close() {
      set({ panel: 'closed' });
    },
    /** Opens a plan: its dossier in the panel, the camera on it, its newest design in the drawing. */
    async open(id) {
      stash = null;
      remember();
      set({ panel: 'dossier', open: { planId: id, status: 'loading', viewing: null, versions: { status: 'loading' }, changes: {},
        documents: { status: 'loading' }, upload: { status: 'idle' }, phase: { status: 'idle' } } });
      try {
        const plan = await api.plan(id);
        const version = plan.currentVersion > 0 ? await api.version(id, plan.currentVersion) : null;
        if (openPlan()?.planId !== id) return;
        const draft = version ? fromDesign(version.design, id) : emptyDraft();
        // A planner, advisor or viewer looks (the owner and co-editors save: the API's mayEditDesign); a submitted
        // design is looked at too: it is frozen.
        const coEditing = plan.role === 'co-editor' && plan.mayEditDesign === true;
        const editable = coEditing || (isOwnerOf(plan, state.get().session) && !designFrozen(plan));
        if (!editable) draft.readOnly = true;
        const centre = draftCentre(draft);
        state.update({ plan: draft, dossier: { status: 'opened', plan }, ...(centre ? { camera: lookAt(centre[0], centre[1]) } : {}) });
        setOpen(id, { status: 'ok', plan });
      } catch (error) {
        lostSession(error);
        setOpen(id, { status: 'error', error });
        return;
      }
      // A viewer sees the plan and its design, not its documents (the API answers 403).
      const viewer = openPlan()?.plan?.role === 'viewer';
      if (viewer) setOpen(id, { documents: { status: 'not-for-viewers' } });
      await Promise.all([loadVersions(id), viewer ? null : loadDocuments(id)]);
    },
    /** The Wijzigingsprint of version n (loaded once). */
    loadChanges(n) {
      const open = openPlan();
      return open?.plan ? loadChanges(open.planId, n) : undefined;
    },
    /** Shows an older version in the drawing, read-only; the drawing as it was comes back with backToLatest(). */
    async viewVersion(n) {
      const open = openPlan();
      if (!open?.plan) return;
      if (n === open.plan.currentVersion) return this.backToLatest();
      try {
        const version = await api.version(open.planId, n);
        if (openPlan()?.planId !== open.planId) return;
        if (stash === null) stash = state.get().plan;
        state.update({ plan: { ...fromDesign(version.design, open.planId), readOnly: true } });
        setOpen(open.planId, { viewing: n, viewError: null });
      } catch (error) {
        setOpen(open.planId, { viewError: error });
      }
    },
    backToLatest() {
      const open = openPlan();
      if (stash !== null) state.update({ plan: stash });
      stash = null;
      if (open) setOpen(open.planId, { viewing: null, viewError: null });
    },
    /** "Volgende fase": moves the open plan one phase on (the API decides whether this user may). */
    async movePhase() {
      const open = openPlan();
      const next = nextPhase(open?.plan);
      if (!next || open.phase?.status === 'moving') return;
      setOpen(open.planId, { phase: { status: 'moving' } });
      try {
        const moved = await api.movePhase(open.planId, next.phase);
        setOpen(open.planId, { phase: { status: 'moved', label: moved.phaseLabel } });
        showPlan(moved);
      } catch (error) {
        lostSession(error);
        setOpen(open.planId, { phase: { status: 'error', key: phaseErrorKey(error) } });
      }
    },
    /** Adds a document (a File) to the open plan and lists it; a refusal is explained from the problem details. */
    async upload(file) {
      const open = openPlan();
      if (!open?.plan || open.upload?.status === 'uploading') return;
      if (!file) return setOpen(open.planId, { upload: { status: 'error', key: 'documentsChooseFirst' } });
      setOpen(open.planId, { upload: { status: 'uploading', name: file.name } });
      try {
        const info = await api.uploadDocument(open.planId, file);
        setOpen(open.planId, { upload: { status: 'ok', name: info.filename } });
        await loadDocuments(open.planId);
      } catch (error) {
        lostSession(error);
        setOpen(open.planId, { upload: { status: 'error', key: uploadErrorKey(error) } });
      }
    },
    documentUrl: (documentId) => api.documentUrl(openPlan()?.planId, documentId),
  };
}
