// Sharing a plan, without DOM: the invitation landing (/?invitation=<token>), the rows of "Delen" (members and
// invitations with their status), what each part of the dossier's sharing sections may show (the plan answer's
// role), the publication state in Dutch, the private comments, and the Dutch text for each refusal the API answers
// (problem details: code and parameter). The view (views/plan-sharing-view.js) only draws this.
import { createEmitter } from './emitter.js';
import { formatMoment } from './format-nl.js';
import { t } from './strings-nl.js';

export const ROLES = Object.freeze(['co-editor', 'advisor', 'viewer']);
export const COMMENT_MAX = 2000;
const TOKEN = /^[A-Za-z0-9_-]{16,100}$/;
const EMAIL = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;

/** The invitation token in the address bar's query, { token } or { invalid: true }, or null when there is none. */
export function parseInvitationLanding(search) {
  const params = new URLSearchParams(String(search ?? '').replace(/^\?/, ''));
  if (!params.has('invitation')) return null;
  const token = params.get('invitation').trim();
  return TOKEN.test(token) ? { token } : { invalid: true };
}

/** The URL without ?invitation=…, for history.replaceState once the token is spent or refused. */
export function withoutInvitationParam(href) {
  const url = new URL(href);
  url.searchParams.delete('invitation');
  return url.pathname + url.search + url.hash;
}

export const roleLabel = (role) => t(`sharingRoles.${role}`);

/** What the caller may see of the sharing sections, from the plan answer's role (owner, co-editor, advisor, viewer, planner). */
export function sharingAccess(plan) {
  const role = plan?.role;
  return {
    invite: role === 'owner',
    comments: ['owner', 'co-editor', 'advisor', 'planner'].includes(role),
    publication: Boolean(role),
  };
}

/** The text key of what is wrong with an invitation before it is sent, or null. */
export function inviteProblem({ email, role }, ownerEmail) {
  const address = String(email ?? '').trim().toLowerCase();
  if (!EMAIL.test(address)) return { field: 'email', key: 'sharingErrors.email' };
  if (ownerEmail && address === String(ownerEmail).toLowerCase()) return { field: 'email', key: 'sharingErrors.self' };
  if (!ROLES.includes(role)) return { field: 'role', key: 'sharingErrors.role' };
  return null;
}

/** Rows for "Delen": each invitation with its role and status in Dutch, newest first, and whether it can be revoked. */
export function invitationRows(sharing) {
  return (sharing?.invitations ?? []).map((i) => ({
    id: i.id,
    email: i.email,
    role: roleLabel(i.role),
    status: i.status,
    statusLabel: t(`sharingStatus.${i.status}`, { date: formatMoment(i.status === 'accepted' ? i.acceptedAt : i.expiresAt) }),
    revocable: i.status === 'pending' || i.status === 'accepted',
  }));
}

/** The Dutch text for a refused sharing request. */
export function sharingErrorKey(error) {
  const code = error?.code;
  if (code && t(`sharingErrors.${code}`) !== `sharingErrors.${code}`) return `sharingErrors.${code}`;
  if (error?.status === 400 && error?.parameter) {
    const field = `sharingErrors.field.${error.parameter}`;
    if (t(field) !== field) return field;
  }
  if (error?.kind === 'unauthenticated') return 'sharingErrors.loggedOut';
  if (error?.status === 403) return 'sharingErrors.notAllowed';
  if (error?.kind === 'not-found') return 'sharingErrors.gone';
  if (error?.kind === 'unreachable') return 'sharingErrors.unreachable';
  return 'sharingErrors.failed';
}

/** A comment's text as the API will take it, or the text key of why not. */
export function commentProblem(text) {
  const value = String(text ?? '').trim();
  if (!value) return 'sharingErrors.field.text';
  if ([...value].length > COMMENT_MAX) return 'sharingErrors.commentTooLong';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return 'sharingErrors.field.text';
  return null;
}

export function commentRows(comments) {
  return (comments ?? []).map((c) => ({
    id: c.id,
    text: c.text,
    meta: t('commentMeta', { author: c.author, role: t(`sharingParts.${c.authorRole}`), date: formatMoment(c.createdAt) }),
    version: c.version ? t('commentOnVersion', { version: c.version }) : null,
    anchored: Boolean(c.anchor),
  }));
}

/** The publication state for the dossier: a Dutch line, the reason of a rejection, and which buttons show. */
export function publicationModel(publication) {
  if (!publication) return { state: 'unknown', line: t('publicationLoading') };
  const state = publication.state;
  return {
    state,
    line: t(`publicationStates.${state}`, { date: formatMoment(publication.publishedAt ?? publication.requestedAt) }),
    reason: state === 'rejected' && publication.reason ? t('publicationReason', { reason: publication.reason }) : null,
    request: publication.mayRequest ? t(publication.approvalRequired ? 'publicationAsk' : 'publicationPublish') : null,
    withdraw: publication.mayWithdraw ? t(state === 'published' ? 'publicationUnpublish' : 'publicationWithdraw') : null,
    decide: publication.mayDecide === true,
  };
}

/**
 * Published plans (GET /api/v1/public/plans?volumes=true) as shapes to draw: per volume the outer ring
 * [[lon, lat], …] without the closing point, its base and top height, and the plan's id and title.
 */
export function publicPlanShapes(plans) {
  const shapes = [];
  for (const plan of plans ?? []) {
    (plan.volumes ?? []).forEach((volume, index) => {
      const ring = volume?.footprint?.coordinates?.[0];
      if (!Array.isArray(ring) || ring.length < 4) return;
      const open = ring.slice(0, -1).filter((c) => Number.isFinite(c?.[0]) && Number.isFinite(c?.[1]));
      if (open.length < 3) return;
      const base = Number.isFinite(volume.baseHeight) ? volume.baseHeight : 0;
      const top = Number.isFinite(volume.height) ? volume.height : base + 3;
      shapes.push({ id: `${plan.id}-${index}`, planId: plan.id, title: plan.title, ring: open, base, top: Math.max(top, base + 0.1) });
    });
  }
  return shapes;
}

/**
 * The sharing sections of an open plan: loads what the caller's role may see (sharingAccess) and runs the acts.
 * get() is { planId, access, sharing, comments, publication: { status: 'loading' | 'ok' | 'error', data?, key? },
 * busy: null | 'invite' | 'revoke' | 'comment' | 'publication', message: { key, values, error } | null };
 * subscribe(listener) is told after every change. A late answer for a plan no longer open is dropped.
 */
export function connectPlanSharing(api) {
  const listeners = createEmitter();
  let current = { planId: null, access: sharingAccess(null), busy: null, message: null };
  const set = (patch) => { current = { ...current, ...patch }; listeners.emit(current); };
  const forPlan = (planId, patch) => { if (current.planId === planId) set(patch); };

  async function load(planId, key, call) {
    forPlan(planId, { [key]: { ...(current[key] ?? {}), status: current[key]?.status === 'ok' ? 'ok' : 'loading' } });
    try {
      forPlan(planId, { [key]: { status: 'ok', data: await call() } });
    } catch (error) {
      forPlan(planId, { [key]: { status: 'error', key: sharingErrorKey(error) } });
    }
  }

  async function act(kind, call, done) {
    const planId = current.planId;
    if (planId === null || current.busy) return;
    set({ busy: kind, message: null });
    try {
      const result = await call(planId);
      forPlan(planId, { busy: null, message: done ? done(result) : null });
      return result;
    } catch (error) {
      forPlan(planId, { busy: null, message: { key: sharingErrorKey(error), error: true, field: error?.parameter } });
      return undefined;
    }
  }

  const reload = {
    sharing: (id) => load(id, 'sharing', () => api.sharing(id)),
    comments: (id) => load(id, 'comments', () => api.comments(id)),
    publication: (id) => load(id, 'publication', () => api.publication(id)),
  };

  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    /** The dossier shows a plan (the API's answer, with role): loads what this role sees, once per plan. */
    show(plan) {
      if (!plan) return;
      const access = sharingAccess(plan);
      if (plan.id === current.planId && plan.role === current.role) return;
      current = { planId: plan.id, role: plan.role, owner: plan.owner, access, busy: null, message: null,
        sharing: access.invite ? { status: 'loading' } : null,
        comments: access.comments ? { status: 'loading' } : null,
        publication: access.publication ? { status: 'loading' } : null };
      listeners.emit(current);
      return Promise.all([
        access.invite && reload.sharing(plan.id),
        access.comments && reload.comments(plan.id),
        access.publication && reload.publication(plan.id),
      ]);
    },
    async invite(email, role) {
      const problem = inviteProblem({ email, role }, current.owner);
      if (problem) return set({ message: { key: problem.key, error: true, field: problem.field } });
      const address = String(email).trim().toLowerCase();
      const done = await act('invite', (id) => api.invite(id, address, role), () => ({ key: 'sharingInvited', values: { email: address } }));
      if (done) await reload.sharing(current.planId);
      return done;
    },
    async revoke(invitationId) {
      await act('revoke', (id) => api.revokeInvitation(id, invitationId));
      await reload.sharing(current.planId);
    },
    async comment(text, version) {
      const problem = commentProblem(text);
      if (problem) return set({ message: { key: problem, error: true, field: 'text' } });
      const body = { text: String(text).trim(), ...(version ? { version } : {}) };
      const done = await act('comment', (id) => api.addComment(id, body));
      if (done) await reload.comments(current.planId);
      return done;
    },
    async requestPublication(displayName) {
      const name = String(displayName ?? '').trim();
      const done = await act('publication', (id) => api.requestPublication(id, name || undefined));
      if (done) forPlan(current.planId, { publication: { status: 'ok', data: done } });
      return done;
    },
    async withdrawPublication() {
      const done = await act('publication', (id) => api.withdrawPublication(id));
      if (done) forPlan(current.planId, { publication: { status: 'ok', data: done } });
      return done;
    },
    async approvePublication() {
      const done = await act('publication', (id) => api.approvePublication(id));
      if (done) forPlan(current.planId, { publication: { status: 'ok', data: done } });
      return done;
    },
    async rejectPublication(reason) {
      if (!String(reason ?? '').trim()) return set({ message: { key: 'sharingErrors.field.reason', error: true, field: 'reason' } });
      const done = await act('publication', (id) => api.rejectPublication(id, String(reason).trim()));
      if (done) forPlan(current.planId, { publication: { status: 'ok', data: done } });
      return done;
    },
  };
}

/**
 * The invitation landing: /?invitation=<token> opens it; nothing is sent until the person, logged in, chooses
 * "Uitnodiging aannemen" (a POST), so a mail scanner opening the link spends nothing. get() is
 * { status: 'none' | 'ready' | 'accepting' | 'accepted' | 'error', key?, accepted? }.
 */
export function connectInvitationLanding(api, landing, { onTokenSpent = () => {} } = {}) {
  const listeners = createEmitter();
  let current = !landing ? { status: 'none' } : landing.invalid ? { status: 'error', key: 'sharingErrors.invalid-invitation' } : { status: 'ready' };
  const set = (next) => { current = next; listeners.emit(current); };
  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    async accept() {
      if (current.status !== 'ready' && current.status !== 'error') return;
      if (!landing?.token) return;
      set({ status: 'accepting' });
      try {
        const accepted = await api.acceptInvitation(landing.token);
        onTokenSpent();
        set({ status: 'accepted', accepted });
      } catch (error) {
        // 401: not logged in yet; the token stays, so after logging in the same button works.
        if (error?.kind === 'unauthenticated' || error?.status === 403 && !error?.code) return set({ status: 'ready', key: 'invitationLogIn' });
        if (error?.status === 410 || error?.code === 'invalid-invitation') onTokenSpent();
        set({ status: error?.status === 410 || error?.code === 'invalid-invitation' ? 'gone' : 'error', key: sharingErrorKey(error) });
      }
    },
    close() {
      set({ status: 'none' });
    },
  };
}
