// "Inspraakronde": one participation round in the side panel, kept current live (core/round.js). The round and its
// life cycle, how many are here now, a new reaction placed by clicking a point in 3D (or on the plan's volume), with
// stance, theme and text; the list (views/round-list.js), the questions (views/round-questions.js) and, for planners,
// opening and closing the round and the moderation queue (views/moderation-queue.js). Fields are made once and never
// replaced by an update, so what someone types stays. Text from the server is always text.
import { formatMoment } from '../core/format-nl.js';
import { mayAnswerAsInitiator, mayTakePart } from '../core/round-access.js';
import { STANCES, THEMES } from '../core/round-items.js';
import { isPlanner } from '../core/session.js';
import { reportHash } from '../core/report.js';
import { t } from '../core/strings-nl.js';
import { mountBallotPanel } from './ballot-panel.js';
import { h } from './dom.js';
import { mountRoundList, stanceBadge, textArea } from './round-list.js';
import { mountRoundQuestions } from './round-questions.js';
import { titleOf } from './variant-list.js';

/**
 * variants: the variants part (views/variant-list.js variantsView); variantModel: the variants model (core/variants.js)
 * for what a reaction is about ("over variant …") and the list's variant filter.
 */
export function mountRoundPanel(panel, state, round, { flyTo, lifecycle, moderation = null, variants = null, variantModel = null, isShown = () => true, api = null } = {}) {
  const heading = h('h2', { id: 'round-title', tabindex: '-1' }, t('roundTitle'));
  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('roundClose'), title: t('roundClose'),
    onclick: () => round.close() }, '×');
  const loading = h('p', { className: 'loading' }, t('roundLoading'));
  const failed = h('p', { className: 'error', role: 'alert' });
  const title = h('h3', { className: 'round-name' });
  const description = h('p', { className: 'round-description' });
  const stateLine = h('p', { className: 'round-state' });
  const period = h('p', { className: 'note round-period' });
  const rules = h('p', { className: 'note round-rules' });
  const presence = h('p', { className: 'round-presence' });
  const names = h('p', { className: 'note round-presence-names' });
  const liveLine = h('p', { className: 'note round-live', role: 'status' });
  const openButton = h('button', { type: 'button', className: 'round-open-round', onclick: () => lifecycle.open(round.get().roundId) }, t('roundOpenRound'));
  const closeButton = h('button', { type: 'button', className: 'round-close-round', onclick: () => lifecycle.close(round.get().roundId) }, t('roundCloseRound'));
  const lifecycleMessage = h('p', { className: 'round-lifecycle-message', role: 'status' });
  const plannerBox = h('div', { className: 'round-planner' }, openButton, ' ', closeButton, lifecycleMessage);
  // A closed round's participatieverslag opens on its own page (the server decides who may read it).
  const reportLink = h('a', { className: 'round-report-link', hidden: true }, t('reportOpen'));
  const info = h('section', { className: 'round-info', 'aria-labelledby': 'round-info-title' },
    h('h3', { id: 'round-info-title', className: 'visually-hidden' }, t('roundTitle')), title, description, stateLine, period, rules,
    presence, names, liveLine, plannerBox, reportLink);

  // A new reaction: the place from a click in 3D (state.roundPlace), stance, theme, text.
  const placeLine = h('p', { id: 'round-place', className: 'round-place' });
  const pick = h('button', { type: 'button', className: 'round-pick', 'aria-describedby': 'round-place',
    onclick: () => state.update({ roundPicking: { planId: round.get().view?.round?.planId ?? null }, roundPlace: null }) }, t('roundPlacePick'));
  const stances = STANCES.map((stance) => h('input', { type: 'radio', name: 'round-stance', id: `round-stance-${stance}`, value: stance }));
  const theme = h('select', { id: 'round-theme' }, h('option', { value: '' }, '—'), THEMES.map((th) => h('option', { value: th }, t(`roundThemes.${th}`))));
  const text = textArea('round-text', t('roundText'), { rows: 4 });
  const send = h('button', { type: 'submit', className: 'round-send' }, t('roundSend'));
  const composerMessage = h('p', { className: 'round-composer-message' });
  // What the reaction is about: a variant chosen with "Reageer op deze variant" (state.roundAbout), else the plan.
  const aboutText = h('span', { className: 'round-about-text' });
  const aboutClear = h('button', { type: 'button', className: 'link-button round-about-clear',
    onclick: () => { state.update({ roundAbout: null }); text.input.focus(); } }, t('roundAboutPlanInstead'));
  const aboutLine = h('p', { className: 'round-about', role: 'status' }, aboutText, ' ', aboutClear);
  const composer = h('form', { className: 'round-composer', 'aria-labelledby': 'round-new-title', onsubmit: async (e) => {
    e.preventDefault();
    const item = await round.react({ place: state.get().roundPlace, stance: stances.find((s) => s.checked)?.value,
      theme: theme.value, text: text.input.value, variantId: state.get().roundAbout?.variantId ?? null });
    if (item) {
      text.clear();
      state.update({ roundPlace: null, roundAbout: null });
    }
  } },
  h('h3', { id: 'round-new-title' }, t('roundNewTitle')), aboutLine,
  h('p', { className: 'note' }, t('roundPlaceHint')), pick, placeLine,
  h('fieldset', { className: 'round-stances' }, h('legend', {}, t('roundStance')),
    STANCES.map((stance, i) => h('div', { className: 'form-radio' }, stances[i], h('label', { for: stances[i].id }, stanceBadge(stance))))),
  h('div', { className: 'form-field' }, h('label', { for: 'round-theme' }, t('roundTheme')), theme),
  text.node, send, composerMessage);
  const notOpen = h('p', { className: 'note round-not-open' });

  const listSection = h('section', { className: 'round-list' });
  const list = mountRoundList(listSection, round, {
    flyTo,
    mayWrite: () => mayTakePart(round.get().view, state.get().session),
    mayAnswer: () => mayAnswerAsInitiator(round.get().view, state.get().session),
    repliesOn: () => round.get().view?.round?.interactions?.replies !== false,
    variantTitle: (id) => { const v = variantModel?.variantById(id); return v ? titleOf(v) : t('variantUntitled', { id }); },
    variantChoices: () => (variantModel?.get().variants ?? []).map((v) => ({ id: String(v.id), title: titleOf(v) })),
  });
  variantModel?.subscribe(() => list.update(round.get()));
  const questionsSection = h('section', { className: 'round-questions', 'aria-labelledby': 'round-questions-title' });
  const questions = mountRoundQuestions(questionsSection, round, { mayWrite: () => mayTakePart(round.get().view, state.get().session) });
  const moderationSection = h('section', { className: 'round-moderation' });
  const ballotSection = h('section');
  const ballot = mountBallotPanel(ballotSection, round, { api, session: () => state.get().session });
  const queue = moderation?.mount(moderationSection);
  // Variants (issue 12, views/variant-list.js): shown when the round has them on.
  const variantsSection = h('section', { className: 'round-variants', 'aria-labelledby': 'variants-title' });
  const variantsPart = variants?.mount(variantsSection);

  const body = h('div', { className: 'round-body' }, info, notOpen, composer, ballotSection, questionsSection, variantsSection, listSection, moderationSection);
  panel.replaceChildren(h('div', { className: 'panel-header' }, heading, close), loading, failed, body);
  panel.setAttribute('aria-labelledby', 'round-title');

  // Where the reader is: at the top of the list or further down, and whether they are typing.
  const reader = () => round.setReader({
    atTop: listSection.getBoundingClientRect().top >= panel.getBoundingClientRect().top - 4,
    typing: ['TEXTAREA', 'INPUT', 'SELECT'].includes(document.activeElement?.tagName) && panel.contains(document.activeElement),
  });
  panel.addEventListener('scroll', reader, { passive: true });
  panel.addEventListener('focusin', reader);
  panel.addEventListener('focusout', () => queueMicrotask(reader));

  let shownRound = null;
  const render = (current) => {
    const { session } = state.get();
    panel.dataset.status = current.status;
    panel.dataset.live = current.live;
    loading.hidden = current.status !== 'loading';
    failed.hidden = current.status !== 'error';
    failed.textContent = current.status === 'error' ? t(current.key) : '';
    body.hidden = !current.view;
    if (!current.view) return;
    const r = current.view.round ?? {};
    panel.dataset.roundState = r.state ?? '';
    title.textContent = r.title ?? '';
    description.textContent = r.description ?? '';
    description.hidden = !r.description;
    stateLine.textContent = t('roundStateLabel', { state: t(`roundStates.${r.state}`) });
    period.textContent = r.startsAt || r.endsAt ? t('roundPeriod', { from: formatMoment(r.startsAt), to: formatMoment(r.endsAt) }) : '';
    rules.textContent = [r.moderation && t(`roundModeration.${r.moderation}`), r.audience && t(`roundAudience.${r.audience}`)].filter(Boolean).join(' ');
    const count = Number(current.view.presence?.count) || 0;
    presence.textContent = count === 1 ? t('roundPresenceOne') : t('roundPresenceMany', { count });
    document.body.dataset.roundPresence = String(count);
    names.hidden = !current.view.presence?.names?.length;
    names.textContent = names.hidden ? '' : t('roundPresenceNames', { names: current.view.presence.names.join(', ') });
    liveLine.textContent = t(`roundLive.${current.live}`);
    const planner = isPlanner(session);
    plannerBox.hidden = !planner;
    openButton.hidden = r.state !== 'draft';
    closeButton.hidden = r.state !== 'open';
    reportLink.hidden = !(r.state === 'closed' || r.state === 'reported');
    if (!reportLink.hidden) reportLink.href = `/report.html#${reportHash(r.id ?? round.get().roundId)}`;
    const lm = lifecycle?.message?.();
    lifecycleMessage.textContent = lm ? t(lm.key) : '';
    const writable = mayTakePart(current.view, session);
    composer.hidden = !writable || r.interactions?.reactions === false;
    notOpen.hidden = writable;
    notOpen.textContent = session?.status !== 'user' ? t('roundLogIn') : t('roundNotOpen');
    send.disabled = Boolean(current.busy.new);
    const m = current.message?.id === 'new' ? current.message : null;
    composerMessage.textContent = m ? t(m.key, m.values) : '';
    composerMessage.className = `round-composer-message${m?.error ? ' error' : ''}`;
    composerMessage.setAttribute('role', m?.error ? 'alert' : 'status');
    list.update(current);
    questions.update(current);
    ballot.update(current);
    queue?.update(current);
    variantsPart?.update(current);
    if (current.roundId !== shownRound) {
      shownRound = current.roundId;
      if (isShown()) queueMicrotask(() => heading.focus());
    }
  };

  const renderAbout = ({ roundAbout }) => {
    aboutLine.hidden = !roundAbout;
    aboutText.textContent = roundAbout ? t('roundAboutVariant', { title: roundAbout.title }) : '';
    composer.dataset.about = roundAbout ? String(roundAbout.variantId) : '';
  };

  const renderPlace = ({ roundPlace, roundPicking }) => {
    pick.textContent = roundPicking ? t('roundPlacePicking') : t('roundPlacePick');
    pick.setAttribute('aria-pressed', String(Boolean(roundPicking)));
    if (!roundPlace) { placeLine.textContent = ''; return; }
    const height = roundPlace.height.toFixed(1).replace('.', ',');
    placeLine.textContent = Number.isInteger(roundPlace.volumeIndex)
      ? t('roundPlaceOnVolume', { volume: roundPlace.volumeIndex + 1, height })
      : t('roundPlaceChosen', { lat: roundPlace.lat.toFixed(5), lon: roundPlace.lon.toFixed(5), height });
    document.body.dataset.roundPlace = Number.isInteger(roundPlace.volumeIndex) ? `volume-${roundPlace.volumeIndex}` : 'point';
  };

  round.subscribe(render);
  state.onChange((current, changed) => {
    if (changed.includes('roundPlace') || changed.includes('roundPicking')) renderPlace(current);
    if (changed.includes('roundAbout')) renderAbout(current);
    if (changed.includes('session')) render(round.get());
    if (changed.includes('roundFocus') && current.roundFocus !== null && current.roundFocus !== undefined) {
      const view = round.get().view;
      if (view?.incoming.some((r) => String(r.id) === String(current.roundFocus))) round.showIncoming();
      list.focus(current.roundFocus);
    }
  });
  render(round.get());
  renderPlace(state.get());
  renderAbout(state.get());
}
