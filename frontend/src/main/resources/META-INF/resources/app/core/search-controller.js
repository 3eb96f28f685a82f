// Search, without Cesium: ask the backend, and when a hit is chosen fly there and open "Stip op de kaart" for it.
import { cameraLookingAt } from './camera.js';

/** The selection a chosen hit makes: its place, and for a building its id so the map highlights it. */
export function selectionForHit(hit) {
  return hit.type === 'building' ? { lon: hit.lon, lat: hit.lat, buildingId: hit.id } : { lon: hit.lon, lat: hit.lat };
}

export function connectSearch(state, api) {
  let pending = null;
  return {
    /** Resolves to { status: 'hits' | 'nothing' | 'error', hits?, error? }; a newer search cancels an older one. */
    async search(q) {
      pending?.abort();
      const request = new AbortController();
      pending = request;
      try {
        const hits = await api.search(q, { signal: request.signal });
        return hits.length === 0 ? { status: 'nothing' } : { status: 'hits', hits };
      } catch (error) {
        if (error?.kind === 'aborted') return { status: 'cancelled' };
        return { status: 'error', error };
      } finally {
        if (pending === request) pending = null;
      }
    },
    choose(hit) {
      state.update({ camera: cameraLookingAt(hit.lon, hit.lat) });
      state.select(selectionForHit(hit));
    },
  };
}
