// The backend as the viewer uses it: "Stip op de kaart" at a point, one building with its history, and the features
// of an OGC API collection within a bounding box. Failures come back as ApiError with a kind the views can explain:
// 'unreachable' (no answer at all), 'server' (5xx), 'rejected' (4xx), 'not-found' (404), 'aborted'.

export class ApiError extends Error {
  constructor(kind, message, status, parameter) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.parameter = parameter; // for a 400: the request field the server rejected (problem details 'parameter')
  }
}

export function createApi({ fetch = globalThis.fetch, baseUrl = '' } = {}) {
  async function getJson(path, { signal, body } = {}) {
    let response;
    const init = body === undefined
      ? { headers: { Accept: 'application/json' }, signal }
      : { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal };
    try {
      response = await fetch(baseUrl + path, init);
    } catch (error) {
      if (error?.name === 'AbortError') throw new ApiError('aborted', 'Request was cancelled');
      throw new ApiError('unreachable', `No answer from the server for ${path}: ${error?.message ?? error}`);
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => undefined);
      const kind = response.status === 404 ? 'not-found' : response.status >= 500 ? 'server' : 'rejected';
      throw new ApiError(kind, problem?.detail ?? `${path} answered ${response.status}`, response.status, problem?.parameter);
    }
    try {
      return await response.json();
    } catch (error) {
      throw new ApiError('server', `${path} did not answer with JSON`, response.status);
    }
  }

  return {
    lookup(lon, lat, options) {
      return getJson(`/api/v1/lookup?${new URLSearchParams({ lon: String(lon), lat: String(lat) })}`, options);
    },
    building(id, options) {
      return getJson(`/api/v1/buildings/${encodeURIComponent(id)}`, options);
    },
    /** The current buildings in view as compact GeoJSON (h = height, s = measured | estimated | unknown). */
    viewportBuildings(bbox, { signal } = {}) {
      const params = new URLSearchParams({ bbox: bbox.map((n) => n.toFixed(6)).join(',') });
      return getJson(`/api/v1/viewport/buildings?${params}`, { signal });
    },
    /** Addresses, buildings and parcels matching what someone typed; each hit has lon/lat to fly to. */
    search(q, { signal } = {}) {
      return getJson(`/api/v1/search?${new URLSearchParams({ q })}`, { signal });
    },
    /** The "Binnen de lijntjes scan": verdicts per rule and the permit for a design ({activity, volumes}). */
    check(design, { signal } = {}) {
      return getJson('/api/v1/check', { body: design, signal });
    },
    /** GeoJSON FeatureCollection of an OGC API collection within bbox = [minLon, minLat, maxLon, maxLat]. */
    features(collection, bbox, { limit = 1000, signal } = {}) {
      const params = new URLSearchParams({ bbox: bbox.map((n) => n.toFixed(6)).join(','), limit: String(limit) });
      return getJson(`/ogc/collections/${encodeURIComponent(collection)}/items?${params}`, { signal });
    },
  };
}
