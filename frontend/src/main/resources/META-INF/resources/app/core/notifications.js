// Alerts without DOM or the 3D library: the bell's unread count, the notification centre ("Meldingen"), the areas a
// person subscribes to and the channel per kind of event. state.alerts is
//   { panel: 'closed' | 'list' | 'settings', unread, list: { status, items?, error? },
//     subscriptions: { status, items?, error? }, preferences: { status, channels?, error? },
//     draft: { centre: 'point' | 'home', radius, preview: { status, text? , errorKey? }, save: { status, errorKey? } } }
// A notification's link opens the plan in 3D: its camera and point (the URL hash, core/url-state.js) become the view.
import { parseHash } from './url-state.js';
import { sessionMayHaveEnded } from './session.js';

export const CLOSED_ALERTS = Object.freeze({ panel: 'closed', unread: 0 });
export const MIN_RADIUS = 50;
export const MAX_RADIUS = 5000;
export const KINDS = Object.freeze(['plan-published-nearby', 'followed-plan-phase', 'round-opened', 'round-closed', 'decision',
  'round-reply', 'my-contribution', 'round-moderation']);
export const CHANNELS = Object.freeze(['in-app', 'email', 'email-digest', 'none']);

/** What the bell shows on its badge: nothing, the count, or 99+. */
export function bellBadge(unread) {
  const n = Number(unread) || 0;
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

/**
 * The bell's accessible name key and values: with the count as the badge shows it (the name starts with the visible
 * text "Meldingen 3"), or "geen ongelezen".
 */
export function bellLabel(unread) {
  const n = Number(unread) || 0;
  if (n <= 0) return { key: 'alertsBellNone', values: {} };
  return { key: n === 1 ? 'alertsBellOne' : 'alertsBellMany', values: { count: bellBadge(n) } };
}

/** Where a notification's link leads: the plan id and the view (camera, selection) from its hash; null parts when absent. */
export function notificationTarget(link) {
  let url;
  try {
    url = new URL(String(link ?? ''), 'http://stip.invalid');
  } catch {
    return { planId: null, camera: null, selection: null };
  }
  const plan = Number(url.searchParams.get('plan'));
  const view = parseHash(url.hash);
  return { planId: Number.isInteger(plan) && plan > 0 ? plan : null, camera: view.camera ?? null, selection: view.selection ?? null };
}

/** The text key for a radius that cannot be sent, or null when it is fine. */
export function radiusErrorKey(value) {
  const text = String(value ?? '').trim().replace(',', '.');
  if (text === '') return 'alertsRadiusMissing';
  const n = Number(text);
  if (!Number.isFinite(n)) return 'alertsRadiusNotNumber';
  if (n < MIN_RADIUS || n > MAX_RADIUS) return 'alertsRadiusRange';
  return null;
}

/** The text key for a refused subscription. */
export function subscribeErrorKey(error) {
  if (error?.code === 'no-confirmed-home') return 'alertsNoHome';
  if (error?.code === 'too-many-subscriptions') return 'alertsTooMany';
  if (error?.kind === 'unauthenticated') return 'alertsLoggedOut';
  if (error?.kind === 'unreachable') return 'alertsUnreachable';
  if (error?.parameter === 'radius') return 'alertsRadiusRange';
  return 'alertsSaveFailed';
}

/**
 * Opens a plan's dossier (and its design in 3D) when the person may see it — the owner, a member, a planner; a plan
 * someone only follows or lives near answers 404, and then the view alone shows it (published plans are drawn for
 * everyone). Returns whether it opened.
 */
export async function openIfVisible(api, planId, openPlan) {
  if (!planId || !openPlan) return false;
  try {
    await api.plan(planId);
  } catch {
    return false;
  }
  await openPlan(planId);
  return true;
}

export function connectNotifications(state, api, { every = 60_000, timers = globalThis, openPlan = null } = {}) {
  const current = () => state.get().alerts ?? CLOSED_ALERTS;
  const set = (patch) => state.update({ alerts: { ...current(), ...patch } });
  const loggedIn = () => state.get().session?.status === 'user';
  let previewRequest = null;
  let poll = null;

  async function refreshUnread() {
    if (!loggedIn()) return;
    try {
      const { unread } = await api.unreadCount();
      set({ unread });
    } catch (error) {
      if (error?.kind === 'unauthenticated') sessionMayHaveEnded(state, api);
    }
  }

  async function loadList() {
    set({ list: { status: 'loading' } });
    try {
      const page = await api.notifications({ page: 0, size: 50 });
      set({ list: { status: 'ok', items: page.items, total: page.total }, unread: page.unread });
    } catch (error) {
      set({ list: { status: 'error', error } });
    }
  }

  async function loadSettings() {
    set({ subscriptions: { status: 'loading' }, preferences: { status: 'loading' } });
    const [subscriptions, preferences] = await Promise.allSettled([api.subscriptions(), api.notificationPreferences()]);
    set({
      subscriptions: subscriptions.status === 'fulfilled' ? { status: 'ok', items: subscriptions.value } : { status: 'error', error: subscriptions.reason },
      preferences: preferences.status === 'fulfilled' ? { status: 'ok', channels: preferences.value.channels } : { status: 'error', error: preferences.reason },
    });
  }

  function draft() {
    return current().draft ?? { centre: state.get().selection ? 'point' : 'home', radius: '250', preview: { status: 'idle' }, save: { status: 'idle' } };
  }

  function centreOf(d) {
    if (d.centre === 'home') return { home: true };
    const selection = state.get().selection;
    return selection ? { lon: selection.lon, lat: selection.lat } : null;
  }

  async function preview() {
    const d = draft();
    const errorKey = radiusErrorKey(d.radius);
    const centre = centreOf(d);
    previewRequest?.abort?.();
    if (errorKey || !centre) {
      set({ draft: { ...d, preview: { status: 'idle', errorKey: errorKey ?? 'alertsPickPoint' } } });
      return;
    }
    const request = typeof AbortController === 'function' ? new AbortController() : null;
    previewRequest = request;
    set({ draft: { ...d, preview: { status: 'loading' } } });
    try {
      const answer = await api.subscriptionPreview({ radius: Number(String(d.radius).replace(',', '.')), ...centre }, { signal: request?.signal });
      if (previewRequest === request) set({ draft: { ...draft(), preview: { status: 'ok', plans: answer.plans, text: answer.text } } });
    } catch (error) {
      if (error?.kind === 'aborted') return;
      if (previewRequest === request) set({ draft: { ...draft(), preview: { status: 'error', errorKey: subscribeErrorKey(error) } } });
    }
  }

  return {
    refreshUnread,
    /** Starts asking for the unread count now and every minute while logged in. */
    start() {
      state.onChange((now, changed) => {
        if (!changed.includes('session')) return;
        if (now.session?.status === 'user') refreshUnread();
        else state.update({ alerts: CLOSED_ALERTS });
      });
      if (!poll && timers.setInterval) poll = timers.setInterval(refreshUnread, every);
      refreshUnread();
    },
    toggle() {
      if (current().panel === 'closed') this.showList();
      else this.close();
    },
    showList() {
      set({ panel: 'list' });
      return loadList();
    },
    showSettings() {
      set({ panel: 'settings', draft: draft() });
      preview();
      return loadSettings();
    },
    close() {
      set({ panel: 'closed' });
    },
    async markRead(id) {
      await api.markRead(id);
      const list = current().list;
      if (list?.items) set({ list: { ...list, items: list.items.map((n) => (n.id === id ? { ...n, read: true } : n)) } });
      await refreshUnread();
    },
    async markAllRead() {
      await api.markAllRead();
      const list = current().list;
      if (list?.items) set({ list: { ...list, items: list.items.map((n) => ({ ...n, read: true })) } });
      set({ unread: 0 });
    },
    /** Opens the plan of a notification in 3D: marks it read and moves the view to the plan. */
    async open(notification) {
      const target = notificationTarget(notification.link);
      if (target.camera) state.update({ camera: target.camera });
      if (target.selection) state.select(target.selection);
      set({ panel: 'closed' });
      if (!notification.read) await this.markRead(notification.id).catch(() => null);
      if (target.planId && openPlan) await openPlan(target.planId, notification);
    },
    setDraft(patch) {
      set({ draft: { ...draft(), ...patch, save: { status: 'idle' } } });
      return preview();
    },
    async subscribe() {
      const d = draft();
      const errorKey = radiusErrorKey(d.radius);
      const centre = centreOf(d);
      if (errorKey || !centre) {
        set({ draft: { ...d, save: { status: 'error', errorKey: errorKey ?? 'alertsPickPoint' } } });
        return;
      }
      const radius = Number(String(d.radius).replace(',', '.'));
      set({ draft: { ...d, save: { status: 'saving' } } });
      try {
        await api.subscribe(centre.home ? { kind: 'home', radius } : { kind: 'circle', lon: centre.lon, lat: centre.lat, radius });
        set({ draft: { ...draft(), save: { status: 'saved' } } });
        await loadSettings();
      } catch (error) {
        set({ draft: { ...draft(), save: { status: 'error', errorKey: subscribeErrorKey(error) } } });
      }
    },
    async remove(id) {
      await api.deleteSubscription(id);
      await loadSettings();
    },
    async choose(kind, channel) {
      const answer = await api.setNotificationPreferences({ [kind]: channel });
      set({ preferences: { status: 'ok', channels: answer.channels } });
    },
    /** The selection on the map changed: a draft around "the point" previews the new point. */
    selectionChanged() {
      if (current().panel === 'settings' && draft().centre === 'point') preview();
    },
  };
}
