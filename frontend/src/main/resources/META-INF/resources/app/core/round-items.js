// A participation round's contributions as plain data (no DOM, no socket): the snapshot from GET /rounds/{id}/state
// and the live deltas applied to it. A view of the round is
//   { round, seq, reactions (shown, newest first), incoming (new reactions held behind the "N nieuwe reacties" bar),
//     questions, presence: {count, names?}, filters: {theme, stance, variant}, planner }
// Reactions carry their replies (oldest first) and the initiator's answer. Nothing here re-creates an item that is
// already there: a delta for a known id merges into it, so what the viewer knows about itself (mine, agreedByMe,
// reportedByMe) stays.

export const STANCES = Object.freeze(['support', 'neutral', 'concern']);
export const THEMES = Object.freeze(['height', 'sunlight', 'privacy', 'traffic', 'green', 'noise', 'other']);
export const MAX_TEXT = 2000;

const byNewest = (a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')) || Number(b.id) - Number(a.id);

function normalised(item) {
  if (!item || item.id === undefined || item.id === null) return null;
  return {
    ...item,
    author: item.author ?? { label: '', role: 'participant', mine: false },
    agreements: Number(item.agreements) || 0,
    agreedByMe: Boolean(item.agreedByMe),
    status: item.status ?? 'published',
    replies: (item.replies ?? []).map(normalised).filter(Boolean),
    initiatorAnswer: item.initiatorAnswer ? normalised(item.initiatorAnswer) : null,
  };
}

/** A known item updated from a delta: the public payload says nothing about me, so my own flags stay. */
function merged(existing, update) {
  if (!existing) return update;
  return {
    ...existing,
    ...update,
    author: { ...existing.author, ...update.author, mine: Boolean(existing.author?.mine || update.author?.mine) },
    agreedByMe: existing.agreedByMe || update.agreedByMe,
    reportedByMe: existing.reportedByMe || update.reportedByMe,
    replies: update.replies?.length ? update.replies : existing.replies,
    initiatorAnswer: update.initiatorAnswer ?? existing.initiatorAnswer,
  };
}

/** The view of a snapshot; `previous` (the view before a reload) decides which new reactions wait behind the bar. */
export function snapshotView(snapshot, previous = null, { holding = false, planner = false } = {}) {
  const all = (snapshot.reactions ?? []).map(normalised).filter(Boolean).sort(byNewest);
  const known = previous ? new Set([...previous.reactions, ...previous.incoming].map((r) => r.id)) : null;
  const heldBefore = new Set((previous?.incoming ?? []).map((r) => r.id));
  const isHeld = (r) => known !== null && !r.author.mine && (heldBefore.has(r.id) || (!known.has(r.id) && holding));
  const flagsOf = new Map(previous ? [...previous.reactions, ...previous.incoming].map((r) => [r.id, r]) : []);
  const withFlags = all.map((r) => (flagsOf.has(r.id) ? { ...r, reportedByMe: flagsOf.get(r.id).reportedByMe || r.reportedByMe } : r));
  return {
    round: snapshot.round ?? previous?.round ?? null,
    seq: Number(snapshot.seq) || 0,
    reactions: withFlags.filter((r) => !isHeld(r)),
    incoming: withFlags.filter(isHeld),
    questions: snapshot.questions ?? [],
    presence: snapshot.presence ?? previous?.presence ?? { count: 0 },
    filters: previous?.filters ?? { theme: null, stance: null, variant: null },
    planner,
  };
}

/** Finds a reaction (in the list or behind the bar) and applies fn to it; the view unchanged when it is not there. */
function updateReaction(view, id, fn) {
  for (const key of ['reactions', 'incoming']) {
    const index = view[key].findIndex((r) => String(r.id) === String(id));
    if (index < 0) continue;
    const next = fn(view[key][index]);
    const list = [...view[key]];
    if (next === null) list.splice(index, 1);
    else list[index] = next;
    return { ...view, [key]: list };
  }
  return view;
}

/** Applies fn to the item with this id: a reaction, a reply or an initiator's answer, wherever it is (null removes it). */
export function patchItem(view, id, fn) {
  const same = (item) => String(item?.id) === String(id);
  for (const key of ['reactions', 'incoming']) {
    for (const reaction of view[key]) {
      if (same(reaction)) return updateReaction(view, id, fn);
      if (reaction.replies.some(same)) {
        return updateReaction(view, reaction.id, (r) => ({ ...r, replies: r.replies.map((x) => (same(x) ? fn(x) : x)).filter(Boolean) }));
      }
      if (same(reaction.initiatorAnswer)) return updateReaction(view, reaction.id, (r) => ({ ...r, initiatorAnswer: fn(r.initiatorAnswer) }));
    }
  }
  return view;
}

export function findItem(view, id) {
  const same = (item) => String(item?.id) === String(id);
  for (const reaction of [...view.reactions, ...view.incoming]) {
    if (same(reaction)) return reaction;
    const inside = reaction.replies.find(same) ?? (same(reaction.initiatorAnswer) ? reaction.initiatorAnswer : null);
    if (inside) return inside;
  }
  return null;
}

const parentOf = (item) => item.parentId ?? item.parent ?? null;

/**
 * A new or changed contribution (from a delta, an approval, or my own POST). A new reaction of someone else waits
 * behind the bar while `holding` (the reader is further down the list or typing); mine goes straight into the list.
 */
export function upsertItem(view, raw, { holding = false } = {}) {
  const item = normalised(raw);
  if (!item) return view;
  const kind = item.kind ?? (parentOf(item) === null ? 'reaction' : 'reply');
  if (kind === 'reaction') {
    if (findItem(view, item.id)) return updateReaction(view, item.id, (existing) => merged(existing, item));
    if (holding && !item.author.mine) return { ...view, incoming: [item, ...view.incoming] };
    return { ...view, reactions: [...view.reactions, item].sort(byNewest) };
  }
  const parent = parentOf(item);
  if (kind === 'initiator-answer') {
    return updateReaction(view, parent, (r) => ({ ...r, initiatorAnswer: merged(r.initiatorAnswer, item) }));
  }
  return updateReaction(view, parent, (r) => {
    const index = r.replies.findIndex((x) => String(x.id) === String(item.id));
    if (index >= 0) return { ...r, replies: r.replies.map((x, i) => (i === index ? merged(x, item) : x)) };
    return { ...r, replies: [...r.replies, item] };
  });
}

/** One live delta {seq, type, data} applied to the view (in seq order: core/round-sequence.js sees to that). */
export function applyDelta(view, { seq, type, data = {} }, { holding = false } = {}) {
  const next = { ...view, seq: Math.max(view.seq, Number(seq) || 0) };
  if (['results', 'ballots', 'vote-setup'].includes(type)) return { ...next, voteDelta: { seq, type, data } }; // views/ballot-panel.js
  switch (type) {
    case 'reaction':
    case 'reply':
    case 'initiator-answer':
      return upsertItem(next, { kind: type, ...data }, { holding });
    case 'approved':
    case 'restored':
      return upsertItem(next, { ...data.item, status: 'published' }, { holding });
    case 'agreement':
      return patchItem(next, data.id, (item) => ({ ...item, agreements: Number(data.agreements) || 0 }));
    case 'hidden':
      // The author and planners keep it, marked hidden (the author's reason comes with the next snapshot); for
      // everyone else it (and its replies) goes.
      return patchItem(next, data.id, (item) => (item.author?.mine || view.planner ? { ...item, status: 'hidden' } : null));
    case 'answer-aggregate':
      return { ...next, questions: next.questions.map((q) => (String(q.id) === String(data.questionId) ? { ...q, aggregate: data.aggregate } : q)) };
    case 'round':
      return { ...next, round: { ...next.round, ...data } };
    default: // 'held' (a pending item took this seq) and anything newer than this viewer: nothing to show
      return next;
  }
}

/** The variant filter value for reactions about the plan itself (not about a variant). */
export const ABOUT_PLAN = 'plan';

/** Whether a reaction passes the filters: theme, stance, variant (an id, ABOUT_PLAN, or null: all). */
function passes(r, { theme, stance, variant } = {}) {
  const about = r.variantId === null || r.variantId === undefined ? null : String(r.variantId);
  const aboutOk = variant === null || variant === undefined || variant === ''
    || (variant === ABOUT_PLAN ? about === null : about === String(variant));
  return (!theme || r.theme === theme) && (!stance || r.stance === stance) && aboutOk;
}

/** The shown reactions that pass the filters (theme, stance, variant: null is all). */
export function visibleReactions(view) {
  return view.reactions.filter((r) => passes(r, view.filters));
}

/** The "N nieuwe reacties" bar: null when nothing waits. */
export function newItemsBar(view) {
  const count = view.incoming.length;
  if (count === 0) return null;
  return { count, key: count === 1 ? 'roundNewOne' : 'roundNewMany' };
}

/** Every reaction with a place (also those still behind the bar) as a pin for the map, with the filters applied. */
export function pinsOf(view) {
  return [...view.reactions, ...view.incoming]
    .filter((r) => r.place && Number.isFinite(r.place.lon) && Number.isFinite(r.place.lat))
    .filter((r) => passes(r, view.filters))
    .map((r) => ({ id: r.id, lon: r.place.lon, lat: r.place.lat, height: Number(r.place.height) || 0, stance: r.stance,
      status: r.status, mine: Boolean(r.author?.mine) }));
}

/** The text counter under a text field: {length, max, over}. */
export function textCounter(text) {
  const length = [...String(text ?? '')].length;
  return { length, max: MAX_TEXT, over: length > MAX_TEXT };
}

/** The text key for a text that cannot be sent, or null. */
export function textProblem(text) {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return 'roundErrors.textEmpty';
  if ([...trimmed].length > MAX_TEXT) return 'roundErrors.textLong';
  return null;
}

/** What a new reaction still needs, as a text key, or null when it can be sent. */
export function reactionProblem({ place, stance, theme, text }) {
  if (!place || !Number.isFinite(place.lon) || !Number.isFinite(place.lat)) return 'roundErrors.place';
  if (!STANCES.includes(stance)) return 'roundErrors.stance';
  if (!THEMES.includes(theme)) return 'roundErrors.theme';
  return textProblem(text);
}
