// The planner's moderation queue inside the round panel: tabs for pending, reported and appealed items (newest first), each
// with its text, author, reports and "Toon op de kaart"; approve, hide with a reason (the author is told), undo the
// last decision, block the author from this round. The list is rebuilt only when its items change, and a reason
// being typed lives in a field per item that survives that. Text from the server is always text.
import { formatMoment } from '../core/format-nl.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

export function moderationView(moderation, { flyTo, isPlanner, refreshOn }) {
  return {
    mount(element) {
      const pendingTab = h('button', { type: 'button', className: 'link-button moderation-tab', onclick: () => moderation.tab('pending') }, t('moderationPending'));
      const reportedTab = h('button', { type: 'button', className: 'link-button moderation-tab', onclick: () => moderation.tab('reported') }, t('moderationReported'));
      const appealedTab = h('button', { type: 'button', className: 'link-button moderation-tab', onclick: () => moderation.tab('appealed') }, t('moderationAppealed'));
      const status = h('p', { className: 'note' });
      const message = h('p', { className: 'moderation-message' });
      const undo = h('button', { type: 'button', className: 'moderation-undo', onclick: () => moderation.undo() }, t('moderationUndo'));
      const list = h('ul', { className: 'moderation-items' });
      element.append(h('h3', { id: 'moderation-title' }, t('moderationTitle')),
        h('nav', { className: 'moderation-tabs', 'aria-label': t('moderationTitle') }, pendingTab, ' ', reportedTab, ' ', appealedTab), status, message, undo, list);
      const reasons = new Map(); // item id → its reason field, kept across redraws
      let shownIds = '';

      const reasonField = (id) => {
        if (!reasons.has(id)) reasons.set(id, h('input', { type: 'text', id: `moderation-reason-${id}`, maxlength: '500' }));
        return reasons.get(id);
      };

      const render = (m) => {
        element.dataset.tab = m.tab;
        element.dataset.status = m.status;
        pendingTab.setAttribute('aria-current', String(m.tab === 'pending'));
        reportedTab.setAttribute('aria-current', String(m.tab === 'reported'));
        appealedTab.setAttribute('aria-current', String(m.tab === 'appealed'));
        status.textContent = m.status === 'loading' ? t('moderationLoading') : m.status === 'error' ? t('roundErrors.failed')
          : m.items.length === 0 ? t('moderationEmpty') : '';
        message.textContent = m.message ? t(m.message.key, m.message.values) : '';
        message.className = `moderation-message${m.message?.error ? ' error' : ''}`;
        message.setAttribute('role', m.message?.error ? 'alert' : 'status');
        undo.hidden = !m.undo;
        const ids = m.items.map((item) => `${item.id}:${item.status}:${item.reports ?? 0}`).join(',');
        if (ids === shownIds) return;
        shownIds = ids;
        list.replaceChildren(...m.items.map((item) => {
          const reason = reasonField(item.id);
          const email = item.author?.email ?? item.authorEmail;
          return h('li', { className: 'moderation-item', 'data-contribution-id': String(item.id), 'data-status': item.status ?? '' },
            h('p', { className: 'note' }, [t(`roundStances.${item.stance}`), item.theme && t(`roundThemes.${item.theme}`), formatMoment(item.createdAt)]
              .filter((x) => x && !String(x).startsWith('round')).join(' · ')),
            h('p', { className: 'moderation-text' }, item.text),
            (item.author?.name || email) && h('p', { className: 'note' }, t('moderationAuthor', { name: item.author?.name ?? email })),
            Number(item.reports) > 0 && h('p', { className: 'note' }, t('moderationReports', { count: item.reports })),
            item.hiddenReason && h('p', { className: 'note' }, t(item.hiddenAutomatically ? 'roundHiddenAuto' : 'roundHidden'), '. ',
              t('roundHiddenReason', { reason: item.hiddenReason })),
            item.appeal?.text && h('p', { className: 'note' }, t('moderationAppeal', { text: item.appeal.text })),
            h('div', { className: 'moderation-actions' },
              h('button', { type: 'button', className: 'moderation-approve', onclick: () => moderation.approve(item.id) },
                t(item.status === 'pending' ? 'moderationApprove' : item.status === 'hidden' ? 'moderationRestore' : 'moderationDismiss')),
              h('label', { for: reason.id }, t('moderationHideReason')), reason,
              h('button', { type: 'button', className: 'moderation-hide', onclick: () => moderation.hide(item.id, reason.value) }, t('moderationHide')),
              item.place && h('button', { type: 'button', className: 'link-button', onclick: () => flyTo(item) }, t('moderationShow')),
              email && h('button', { type: 'button', className: 'link-button moderation-block', onclick: () => moderation.block(item.id, email) }, t('moderationBlock'))));
        }));
      };
      moderation.subscribe(render);
      render(moderation.get());
      let roundId = null;
      return {
        update(state) {
          const planner = isPlanner();
          element.hidden = !planner;
          if (!planner) return;
          if (state.roundId !== roundId) { roundId = state.roundId; moderation.show(roundId); }
          else if (refreshOn(state)) moderation.refresh();
        },
      };
    },
  };
}
