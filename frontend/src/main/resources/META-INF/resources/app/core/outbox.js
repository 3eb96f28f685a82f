// The planners' outbox ("Verzonden berichten"): mails Stip kept because no mail server is configured. Turns a mail's
// plain text into text and link parts (only http and https links become clickable) and formats the time in Dutch.

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** [{ text }, { link }] in order; trailing punctuation stays text. */
export function linkParts(text = '') {
  const parts = [];
  let last = 0;
  for (const match of String(text).matchAll(URL_PATTERN)) {
    const link = match[0].replace(/[.,;:!?)\]]+$/, '');
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ link });
    last = match.index + link.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

// The outbox's times and who may read it are the shared ones (format-nl.js, session.js), under the names its page uses.
export { formatMoment as formatSentAt } from './format-nl.js';
export { isPlanner } from './session.js';
