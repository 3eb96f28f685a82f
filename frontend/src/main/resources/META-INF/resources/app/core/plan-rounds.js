// A plan's participation rounds in its dossier (no DOM): the list (GET /plans/{id}/rounds), a new round from the
// planner's form (or the initiator's proposal, which a planner approves by opening it), and opening and closing a
// round (the life cycle draft → open → closed). get() is
//   { planId, mayCreate, rounds: {status, items?}, busy, message: {key, error?} | null }.
import { createEmitter } from './emitter.js';
import { isOwnerOf, isPlanner } from './session.js';

/** Questions from the form's lines: "schaal: …" a scale 1–5, "keuze: vraag | optie | optie" a choice, else open. */
export function parseQuestions(text) {
  const questions = [];
  for (const raw of String(text ?? '').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const scale = /^schaal\s*:\s*(.+)$/i.exec(line);
    const choice = /^keuze\s*:\s*(.+)$/i.exec(line);
    if (scale) questions.push({ kind: 'scale', text: scale[1].trim() });
    else if (choice) {
      const [question, ...options] = choice[1].split('|').map((part) => part.trim()).filter(Boolean);
      questions.push({ kind: 'choice', text: question ?? '', options });
    } else questions.push({ kind: 'open', text: line });
  }
  return questions;
}

/** The body of POST /plans/{id}/rounds from the form's values, or {problem, field} naming what is not right. */
export function roundBody(form) {
  const title = String(form.title ?? '').trim();
  if (!title) return { problem: 'roundFormErrors.title', field: 'title' };
  const starts = new Date(form.startsAt ?? '');
  const ends = new Date(form.endsAt ?? '');
  if (Number.isNaN(starts.getTime())) return { problem: 'roundFormErrors.startsAt', field: 'startsAt' };
  if (Number.isNaN(ends.getTime())) return { problem: 'roundFormErrors.endsAt', field: 'endsAt' };
  if (ends <= starts) return { problem: 'roundFormErrors.period', field: 'endsAt' };
  const questions = parseQuestions(form.questions);
  if (questions.some((q) => !q.text || (q.kind === 'choice' && q.options.length < 2))) return { problem: 'roundFormErrors.questions', field: 'questions' };
  const on = form.interactions ?? {};
  const description = String(form.description ?? '').trim();
  return {
    body: {
      title,
      ...(description ? { description } : {}),
      startsAt: starts.toISOString(),
      endsAt: ends.toISOString(),
      questions,
      interactions: { reactions: on.reactions !== false, replies: on.replies !== false, agreement: on.agreement !== false,
        variants: false, votes: false, budget: false },
      moderation: form.moderation === 'pre' ? 'pre' : 'post',
      audience: form.audience === 'concerned' ? 'concerned' : 'accounts',
      replyDepth: Math.min(3, Math.max(1, Number(form.replyDepth) || 1)),
    },
  };
}

export function connectPlanRounds(api, { session = () => null } = {}) {
  const listeners = createEmitter();
  let current = { planId: null, mayCreate: false, rounds: { status: 'idle' }, busy: null, message: null };
  const set = (patch) => { current = { ...current, ...patch }; listeners.emit(current); };

  async function load() {
    const id = current.planId;
    if (id === null) return;
    try {
      const items = await api.planRounds(id);
      if (current.planId === id) set({ rounds: { status: 'ok', items: Array.isArray(items) ? items : items?.items ?? [] } });
    } catch {
      if (current.planId === id) set({ rounds: { status: 'error' } });
    }
  }

  async function lifecycle(roundId, name, fn, done) {
    if (current.busy) return undefined;
    set({ busy: name, message: null });
    try {
      const round = await fn(roundId);
      set({ busy: null, message: { key: done, roundId } });
      await load();
      return round ?? true;
    } catch (error) {
      const key = error?.kind === 'conflict' && (name === 'open' || name === 'schedule') ? 'roundFormErrors.published'
        : error?.kind === 'rejected' && name === 'schedule' ? 'roundFormErrors.startPassed' : 'roundFormErrors.failed';
      set({ busy: null, message: { key, error: true, roundId } });
      return undefined;
    }
  }

  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    /** The dossier shows a plan: planners and its owner see its rounds and may start one. */
    show(plan) {
      if (!plan) return undefined;
      const who = session();
      const mayCreate = isPlanner(who) || isOwnerOf(plan, who);
      if (plan.id === current.planId && mayCreate === current.mayCreate) return undefined;
      current = { planId: plan.id, mayCreate, proposal: !isPlanner(who), rounds: { status: 'loading' }, busy: null, message: null };
      listeners.emit(current);
      return load();
    },
    async create(form) {
      const built = roundBody(form);
      if (built.problem) { set({ message: { key: built.problem, error: true, field: built.field } }); return undefined; }
      if (current.busy) return undefined;
      set({ busy: 'create', message: null });
      try {
        const round = await api.createRound(current.planId, built.body);
        set({ busy: null, message: { key: 'roundCreated' } });
        await load();
        return round;
      } catch (error) {
        set({ busy: null, message: { key: 'roundFormErrors.failed', error: true } });
        return undefined;
      }
    },
    open: (roundId) => lifecycle(roundId, 'open', (id) => api.openRound(id), 'roundOpened'),
    close: (roundId) => lifecycle(roundId, 'close', (id) => api.closeRound(id), 'roundClosed'),
    schedule: (roundId) => lifecycle(roundId, 'schedule', (id) => api.scheduleRound(id), 'roundScheduled'),
    unschedule: (roundId) => lifecycle(roundId, 'unschedule', (id) => api.unscheduleRound(id), 'roundUnscheduled'),
    message: () => current.message,
  };
}
