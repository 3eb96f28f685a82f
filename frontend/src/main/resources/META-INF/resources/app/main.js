// Starts the viewer: state from the URL, the API, the views, then the 3D map. The panel, the layer list and the
// legend work even when the 3D map cannot start (no WebGL): the page then says so instead of staying blank.
import config from './config.js';
import { connectAccountFlow } from './core/account-flow.js';
import { cameraAfterKey } from './core/camera-keys.js';
import { parseAccountLanding, withoutAccountParams } from './core/account-links.js';
import { createApi, csrfToken } from './core/api.js';
import { connectConcerned, connectHome, parseHomeCode, parsePlanLink } from './core/concerned.js';
import { cameraLookingAt } from './core/camera.js';
import { connectDossier } from './core/dossier.js';
import { connectHelp, helpLink } from './core/help.js';
import { connectLookup } from './core/lookup-controller.js';
import { connectMyPlans } from './core/my-plans.js';
import { connectNotifications, openIfVisible } from './core/notifications.js';
import { connectOwnParcel } from './core/own-parcel.js';
import { connectSunlight } from './core/sunlight-controller.js';
import { mountSunlightPanel } from './views/sunlight-panel.js';
import { connectPlanCheck } from './core/plan-check.js';
import { connectPlanRounds } from './core/plan-rounds.js';
import { connectModels } from './core/plan-models.js';
import { connectRound, parseRoundLink } from './core/round.js';
import { connectRoundOffer, offeredRounds } from './core/round-offer.js';
import { mayTakePart, ownsPlan } from './core/round-access.js';
import { pinsOf } from './core/round-items.js';
import { connectVariants, sceneOf } from './core/variants.js';
import { parseCompare } from './core/variant-compare.js';
import { connectModeration } from './core/moderation.js';
import { connectSearch } from './core/search-controller.js';
import { connectSession, isPlanner } from './core/session.js';
import { connectInvitationLanding, connectPlanSharing, parseInvitationLanding, withoutInvitationParam } from './core/sharing.js';
import { createState, defaultLayers } from './core/state.js';
import { t } from './core/strings-nl.js';
import { connectUrl } from './core/url-sync.js';
import { parseHash } from './core/url-state.js';
import { createRoundLive, socketUrl } from './live/round-socket.js';
import { Client as StompClient } from './live/stomp.js';
import { StipMap } from './map/stip-map.js';
import { mountAccountBox } from './views/account-box.js';
import { mountAccountDialog } from './views/account-dialog.js';
import { mountDossierSection } from './views/dossier-section.js';
import { mountErrorBanner } from './views/error-banner.js';
import { helpButton, helpFooter, mountHelpDialog, mountHelpInboxButton } from './views/help-dialog.js';
import { mountHomePanel } from './views/home-panel.js';
import { mountInvitationLanding } from './views/invitation-landing.js';
import { mountLayerToggles } from './views/layer-toggles.js';
import { mountLegend } from './views/legend.js';
import { mountLookupPanel } from './views/lookup-panel.js';
import { mountQuestionnaire } from './views/questionnaire/questionnaire-form.js';
import { questionPlace } from './core/questionnaire.js';
import { mountMyPlans } from './views/my-plans-panel.js';
import { mountAlerts } from './views/alerts-panel.js';
import { mountModelSection } from './views/model-section.js';
import { mountPanelLayout } from './views/panel-layout.js';
import { moderationView } from './views/moderation-queue.js';
import { mountPlanPanel } from './views/plan-panel.js';
import { mountRoundOffer } from './views/round-offer.js';
import { mountRoundPanel } from './views/round-panel.js';
import { variantsView } from './views/variant-list.js';
import { mountSceneStatus } from './views/scene-status.js';
import { mountSearchBox } from './views/search-box.js';
import { h } from './views/dom.js';

const element = (id) => document.getElementById(id);

document.title = t('appTitle');
document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
document.querySelectorAll('[data-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.label)));

mountErrorBanner(element('error-banner'));
const state = createState(parseHash(window.location.hash), defaultLayers(config.baseLayer));
const api = createApi();
const lookup = connectLookup(state, api);
let map = null;

// "Ik snap het niet": a question with the link of the current view to the case managers, from every panel.
const help = connectHelp(api, {
  link: () => helpLink(config.publicUrl, window.location.href),
  anonymous: () => state.get().session?.status !== 'user',
});
mountHelpDialog(help);
mountSearchBox(element('search-box'), connectSearch(state, api), { helpButton: () => helpButton(help, 'search') });
mountLookupPanel(element('panel'), state, {
  onRetry: () => lookup.retry(),
  onQuestions: (activity, host) => mountQuestionnaire(host, { api, activity, place: questionPlace(state.get().selection, state.get().plan) }),
});
element('panel').append(helpFooter(help, 'lookup'));
connectOwnParcel(state); // first: the check reads the own parcel it decides
const planCheck = connectPlanCheck(state, api);
const session = connectSession(state, api);
// Sign-up, verification, password reset, login links and the outbox; a link from a mail (?account=…, ?password-reset=…,
// ?login=…) opens its screen, and the parameter leaves the address bar once it is used.
const accountFlow = connectAccountFlow(api, {
  onTokenUsed: () => window.history.replaceState(window.history.state, '', withoutAccountParams(window.location.href)),
  onLoggedIn: (user) => session.loggedIn(user),
});
const accountBox = mountAccountBox(element('account'), state, session, accountFlow);
mountAccountDialog(accountFlow, { openLogin: () => accountBox.openLogin() });
state.onChange(({ session: current }, changed) => {
  if (changed.includes('session') && accountFlow.get().view === 'outbox' && current.status !== 'user') accountFlow.close();
});
const landing = parseAccountLanding(window.location.search);
const landed = accountFlow.land(landing);
// A login link logs in first and its answer is the user (as a password login's is); only when it did not log in is
// the server asked who is logged in. Asking at the same time could overwrite the login with an older answer.
if (landing?.kind === 'login-link') landed.then(() => { if (state.get().session?.status !== 'user') session.refresh(); });
else session.refresh();
const dossierSection = document.createElement('section');
dossierSection.className = 'dossier';
mountDossierSection(dossierSection, state, connectDossier(state, api), { openLogin: () => accountBox.openLogin() });
const modelSection = document.createElement('section');
modelSection.className = 'plan-models';
mountModelSection(modelSection, state, connectModels(state, api), { centre: () => map?.centreGround() });
// "Bezonning" under the check: the sun the drawn design takes from the neighbours (core/sunlight-controller.js).
const sunlightSection = document.createElement('section');
sunlightSection.className = 'sunlight';
mountSunlightPanel(sunlightSection, state, connectSunlight(state, api));
let layout = null; // one side panel at a time: the top bar's buttons bring an open task's panel back
mountPlanPanel(element('plan'), element('plan-toggle'), state, {
  onRetry: () => planCheck.retry(), centre: () => map?.centreGround(), dossierSection, modelSection, sunlightSection,
  shown: () => layout.isShown('plan'), show: () => layout.show('plan'),
});
element('plan').append(helpFooter(help, 'plan'));
// "Inspraakronde": one participation round, live over STOMP (live/), its pins on the map (state.roundPins).
const live = createRoundLive({
  Client: StompClient, url: socketUrl(window.location),
  // Logged in, the CONNECT carries the session's CSRF token; a visitor's socket starts no session, so asks for none.
  token: async () => {
    if (state.get().session?.status !== 'user') return csrfToken(document.cookie);
    if (!csrfToken(document.cookie)) await api.csrf().catch(() => null);
    return csrfToken(document.cookie);
  },
  personal: () => state.get().session?.status === 'user',
  planner: () => isPlanner(state.get().session),
});
const round = connectRound(api, {
  live, planner: () => isPlanner(state.get().session),
  initiator: (r) => ownsPlan(api, r?.planId, state.get().session),
});
const planRounds = connectPlanRounds(api, { session: () => state.get().session });
const openRound = (id) => { round.open(id); if (layout?.isShown('round') === false && state.get().round?.roundId === id) layout.show('round'); };
const flyTo = (item) => {
  if (!item?.place) return;
  state.update({ camera: cameraLookingAt(item.place.lon, item.place.lat, { height: 120, pitch: -45 }), roundFocus: item.id });
};
round.subscribe((current) => {
  state.update({
    round: current.roundId === null ? { panel: 'closed' } : { panel: 'open', roundId: current.roundId },
    roundPins: current.view ? pinsOf(current.view) : [],
    ...(current.roundId === null ? { roundPicking: null, roundPlace: null, roundFocus: null, roundAbout: null } : {}),
  });
  document.body.dataset.round = current.roundId === null ? 'closed' : current.status;
  document.body.dataset.roundLive = current.live;
});
state.onChange((current, changed) => { if (changed.includes('session')) round.sessionChanged(); });
// Variants of the open round (issue 12), when its interactions have them on: the socket hands the model its deltas and
// drafts; what it shows goes to the map as state.variantScene. A shared link's #variant=…&compare=… opens that one.
const variants = connectVariants(api);
live.register(variants);
const sharedCompare = parseCompare(window.location.hash);
round.subscribe((current) => {
  const r = current.view?.round;
  if (current.roundId === null || (r && r.interactions?.variants !== true)) {
    if (variants.get().roundId !== null) variants.close();
  } else if (r && variants.get().roundId !== current.roundId) {
    variants.open(current.roundId, { planId: r.planId ?? null }).then(() => { if (sharedCompare) variants.setCompare(sharedCompare); });
  }
});
variants.subscribe((current) => state.update({ variantScene: sceneOf(current) }));
setInterval(() => variants.expireDrafts(), 15000);
const moderation = connectModeration(api);
// A planner's socket follows the moderation queue: new pending and reported items show without waiting for a reload.
live.register({ onQueue: (_roundId, signal) => moderation.received(signal) });
let moderatedSeq = null;
mountRoundPanel(element('round'), state, round, {
  flyTo,
  api,
  isShown: () => layout?.isShown('round') ?? true,
  lifecycle: {
    open: async (id) => { await planRounds.open(id); await round.reload(); },
    close: async (id) => { await planRounds.close(id); await round.reload(); },
    message: () => planRounds.message(),
  },
  variants: variantsView(variants, { state, mayWrite: () => mayTakePart(round.get().view, state.get().session) }),
  variantModel: variants,
  moderation: moderationView(moderation, {
    flyTo, isPlanner: () => isPlanner(state.get().session),
    // Every change of the round has a seq (a held item too): the queue follows it.
    refreshOn: (current) => { const seq = current.view?.seq ?? null; const changed = seq !== moderatedSeq; moderatedSeq = seq; return changed; },
  }),
});
element('round').append(helpFooter(help, 'other'));
mountRoundOffer(element('panel'), connectRoundOffer(state, api), { openRound });
const roundToggle = h('button', { type: 'button', className: 'round-open', 'aria-controls': 'round', onclick: () => layout.show('round') }, t('roundTitle'));
element('round-toggle').append(roundToggle);
state.onChange((current, changed) => { if (changed.includes('round')) element('round-toggle').hidden = current.round?.panel !== 'open'; });
const myPlans = connectMyPlans(state, api);
mountMyPlans(element('my-plans-toggle'), element('my-plans'), state, myPlans, {
  isShown: () => layout.isShown('myPlans'), show: () => layout.show('myPlans'), sharing: connectPlanSharing(api),
  concerned: connectConcerned(state, api),
  rounds: { model: planRounds, openRound, session: () => state.get().session },
});
// The concerned ring on the map belongs to the open dossier: it goes when the dossier closes.
state.onChange(({ myPlans: current, concernedMap }, changed) => {
  if (changed.includes('myPlans') && concernedMap && current?.panel !== 'dossier') state.update({ concernedMap: null });
});
// "Mijn woning" and "Dit plan raakt u": a ?plan= link (letter, invitation mail) opens the plan there, a ?home-code=
// link fills in the code from the letter.
const home = connectHome(state, api, { lookAt: (lon, lat) => cameraLookingAt(lon, lat, { height: 250, pitch: -45 }) });
const homeView = mountHomePanel(element('home-toggle'), element('home'), state, home, {
  isShown: () => layout.isShown('home'), show: () => layout.show('home'),
});
element('home').append(helpFooter(help, 'other'));
const linkedPlan = parsePlanLink(window.location.search);
const linkedCode = parseHomeCode(window.location.search);
if (linkedCode) homeView.codeInput.value = linkedCode;
const landOnHome = () => {
  if (state.get().session?.status !== 'user') return false;
  if (linkedPlan) home.openPlan(linkedPlan);
  else if (linkedCode) home.open();
  return true;
};
if (linkedPlan || linkedCode) {
  const stop = state.onChange((current, changed) => { if (changed.includes('session') && landOnHome()) stop?.(); });
}
element('my-plans').append(helpFooter(help, () => (state.get().myPlans?.panel === 'dossier' ? 'dossier' : 'other')));
mountHelpInboxButton(element('account'), state, help, isPlanner);
// "Meldingen": the bell with the unread count and the notification centre with its settings (logged in).
// A notification opens the plan's dossier for those who may see it (owner, member, planner), otherwise "Dit plan
// raakt u" (the published plan, and whether it concerns me); a mail's ?plan= link lands there too (above).
const alerts = connectNotifications(state, api, {
  openPlan: async (id, notification) => {
    if (!(await openIfVisible(api, id, (planId) => myPlans.open(planId)))) await home.openPlan(id);
    // "Een participatieronde begint": the round itself opens too (the newest open one of the plan).
    if (notification?.kind === 'round-opened') {
      const [open] = offeredRounds(await api.planRounds(id).catch(() => [])).filter((r) => r.state === 'open');
      if (open) openRound(open.id);
    }
  },
});
mountAlerts(element('alerts-toggle'), element('alerts'), state, alerts, {
  isShown: () => layout.isShown('alerts'), show: () => layout.show('alerts'),
});
alerts.start();
layout = mountPanelLayout(state, {
  panels: { lookup: element('panel'), plan: element('plan'), myPlans: element('my-plans'), home: element('home'), alerts: element('alerts'),
    round: element('round') },
  controls: element('controls'),
  skipLink: document.querySelector('.skip-link'),
});
mountSceneStatus(element('map-status'), state);
// A round link (/?round=12, e.g. from the alert that a round opened) opens the round panel.
const linkedRound = parseRoundLink(window.location.search);
if (linkedRound) openRound(linkedRound);
// An invitation link from a mail (/?invitation=<token>): a dialog that takes it with a POST once logged in; the token
// leaves the address bar once it is spent or refused for good.
mountInvitationLanding(connectInvitationLanding(api, parseInvitationLanding(window.location.search), {
  onTokenSpent: () => window.history.replaceState(window.history.state, '', withoutInvitationParam(window.location.href)),
}), state, { openLogin: () => accountBox.openLogin(), openPlan: (id) => myPlans.open(id) });
mountLayerToggles(element('layers'), state, { onRetry: () => map?.retryLayers() });
mountLegend(element('legend'), state);
if (window.matchMedia?.('(max-width: 600px)').matches) element('controls').open = false;
connectUrl(state, window);

// Layer states as data attributes: handy for styling, and for tests that wait until the map has its data.
state.onChange(({ layerStatus }, changed) => {
  if (!changed.includes('layerStatus')) return;
  for (const [id, status] of Object.entries(layerStatus)) document.body.dataset[`layer${id[0].toUpperCase()}${id.slice(1)}`] = status;
});

const mapElement = element('map');
try {
  if (!window.Cesium) throw new Error('CesiumJS did not load');
  map = new StipMap({
    Cesium: window.Cesium, container: mapElement, state, api, config,
    // For tests and the first-render benchmark: milliseconds from navigation to the first complete view.
    onFirstCompleteRender: () => { document.body.dataset.firstRender = String(Math.round(performance.now())); },
    // What the plan layer drew: for tests, e.g. data-plan-red-parts="1" once the part above the height limit shows.
    // data-plan-roof="pitched" and data-plan-roof-shape="gable" once the active volume's roof is drawn as a roof.
    onPlanDrawn: ({ corners, redParts, lines, roof, roofShape }) => Object.assign(document.body.dataset,
      { planCorners: String(corners), planRedParts: String(redParts), planLines: String(lines), planRoof: roof ?? '',
        planRoofShape: roofShape ?? '' }),
    // "x,y" in the map's canvas: where a test presses to drag the height handle.
    onHeightHandle: (at) => { document.body.dataset.planHeightHandle = at; },
    // How many placed 3D models Cesium has loaded and shows: e.g. data-plan-models="1" once the uploaded one stands.
    onModelsShown: (count) => { document.body.dataset.planModels = String(count); },
    // "Uw perceel" as drawn: data-own-parcel-rings="1" and data-own-parcel="DSB00 C 3597" once its outline shows.
    onOwnParcelDrawn: ({ rings, names }) => Object.assign(document.body.dataset,
      { ownParcelRings: String(rings), ownParcel: names.join(', ') }),
    // How many published plans the map shows (for everyone, also without an account).
    onPublicPlansShown: (count) => { document.body.dataset.publicPlans = String(count); },
    // How many concerned parcels the ring on the map shows (-1: no ring shown).
    onConcernedShown: (count) => { document.body.dataset.concernedParcels = String(count); },
    // How many reaction pins of the open round the map shows.
    onReactionPins: (count) => { document.body.dataset.reactionPins = String(count); },
    // What the variant layer draws: e.g. data-variant-objects="3" once three trees stand.
    // What the Bezonning layer draws: data-sunlight-facades / -gardens / -norm-points (strips, cells, points losing sun).
    onSunlightDrawn: ({ facades, gardens, normPoints }) => Object.assign(document.body.dataset,
      { sunlightFacades: String(facades), sunlightGardens: String(gardens), sunlightNormPoints: String(normPoints) }),
    onVariantDrawn: ({ volumes, objects }) => Object.assign(document.body.dataset, { variantVolumes: String(volumes), variantObjects: String(objects) }),
  });
  // The map by keyboard: Enter picks the middle (or, while drawing, sets a corner there); arrows, + / − and Page Up /
  // Page Down move, zoom and turn the camera (core/camera-keys.js).
  mapElement.addEventListener('keydown', (event) => {
    if (event.target !== mapElement) return;
    if (event.key === 'Enter') return map.pickCentre();
    const camera = cameraAfterKey(state.get().camera, event.key);
    if (!camera) return;
    event.preventDefault();
    state.update({ camera });
  });
  document.body.dataset.map = 'ready';
} catch (error) {
  console.error('The 3D map could not start', error);
  mapElement.replaceChildren(Object.assign(document.createElement('p'), { className: 'map-unavailable', textContent: t('mapUnavailable') }));
  document.body.dataset.map = 'unavailable';
}
