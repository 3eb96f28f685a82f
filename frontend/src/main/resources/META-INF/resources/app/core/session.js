// Who is logged in. state.session is { status: 'unknown' | 'anonymous' | 'user', user?: {email, displayName, roles} };
// login answers { ok } or { error } with a key into strings-nl.js that the account box shows ('loginTooMany' comes
// with the offer of a login link by mail).

export const isInitiator = (session) => session?.status === 'user' && (session.user?.roles ?? []).includes('INITIATOR');
export const isPlanner = (session) => session?.status === 'user' && (session.user?.roles ?? []).includes('PLANNER');
/** Whether the logged-in user owns the plan (the API names the owner by the e-mail address in lower case). */
export const isOwnerOf = (plan, session) => session?.status === 'user' && Boolean(plan?.owner)
  && session.user?.email?.toLowerCase() === plan.owner;

export function connectSession(state, api) {
  const setUser = (user) => state.update({ session: user ? { status: 'user', user } : { status: 'anonymous' } });
  return {
    async refresh() {
      try {
        const me = await api.me();
        setUser(me?.authenticated === false ? null : me); // {authenticated: false}: nobody is logged in
      } catch (error) {
        setUser(null); // any failure: treat as not logged in
      }
    },
    /** After a login by other means (a login link from a mail): the user the server answered. */
    loggedIn(user) {
      setUser(user);
    },
    async login(email, password) {
      try {
        setUser(await api.login(email.trim(), password));
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
