// The order of a round's live changes (no DOM, no socket): every change of a round carries the round's next sequence
// number, and the client applies them one after the other, starting after the seq its snapshot reflects. A number at
// or below the last applied is a duplicate and is dropped; a number beyond the next one waits (at most `wait` ms) for
// the ones before it, then the gap is filled from GET /rounds/{id}/changes?after= (onGap). While a snapshot loads,
// everything that arrives is kept and sorted out once the snapshot says which seq it reflects.

export const REORDER_WAIT_MS = 1000;

/**
 * apply(delta) is called once per seq, in order. onGap(afterSeq) is called when a gap outlives `wait`: the caller
 * fetches the changes after that seq and push()es them (or reloads the snapshot and calls start()).
 */
export function createSequencer({ apply, onGap, wait = REORDER_WAIT_MS, timers = globalThis }) {
  let applied = null; // the last seq applied; null while no snapshot has been taken
  const waiting = new Map(); // seq → delta, beyond the next one
  let timer = null;

  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const drain = () => {
    while (applied !== null && waiting.has(applied + 1)) {
      const delta = waiting.get(applied + 1);
      waiting.delete(applied + 1);
      applied += 1;
      apply(delta);
    }
    for (const seq of waiting.keys()) if (applied !== null && seq <= applied) waiting.delete(seq);
    if (waiting.size === 0) stopTimer();
    else if (timer === null && applied !== null) {
      timer = timers.setTimeout(() => {
        timer = null;
        if (waiting.size > 0) onGap(applied);
      }, wait);
    }
  };

  return {
    /** The snapshot reflects `seq`: apply what waits after it, drop what it already holds. */
    start(seq) {
      stopTimer();
      applied = seq;
      drain();
    },
    /** A snapshot is being (re)loaded: keep what arrives until start(). */
    pause() {
      stopTimer();
      applied = null;
    },
    /** One delta {seq, type, data} from the socket or from the changes endpoint. Returns whether it was new. */
    push(delta) {
      const seq = Number(delta?.seq);
      if (!Number.isInteger(seq)) return false;
      if (applied !== null && seq <= applied) return false; // already applied: a duplicate
      if (waiting.has(seq)) return false;
      waiting.set(seq, delta);
      drain();
      return true;
    },
    applied: () => applied,
    waiting: () => waiting.size,
    stop() {
      stopTimer();
      waiting.clear();
      applied = null;
    },
  };
}
