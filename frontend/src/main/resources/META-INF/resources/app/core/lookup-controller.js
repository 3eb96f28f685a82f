// Keeps the lookup in step with the selection: a new selection cancels the lookup still under way and starts its own;
// the answer (or the reason it failed) lands in state.lookup. retry() asks again for the same place.

export function connectLookup(state, api) {
  let running = null;

  async function run(selection) {
    running?.abort();
    if (!selection) return;
    const controller = new AbortController();
    running = controller;
    state.update({ lookup: { status: 'loading' } });
    try {
      const answer = await api.lookup(selection.lon, selection.lat, { signal: controller.signal });
      if (running === controller) state.update({ lookup: { status: 'ok', answer } });
    } catch (error) {
      if (running !== controller || error?.kind === 'aborted') return;
      state.update({ lookup: { status: 'error', error: { kind: error?.kind ?? 'server', message: error?.message } } });
    } finally {
      if (running === controller) running = null;
    }
  }

  const unsubscribe = state.onChange((current, changed) => {
    if (changed.includes('selection')) run(current.selection);
  });
  if (state.get().selection) run(state.get().selection);

  return {
    retry: () => run(state.get().selection),
    disconnect() {
      unsubscribe();
      running?.abort();
    },
  };
}
