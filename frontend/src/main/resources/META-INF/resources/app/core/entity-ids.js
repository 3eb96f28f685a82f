// Entity ids carry the owning layer and the domain id ("buildings:0221100000312938", a second part of a
// MultiPolygon "rule-areas:DSB-DEMO-WONEN:1"), so a pick finds its layer and object without extra entity properties.

export function entityId(layerId, domainId, part = 0) {
  const base = `${layerId}:${encodeURIComponent(domainId)}`;
  return part === 0 ? base : `${base}:${part}`;
}

export function parseEntityId(id) {
  if (typeof id !== 'string') return null;
  const [layerId, domainId] = id.split(':');
  if (!layerId || domainId === undefined) return null;
  return { layerId, domainId: decodeURIComponent(domainId) };
}
