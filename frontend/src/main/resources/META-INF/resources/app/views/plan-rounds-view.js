// The dossier's "Inspraakrondes" (core/plan-rounds.js has the rules): the plan's rounds with their state and period,
// "Bekijk ronde" (the round panel), and for planners "Open de ronde" / "Sluit de ronde"; the form for a new round
// (planners; the plan's owner proposes one): title, period, questions, interactions, moderation, audience, reply
// depth. The form is made once, so what was typed stays across redraws. Server text is put in as text.
import { formatMoment } from '../core/format-nl.js';
import { isPlanner } from '../core/session.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

const pad = (n) => String(n).padStart(2, '0');
const localInput = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

function radios(name, choices, checked) {
  return Object.entries(choices).map(([value, label]) => h('div', { className: 'form-radio' },
    h('input', { type: 'radio', name, id: `${name}-${value}`, value, checked: value === checked }), h('label', { for: `${name}-${value}` }, label)));
}

export function mountPlanRounds(container, rounds, { openRound, session }) {
  const list = h('div', { className: 'plan-rounds-list' });
  const field = (name, input) => h('div', { className: 'form-field' }, h('label', { for: input.id }, t(`roundField.${name}`)), input);
  const now = new Date();
  const inputs = {
    title: h('input', { id: 'round-new-title-field', type: 'text', maxlength: '200' }),
    description: h('textarea', { id: 'round-new-description', rows: '2', maxlength: '2000' }),
    startsAt: h('input', { id: 'round-new-starts', type: 'datetime-local', value: localInput(now) }),
    endsAt: h('input', { id: 'round-new-ends', type: 'datetime-local', value: localInput(new Date(now.getTime() + 14 * 86400000)) }),
    questions: h('textarea', { id: 'round-new-questions', rows: '3', maxlength: '4000' }),
    replyDepth: h('select', { id: 'round-new-depth' }, ['1', '2', '3'].map((value) => h('option', { value }, t(`roundReplyDepthChoice.${value}`)))),
  };
  const checks = ['reactions', 'replies', 'agreement'].map((name) => h('div', { className: 'form-radio' },
    h('input', { type: 'checkbox', id: `round-new-on-${name}`, name, checked: true }), h('label', { for: `round-new-on-${name}` }, t(`roundInteractions.${name}`))));
  const message = h('p', { className: 'plan-rounds-message' });
  const formTitle = h('h4', { id: 'plan-rounds-new-title' });
  const submit = h('button', { type: 'submit', className: 'plan-rounds-create' }, t('roundCreate'));
  const form = h('form', { className: 'plan-rounds-form', 'aria-labelledby': 'plan-rounds-new-title', onsubmit: async (e) => {
    e.preventDefault();
    const checked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value;
    const made = await rounds.create({
      title: inputs.title.value, description: inputs.description.value,
      startsAt: inputs.startsAt.value, endsAt: inputs.endsAt.value, questions: inputs.questions.value,
      interactions: Object.fromEntries(checks.map((c) => { const box = c.querySelector('input'); return [box.name, box.checked]; })),
      moderation: checked('round-new-moderation'), audience: checked('round-new-audience'), replyDepth: inputs.replyDepth.value,
    });
    if (made) { inputs.title.value = ''; inputs.description.value = ''; inputs.questions.value = ''; }
  } },
  formTitle,
  field('title', inputs.title), field('description', inputs.description), field('startsAt', inputs.startsAt), field('endsAt', inputs.endsAt),
  field('questions', inputs.questions),
  h('fieldset', {}, h('legend', {}, t('roundField.interactions')), checks),
  h('fieldset', {}, h('legend', {}, t('roundField.moderation')), radios('round-new-moderation', { pre: t('roundModerationChoice.pre'), post: t('roundModerationChoice.post') }, 'post')),
  h('fieldset', {}, h('legend', {}, t('roundField.audience')), radios('round-new-audience', { accounts: t('roundAudienceChoice.accounts'), concerned: t('roundAudienceChoice.concerned') }, 'accounts')),
  field('replyDepth', inputs.replyDepth),
  submit);
  const section = h('section', { className: 'plan-rounds', 'aria-labelledby': 'plan-rounds-title' },
    h('h3', { id: 'plan-rounds-title' }, t('roundsTitle')), list, message, form);
  replaceChildren(container, section);

  const render = (s) => {
    section.hidden = !s.mayCreate;
    container.dataset.planId = String(s.planId ?? '');
    const planner = isPlanner(session());
    formTitle.textContent = planner ? t('roundCreateTitle') : t('roundProposeTitle');
    submit.disabled = s.busy === 'create';
    const m = s.message;
    message.textContent = m ? t(m.key) : '';
    message.className = `plan-rounds-message${m?.error ? ' error' : ''}`;
    message.setAttribute('role', m?.error ? 'alert' : 'status');
    const items = s.rounds?.status === 'ok' ? s.rounds.items : [];
    replaceChildren(list,
      s.rounds?.status === 'loading' && h('p', { className: 'loading' }, t('roundsLoading')),
      s.rounds?.status === 'error' && h('p', { className: 'error' }, t('roundErrors.load')),
      s.rounds?.status === 'ok' && items.length === 0 && h('p', {}, t('roundsNone')),
      items.length > 0 && h('ul', { className: 'plan-rounds-rows' }, items.map((r) => h('li', { 'data-round-id': String(r.id), 'data-state': r.state },
        h('strong', {}, r.title), ' · ', t(`roundStates.${r.state}`), r.proposed && r.state === 'draft' ? ` · ${t('roundsProposed')}` : '',
        h('br'), h('span', { className: 'note' }, t('roundPeriod', { from: formatMoment(r.startsAt), to: formatMoment(r.endsAt) })), ' ',
        r.state === 'draft' && r.scheduled && h('span', { className: 'note plan-rounds-scheduled' },
          t('roundScheduledNote', { from: formatMoment(r.startsAt) })),
        h('div', { className: 'plan-buttons' },
          h('button', { type: 'button', className: 'plan-rounds-view', 'aria-label': t('roundsOpenPanel', { title: r.title }),
            onclick: () => openRound(r.id) }, t('roundsOpenPanel', { title: '' }).replace(/:\s*$/, '')),
          planner && r.state === 'draft' && h('button', { type: 'button', className: 'plan-rounds-open', disabled: Boolean(s.busy),
            onclick: () => rounds.open(r.id) }, t('roundOpenRound')),
          planner && r.state === 'draft' && !r.scheduled && h('button', { type: 'button', className: 'plan-rounds-schedule',
            disabled: Boolean(s.busy), onclick: () => rounds.schedule(r.id) }, t('roundScheduleRound')),
          planner && r.state === 'draft' && r.scheduled && h('button', { type: 'button', className: 'plan-rounds-unschedule',
            disabled: Boolean(s.busy), onclick: () => rounds.unschedule(r.id) }, t('roundUnscheduleRound')),
          planner && r.state === 'open' && h('button', { type: 'button', className: 'plan-rounds-close', disabled: Boolean(s.busy),
            onclick: () => rounds.close(r.id) }, t('roundCloseRound')))))));
  };
  rounds.subscribe(render);
  render(rounds.get());
  return { render: (open) => { if (open?.status === 'ok') rounds.show(open.plan); } };
}
