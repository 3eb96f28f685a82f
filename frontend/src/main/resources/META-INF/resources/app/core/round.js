// The round panel's model (no DOM, no socket): one open participation round, kept current without reloading. The
// snapshot comes from GET /rounds/{id}/state (with the seq it reflects); live deltas come from `live` (the STOMP
// module in live/, injected) and are applied in seq order (core/round-sequence.js): duplicates dropped, a gap waited
// for 1 s and then filled from /changes?after=, and on every (re)connect the snapshot is loaded again. New reactions
// of others wait behind the "N nieuwe reacties" bar while the reader is further down the list or typing, so nothing
// moves under the reader and the list is never re-read by a screen reader. The model keeps no drafts: what someone
// types lives in the view's fields, which no update replaces.
//
// get() is { roundId, status: 'idle' | 'loading' | 'ok' | 'error', key?, view (core/round-items.js) | null,
//            live: 'off' | 'connecting' | 'live' | 'offline', busy: {[id]: act} , message: {key, values, error, id?} | null,
//            focus: id | null (the item asked for from the map), reader: {atTop, typing} }.
import { createEmitter } from './emitter.js';
import { applyDelta, findItem, patchItem, reactionProblem, snapshotView, textProblem, upsertItem } from './round-items.js';
import { createSequencer } from './round-sequence.js';

export const IDLE_ROUND = Object.freeze({ roundId: null, status: 'idle', view: null, live: 'off', busy: {}, message: null, focus: null,
  reader: { atTop: true, typing: false } });

/** The Dutch text key for a refused write. */
export function roundErrorKey(error) {
  if (error?.kind === 'unauthenticated') return 'roundErrors.login';
  if (error?.kind === 'conflict') return 'roundErrors.notOpen';
  if (error?.status === 403) return 'roundErrors.forbidden';
  if (error?.status === 429) return 'roundErrors.tooMany';
  if (error?.kind === 'not-found') return 'roundErrors.gone';
  if (error?.kind === 'unreachable') return 'roundErrors.unreachable';
  if (error?.parameter === 'place') return 'roundErrors.placeFar';
  if (error?.parameter === 'text') return 'roundErrors.textLong';
  return 'roundErrors.failed';
}

/** The round a link opens (/?round=12), or null. */
export function parseRoundLink(search) {
  const value = Number(new URLSearchParams(String(search ?? '')).get('round'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * live: (roundId, handlers) → {close} (live/round-socket.js); planner(): whether the viewer is a planner;
 * initiator(round): whether the viewer owns the round's plan (may answer as the initiator), asked once per round.
 */
export function connectRound(api, { live = null, timers = globalThis, planner = () => false, initiator = async () => false, wait } = {}) {
  const listeners = createEmitter();
  let current = { ...IDLE_ROUND };
  let connection = null;
  let loads = 0; // only the newest snapshot request counts
  const set = (patch) => { current = { ...current, ...patch }; listeners.emit(current); };
  const holding = () => !current.reader.atTop || current.reader.typing;
  const setView = (view) => set({ view });

  const sequencer = createSequencer({
    timers,
    wait,
    apply: (delta) => {
      if (!current.view) return;
      const before = current.view;
      const item = delta.type === 'hidden' ? findItem(before, delta.data?.id) : null;
      setView(applyDelta(before, delta, { holding: holding() }));
      if (item?.author?.mine) reload(); // my item was hidden: the snapshot carries the reason I am told
    },
    onGap: (after) => catchUp(after),
  });

  async function reload() {
    const id = current.roundId;
    if (id === null) return;
    const mine = ++loads;
    sequencer.pause();
    if (!current.view) set({ status: 'loading' });
    try {
      const snapshot = await api.roundState(id);
      if (mine !== loads || current.roundId !== id) return;
      const view = snapshotView(snapshot, current.view, { holding: holding(), planner: planner() });
      set({ status: 'ok', key: undefined, view: { ...view, initiator: current.view?.initiator } });
      sequencer.start(current.view.seq);
      if (current.view.initiator === undefined) {
        const owns = await initiator(current.view.round).catch(() => false);
        if (current.roundId === id && current.view) setView({ ...current.view, initiator: Boolean(owns) });
      }
    } catch (error) {
      if (mine !== loads || current.roundId !== id) return;
      if (current.view) sequencer.start(current.view.seq);
      else set({ status: 'error', key: error?.kind === 'not-found' ? 'roundErrors.gone' : error?.status === 403 ? 'roundErrors.forbidden' : 'roundErrors.load' });
    }
  }

  async function catchUp(after) {
    const id = current.roundId;
    try {
      const answer = await api.roundChanges(id, after);
      if (current.roundId !== id) return;
      if (answer?.reload) return reload();
      for (const change of answer?.changes ?? []) sequencer.push(change);
      if (sequencer.waiting() > 0 && sequencer.applied() === after) await reload(); // the log did not fill it
    } catch (error) {
      if (current.roundId === id) await reload(); // too old (410) or not reachable: start again from a snapshot
    }
  }

  /** Runs one write; busy per item (or 'round'), a refusal as a Dutch message next to that item. */
  async function act(id, name, fn) {
    if (current.busy[id]) return undefined;
    set({ busy: { ...current.busy, [id]: name }, message: null });
    try {
      const answer = await fn();
      return answer ?? true;
    } catch (error) {
      set({ message: { key: roundErrorKey(error), error: true, id } });
      return undefined;
    } finally {
      const { [id]: done, ...rest } = current.busy;
      set({ busy: rest });
    }
  }

  async function presenceNames(roundId) {
    try {
      const presence = await api.roundPresence(roundId);
      if (current.roundId === roundId && current.view) setView({ ...current.view, presence });
    } catch {
      // the count stays
    }
  }

  /** A connection for the round (again after a login or logout: the socket speaks for whoever opened it). */
  function connect(roundId) {
    connection?.close();
    connection = null;
    if (!live) return;
    set({ live: 'connecting' });
    // A connection being closed still reports for a moment: only the current one counts.
    let made = null;
    const ifCurrent = (fn) => (...args) => { if (connection === made) fn(...args); };
    made = live(roundId, {
      onConnect: ifCurrent(() => { set({ live: 'live' }); reload(); }),
      onDisconnect: ifCurrent(() => set({ live: 'offline' })),
      onDelta: ifCurrent((delta) => sequencer.push(delta)),
      onPresence: ifCurrent((presence) => {
        if (current.view) setView({ ...current.view, presence: { ...current.view.presence, ...presence } });
        if (planner()) presenceNames(roundId); // planners see who is here (GET /presence); the topic carries only the count
      }),
      onPersonal: ifCurrent(() => reload()),
    });
    connection = made;
  }

  const mark = (id, fn) => { if (current.view) setView(patchItem(current.view, id, (item) => ({ ...item, ...fn(item) }))); };

  return {
    get: () => current,
    subscribe: (listener) => listeners.subscribe(listener),
    /** Opens a round: loads its snapshot, then listens live (each (re)connect loads the snapshot again). */
    open(roundId) {
      if (current.roundId === roundId && current.status !== 'error') return Promise.resolve();
      this.close();
      current = { ...IDLE_ROUND, roundId, status: 'loading', live: live ? 'connecting' : 'off' };
      listeners.emit(current);
      connect(roundId);
      return reload();
    },
    close() {
      connection?.close();
      connection = null;
      sequencer.stop();
      loads += 1;
      current = { ...IDLE_ROUND };
      listeners.emit(current);
    },
    reload,
    /** Someone logged in or out: what is mine and what I may do changes. */
    sessionChanged() {
      if (current.roundId === null) return undefined;
      if (current.view) current = { ...current, view: { ...current.view, initiator: undefined } };
      connect(current.roundId);
      return reload();
    },
    /** Where the reader is: {atTop} (the list scrolled to its start) and {typing} (focus in a field of the panel). */
    setReader(reader) {
      const next = { ...current.reader, ...reader };
      if (next.atTop !== current.reader.atTop || next.typing !== current.reader.typing) set({ reader: next });
    },
    /** The bar was chosen: the waiting reactions join the list. */
    showIncoming() {
      const view = current.view;
      if (!view || view.incoming.length === 0) return;
      let next = { ...view, incoming: [] };
      for (const item of view.incoming) next = upsertItem(next, item);
      setView(next);
    },
    setFilters(filters) {
      if (current.view) setView({ ...current.view, filters: { ...current.view.filters, ...filters } });
    },
    focus(id) {
      set({ focus: id });
    },
    /** A new reaction; variantId: the saved variant of this round it is about (issue 12), else about the plan. */
    async react({ place, stance, theme, text, variantId = null }) {
      const problem = reactionProblem({ place, stance, theme, text });
      if (problem) { set({ message: { key: problem, error: true, id: 'new' } }); return undefined; }
      const body = { stance, theme, text: String(text).trim(), place: { lon: place.lon, lat: place.lat, height: Number(place.height) || 0 },
        ...(Number.isInteger(place.volumeIndex) ? { volumeIndex: place.volumeIndex } : {}),
        ...(variantId !== null && variantId !== undefined ? { variantId: Number(variantId) } : {}) };
      const item = await act('new', 'react', () => api.postReaction(current.roundId, body));
      if (item && current.view) {
        setView(upsertItem(current.view, { kind: 'reaction', ...item, author: { ...item.author, mine: true } }));
        set({ message: { key: item.status === 'pending' ? 'roundSentPending' : 'roundSent', id: 'new' } });
      }
      return item;
    },
    async reply(parentId, text) {
      const problem = textProblem(text);
      if (problem) { set({ message: { key: problem, error: true, id: parentId } }); return undefined; }
      const item = await act(parentId, 'reply', () => api.postReply(parentId, String(text).trim()));
      if (item && current.view) {
        setView(upsertItem(current.view, { kind: 'reply', parentId, ...item, author: { ...item.author, mine: true } }));
        if (item.status === 'pending') set({ message: { key: 'roundSentPending', id: parentId } });
      }
      return item;
    },
    async answerAsInitiator(parentId, text) {
      const problem = textProblem(text);
      if (problem) { set({ message: { key: problem, error: true, id: parentId } }); return undefined; }
      const item = await act(parentId, 'answer', () => api.postInitiatorAnswer(parentId, String(text).trim()));
      if (item && current.view) setView(upsertItem(current.view, { kind: 'initiator-answer', parentId, ...item, author: { ...item.author, mine: true } }));
      return item;
    },
    async agree(id, on) {
      const done = await act(id, 'agree', () => (on ? api.agree(id) : api.withdrawAgreement(id)));
      if (done) mark(id, (item) => ({ agreedByMe: on, agreements: Math.max(0, item.agreements + (on === item.agreedByMe ? 0 : on ? 1 : -1)) }));
      return done;
    },
    async report(id, reason) {
      const done = await act(id, 'report', () => api.report(id, reason ? { reason } : {}));
      if (done) { mark(id, () => ({ reportedByMe: true })); set({ message: { key: 'roundReported', id } }); }
      return done;
    },
    async appeal(id, text) {
      const problem = textProblem(text);
      if (problem) { set({ message: { key: problem, error: true, id } }); return undefined; }
      const done = await act(id, 'appeal', () => api.appeal(id, String(text).trim()));
      if (done) { mark(id, () => ({ appealed: true })); set({ message: { key: 'roundAppealed', id } }); }
      return done;
    },
    async answerQuestion(questionId, value) {
      if (value === '' || value === null || value === undefined) {
        set({ message: { key: 'roundErrors.answerEmpty', error: true, id: `q${questionId}` } });
        return undefined;
      }
      const done = await act(`q${questionId}`, 'answer', () => api.answerQuestion(current.roundId, questionId, value));
      if (done && current.view) {
        setView({ ...current.view, questions: current.view.questions.map((q) => (String(q.id) === String(questionId) ? { ...q, myAnswer: value } : q)) });
        set({ message: { key: 'roundAnswered', id: `q${questionId}` } });
      }
      return done;
    },
  };
}
