// "Stemmen" in the round panel: the round's vote as the participant casts it — approval as checkboxes, a ranking as a
// list with up/down buttons (keyboard: Tab to a button, Enter/Space; the focus stays on the moved option), a budget as
// a list of costed options with a "nog € … over" meter — and the results as bars, kept current by the round's live
// deltas (core/ballot.js). Planners get the setup form (views/vote-setup-form.js). Text from the server is always text.
import { applyVoteDelta, ballotModel, budgetLeft, euros, move, resultBars, spent, toggle, validity } from '../core/ballot.js';
import { mayTakePart } from '../core/round-access.js';
import { isPlanner } from '../core/session.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';
import { mountVoteSetupForm } from './vote-setup-form.js';

export function mountBallotPanel(section, round, { api, session = () => null }) {
  const title = h('h3', { id: 'ballot-title' }, t('ballotTitle'));
  const intro = h('p', { className: 'ballot-intro' });
  const choicesBox = h('div', { className: 'ballot-choices' });
  const meter = h('meter', { id: 'ballot-meter', className: 'ballot-meter', min: '0', 'aria-labelledby': 'ballot-left' });
  const left = h('p', { id: 'ballot-left', className: 'ballot-left', role: 'status' });
  const budgetBox = h('div', { className: 'ballot-budget' }, meter, left);
  const send = h('button', { type: 'submit', className: 'ballot-send' }, t('ballotSend'));
  const message = h('p', { className: 'ballot-message', role: 'status' });
  const form = h('form', { className: 'ballot-form', 'aria-labelledby': 'ballot-title', onsubmit: (e) => { e.preventDefault(); cast(); } },
    intro, choicesBox, budgetBox, send, message);
  const notOpen = h('p', { className: 'note ballot-not-open' });
  const resultsCount = h('p', { className: 'ballot-results-count' });
  const resultsList = h('ul', { className: 'ballot-results-list' });
  const resultsHidden = h('p', { className: 'note ballot-results-hidden' });
  const countedWith = h('p', { className: 'note ballot-counted-with' });
  const results = h('section', { className: 'ballot-results', 'aria-labelledby': 'ballot-results-title' },
    h('h4', { id: 'ballot-results-title' }, t('ballotResults')), resultsCount, resultsHidden, resultsList, countedWith);
  const setupBox = h('div', { className: 'ballot-setup' });
  section.className = 'round-ballot';
  section.setAttribute('aria-labelledby', 'ballot-title');
  section.replaceChildren(title, form, notOpen, results, setupBox);
  section.hidden = true;

  let model = ballotModel(null);
  let roundId = null;
  let lastDelta = null;
  let busy = false;
  let shownSetup = null;
  const setupForm = mountVoteSetupForm(setupBox, { api, roundId: () => roundId, saved: () => load(roundId) });

  async function load(id) {
    // Without a setup (votes on, not set up yet) there is no ballot and no result to ask for: one 404, not three.
    const setup = await api.voteSetup(id).catch(() => null);
    const [ballot, res] = setup ? await Promise.all([
      session()?.status === 'user' ? api.myBallot(id).catch(() => null) : null,
      api.voteResults(id).catch(() => null),
    ]) : [null, null];
    if (id !== roundId) return;
    model = { ...ballotModel(setup, ballot, res), seq: model.seq };
    render();
    document.body.dataset.ballot = setup ? 'ready' : 'none';
  }

  async function cast() {
    const check = validity(model);
    if (!check.valid || busy) { message.textContent = check.valid ? '' : t(check.key, check.values); return; }
    busy = true;
    send.disabled = true;
    try {
      const answer = await api.castBallot(roundId, model.choices);
      model = { ...model, cast: true, results: answer.results };
      message.textContent = t('ballotSent');
      message.className = 'ballot-message';
    } catch (error) {
      message.textContent = t('ballotFailed', { reason: error?.problem?.detail ?? error?.message ?? '' });
      message.className = 'ballot-message error';
    } finally {
      busy = false;
      render();
    }
  }

  function buildChoices() {
    const { setup } = model;
    shownSetup = setup;
    if (!setup) { choicesBox.replaceChildren(); return; }
    if (setup.method === 'ranking') {
      choicesBox.replaceChildren(h('ol', { className: 'ballot-ranking' }));
      return;
    }
    const boxes = setup.options.map((o) => {
      const input = h('input', { type: 'checkbox', id: `ballot-option-${o.key}`, value: o.key, onchange: () => { model = toggle(model, o.key); render(); } });
      const label = h('label', { for: input.id }, o.label, setup.method === 'budget' ? ` — ${euros(o.cost)}` : '');
      return h('div', { className: 'form-check ballot-option', 'data-key': o.key }, input, label);
    });
    choicesBox.replaceChildren(h('fieldset', {}, h('legend', { className: 'visually-hidden' }, t('ballotTitle')), boxes));
  }

  function renderRanking(focusKey, focusBy) {
    const list = choicesBox.querySelector('ol');
    const labelOf = (key) => model.setup.options.find((o) => o.key === key)?.label ?? key;
    list.replaceChildren(...model.choices.map((key, i) => {
      const up = h('button', { type: 'button', className: 'ballot-up', 'aria-label': t('ballotUp', { label: labelOf(key) }), disabled: i === 0,
        onclick: () => { model = move(model, key, -1); render(key, -1); } }, '↑');
      const down = h('button', { type: 'button', className: 'ballot-down', 'aria-label': t('ballotDown', { label: labelOf(key) }),
        disabled: i === model.choices.length - 1, onclick: () => { model = move(model, key, 1); render(key, 1); } }, '↓');
      return h('li', { className: 'ballot-rank', 'data-key': key }, h('span', {}, labelOf(key)), ' ', up, ' ', down);
    }));
    if (focusKey) {
      const item = list.querySelector(`li[data-key="${CSS.escape(focusKey)}"]`);
      const button = item?.querySelector(focusBy < 0 ? '.ballot-up' : '.ballot-down');
      (button && !button.disabled ? button : item?.querySelector('button:not([disabled])'))?.focus();
    }
  }

  function render(focusKey = null, focusBy = 0) {
    const { setup } = model;
    if (setup !== shownSetup) buildChoices();
    const view = round.get().view;
    form.hidden = !setup;
    title.textContent = setup?.method === 'budget' ? t('ballotTitleBudget') : t('ballotTitle');
    if (setup) {
      intro.textContent = t(`ballotIntro.${setup.method}`, { max: setup.maxChoices, budget: euros(setup.budget) });
      if (setup.method === 'ranking') renderRanking(focusKey, focusBy);
      else for (const input of choicesBox.querySelectorAll('input')) input.checked = model.choices.includes(input.value);
      budgetBox.hidden = setup.method !== 'budget';
      if (setup.method === 'budget') {
        const rest = budgetLeft(model);
        meter.max = setup.budget;
        meter.value = Math.min(spent(model), setup.budget);
        left.textContent = rest >= 0 ? t('ballotLeft', { left: euros(rest), budget: euros(setup.budget) }) : t('ballotOver', { over: euros(-rest) });
        section.dataset.budgetLeft = String(rest);
      }
    }
    const writable = mayTakePart(view, session());
    send.hidden = !writable;
    send.disabled = busy;
    send.textContent = model.cast ? t('ballotChange') : t('ballotSend');
    for (const control of choicesBox.querySelectorAll('input')) control.disabled = !writable;
    notOpen.hidden = writable || !setup;
    notOpen.textContent = session()?.status !== 'user' ? t('ballotLogIn') : t('ballotNotOpen');
    renderResults();
    setupForm.update({ planner: isPlanner(session()), setup, frozen: Number(model.results?.ballots) > 0 });
  }

  function renderResults() {
    const r = model.results;
    results.hidden = !r;
    if (!r) return;
    const ballots = Number(r.ballots) || 0;
    document.body.dataset.ballotBallots = String(ballots);
    resultsCount.textContent = t('ballotResultsCount', { count: ballots });
    resultsHidden.hidden = !r.hidden;
    resultsHidden.textContent = r.hidden ? t('ballotResultsHidden', { ballots }) : '';
    countedWith.textContent = r.countedWith ? t('ballotCountedWith', { how: r.countedWith }) : '';
    resultsList.replaceChildren(...resultBars(r).map((bar) => {
      const text = t(`ballotResultLine.${r.method}`, { label: bar.label, count: bar.count, points: bar.points, spent: euros(bar.spent), percent: bar.percent });
      const id = `ballot-bar-${bar.key}`;
      return h('li', { className: 'ballot-bar', 'data-key': bar.key },
        h('span', { id }, text), h('meter', { min: '0', max: '1', value: String(bar.share), 'aria-labelledby': id }));
    }));
  }

  return {
    /** The round panel's render: a new round loads the vote; a vote delta from the round's live log is applied. */
    update(current) {
      const view = current.view;
      const on = Boolean(view?.round?.interactions?.votes || view?.round?.interactions?.budget);
      section.hidden = !on;
      if (!on) return;
      if (current.roundId !== roundId) {
        roundId = current.roundId;
        model = ballotModel(null);
        lastDelta = null;
        load(roundId);
      }
      if (view.voteDelta && view.voteDelta !== lastDelta) {
        lastDelta = view.voteDelta;
        model = applyVoteDelta(model, view.voteDelta);
        // Planners always see the figures: the public log only says how many voted while they are hidden.
        if (view.voteDelta.type === 'ballots' && isPlanner(session())) {
          const id = roundId;
          api.voteResults(id).then((res) => { if (id === roundId) { model = { ...model, results: res }; render(); } }).catch(() => {});
        }
      }
      render();
    },
  };
}
