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

/** "29 november 2026 om 11:41" in the Dutch time zone; the raw value when it is not a date. */
export function formatSentAt(iso, timeZone = 'Europe/Amsterdam') {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  return `${day} om ${time}`;
}

export const isPlanner = (session) => session?.status === 'user' && (session.user?.roles ?? []).includes('PLANNER');
