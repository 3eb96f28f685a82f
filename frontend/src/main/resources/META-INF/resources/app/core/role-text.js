// Texts per role: a planner who opens someone else's plan is spoken to as the municipality ("Plan van …", "Volgende
// fase zetten"), not as its initiator ("waar staat uw plan?"). A key's variant for a role lives in that role's group of
// the string catalogue (strings-nl.js: planner.trackTitle beside trackTitle); without a variant the key's own text is
// used, so a role needs only the texts that differ.
import { isOwnerOf, isPlanner } from './session.js';
import { t } from './strings-nl.js';

/** Whom a plan's texts address: 'planner' for a planner looking at someone else's plan, else 'initiator'. */
export function roleFor(plan, session) {
  return isPlanner(session) && !isOwnerOf(plan, session) ? 'planner' : 'initiator';
}

/** The text of `key` for `role`: the role's variant when the catalogue has one, else the key's own text. */
export function roleText(key, role, values = {}) {
  if (role && role !== 'initiator') {
    const variant = `${role}.${key}`;
    const text = t(variant, values);
    if (text !== variant) return text;
  }
  return t(key, values);
}
