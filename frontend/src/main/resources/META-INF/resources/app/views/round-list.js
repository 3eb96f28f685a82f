// The reactions of a round as a list (newest first) that live updates never rebuild: each reaction's element is made
// once and then only its texts and buttons change, so a reply being typed keeps its text, caret and focus. New
// reactions of others wait behind the "N nieuwe reacties" bar (the only part that announces, politely); the list
// itself is not a live region, so a screen reader never re-reads it. Plain text only (textContent).
import { formatMoment } from '../core/format-nl.js';
import { stanceStyle } from '../core/palette.js';
import { ABOUT_PLAN, STANCES, THEMES, newItemsBar, textCounter, visibleReactions } from '../core/round-items.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

/** The stance as a badge: colour, shape and letter, plus the word (colour is never the only cue). */
export function stanceBadge(stance) {
  const style = stanceStyle(stance);
  return h('span', { className: `stance-badge stance-${style.shape}`, style: `background:${style.colour}` },
    h('span', { 'aria-hidden': 'true' }, t(`roundStanceLetters.${stance}`) ?? style.letter), ' ', t(`roundStances.${stance}`));
}

const authorText = (item) => (item.author?.mine ? t('roundAuthorMine', { label: item.author.label || '' }) : item.author?.label || '')
  + (item.author?.name ? ` · ${item.author.name}` : '');

/** A text field with its counter ("12 van 2000 tekens") under it, tied with aria-describedby. */
export function textArea(id, label, { rows = 3 } = {}) {
  const counter = h('p', { id: `${id}-count`, className: 'note round-counter' });
  const input = h('textarea', { id, rows: String(rows), maxlength: '2000', 'aria-describedby': counter.id });
  const count = () => { const c = textCounter(input.value); counter.textContent = t('roundCounter', c); };
  input.addEventListener('input', count);
  count();
  return { node: h('div', { className: 'form-field' }, h('label', { for: id }, label), input, counter), input,
    clear: () => { input.value = ''; count(); } };
}

/** variantTitle(id): the title of a variant a reaction is about; variantChoices(): [{id, title}] for the filter. */
export function mountRoundList(element, round, { flyTo, mayAnswer = () => false, mayWrite = () => false, repliesOn = () => true,
  variantTitle = (id) => String(id), variantChoices = () => [] }) {
  const themeFilter = h('select', { id: 'round-filter-theme', onchange: (e) => round.setFilters({ theme: e.target.value || null }) },
    h('option', { value: '' }, t('roundFilterAll')), THEMES.map((theme) => h('option', { value: theme }, t(`roundThemes.${theme}`))));
  const stanceFilter = h('select', { id: 'round-filter-stance', onchange: (e) => round.setFilters({ stance: e.target.value || null }) },
    h('option', { value: '' }, t('roundFilterAll')), STANCES.map((stance) => h('option', { value: stance }, t(`roundStances.${stance}`))));
  const variantFilter = h('select', { id: 'round-filter-variant', onchange: (e) => round.setFilters({ variant: e.target.value || null }) });
  const variantFilterBox = h('span', { className: 'round-filter-variant' },
    h('label', { for: 'round-filter-variant' }, t('roundFilterVariant')), variantFilter);
  let shownChoices = null;
  const renderVariantFilter = (filters) => {
    const choices = variantChoices();
    const key = JSON.stringify(choices);
    if (key !== shownChoices) {
      shownChoices = key;
      variantFilter.replaceChildren(h('option', { value: '' }, t('roundFilterAll')), h('option', { value: ABOUT_PLAN }, t('roundFilterPlanOnly')),
        ...choices.map((c) => h('option', { value: c.id }, t('roundFilterAboutVariant', { title: c.title }))));
    }
    variantFilter.value = filters?.variant ?? '';
    variantFilterBox.hidden = choices.length === 0 && !filters?.variant;
  };
  const count = h('p', { className: 'note round-count' });
  const barButton = h('button', { type: 'button', className: 'round-new-bar', onclick: () => { round.showIncoming(); list.querySelector('li h4')?.focus(); } });
  const bar = h('div', { className: 'round-new', 'aria-live': 'polite' }, barButton);
  const empty = h('p', { className: 'round-empty' });
  const list = h('ul', { className: 'round-reactions' });
  element.append(h('h3', { id: 'round-list-title' }, t('roundListTitle')),
    h('div', { className: 'round-filters' },
      h('label', { for: 'round-filter-theme' }, t('roundFilterTheme')), themeFilter,
      h('label', { for: 'round-filter-stance' }, t('roundFilterStance')), stanceFilter, variantFilterBox),
    count, bar, empty, list);
  list.setAttribute('aria-labelledby', 'round-list-title');

  const items = new Map(); // reaction id → its element and update()

  function itemNode(id) {
    const heading = h('h4', { tabindex: '-1' });
    const meta = h('p', { className: 'note round-meta' });
    const status = h('p', { className: 'round-status' });
    // The appeal against a hide: the server gives it to the author and to planners only.
    const appealNote = h('p', { className: 'round-appeal-state note' });
    const text = h('p', { className: 'round-text' });
    const agreements = h('span', { className: 'round-agreements' });
    const agree = h('button', { type: 'button', className: 'round-agree', onclick: () => round.agree(id, !current.agreedByMe) });
    const show = h('button', { type: 'button', className: 'link-button round-show', onclick: () => flyTo(current) }, t('roundShowOnMap'));
    const report = h('button', { type: 'button', className: 'link-button round-report', onclick: () => round.report(id) }, t('roundReport'));
    const replies = h('ul', { className: 'round-replies' });
    const answer = h('div', { className: 'round-initiator-answer' });
    const message = h('p', { className: 'round-item-message' });
    const replyField = textArea(`round-reply-${id}`, t('roundReplyText'), { rows: 2 });
    const replyForm = h('form', { className: 'round-reply-form', onsubmit: async (e) => {
      e.preventDefault();
      if (await round.reply(id, replyField.input.value)) replyField.clear();
    } }, replyField.node, h('button', { type: 'submit' }, t('roundReplySend')));
    const answerField = textArea(`round-answer-${id}`, t('roundAnswerText'), { rows: 2 });
    const answerForm = h('form', { className: 'round-answer-form', onsubmit: async (e) => {
      e.preventDefault();
      if (await round.answerAsInitiator(id, answerField.input.value)) answerField.clear();
    } }, answerField.node, h('button', { type: 'submit' }, t('roundAnswerSend')));
    const appealField = textArea(`round-appeal-${id}`, t('roundAppealText'), { rows: 2 });
    const appealForm = h('form', { className: 'round-appeal-form', onsubmit: async (e) => {
      e.preventDefault();
      if (await round.appeal(id, appealField.input.value)) appealField.clear();
    } }, appealField.node, h('button', { type: 'submit' }, t('roundAppealSend')));
    const badge = h('span', { className: 'round-badge' });
    const li = h('li', { className: 'round-reaction', 'data-reaction-id': String(id) }, heading, meta, status, appealNote, text, appealForm,
      h('div', { className: 'round-actions' }, agreements, ' ', agree, ' ', show, ' ', report), message, answer, replies, replyForm, answerForm);
    heading.append(badge);
    let current = null;
    const replyNodes = new Map();

    function update(item, state) {
      current = item;
      li.dataset.status = item.status;
      li.dataset.mine = String(Boolean(item.author?.mine));
      badge.replaceChildren(stanceBadge(item.stance), ' ', t(`roundThemes.${item.theme}`));
      meta.textContent = [authorText(item), formatMoment(item.createdAt),
        item.variantId !== null && item.variantId !== undefined ? t('roundOverVariant', { title: variantTitle(item.variantId) }) : null]
        .filter(Boolean).join(' · ');
      li.dataset.variantId = item.variantId === null || item.variantId === undefined ? '' : String(item.variantId);
      status.hidden = item.status === 'published';
      status.textContent = item.status === 'pending' ? t('roundPending')
        : item.status === 'hidden' ? [t(item.hiddenAutomatically ? 'roundHiddenAuto' : 'roundHidden'),
          item.hiddenReason ? t('roundHiddenReason', { reason: item.hiddenReason }) : ''].filter(Boolean).join('. ') : '';
      text.textContent = item.text;
      appealForm.hidden = !(item.status === 'hidden' && item.author?.mine && !item.appealed && !item.appeal);
      appealNote.hidden = !item.appeal?.state;
      appealNote.dataset.appeal = item.appeal?.state ?? '';
      appealNote.textContent = item.appeal?.state ? t(`roundAppealStates.${item.appeal.state}`) : '';
      agreements.textContent = t('roundAgreements', { count: item.agreements });
      const writable = mayWrite() && item.status === 'published';
      agree.hidden = !writable || item.author?.mine;
      agree.textContent = item.agreedByMe ? t('roundWithdraw') : t('roundAgree');
      agree.setAttribute('aria-pressed', String(item.agreedByMe));
      agree.disabled = Boolean(state.busy[id]);
      show.hidden = !item.place;
      report.hidden = !mayWrite() || item.author?.mine || item.status !== 'published';
      report.disabled = Boolean(item.reportedByMe);
      report.textContent = item.reportedByMe ? t('roundReportedDone') : t('roundReport');
      const m = state.message?.id === id ? state.message : null;
      message.textContent = m ? t(m.key, m.values) : '';
      message.className = `round-item-message${m?.error ? ' error' : ''}`;
      message.setAttribute('role', m?.error ? 'alert' : 'status');
      // The initiator's answer, marked as such.
      answer.hidden = !item.initiatorAnswer;
      if (item.initiatorAnswer) {
        answer.replaceChildren(h('p', { className: 'round-initiator-label' }, h('strong', {}, t('roundInitiatorAnswer'))),
          h('p', {}, item.initiatorAnswer.text));
      }
      answerForm.hidden = !(mayAnswer() && !item.initiatorAnswer && item.status === 'published');
      replyForm.hidden = !(writable && repliesOn());
      // Replies, oldest first, each made once.
      const wanted = new Set(item.replies.map((r) => String(r.id)));
      for (const [replyId, node] of replyNodes) if (!wanted.has(replyId)) { node.remove(); replyNodes.delete(replyId); }
      for (const reply of item.replies) {
        const key = String(reply.id);
        if (!replyNodes.has(key)) {
          const node = h('li', { className: 'round-reply', 'data-reply-id': key });
          replyNodes.set(key, node);
          replies.append(node);
        }
        const node = replyNodes.get(key);
        node.dataset.status = reply.status;
        node.replaceChildren(h('p', { className: 'note' }, authorText(reply), reply.status === 'pending' ? ` · ${t('roundPending')}` : ''),
          h('p', {}, reply.text));
      }
    }
    return { li, heading, update };
  }

  return {
    update(state) {
      const view = state.view;
      if (!view) return;
      renderVariantFilter(view.filters);
      const shown = visibleReactions(view);
      count.textContent = t('roundListCount', { shown: shown.length, total: view.reactions.length });
      const waiting = newItemsBar(view);
      barButton.hidden = !waiting;
      barButton.textContent = waiting ? t('roundNewShow', { label: t(waiting.key, { count: waiting.count }) }) : '';
      document.body.dataset.roundNew = String(waiting?.count ?? 0);
      empty.hidden = shown.length > 0;
      empty.textContent = view.reactions.length === 0 ? t('roundEmpty') : t('roundEmptyFiltered');
      const wanted = new Set(shown.map((r) => String(r.id)));
      for (const [id, node] of items) if (!wanted.has(id)) { node.li.remove(); items.delete(id); }
      shown.forEach((item, index) => {
        const key = String(item.id);
        if (!items.has(key)) items.set(key, itemNode(item.id));
        const node = items.get(key);
        node.update(item, state);
        // Only a new or moved item is (re)placed: an element that stays where it is is never taken out (that would
        // drop the focus of a field in it).
        if (list.children[index] !== node.li) list.insertBefore(node.li, list.children[index] ?? null);
      });
    },
    /** The reaction asked for from the map: into view, its heading focused. */
    focus(id) {
      const node = items.get(String(id));
      if (!node) return false;
      node.li.scrollIntoView({ block: 'nearest' });
      node.heading.focus({ preventScroll: true });
      return true;
    },
    list,
  };
}
