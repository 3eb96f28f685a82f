// "Ik snap het niet": a question from any panel to the municipality's case managers, with the link of the view the
// person is looking at (the address bar's hash on this platform's public address). A small state machine the dialog
// draws: closed · asking (values, errors, busy) → sent; and the planners' inbox of questions. No DOM here.
import { emailError } from './account-forms.js';
import { createEmitter } from './emitter.js';
import { formatMoment } from './format-nl.js';

export const QUESTION_MAX = 2000;
export const PANELS = Object.freeze(['lookup', 'plan', 'dossier', 'search', 'other']);
const CLOSED = Object.freeze({ view: 'closed' });

/**
 * The link a case manager opens to see what the person saw: the public address of the platform (the one in mails,
 * config.publicUrl) with the path '/' and the current hash. A query string (which may hold a one-time token) never
 * goes along; without a public address the page's own origin is used.
 */
export function helpLink(publicUrl, href) {
  const page = new URL(href);
  let origin = page.origin;
  try {
    if (publicUrl) origin = new URL(publicUrl).origin;
  } catch (notAUrl) {
    // keep the page's origin
  }
  return `${origin}/${page.hash}`;
}

/** { question?, email? } with keys into strings-nl.js helpErrors; the e-mail address only counts for anonymous visitors. */
export function validateHelp({ question = '', email = '' } = {}, { anonymous = true } = {}) {
  const errors = {};
  const text = question.trim();
  if (!text) errors.question = 'questionMissing';
  else if ([...text].length > QUESTION_MAX) errors.question = 'questionLong';
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(question)) errors.question = 'questionCharacters';
  if (anonymous && email.trim() && emailError(email)) errors.email = 'email';
  return errors;
}

/** The server's refusal as { field: key } or { form: key }. */
export function helpErrorsFromProblem(error) {
  if (error?.kind === 'unreachable') return { form: 'unreachable' };
  if (error?.status === 429) return { form: 'tooMany' };
  if (error?.status === 400) {
    if (error.parameter === 'question') return { question: 'questionRejected' };
    if (error.parameter === 'email') return { email: 'email' };
    if (error.parameter === 'link') return { form: 'link' };
    return { form: 'rejected' };
  }
  return { form: 'failed' };
}

/**
 * api: askHelp, helpInbox, markHelpHandled. link(): the current view's link (helpLink of the page).
 * anonymous(): whether nobody is logged in (then the e-mail field shows).
 */
export function connectHelp(api, { link, anonymous = () => true }) {
  let current = CLOSED;
  const changes = createEmitter();
  const set = (next) => {
    current = Object.freeze(next);
    changes.emit(current);
  };
  const patch = (more) => set({ ...current, ...more });

  async function loadInbox() {
    patch({ inbox: { status: 'loading' } });
    try {
      const questions = await api.helpInbox();
      if (current.view === 'inbox') patch({ inbox: { status: 'ok', questions } });
    } catch (error) {
      const reason = error?.kind === 'unauthenticated' || error?.status === 403 ? 'notAllowed'
        : error?.kind === 'unreachable' ? 'unreachable' : 'failed';
      if (current.view === 'inbox') patch({ inbox: { status: 'error', reason } });
    }
  }

  return {
    get: () => current,
    onChange: changes.subscribe,
    /** Opens the question form for a panel (lookup, plan, dossier, search, other). */
    open(panel) {
      set({ view: 'asking', panel: PANELS.includes(panel) ? panel : 'other', anonymous: anonymous(), errors: {}, busy: false });
    },
    close() {
      set(CLOSED);
    },
    async send({ question = '', email = '' } = {}) {
      if (current.view !== 'asking' || current.busy) return;
      const errors = validateHelp({ question, email }, { anonymous: current.anonymous });
      if (Object.keys(errors).length) return patch({ errors });
      patch({ busy: true, errors: {} });
      const body = { question: question.trim(), link: link(), panel: current.panel };
      if (current.anonymous && email.trim()) body.email = email.trim();
      try {
        await api.askHelp(body);
        set({ view: 'sent', panel: current.panel, withEmail: !current.anonymous || Boolean(body.email) });
      } catch (error) {
        if (current.view === 'asking') patch({ busy: false, errors: helpErrorsFromProblem(error) });
      }
    },
    /** Planners: the questions, newest first. */
    showInbox() {
      set({ view: 'inbox', inbox: { status: 'loading' } });
      return loadInbox();
    },
    async markHandled(id) {
      try {
        await api.markHelpHandled(id);
      } finally {
        if (current.view === 'inbox') await loadInbox();
      }
    },
  };
}

/** The inbox as the planner reads it: one row per question, newest first (as the API sends them). */
export function inboxModel(questions = []) {
  return questions.map((q) => ({
    id: q.id,
    question: q.question,
    link: /^https?:\/\//.test(q.link ?? '') ? q.link : null,
    panel: PANELS.includes(q.panel) ? q.panel : 'other',
    from: q.askedBy ?? null,
    contact: q.contactEmail ?? null,
    askedAt: formatMoment(q.askedAt),
    handled: Boolean(q.handled),
  }));
}
