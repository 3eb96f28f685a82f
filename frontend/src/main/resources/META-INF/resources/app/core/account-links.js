// What the address bar says when someone arrives from a mail: /?verify=<token> from the verification mail (the app
// confirms it with a POST, so a mail scanner opening the link spends nothing), /?account=verify-failed when an old-style
// link was broken, /?password-reset=<token> from a reset or invitation mail, /?login=<token> from a login-link mail
// (also confirmed with a POST). Parsing
// never throws; the params are taken out of the URL again so a reload or a bookmark does not repeat them.

const TOKEN = /^[A-Za-z0-9_-]{16,100}$/;
const PARAMS = ['account', 'password-reset', 'verify', 'login'];

/**
 * { kind: 'verify' (with token) | 'verified' | 'verify-failed' | 'password-reset' (with token) | 'password-reset-invalid'
 *   | 'login-link' (with token) | 'login-link-invalid' }, or null.
 */
export function parseAccountLanding(search) {
  const params = new URLSearchParams(String(search ?? '').replace(/^\?/, ''));
  if (params.has('password-reset')) {
    const token = params.get('password-reset').trim();
    return TOKEN.test(token) ? { kind: 'password-reset', token } : { kind: 'password-reset-invalid' };
  }
  if (params.has('login')) {
    const token = params.get('login').trim();
    return TOKEN.test(token) ? { kind: 'login-link', token } : { kind: 'login-link-invalid' };
  }
  if (params.has('verify')) {
    const token = params.get('verify').trim();
    return TOKEN.test(token) ? { kind: 'verify', token } : { kind: 'verify-failed' };
  }
  const account = params.get('account');
  if (account === 'verified' || account === 'verify-failed') return { kind: account };
  return null;
}

/** The URL (path, other query params and hash) without the account params: for history.replaceState. */
export function withoutAccountParams(href) {
  const url = new URL(href);
  for (const name of PARAMS) url.searchParams.delete(name);
  return url.pathname + url.search + url.hash;
}
