// Who is logged in. state.session is { status: 'unknown' | 'anonymous' | 'user', user?: {email, displayName, roles} };
// login answers { ok } or { error } with a key into strings-nl.js that the account box shows ('loginTooMany' comes
// with the offer of a login link by mail).

export const isInitiator = (session) => session?.status === 'user' && (session.user?.roles ?? []).includes('INITIATOR');
export const isPlanner = (session) => session?.status === 'user' && (session.user?.roles ?? []).includes('PLANNER');
/** Whether the logged-in user owns the plan (the API names the owner by the e-mail address in lower case). */
export const isOwnerOf = (plan, session) => session?.status === 'user' && Boolean(plan?.owner)
  && session.user?.email?.toLowerCase() === plan.owner;

/**
 * A request answered 401: the session may have ended (a reset elsewhere, expiry), or the answer is stale (it was
 * asked before a login that has landed since). Only the server knows which, so ask it; never mark the person logged
 * out on one side request's word (a late 401 from before the login would log them out again).
 */
export async function sessionMayHaveEnded(state, api) {
  if (state.get().session?.status !== 'user') return;
  try {
    const me = await api.me();
    if (me?.authenticated === false && state.get().session?.status === 'user') state.update({ session: { status: 'anonymous' } });
  } catch (error) {
    // unreachable or a server error: keep what we know
  }
}

export function connectSession(state, api) {
  // Every login and logout starts a new generation: an answer to GET me that was asked before one of them is stale
  // (e.g. the page's first "who am I?" answering "nobody" after a login link has already logged the person in).
  let generation = 0;
  const setUser = (user) => state.update({ session: user ? { status: 'user', user } : { status: 'anonymous' } });
  const newGeneration = (user) => { generation += 1; setUser(user); };
  return {
    async refresh() {
      const asked = generation;
      let user = null;
      try {
        const me = await api.me();
        user = me?.authenticated === false ? null : me; // {authenticated: false}: nobody is logged in
      } catch (error) {
        user = null; // any failure: treat as not logged in
      }
      if (asked === generation) setUser(user);
    },
    /** After a login by other means (a login link from a mail): the user the server answered. */
    loggedIn(user) {
      newGeneration(user);
    },
    async login(email, password) {
      try {
        newGeneration(await api.login(email.trim(), password));
        return { ok: true };
      } catch (error) {
        return { error: loginErrorKey(error) };
      }
    },
    async logout() {
      try {
        await api.logout();
      } catch (error) {
        // the session may already be gone: either way nobody is logged in here any more
      }
      generation += 1;
      state.update({ session: { status: 'anonymous', loggedOut: true } });
    },
  };
}

export function loginErrorKey(error) {
  if (error?.kind === 'unauthenticated') return 'loginWrong';
  if (error?.status === 403) return 'loginNotVerified';
  if (error?.status === 429) return 'loginTooMany';
  if (error?.kind === 'unreachable') return 'loginUnreachable';
  return 'loginFailed';
}
