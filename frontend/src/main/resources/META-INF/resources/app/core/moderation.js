// The planner's moderation queue for a round (no DOM): pending items (pre-moderation) and reported ones, newest
// first, each with its text, place and reports; approve, hide with a reason the author is told, undo one's own
// decision, block a participant from the round. get() is
//   { roundId, tab: 'pending' | 'reported' | 'appealed', status: 'idle' | 'loading' | 'ok' | 'error', items, busy, message, undo: {actionId, id} | null }.
import { createEmitter } from './emitter.js';

/** The items of a queue answer, whether it is a list or {items}. */
export function queueItems(answer) {
  const items = Array.isArray(answer) ? answer : answer?.items ?? [];
  return [...items].sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')));
}

/** The id of the moderation action an answer names (to undo it), or null. */
export function actionIdOf(answer) {
  const id = answer?.actionId ?? answer?.action?.id ?? answer?.id ?? null;
  return id === null || id === undefined ? null : id;
}

/**
 * The items of the queue shown (round roundId, tab tab) after a live signal from /topic/moderation.queue, or null when
 * the signal changes nothing shown: {type: 'queued', item} puts the item in (or in place of its older self) when it is
 * of this round and tab, and takes it out when it moved to another tab; {type: 'settled'} takes it out.
 */
export function applyQueueSignal(items, { roundId, tab }, signal) {
  if (!signal || String(signal.roundId) !== String(roundId)) return null;
  const id = signal.contributionId;
  const shown = items.some((item) => String(item.id) === String(id));
  const others = items.filter((item) => String(item.id) !== String(id));
  if (signal.type === 'queued' && signal.item && signal.item.queue === tab) return queueItems([signal.item, ...others]);
  if ((signal.type === 'settled' || signal.type === 'queued') && shown) return others;
  return null;
}

export function hideProblem(reason) {
  return String(reason ?? '').trim() === '' ? 'moderationHideNeedsReason' : null;
}

export function connectModeration(api) {
  const listeners = createEmitter();
  let current = { roundId: null, tab: 'pending', status: 'idle', items: [], busy: null, message: null, undo: null };
  const set = (patch) => { current = { ...current, ...patch }; listeners.emit(current); };

  async function load() {
    const { roundId, tab } = current;
    if (roundId === null) return;
    set({ status: current.items.length ? 'ok' : 'loading' });
    try {
      const answer = await api.moderationQueue({ round: roundId, state: tab });
      if (current.roundId === roundId && current.tab === tab) set({ status: 'ok', items: queueItems(answer) });
    } catch {
      if (current.roundId === roundId) set({ status: 'error' });
    }
  }

  async function act(id, name, fn, done) {
    if (current.busy) return undefined;
    set({ busy: `${name}:${id}`, message: null });
    try {
      const answer = await fn();
      set({ busy: null, message: { key: `moderationDone.${done}`, id } });
      await load();
      return answer ?? true;
    } catch {
      set({ busy: null, message: { key: 'roundErrors.failed', error: true, id } });
      return undefined;
    }
  }

  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    show(roundId) {
      if (current.roundId !== roundId) current = { ...current, roundId, items: [], undo: null, message: null };
      return load();
    },
    tab(tab) {
      set({ tab, items: [] });
      return load();
    },
    refresh: load,
    /** A live signal of the moderation queue: the list follows it at once, without a reload. */
    received(signal) {
      if (current.roundId === null || current.status === 'loading') return;
      const items = applyQueueSignal(current.items, current, signal);
      if (items) set({ items, status: 'ok' });
    },
    async approve(id) {
      const answer = await act(id, 'approve', () => api.approveContribution(id), 'approved');
      if (answer) set({ undo: actionIdOf(answer) !== null ? { actionId: actionIdOf(answer), id } : null });
      return answer;
    },
    async hide(id, reason) {
      const problem = hideProblem(reason);
      if (problem) { set({ message: { key: problem, error: true, id } }); return undefined; }
      const answer = await act(id, 'hide', () => api.hideContribution(id, String(reason).trim()), 'hidden');
      if (answer) set({ undo: actionIdOf(answer) !== null ? { actionId: actionIdOf(answer), id } : null });
      return answer;
    },
    async undo() {
      const undo = current.undo;
      if (!undo) return undefined;
      const answer = await act(undo.id, 'undo', () => api.undoModeration(undo.actionId), 'undone');
      if (answer) set({ undo: null });
      return answer;
    },
    async block(id, email) {
      if (!email) return undefined;
      return act(id, 'block', () => api.blockParticipant(current.roundId, email), 'blocked');
    },
  };
}
