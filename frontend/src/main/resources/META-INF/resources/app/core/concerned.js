// Who a plan concerns, without DOM or the 3D library: the resident's "Mijn woning" (choose, confirm with the letter
// code, the plans that concern the home), "Dit plan raakt u" with the statement form, and the owner's list of
// concerned parties with the tally. state.home is
//   { panel: 'closed' | 'home' | 'plan', home: { status, data?, error? }, plans: { status, items? }, hits?: [...],
//     plan?: { planId, status, mine?, title?, error? }, busy: null | 'choose' | 'confirm' | 'statement' | 'search', message }
// state.concernedMap is what the map highlights: { planId, area, parties } or null.
import { createEmitter } from './emitter.js';
import { sessionMayHaveEnded } from './session.js';

export const CLOSED_HOME = Object.freeze({ panel: 'closed' });
export const KINDS = Object.freeze(['consent', 'no-objection', 'objection']);
export const MAX_REASON = 2000;
export const RINGS = Object.freeze(['0-25', '25-50', '50-100', '100+']);

/** The text key of a refused request: the problem's code, else the field, else what went wrong. */
export function concernedErrorKey(error) {
  const code = error?.code ?? error?.problem?.code;
  const known = ['wrong-code', 'code-used', 'code-expired', 'code-attempts', 'no-home', 'no-building-here', 'unknown-address',
    'unknown-pand', 'address-without-pand', 'not-published', 'statements-closed', 'own-plan', 'no-confirmed-home', 'not-concerned',
    'not-owner', 'not-in-circle'];
  if (known.includes(code)) return `concernedErrors.${code}`;
  if (['reason', 'kind', 'version', 'code'].includes(error?.parameter)) return `concernedErrors.${error.parameter}`;
  if (error?.kind === 'unauthenticated') return 'concernedErrors.unauthenticated';
  if (error?.kind === 'unreachable') return 'concernedErrors.unreachable';
  return 'concernedErrors.failed';
}

/** What is wrong with a statement before it is sent (the server checks the same), or null. */
export function statementProblem({ kind, reason }) {
  if (!KINDS.includes(kind)) return 'concernedErrors.kind';
  const text = String(reason ?? '').trim();
  if (kind === 'objection' && text === '') return 'concernedErrors.reason';
  if (text.length > MAX_REASON) return 'concernedErrors.reason';
  return null;
}

/** The statement as the API takes it: the reason only when there is one. */
export function statementBody({ kind, reason }, version) {
  const text = String(reason ?? '').trim();
  return { kind, ...(text ? { reason: text } : {}), version };
}

/** "Uw woning ligt op 7 meter ten noordwesten van het plan (zone 0 tot 25 meter)" as values for the text. */
export function placeValues({ distance, direction, ring }, t) {
  return { distance: String(Math.round(Number(distance))), direction: t(`direction.${direction}`), ring: t(`ringLabel.${ring}`) };
}

/** The home's place as shown: the address where known, else the pand. */
export function homePlace(home, t) {
  if (!home) return '';
  return home.addressLabel || t('homePand', { pand: home.pandId });
}

/** Address hits of a search answer (others are buildings and parcels). */
export function addressHits(hits) {
  return (Array.isArray(hits) ? hits : []).filter((hit) => hit?.type === 'address').slice(0, 8);
}

/** The code of a ?home-code= link, read leniently; null when there is none. */
export function parseHomeCode(search) {
  const code = new URLSearchParams(String(search ?? '')).get('home-code');
  if (!code) return null;
  const clean = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{8}$/.test(clean) ? `${clean.slice(0, 4)}-${clean.slice(4)}` : null;
}

/** The plan id of a ?plan= short link (a letter or invitation mail); null when there is none. */
export function parsePlanLink(search) {
  const id = new URLSearchParams(String(search ?? '')).get('plan');
  return id && /^[1-9][0-9]{0,17}$/.test(id) ? Number(id) : null;
}

/** The owner's ring rows: one line per ring with its counts (0-25, 25-50, 50-100, and 100+ when present). */
export function ringRows(set) {
  return (set?.rings ?? []).map((r) => ({ ring: r.ring, parcels: r.parcels, buildings: r.buildings, addresses: r.addresses,
    residents: r.confirmedResidents }));
}

/** The owner's list of parties, nearest first (as the server sends them). */
export function partyRows(set) {
  return (set?.parties ?? []).map((p) => ({ type: p.type, id: p.id, label: p.label, distance: Math.round(p.distance),
    direction: p.direction, ring: p.ring, touching: Boolean(p.touching), addresses: p.addresses ?? [] }));
}

/** Tally rows per ring with their counts; a count may be a number (owner) or "< 5" (public). */
export function tallyRows(tally) {
  return (tally ?? []).map((r) => ({ ring: r.ring, consent: r.consent, noObjection: r.noObjection, objection: r.objection }));
}

/**
 * "Mijn woning" and "Dit plan raakt u" on the state. lookAt(lon, lat) gives the camera to fly to a plan.
 */
export function connectHome(state, api, { lookAt = null } = {}) {
  const current = () => state.get().home ?? CLOSED_HOME;
  const set = (patch) => state.update({ home: { ...current(), ...patch } });
  const fail = (error) => {
    if (error?.kind === 'unauthenticated') sessionMayHaveEnded(state, api);
    set({ busy: null, message: { key: concernedErrorKey(error), error: true, field: error?.parameter } });
  };

  async function loadHome() {
    set({ home: { status: 'loading' } });
    try {
      const home = await api.home();
      set({ home: { status: 'ok', data: home } });
      await loadPlans(home);
    } catch (error) {
      set({ home: { status: 'error', error } });
    }
  }

  async function loadPlans(home) {
    if (home?.status !== 'confirmed') return set({ plans: { status: 'ok', items: [] } });
    set({ plans: { status: 'loading' } });
    try {
      set({ plans: { status: 'ok', items: await api.homePlans() } });
    } catch (error) {
      set({ plans: { status: 'error', error } });
    }
  }

  async function loadPlan(planId) {
    try {
      const [mine, plan] = await Promise.all([api.concernedMe(planId), api.publicPlan(planId).catch(() => null)]);
      if (current().plan?.planId !== planId) return;
      set({ plan: { planId, status: 'ok', mine, title: plan?.title ?? null, description: plan?.description ?? null } });
      if (lookAt && plan?.bbox) state.update({ camera: lookAt((plan.bbox[0] + plan.bbox[2]) / 2, (plan.bbox[1] + plan.bbox[3]) / 2) });
    } catch (error) {
      if (current().plan?.planId === planId) set({ plan: { planId, status: 'error', error, key: concernedErrorKey(error) } });
    }
  }

  return {
    open() {
      set({ panel: 'home', message: null, busy: null });
      return loadHome();
    },
    close() {
      state.update({ home: CLOSED_HOME });
    },
    toggle() {
      return current().panel === 'closed' ? this.open() : this.close();
    },
    /** The selected building (a click on the map) becomes the home. */
    async chooseBuilding(pandId) {
      if (!pandId) return set({ message: { key: 'homeNoBuilding', error: true } });
      return this.choose({ pandId });
    },
    async chooseAddress(addressId) {
      return this.choose({ addressId });
    },
    async choose(choice) {
      if (current().busy) return undefined;
      set({ busy: 'choose', message: null });
      try {
        const home = await api.chooseHome(choice);
        set({ busy: null, hits: undefined, home: { status: 'ok', data: home },
          message: { key: home.status === 'confirmed' ? 'homeConfirmed' : 'homeChosen' } });
        await loadPlans(home);
        return home;
      } catch (error) {
        return fail(error);
      }
    },
    async search(q) {
      const text = String(q ?? '').trim();
      if (!text) return undefined;
      set({ busy: 'search', message: null });
      try {
        const hits = addressHits(await api.search(text));
        set({ busy: null, hits, message: hits.length === 0 ? { key: 'homeSearchNone' } : null });
        return hits;
      } catch (error) {
        return fail(error);
      }
    },
    async confirm(code) {
      if (!String(code ?? '').trim()) return set({ message: { key: 'concernedErrors.code', error: true, field: 'code' } });
      if (current().busy) return undefined;
      set({ busy: 'confirm', message: null });
      try {
        const home = await api.confirmHome(String(code).trim());
        set({ busy: null, home: { status: 'ok', data: home }, message: { key: 'homeConfirmed' } });
        await loadPlans(home);
        return home;
      } catch (error) {
        return fail(error);
      }
    },
    async forget() {
      set({ busy: 'choose', message: null });
      try {
        await api.forgetHome();
        set({ busy: null });
        return loadHome();
      } catch (error) {
        return fail(error);
      }
    },
    /** "Dit plan raakt u": opens a (published) plan in the panel. */
    openPlan(planId) {
      set({ panel: 'plan', plan: { planId, status: 'loading' }, message: null, busy: null });
      return loadPlan(planId);
    },
    backToHome() {
      set({ panel: 'home', plan: undefined, message: null });
      return loadHome();
    },
    async state(kind, reason) {
      const plan = current().plan;
      if (!plan?.mine || current().busy) return undefined;
      const problem = statementProblem({ kind, reason });
      if (problem) return set({ message: { key: problem, error: true, field: problem.split('.')[1] } });
      set({ busy: 'statement', message: null });
      try {
        const statement = await api.putStatement(plan.planId, statementBody({ kind, reason }, plan.mine.currentVersion));
        set({ busy: null, plan: { ...current().plan, mine: { ...plan.mine, statement } }, message: { key: 'statementSent' } });
        return statement;
      } catch (error) {
        return fail(error);
      }
    },
  };
}

/**
 * The owner's (co-editors', planners') "Belanghebbenden" of an open plan, and the ring on the map (state.concernedMap).
 * get() is { planId, set: {status, data?}, statements: {status, data?} | null, busy, message, onMap }.
 */
export function connectConcerned(state, api) {
  const listeners = createEmitter();
  let current = { planId: null };
  const emit = (patch) => { current = { ...current, ...patch }; listeners.emit(current); };
  const forPlan = (planId, patch) => { if (current.planId === planId) emit(patch); };
  const showOnMap = (on) => {
    const data = current.set?.data;
    state.update({ concernedMap: on && data?.area ? { planId: current.planId, area: data.area, parties: data.parties } : null });
    emit({ onMap: on && Boolean(data?.area) });
  };
  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    /** The dossier shows a plan: the owner, co-editors and planners see who it concerns; owner and planners the statements. */
    async show(plan) {
      if (!plan) return;
      const mayList = ['owner', 'co-editor', 'planner'].includes(plan.role);
      const mayStatements = ['owner', 'planner'].includes(plan.role);
      if (plan.id === current.planId && plan.role === current.role && plan.currentVersion === current.version) return;
      if (state.get().concernedMap && state.get().concernedMap.planId !== plan.id) state.update({ concernedMap: null });
      current = { planId: plan.id, role: plan.role, version: plan.currentVersion, owner: plan.role === 'owner', mayList, mayStatements,
        set: mayList ? { status: 'loading' } : null, statements: mayStatements ? { status: 'loading' } : null, busy: null, message: null,
        onMap: false };
      listeners.emit(current);
      const id = plan.id;
      await Promise.all([
        mayList && api.concerned(id).then((data) => forPlan(id, { set: { status: 'ok', data } }))
          .catch((error) => forPlan(id, { set: { status: 'error', key: concernedErrorKey(error) } })),
        mayStatements && api.statements(id).then((data) => forPlan(id, { statements: { status: 'ok', data } }))
          .catch((error) => forPlan(id, { statements: { status: 'error', key: concernedErrorKey(error) } })),
      ]);
      if (mayList && current.planId === id) showOnMap(true);
    },
    toggleMap() {
      showOnMap(!current.onMap);
    },
    async invite() {
      const id = current.planId;
      if (id === null || current.busy) return undefined;
      emit({ busy: 'invite', message: null });
      try {
        const invited = await api.inviteConcerned(id);
        forPlan(id, { busy: null, message: { key: 'concernedInvited', values: { emails: invited.emails, letters: invited.letters } } });
        return invited;
      } catch (error) {
        forPlan(id, { busy: null, message: { key: concernedErrorKey(error), error: true } });
        return undefined;
      }
    },
    statementsPdf: () => api.statementsPdfUrl(current.planId),
    lettersPdf: () => api.concernedLettersUrl(current.planId),
  };
}
