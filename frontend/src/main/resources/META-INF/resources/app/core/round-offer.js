// "Inspraak over dit plan": a click on a published plan in 3D selects it (selection.planId); its rounds that are or
// were open are offered in the lookup panel, so anyone finds the round from the map. No DOM. get() is
// { planId, rounds: [{id, title, state}] }.
import { createEmitter } from './emitter.js';

/** The rounds worth offering: open ones first, then closed and reported ones; drafts are not offered. */
export function offeredRounds(rounds) {
  const order = { open: 0, closed: 1, reported: 2 };
  return (Array.isArray(rounds) ? rounds : []).filter((r) => r.state in order)
    .sort((a, b) => order[a.state] - order[b.state] || Number(b.id) - Number(a.id))
    .map((r) => ({ id: r.id, title: r.title, state: r.state }));
}

export function connectRoundOffer(state, api) {
  const listeners = createEmitter();
  let current = { planId: null, rounds: [] };
  const set = (next) => { current = next; listeners.emit(current); };
  state.onChange(async ({ selection }, changed) => {
    if (!changed.includes('selection')) return;
    const planId = selection?.planId ?? null;
    if (planId === current.planId) return;
    set({ planId, rounds: [] });
    if (planId === null) return;
    try {
      const rounds = offeredRounds(await api.planRounds(planId));
      if (current.planId === planId) set({ planId, rounds });
    } catch {
      // no rounds to offer
    }
  });
  return { get: () => current, subscribe: (listener) => listeners.subscribe(listener) };
}
