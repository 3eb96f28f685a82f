// "Meldingen": a bell in the top bar (logged in) with the unread count in its accessible name, and a panel with the
// notification centre (newest first, "Gelezen", "Alles gelezen", "Bekijk in 3D") and the settings: the areas I follow
// (a circle around the point I chose on the map or around my confirmed home, with how many plans were published
// there in the last year) and per kind of event how I want to hear it. Text from the server is always text.
import { CHANNELS, KINDS, bellBadge, bellLabel } from '../core/notifications.js';
import { formatMoment } from '../core/format-nl.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A small bell drawn as SVG (no emoji font needed), hidden from assistive technology: the button's name says it. */
function bellIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true', focusable: 'false',
    class: 'alerts-bell' })) svg.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export function mountAlerts(toggleElement, panel, state, alerts, { isShown = () => true, show } = {}) {
  const badge = h('span', { className: 'alerts-badge' });
  const toggle = h('button', { type: 'button', className: 'alerts-open', 'aria-expanded': 'false', 'aria-controls': panel.id,
    onclick: () => {
      if (state.get().alerts?.panel && state.get().alerts.panel !== 'closed' && !isShown()) show();
      else alerts.toggle();
    } }, bellIcon(), t('alertsTitle'), ' ', badge);
  toggleElement.replaceChildren(toggle);

  const heading = h('h2', { id: 'alerts-title', tabindex: '-1' }, t('alertsTitle'));
  const close = h('button', { type: 'button', className: 'icon-button', 'aria-label': t('alertsClose'), title: t('alertsClose'),
    onclick: () => { alerts.close(); toggle.focus(); } }, '×');
  const listTab = h('button', { type: 'button', className: 'link-button alerts-tab', onclick: () => alerts.showList() }, t('alertsListTab'));
  const settingsTab = h('button', { type: 'button', className: 'link-button alerts-tab', onclick: () => alerts.showSettings() }, t('alertsSettingsTab'));
  const body = h('div', { className: 'alerts-body' });
  replaceChildren(panel, h('div', { className: 'panel-header' }, heading, close), h('nav', { className: 'alerts-tabs', 'aria-label': t('alertsTitle') }, listTab, settingsTab), body);
  panel.setAttribute('aria-labelledby', 'alerts-title');

  const settings = settingsScreen(alerts);
  let shown = 'closed';
  const render = ({ session, alerts: current = { panel: 'closed' } }) => {
    const loggedIn = session?.status === 'user';
    toggleElement.hidden = !loggedIn;
    const label = bellLabel(current.unread);
    toggle.setAttribute('aria-label', t(label.key, label.values));
    badge.textContent = bellBadge(current.unread);
    badge.hidden = badge.textContent === '';
    document.body.dataset.alertsUnread = String(current.unread ?? 0);
    const open = loggedIn ? current.panel : 'closed';
    document.body.dataset.alerts = open;
    toggle.setAttribute('aria-expanded', String(open !== 'closed'));
    listTab.setAttribute('aria-current', String(open === 'list'));
    settingsTab.setAttribute('aria-current', String(open === 'settings'));
    if (open === 'list') renderList(body, current, alerts);
    if (open === 'settings') {
      if (body.firstChild !== settings.root) replaceChildren(body, settings.root);
      settings.update(current);
    }
    if (open !== shown && open !== 'closed' && shown === 'closed') queueMicrotask(() => heading.focus());
    shown = open;
  };
  state.onChange((current, changed) => {
    if (changed.includes('alerts') || changed.includes('session')) render(current);
    if (changed.includes('selection')) alerts.selectionChanged();
  });
  render(state.get());
}

function renderList(element, current, alerts) {
  const list = current.list ?? { status: 'loading' };
  element.dataset.status = list.status;
  if (list.status === 'loading') return replaceChildren(element, h('p', { className: 'loading' }, t('alertsLoading')));
  if (list.status === 'error') {
    return replaceChildren(element, h('div', { className: 'error', role: 'alert' }, h('p', {}, t('alertsFailed')),
      h('button', { type: 'button', onclick: () => alerts.showList() }, t('retry'))));
  }
  if (list.items.length === 0) return replaceChildren(element, h('p', { className: 'alerts-empty' }, t('alertsEmpty')));
  return replaceChildren(element,
    current.unread > 0 && h('button', { type: 'button', className: 'alerts-read-all', onclick: () => alerts.markAllRead() }, t('alertsMarkAllRead')),
    h('ul', { className: 'alerts-list' }, list.items.map((n) => h('li', { className: n.read ? 'alert read' : 'alert unread', 'data-notification-id': String(n.id),
      'data-plan-id': String(n.planId) },
    h('h3', {}, !n.read && h('span', { className: 'alerts-new' }, t('alertsUnreadMark'), ' '), n.title),
    h('p', {}, n.text),
    h('p', { className: 'alerts-meta' }, formatMoment(n.createdAt)),
    h('div', { className: 'alerts-actions' },
      h('button', { type: 'button', className: 'alerts-open-plan', 'aria-label': t('alertsOpenLabel', { title: n.title }),
        onclick: () => alerts.open(n) }, t('alertsOpen')),
      !n.read && h('button', { type: 'button', className: 'link-button alerts-mark-read', 'aria-label': t('alertsMarkReadLabel', { title: n.title }),
        onclick: () => alerts.markRead(n.id) }, t('alertsMarkRead')))))));
}

/**
 * The settings screen, built once and updated in place (a re-render must not replace the button being clicked or the
 * field being typed in): my areas, a new circle with its preview, and the channel per kind of event.
 */
function settingsScreen(alerts) {
  const areas = h('div', { className: 'alerts-areas-box' });
  const radio = (value, key) => h('label', { className: 'alerts-radio' },
    h('input', { type: 'radio', name: 'alerts-centre', id: `alerts-centre-${value}`, value,
      onchange: () => alerts.setDraft({ centre: value }) }), ' ', t(key));
  const point = radio('point', 'alertsCentrePoint');
  const home = radio('home', 'alertsCentreHome');
  const radius = h('input', { id: 'alerts-radius', type: 'number', inputmode: 'numeric', min: '50', max: '5000', step: '50',
    'aria-describedby': 'alerts-preview', onchange: (event) => alerts.setDraft({ radius: event.target.value }) });
  const preview = h('p', { id: 'alerts-preview', className: 'alerts-preview', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit' }, t('alertsSubscribe'));
  const saved = h('p', { className: 'alerts-saved', role: 'status' });
  const form = h('form', { className: 'alerts-form', onsubmit: (event) => {
    event.preventDefault();
    alerts.setDraft({ radius: radius.value }).then(() => alerts.subscribe());
  } },
  h('fieldset', {}, h('legend', {}, t('alertsCentre')), point, home),
  h('label', { for: 'alerts-radius' }, t('alertsRadius')), radius, preview, submit, saved,
  h('p', { className: 'alerts-hint' }, t('alertsPolygonHint')));
  const selects = Object.fromEntries(KINDS.map((kind) => [kind, h('select', { id: `alerts-kind-${kind}`,
    onchange: (event) => alerts.choose(kind, event.target.value) },
  CHANNELS.map((channel) => h('option', { value: channel }, t(`alertsChannels.${channel}`))))]));
  const preferencesState = h('p', { className: 'loading' });
  const choices = h('div', { className: 'alerts-preferences' }, KINDS.map((kind) => h('p', {},
    h('label', { for: `alerts-kind-${kind}` }, t(`alertsKinds.${kind}`)), ' ', selects[kind])));
  const root = h('div', { className: 'alerts-settings' },
    h('h3', {}, t('alertsAreasTitle')), areas,
    h('h3', {}, t('alertsNewArea')), form,
    h('h3', {}, t('alertsPreferencesTitle')), preferencesState, choices);

  let initialised = false;
  return {
    root,
    update(current) {
      const draft = current.draft ?? { centre: 'point', radius: '250', preview: { status: 'idle' }, save: { status: 'idle' } };
      if (!initialised) {
        radius.value = draft.radius;
        initialised = true;
      }
      point.querySelector('input').checked = draft.centre === 'point';
      home.querySelector('input').checked = draft.centre === 'home';
      preview.textContent = draft.preview.status === 'loading' ? t('alertsPreviewLoading')
        : draft.preview.status === 'ok' ? draft.preview.text : draft.preview.errorKey ? t(draft.preview.errorKey) : '';
      submit.disabled = draft.save.status === 'saving';
      saved.textContent = draft.save.status === 'saved' ? t('alertsSaved') : draft.save.status === 'error' ? t(draft.save.errorKey) : '';
      saved.className = draft.save.status === 'error' ? 'error' : 'alerts-saved';

      const subscriptions = current.subscriptions ?? { status: 'loading' };
      areas.dataset.status = subscriptions.status;
      if (subscriptions.status !== 'ok') {
        replaceChildren(areas, h('p', { className: subscriptions.status === 'error' ? 'error' : 'loading' },
          t(subscriptions.status === 'error' ? 'alertsFailed' : 'alertsLoading')));
      } else if (subscriptions.items.length === 0) {
        replaceChildren(areas, h('p', {}, t('alertsAreasEmpty')));
      } else {
        const shownIds = [...areas.querySelectorAll('li')].map((li) => li.dataset.subscriptionId).join(',');
        if (shownIds !== subscriptions.items.map((s) => String(s.id)).join(',')) {
          replaceChildren(areas, h('ul', { className: 'alerts-areas' }, subscriptions.items.map((s) => {
            const text = s.kind === 'polygon' ? t('alertsAreaPolygon') : t(s.kind === 'home' ? 'alertsAreaHome' : 'alertsAreaCircle', { radius: s.radius });
            return h('li', { 'data-subscription-id': String(s.id) }, h('span', {}, s.label ? `${s.label}: ${text}` : text), ' ',
              h('button', { type: 'button', className: 'link-button', 'aria-label': t('alertsAreaDeleteLabel', { area: text }),
                onclick: () => alerts.remove(s.id) }, t('alertsAreaDelete')));
          })));
        }
      }

      const preferences = current.preferences ?? { status: 'loading' };
      choices.hidden = preferences.status !== 'ok';
      preferencesState.hidden = preferences.status === 'ok';
      preferencesState.className = preferences.status === 'error' ? 'error' : 'loading';
      preferencesState.textContent = t(preferences.status === 'error' ? 'alertsFailed' : 'alertsLoading');
      if (preferences.status === 'ok') {
        for (const kind of KINDS) {
          if (selects[kind] !== selects[kind].ownerDocument.activeElement) selects[kind].value = preferences.channels[kind] ?? 'in-app';
        }
      }
    },
  };
}
