// Search, without Cesium: ask the backend, and when a hit is chosen fly there (framing a building or parcel so it
// fills a good part of the view) and open "Stip op de kaart" for it. What the box promises (placeholder, help text,
// "nothing found") follows what the loaded data can find (GET /api/v1/search/capabilities); every message is Dutch.
import { cameraForHit } from './camera.js';
import { t } from './strings-nl.js';

/** The selection a chosen hit makes: its place, and for a building its id so the map highlights it. */
export function selectionForHit(hit) {
  return hit.type === 'building' ? { lon: hit.lon, lat: hit.lat, buildingId: hit.id } : { lon: hit.lon, lat: hit.lat };
}

/**
 * The texts of the search box for what can be found: { placeholder, hint, nothing }. Until the capabilities are known
 * (null) it promises only BAG numbers and parcels, which every municipality's data has.
 */
export function searchPromise(capabilities) {
  const addresses = Boolean(capabilities?.addresses);
  const kind = addresses ? 'withAddresses' : 'withoutAddresses';
  return {
    addresses,
    placeholder: t(`searchPromise.${kind}.placeholder`),
    label: t(`searchPromise.${kind}.label`),
    hint: t(`searchPromise.${kind}.hint`),
    nothing: t(`searchPromise.${kind}.nothing`),
  };
}

/** A failed search in Dutch: never the server's English detail. */
export function searchErrorText(error, capabilities, q = '') {
  if (error?.kind === 'unreachable') return t('searchUnreachable');
  if (error?.status === 400) {
    const text = String(q).trim();
    if (text.length < 2) return t('searchTooShort');
    if (/^\d+$/.test(text)) return t('searchDigits', { count: text.length });
    return t('searchNotUnderstood', { hint: searchPromise(capabilities).hint });
  }
  return t('searchServerError');
}

export function connectSearch(state, api) {
  let pending = null;
  let capabilities = null;
  return {
    /** What the loaded data can find ({addresses, buildings, parcels}); null while unknown or when asking failed. */
    async capabilities() {
      try {
        capabilities = await api.searchCapabilities();
      } catch (error) {
        capabilities = null;
      }
      return capabilities;
    },
    /** Resolves to { status: 'hits' | 'nothing' | 'error', hits?, error?, message? }; a newer search cancels an older one. */
    async search(q) {
      pending?.abort();
      const request = new AbortController();
      pending = request;
      try {
        const hits = await api.search(q, { signal: request.signal });
        return hits.length === 0 ? { status: 'nothing', message: searchPromise(capabilities).nothing } : { status: 'hits', hits };
      } catch (error) {
        if (error?.kind === 'aborted') return { status: 'cancelled' };
        return { status: 'error', error, message: searchErrorText(error, capabilities, q) };
      } finally {
        if (pending === request) pending = null;
      }
    },
    choose(hit) {
      state.update({ camera: cameraForHit(hit) });
      state.select(selectionForHit(hit));
    },
  };
}
