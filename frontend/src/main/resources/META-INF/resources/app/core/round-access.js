// Who may do what in a round, as far as the viewer can tell (the server decides; this only hides what would be
// refused): taking part needs an account and an open round; answering as the initiator is for the plan's owner.
import { isInitiator } from './session.js';

/** Whether the person may write in the round now (react, reply, agree, report, answer the questions). */
export function mayTakePart(view, session) {
  return session?.status === 'user' && view?.round?.state === 'open';
}

/** Whether the person may answer a reaction as the initiator: the plan's owner, in an open round. */
export function mayAnswerAsInitiator(view, session) {
  return mayTakePart(view, session) && view?.initiator === true;
}

/**
 * The round's plan is the person's own: asked only of initiators (owners are initiators), from their own plans ("Mijn
 * plannen", each with the caller's role), so nobody else's browser asks for a plan it may not see.
 */
export async function ownsPlan(api, planId, session) {
  if (!isInitiator(session) || planId === null || planId === undefined) return false;
  try {
    const plans = await api.plans();
    const email = session.user?.email?.toLowerCase();
    return (plans ?? []).some((p) => String(p.id) === String(planId) && (p.role === 'owner' || (Boolean(p.owner) && p.owner === email)));
  } catch {
    return false;
  }
}

/** The aggregate of a question as lines of text keys: how many answered, the mean of a scale, the count per option. */
export function aggregateLines(question) {
  const a = question?.aggregate ?? {};
  const lines = [{ key: 'roundAggregateCount', values: { count: Number(a.count) || 0 } }];
  if (question?.kind === 'scale' && Number.isFinite(a.mean)) {
    lines.push({ key: 'roundAggregateMean', values: { mean: String(a.mean).replace('.', ',') } });
  }
  if (a.counts && typeof a.counts === 'object') {
    for (const [option, count] of Object.entries(a.counts)) lines.push({ key: 'roundAggregateOption', values: { option, count } });
  }
  return lines;
}
