// The account screens as one small state machine: which screen shows (view), its field errors, whether a request is
// busy, and what the last answer was. The views draw it; this module talks to the API. Views:
//   closed · signup → signup-sent · verifying → verified | verify-failed | verify-error / resend → resend-sent
//   reset-request → reset-sent · reset-new → reset-done | reset-invalid · outbox
//   login-link-request → login-link-sent · login-link-confirming → closed (logged in) | login-link-invalid | login-link-error
// Answers never say whether an e-mail address has an account (the backend does not tell either).
import { createEmitter } from './emitter.js';
import { errorsFromProblem, validateEmail, validateNewPassword, validateSignUp } from './account-forms.js';

const CLOSED = Object.freeze({ view: 'closed' });

/**
 * api: signUp, verifyEmail, resendVerification, requestPasswordReset, confirmPasswordReset, requestLoginLink,
 * confirmLoginLink, outbox, outboxDelivery.
 * onTokenUsed: called once a token from the URL is used up or found invalid, so it can leave the address bar.
 * onLoggedIn: called with the user after a login link logged in.
 */
export function connectAccountFlow(api, { onTokenUsed = () => {}, onLoggedIn = () => {} } = {}) {
  let current = CLOSED;
  const changes = createEmitter();
  const set = (next) => {
    current = Object.freeze({ errors: {}, busy: false, ...next });
    changes.emit(current);
  };
  const patch = (changes) => set({ ...current, ...changes });

  /** Runs a request for the current view; returns the answer, or undefined after putting the errors in the state. */
  async function submit(request, values) {
    patch({ busy: true, errors: {} });
    try {
      return { answer: await request() };
    } catch (error) {
      patch({ busy: false, errors: errorsFromProblem(error, values) });
      return undefined;
    }
  }

  /** Confirms the address with the token from the mail: a refused token is a dead link, anything else may be retried. */
  async function verify(token) {
    set({ view: 'verifying', token, busy: true });
    try {
      await api.verifyEmail(token);
      onTokenUsed();
      set({ view: 'verified' });
    } catch (error) {
      if (error?.kind === 'rejected') {
        onTokenUsed();
        set({ view: 'verify-failed' });
      } else {
        set({ view: 'verify-error', token });
      }
    }
  }

  /** Logs in with the token from a login-link mail (a POST spends it): closed and logged in, a dead link, or a retry. */
  async function confirmLoginLink(token) {
    set({ view: 'login-link-confirming', token, busy: true });
    try {
      const user = await api.confirmLoginLink(token);
      onTokenUsed();
      onLoggedIn(user);
      set(CLOSED);
    } catch (error) {
      if (error?.kind === 'rejected') {
        onTokenUsed();
        set({ view: 'login-link-invalid' });
      } else {
        set({ view: 'login-link-error', token });
      }
    }
  }

  return {
    get: () => current,
    onChange: changes.subscribe,

    open(view, extra = {}) {
      set({ view, ...extra });
    },
    close() {
      if (current.token) onTokenUsed();
      set(CLOSED);
    },

    /** Arriving from a mail (core/account-links.js). */
    land(landing) {
      if (!landing) return undefined;
      if (landing.kind === 'verify') return verify(landing.token);
      if (landing.kind === 'login-link') return confirmLoginLink(landing.token);
      if (landing.kind === 'login-link-invalid') {
        onTokenUsed();
        return set({ view: 'login-link-invalid' });
      }
      if (landing.kind === 'verified' || landing.kind === 'verify-failed') {
        onTokenUsed();
        set({ view: landing.kind });
      } else if (landing.kind === 'password-reset') {
        set({ view: 'reset-new', token: landing.token });
      } else if (landing.kind === 'password-reset-invalid') {
        onTokenUsed();
        set({ view: 'reset-invalid' });
      }
    },

    verify,
    confirmLoginLink,

    async requestLoginLink(email = '') {
      const errors = validateEmail(email);
      if (Object.keys(errors).length) return patch({ errors });
      const done = await submit(() => api.requestLoginLink(email.trim()), { email });
      if (done) set({ view: 'login-link-sent', email: email.trim() });
    },

    async signUp(values) {
      const errors = validateSignUp(values);
      if (Object.keys(errors).length) return patch({ errors });
      const email = values.email.trim();
      const done = await submit(() => api.signUp({ ...values, email, displayName: values.displayName.trim() }), values);
      if (done) set({ view: 'signup-sent', email });
    },

    async resendVerification(email = '') {
      const errors = validateEmail(email);
      if (Object.keys(errors).length) return patch({ errors });
      const done = await submit(() => api.resendVerification(email.trim()), { email });
      if (done) set({ view: 'resend-sent', email: email.trim() });
    },

    async requestPasswordReset(email = '') {
      const errors = validateEmail(email);
      if (Object.keys(errors).length) return patch({ errors });
      const done = await submit(() => api.requestPasswordReset(email.trim()), { email });
      if (done) set({ view: 'reset-sent', email: email.trim() });
    },

    async confirmPasswordReset(password = '') {
      const errors = validateNewPassword(password);
      if (Object.keys(errors).length) return patch({ errors });
      const done = await submit(() => api.confirmPasswordReset(current.token, password), { password });
      if (done) {
        onTokenUsed();
        set({ view: 'reset-done' });
      } else if (current.errors.token) {
        onTokenUsed();
        set({ view: 'reset-invalid' });
      }
    },

    async showOutbox() {
      set({ view: 'outbox', outbox: { status: 'loading' } });
      try {
        const [mails, delivery] = await Promise.all([api.outbox(), api.outboxDelivery()]);
        if (current.view === 'outbox') patch({ outbox: { status: 'ok', mails, delivery: delivery?.delivery } });
      } catch (error) {
        const reason = error?.kind === 'unauthenticated' || error?.status === 403 ? 'notAllowed'
          : error?.kind === 'unreachable' ? 'unreachable' : 'failed';
        if (current.view === 'outbox') patch({ outbox: { status: 'error', reason } });
      }
    },
  };
}
