// "Verzonden berichten" for planners: the mails Stip kept because no mail server is configured (to, subject, time,
// text with its links clickable), so a local demo can finish a sign-up. Says where new mail goes when the list is empty.
import { formatMoment } from '../core/format-nl.js';
import { linkParts } from '../core/outbox.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function buildOutboxScreen() {
  const heading = h('h2', { id: 'account-dialog-title', tabindex: '-1' }, t('outboxTitle'));
  const body = h('div', { className: 'outbox-body', 'aria-live': 'polite' });
  const node = h('section', { className: 'outbox' }, heading, h('p', {}, t('outboxIntro')), body);
  let shown = null;
  return {
    node,
    focus: () => heading.focus(),
    update({ outbox = { status: 'loading' } }) {
      if (outbox === shown) return;
      shown = outbox;
      node.dataset.status = outbox.status;
      if (outbox.status === 'loading') return replaceChildren(body, h('p', { className: 'loading' }, t('outboxLoading')));
      if (outbox.status === 'error') return replaceChildren(body, h('p', { className: 'error' }, t(`outboxFailed.${outbox.reason}`)));
      const mails = outbox.mails ?? [];
      node.dataset.count = String(mails.length);
      replaceChildren(body,
        h('p', { className: 'outbox-delivery', 'data-delivery': outbox.delivery },
          t(outbox.delivery === 'smtp' ? 'outboxDeliverySmtp' : 'outboxDeliveryOutbox')),
        mails.length === 0 ? h('p', { className: 'outbox-empty' }, t('outboxEmpty'))
          : [h('p', {}, t('outboxCount', { count: mails.length })), h('ol', { className: 'outbox-mails' }, mails.map(mailItem))]);
    },
  };
}

function mailItem(mail) {
  return h('li', { className: 'outbox-mail' },
    h('article', { 'aria-label': mail.subject },
      h('h3', {}, mail.subject),
      h('p', { className: 'outbox-meta' }, t('outboxTo', { to: mail.to }), h('br'), t('outboxSentAt', { time: formatMoment(mail.sentAt) })),
      h('p', { className: 'outbox-text' }, linkParts(mail.text).map((part) => (part.link
        ? h('a', { href: part.link }, part.link) : part.text)))));
}
