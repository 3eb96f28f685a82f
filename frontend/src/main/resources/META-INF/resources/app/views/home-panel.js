// "Mijn woning": a button in the top bar (everyone logged in) and a panel: the home and its status (unconfirmed,
// confirmed), choosing it by clicking the building on the map or searching the address, the code from the letter,
// and the published plans that concern the home. "Dit plan raakt u" (a plan opened from there or from a ?plan= link):
// where the home lies from the plan, and the consent / no objection / objection form. Text from the server is text.
import { homePlace, KINDS, placeValues } from '../core/concerned.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountHomePanel(toggleElement, panel, state, home, { isShown = () => true, show = () => {} } = {}) {
  const toggle = h('button', { type: 'button', className: 'home-open', 'aria-expanded': 'false', 'aria-controls': panel.id,
    onclick: () => {
      if ((state.get().home?.panel ?? 'closed') !== 'closed' && !isShown()) show();
      else home.toggle();
    } }, t('homeOpen'));
  toggleElement.replaceChildren(toggle);
  const heading = h('h2', { id: 'home-title', tabindex: '-1' }, t('homeTitle'));
  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('homeClose'), title: t('homeClose'),
    onclick: () => { home.close(); toggle.focus(); } }, '×');
  const body = h('div', { className: 'home-body' });
  const message = h('p', { className: 'home-message', 'aria-live': 'polite' });
  replaceChildren(panel, h('div', { className: 'panel-header' }, heading, close), body, message);
  panel.setAttribute('aria-labelledby', 'home-title');

  // Form fields survive redraws, so what someone typed stays.
  const searchInput = h('input', { id: 'home-search', type: 'search', autocomplete: 'street-address', maxlength: '100' });
  const searchForm = h('form', { className: 'home-search-form', role: 'search', onsubmit: (e) => { e.preventDefault(); home.search(searchInput.value); } },
    h('label', { for: 'home-search' }, t('homeSearchLabel')), searchInput, h('button', { type: 'submit' }, t('homeSearch')));
  const codeInput = h('input', { id: 'home-code', type: 'text', autocomplete: 'one-time-code', maxlength: '12', spellcheck: 'false' });
  const codeForm = h('form', { className: 'home-code-form', onsubmit: (e) => { e.preventDefault(); home.confirm(codeInput.value); } },
    h('label', { for: 'home-code' }, t('homeCodeLabel')), codeInput, h('button', { type: 'submit', className: 'home-confirm' }, t('homeConfirm')));
  const reason = h('textarea', { id: 'statement-reason', rows: '4', maxlength: '2000' });
  const kindInputs = KINDS.map((kind) => h('input', { type: 'radio', name: 'statement-kind', id: `statement-kind-${kind}`, value: kind }));
  const statementForm = h('form', { className: 'statement-form', onsubmit: (e) => {
    e.preventDefault();
    home.state(kindInputs.find((input) => input.checked)?.value, reason.value);
  } },
  h('fieldset', {}, h('legend', {}, t('statementTitle')),
    KINDS.map((kind, i) => h('div', { className: 'statement-kind' }, kindInputs[i], h('label', { for: `statement-kind-${kind}` }, t(`statementKinds.${kind}`))))),
  h('label', { for: 'statement-reason' }, t('statementReason')), reason,
  h('button', { type: 'submit', className: 'statement-send' }, t('statementSend')));

  const renderHome = (s, session) => {
    const data = s.home?.status === 'ok' ? s.home.data : null;
    const status = data?.status ?? 'none';
    panel.dataset.homeStatus = s.home?.status === 'ok' ? status : (s.home?.status ?? 'loading');
    const selected = state.get().selection?.buildingId;
    const plans = s.plans?.status === 'ok' ? s.plans.items : [];
    replaceChildren(body,
      h('p', { className: 'note' }, t('homeIntro')),
      s.home?.status === 'loading' && h('p', { className: 'loading' }, t('homeLoading')),
      s.home?.status === 'error' && h('p', { className: 'error', role: 'alert' }, t(s.home.error?.kind === 'unauthenticated' ? 'homeLoggedOut' : 'concernedErrors.failed')),
      data && h('section', { className: 'home-status', 'aria-labelledby': 'home-status-title', 'data-status': status },
        h('h3', { id: 'home-status-title' }, status === 'none' ? t('homeChooseTitle') : t('homeAt', { place: homePlace(data, t) })),
        h('p', { className: 'home-status-line' }, t(`homeStatus.${status}`)),
        status === 'unconfirmed' && data.codeExpiresAt && h('p', { className: 'note' },
          t('homeCodeUntil', { date: new Date(data.codeExpiresAt).toLocaleDateString('nl-NL') }))),
      data && status === 'unconfirmed' && h('section', { className: 'home-code', 'aria-labelledby': 'home-code-title' },
        h('h3', { id: 'home-code-title' }, t('homeCodeTitle')), codeForm),
      data && h('section', { className: 'home-choose', 'aria-labelledby': 'home-choose-title' },
        h('h3', { id: 'home-choose-title' }, t('homeChooseTitle')),
        h('p', {}, t('homeChooseBuilding')),
        selected && h('p', { className: 'home-selected' }, t('homeSelectedBuilding', { pand: selected })),
        h('button', { type: 'button', className: 'home-use-building', disabled: Boolean(s.busy),
          onclick: () => home.chooseBuilding(state.get().selection?.buildingId) }, t('homeUseBuilding')),
        searchForm,
        s.hits?.length > 0 && h('ul', { className: 'home-hits' }, s.hits.map((hit) => h('li', {},
          h('button', { type: 'button', className: 'link-button home-hit', 'data-address-id': hit.id, disabled: Boolean(s.busy),
            onclick: () => home.chooseAddress(hit.id) }, t('homeSearchChoose', { label: hit.label }))))),
        status !== 'none' && h('button', { type: 'button', className: 'link-button home-forget', onclick: () => home.forget() }, t('homeRemove'))),
      status === 'confirmed' && h('section', { className: 'home-plans', 'aria-labelledby': 'home-plans-title' },
        h('h3', { id: 'home-plans-title' }, t('homePlansTitle')),
        plans.length === 0 ? h('p', {}, t('homePlansNone'))
          : h('ul', {}, plans.map((p) => h('li', { 'data-plan-id': String(p.planId) },
            h('strong', {}, p.title), ' · ', t('concernsYouPlace', placeValues(p, t)), ' ',
            h('button', { type: 'button', className: 'home-plan-open', 'aria-label': t('homePlanOpen', { title: p.title }),
              onclick: () => home.openPlan(p.planId) }, t('homePlanOpen', { title: '' }).trim()))))));
    if (session?.status !== 'user') replaceChildren(body, h('p', {}, t('homeLoggedOut')));
  };

  const renderPlan = (s) => {
    const plan = s.plan;
    panel.dataset.homeStatus = 'plan';
    if (!plan || plan.status === 'loading') return replaceChildren(body, h('p', { className: 'loading' }, t('concernsYouLoading')));
    const back = h('button', { type: 'button', className: 'link-button home-back', onclick: () => home.backToHome() }, t('concernsYouBack'));
    if (plan.status === 'error') return replaceChildren(body, back, h('p', { className: 'error', role: 'alert' }, t(plan.key)));
    const mine = plan.mine;
    const own = mine.statement;
    if (own && !statementForm.dataset.filled) {
      kindInputs.forEach((input) => { input.checked = input.value === own.kind; });
      reason.value = own.reason ?? '';
    }
    statementForm.dataset.filled = own ? 'yes' : '';
    statementForm.querySelector('.statement-send').disabled = Boolean(s.busy);
    replaceChildren(body, back,
      h('section', { className: 'concerns-you', 'aria-labelledby': 'concerns-you-title', 'data-concerned': String(mine.concerned),
        'data-plan-id': String(plan.planId) },
      h('h3', { id: 'concerns-you-title' }, mine.concerned ? t('concernsYouTitle') : t('concernsYouNotTitle')),
      plan.title && h('p', { className: 'concerns-you-plan' }, h('strong', {}, plan.title)),
      plan.description && h('p', {}, plan.description),
      mine.concerned && h('p', { className: 'concerns-you-place' }, t('concernsYouPlace', placeValues(mine, t))),
      !mine.mayState && mine.whyNot && h('p', { className: 'note concerns-you-why' }, t(`concernsYouWhyNot.${mine.whyNot}`)),
      own && h('p', { className: 'statement-own', 'data-kind': own.kind }, t('statementYours', { kind: t(`statementKindShort.${own.kind}`), version: own.version })),
      mine.mayState && [statementForm, h('p', { className: 'note' }, t('statementChangeable'))]));
  };

  let shown = 'closed';
  const render = ({ session, home: s = { panel: 'closed' } }) => {
    const mayOpen = session?.status === 'user';
    toggleElement.hidden = !mayOpen;
    const open = mayOpen ? s.panel : 'closed';
    document.body.dataset.home = open;
    toggle.setAttribute('aria-expanded', String(open !== 'closed'));
    if (open === 'home') renderHome(s, session);
    if (open === 'plan') renderPlan(s);
    const m = s.message;
    message.className = `home-message${m?.error ? ' error' : ''}`;
    message.setAttribute('role', m?.error ? 'alert' : 'status');
    message.textContent = m ? t(m.key, m.values) : '';
    if (open !== shown && open !== 'closed') queueMicrotask(() => heading.focus());
    shown = open;
  };
  state.onChange((current, changed) => {
    if (changed.includes('home') || changed.includes('session')) render(current);
    else if (changed.includes('selection') && (current.home?.panel ?? 'closed') === 'home') render(current);
  });
  render(state.get());
  return { codeInput };
}
