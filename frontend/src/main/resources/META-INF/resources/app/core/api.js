// The backend as the viewer uses it: "Stip op de kaart" at a point, one building with its history, and the features
// of an OGC API collection within a bounding box. Failures come back as ApiError with a kind the views can explain:
// 'unreachable' (no answer at all), 'server' (5xx), 'rejected' (4xx), 'not-found' (404), 'aborted',
// 'unauthenticated' (401: not logged in, or a wrong e-mail or password), 'conflict' (409: e.g. a newer version exists).
// Requests go same-origin with the session cookie; every POST/PUT/DELETE sends the XSRF-TOKEN cookie's value back as
// the X-XSRF-TOKEN header. The server compares it with the token it keeps in the session (the cookie is only how the
// app learns it), so a 403 with a new cookie means the session was renewed: the request is sent once more.

export class ApiError extends Error {
  constructor(kind, message, status, parameter, problem) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.parameter = parameter; // for a 400: the request field the server rejected (problem details 'parameter')
    this.code = problem?.code; // the problem's code, e.g. 'stale-version'
    this.problem = problem;
  }
}

/** The value of the XSRF-TOKEN cookie in a document.cookie string, or undefined. */
export function csrfToken(cookies) {
  for (const part of String(cookies ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'XSRF-TOKEN') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const documentCookies = () => globalThis.document?.cookie ?? '';

function errorKind(status) {
  if (status === 401) return 'unauthenticated';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return status >= 500 ? 'server' : 'rejected';
}

export function createApi({ fetch = globalThis.fetch, baseUrl = '', cookies = documentCookies } = {}) {
  // form: a FormData sent as multipart (the browser sets its Content-Type with the boundary).
  async function getJson(path, { signal, body, form, method = body === undefined && form === undefined ? 'GET' : 'POST' } = {}) {
    let response;
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') {
      // After a login or logout the server drops the token: ask for a new one first.
      if (!csrfToken(cookies())) await getJson('/api/v1/auth/csrf', { signal }).catch(() => null);
      const token = csrfToken(cookies());
      if (token) headers['X-XSRF-TOKEN'] = token;
    }
    const init = { method, headers, credentials: 'same-origin', signal };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (form !== undefined) init.body = form;
    const send = async () => {
      try {
        return await fetch(baseUrl + path, init);
      } catch (error) {
        if (error?.name === 'AbortError') throw new ApiError('aborted', 'Request was cancelled');
        throw new ApiError('unreachable', `No answer from the server for ${path}: ${error?.message ?? error}`);
      }
    };
    response = await send();
    // The server checks the token kept in the session: when that session is gone (expired, server restarted) it
    // refuses the old cookie's value and sends a new token with the 403. Try once more with that one.
    if (response.status === 403 && method !== 'GET' && headers['X-XSRF-TOKEN'] !== undefined) {
      const renewed = csrfToken(cookies());
      if (renewed && renewed !== headers['X-XSRF-TOKEN']) {
        headers['X-XSRF-TOKEN'] = renewed;
        response = await send();
      }
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => undefined);
      throw new ApiError(errorKind(response.status), problem?.detail ?? `${path} answered ${response.status}`, response.status,
        problem?.parameter, problem);
    }
    if (response.status === 204) return null;
    try {
      const text = await response.text();
      // 202 Accepted (sign-up, reset and new-link requests) has no body either.
      return text === '' && response.status === 202 ? null : JSON.parse(text);
    } catch (error) {
      throw new ApiError('server', `${path} did not answer with JSON`, response.status);
    }
  }

  return {
    /** The participatieverslag of a closed round (JSON; the downloads are plain links). */
    roundReport(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(String(roundId))}/report`, options);
    },
    lookup(lon, lat, options) {
      return getJson(`/api/v1/lookup?${new URLSearchParams({ lon: String(lon), lat: String(lat) })}`, options);
    },
    /** An activity's questionnaire (toepasbare regels), pre-filled from the place at lon/lat where Stip knows. */
    activityQuestions(key, { lon, lat } = {}, options) {
      const query = lon != null && lat != null ? `?${new URLSearchParams({ lon: String(lon), lat: String(lat) })}` : '';
      return getJson(`/api/v1/activities/${encodeURIComponent(key)}/questions${query}`, options);
    },
    /** Answers an activity's questions ({answers, lon/lat | design}): the questionnaire with the conclusion. */
    answerActivity(key, body, options) {
      return getJson(`/api/v1/activities/${encodeURIComponent(key)}/answers`, { ...options, body });
    },
    building(id, options) {
      return getJson(`/api/v1/buildings/${encodeURIComponent(id)}`, options);
    },
    /** The current buildings in view as compact GeoJSON (h = height, s = measured | estimated | unknown). */
    viewportBuildings(bbox, { signal } = {}) {
      const params = new URLSearchParams({ bbox: bbox.map((n) => n.toFixed(6)).join(',') });
      return getJson(`/api/v1/viewport/buildings?${params}`, { signal });
    },
    /** The derived offline ground in a WGS84 box: street space and plots (properties.k), labelled derived. */
    viewportGround(bbox, { signal } = {}) {
      const params = new URLSearchParams({ bbox: bbox.map((n) => n.toFixed(6)).join(',') });
      return getJson(`/api/v1/viewport/ground?${params}`, { signal });
    },
    /** Addresses, buildings and parcels matching what someone typed; each hit has lon/lat to fly to. */
    search(q, { signal } = {}) {
      return getJson(`/api/v1/search?${new URLSearchParams({ q })}`, { signal });
    },
    /** What search can find with the loaded data: {addresses, buildings, parcels} (booleans). */
    searchCapabilities(options) {
      return getJson('/api/v1/search/capabilities', options);
    },
    /**
     * The "Binnen de lijntjes scan": verdicts per rule and the permit for a design ({activity, volumes}); parcels: the
     * ids of the initiator's own parcels ("uw perceel"), none: the parcel under the largest part of the first footprint.
     */
    check(design, { signal, parcels = [] } = {}) {
      const query = parcels.length ? `?${new URLSearchParams({ parcels: parcels.join(',') })}` : '';
      return getJson(`/api/v1/check${query}`, { body: design, signal });
    },
    /**
     * The bezonningsstudie of a design: hours of possible sun before and after at the neighbours' facades and gardens;
     * geojson: the facade strips, garden cells and norm points that lose sun, for the map.
     */
    sunlight(design, { signal, geojson = false } = {}) {
      return getJson(`/api/v1/sunlight${geojson ? '?format=geojson' : ''}`, { body: design, signal });
    },
    /** GeoJSON FeatureCollection of an OGC API collection within bbox = [minLon, minLat, maxLon, maxLat]. */
    features(collection, bbox, { limit = 1000, signal } = {}) {
      const params = new URLSearchParams({ bbox: bbox.map((n) => n.toFixed(6)).join(','), limit: String(limit) });
      return getJson(`/ogc/collections/${encodeURIComponent(collection)}/items?${params}`, { signal });
    },

    /** Makes the server set the XSRF-TOKEN cookie (the STOMP CONNECT carries its value too). */
    csrf(options) {
      return getJson('/api/v1/auth/csrf', options);
    },
    /** Who is logged in: {authenticated: true, email, displayName, roles}, or {authenticated: false} when nobody is. */
    me(options) {
      return getJson('/api/v1/auth/me', options);
    },
    /** The user, like me(); 401 wrong e-mail or password, 403 not verified, 429 wait (or ask for a login link). */
    login(email, password) {
      return getJson('/api/v1/auth/login', { body: { email, password } });
    },
    /** A one-time login link by mail, if the address has a verified account; the answer is the same either way. */
    requestLoginLink(email) {
      return getJson('/api/v1/auth/login-link', { body: { email } });
    },
    /** Logs in with the token from a login-link mail (spent by this POST); answers the user like login(). */
    confirmLoginLink(token) {
      return getJson('/api/v1/auth/login-link/confirm', { body: { token } });
    },
    logout() {
      return getJson('/api/v1/auth/logout', { method: 'POST' });
    },
    /** Sign-up ({displayName, email, password, role}); the server mails a verification link (202, no body). */
    signUp({ displayName, email, password, role }) {
      return getJson('/api/v1/auth/signup', { body: { displayName, email, password, role } });
    },
    /** Confirms an e-mail address with the token from the verification mail (204; 400 when used or expired). */
    verifyEmail(token) {
      return getJson('/api/v1/auth/verify', { body: { token } });
    },
    /** A new verification link, if the address has an unverified account; the answer is the same either way. */
    resendVerification(email) {
      return getJson('/api/v1/auth/verify/resend', { body: { email } });
    },
    /** A reset link, if the address has an account; the answer is the same either way. */
    requestPasswordReset(email) {
      return getJson('/api/v1/auth/password-reset', { body: { email } });
    },
    confirmPasswordReset(token, newPassword) {
      return getJson('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } });
    },
    /** Planners: the mails Stip kept instead of sending ([{id, to, subject, text, sentAt}], newest first). */
    outbox(options) {
      return getJson('/api/v1/outbox', options);
    },
    /** Planners: {delivery: 'outbox' | 'smtp'}, where new mail goes. */
    outboxDelivery(options) {
      return getJson('/api/v1/outbox/delivery', options);
    },
    /** "Ik snap het niet": {question, link, panel, email?} to the case managers; answers {id, askedAt}. */
    askHelp(question) {
      return getJson('/api/v1/help', { body: question });
    },
    /** Planners: the questions, newest first. */
    helpInbox(options) {
      return getJson('/api/v1/help', options);
    },
    markHelpHandled(id) {
      return getJson(`/api/v1/help/${encodeURIComponent(id)}/handled`, { method: 'POST' });
    },
    /** Starts a plan dossier ({title, activity, description?, parcels?}); answers the plan. */
    createPlan(plan) {
      return getJson('/api/v1/plans', { body: plan });
    },
    /** Saves a design as the version after baseVersion (0 for the first); 'conflict' when someone saved in between. */
    saveDesign(id, baseVersion, design) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/design`, { method: 'PUT', body: { baseVersion, design } });
    },
    /** The plan with its phase ("Track & Trace"), current version, check summary and next steps. */
    plan(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}`, options);
    },
    /** One saved version: {version, savedAt, savedBy, check, design}. */
    version(id, n, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/versions/${encodeURIComponent(n)}`, options);
    },
    /** Adds a file to the plan's documents (multipart part 'file'); answers {id, filename, contentType, size}. */
    uploadDocument(id, file, filename) {
      const form = new FormData();
      form.append('file', file, filename ?? file.name);
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/documents`, { form });
    },
    /** The same-origin address a document of a plan downloads from (the owner's session cookie goes along). */
    documentUrl(id, documentId) {
      return `${baseUrl}/api/v1/plans/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`;
    },
    versions(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/versions`, options);
    },
    /** "Mijn plannen": the own plans; a planner gets every plan. */
    plans(options) {
      return getJson('/api/v1/plans', options);
    },
    /** The Wijzigingsprint of version n: {version, previousVersion, volumes, summary (Dutch lines)}. */
    changes(id, n, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/versions/${encodeURIComponent(n)}/changes`, options);
    },
    /** Moves the plan to a phase (the owner one step forward, a planner any); answers the plan. */
    movePhase(id, phase) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/phase`, { body: { phase } });
    },
    /** The plan's documents: [{id, filename, contentType, size, uploadedAt}]. */
    documents(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/documents`, options);
    },

    // Sharing (the sharing module): invitations, private comments, publication, published plans.
    /** Invites an address with a role (co-editor, advisor, viewer); the owner only. */
    invite(id, email, role) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/invitations`, { body: { email, role } });
    },
    /** {members, invitations (with status pending, accepted, revoked, expired)}; the owner only. */
    sharing(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/invitations`, options);
    },
    revokeInvitation(id, invitationId) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
    },
    /** Spends the token of an invitation link (logged in as the invited address): {planId, title, role}. */
    acceptInvitation(token) {
      return getJson('/api/v1/invitations/accept', { body: { token } });
    },
    comments(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/comments`, options);
    },
    /** A private comment {text, version?, anchor? {lon, lat, height}}. */
    addComment(id, comment) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/comments`, { body: comment });
    },
    publication(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/publication`, options);
    },
    requestPublication(id, displayName) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/publication`, { body: displayName ? { displayName } : {} });
    },
    withdrawPublication(id) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/publication`, { method: 'DELETE' });
    },
    approvePublication(id) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/publication/approve`, { method: 'POST' });
    },
    rejectPublication(id, reason) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/publication/reject`, { body: { reason } });
    },
    /** My notifications, newest first: {items, total, unread, page, size}. */
    notifications({ page = 0, size = 20 } = {}, options) {
      return getJson(`/api/v1/me/notifications?${new URLSearchParams({ page: String(page), size: String(size) })}`, options);
    },
    unreadCount(options) {
      return getJson('/api/v1/me/notifications/unread-count', options);
    },
    markRead(id) {
      return getJson(`/api/v1/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
    },
    markAllRead() {
      return getJson('/api/v1/me/notifications/read-all', { method: 'POST' });
    },
    subscriptions(options) {
      return getJson('/api/v1/me/subscriptions', options);
    },
    /** body: {kind: 'circle', lon, lat, radius} | {kind: 'home', radius} | {kind: 'polygon', polygon}, optional label. */
    subscribe(body) {
      return getJson('/api/v1/me/subscriptions', { body });
    },
    deleteSubscription(id) {
      return getJson(`/api/v1/me/subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },
    /** How many plans were published in the last year within radius of {lon, lat} or of the home ({home: true}). */
    subscriptionPreview({ radius, lon, lat, home }, { signal } = {}) {
      const params = new URLSearchParams({ radius: String(radius) });
      if (home) params.set('home', 'true');
      else { params.set('lon', lon.toFixed(7)); params.set('lat', lat.toFixed(7)); }
      return getJson(`/api/v1/me/subscriptions/preview?${params}`, { signal });
    },
    notificationPreferences(options) {
      return getJson('/api/v1/me/notification-preferences', options);
    },
    /** channels: {kind: channel}; the kinds not named keep theirs. */
    setNotificationPreferences(channels) {
      return getJson('/api/v1/me/notification-preferences', { method: 'PUT', body: channels });
    },

    // Participation rounds (the participation module): rounds, contributions, questions, moderation.
    planRounds(planId, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(planId)}/rounds`, options);
    },
    /** Planner (or the plan's owner, as a proposal): {title, description?, startsAt, endsAt, questions, interactions, moderation, audience, replyDepth}. */
    createRound(planId, round) {
      return getJson(`/api/v1/plans/${encodeURIComponent(planId)}/rounds`, { body: round });
    },
    round(id, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}`, options);
    },
    openRound(id) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/open`, { method: 'POST' });
    },
    closeRound(id) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/close`, { method: 'POST' });
    },
    /** A draft opens by itself at its start (planner); DELETE takes that off again. */
    scheduleRound(id) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/schedule`, { method: 'POST' });
    },
    unscheduleRound(id) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/schedule`, { method: 'DELETE' });
    },
    /** The snapshot {round, seq, reactions, questions, presence} and the seq it reflects. */
    roundState(id, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/state`, options);
    },
    /** The public deltas after seq: {seq, changes: [{seq, type, data}]} (or {reload: true}). */
    roundChanges(id, after, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/changes?${new URLSearchParams({ after: String(after) })}`, options);
    },
    roundPresence(id, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(id)}/presence`, options);
    },
    /** {stance, theme, text, place: {lon, lat, height}, volumeIndex?} → the item (status pending under pre-moderation). */
    postReaction(roundId, reaction) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/reactions`, { body: reaction });
    },
    postReply(contributionId, text) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/replies`, { body: { text } });
    },
    postInitiatorAnswer(contributionId, text) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/initiator-answer`, { body: { text } });
    },
    agree(contributionId) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/agreement`, { method: 'PUT' });
    },
    withdrawAgreement(contributionId) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/agreement`, { method: 'DELETE' });
    },
    answerQuestion(roundId, questionId, value) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/questions/${encodeURIComponent(questionId)}/answer`, { method: 'PUT', body: { value } });
    },
    /** "Meld misbruik": once per item (idempotent). */
    report(contributionId, body = {}) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/reports`, { body });
    },
    appeal(contributionId, text) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/appeal`, { body: { text } });
    },
    /** Planners: pending or reported items, newest first. */
    moderationQueue({ round, state }, options) {
      const params = new URLSearchParams({ state });
      if (round) params.set('round', String(round));
      return getJson(`/api/v1/moderation/queue?${params}`, options);
    },
    approveContribution(contributionId) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/approve`, { method: 'POST' });
    },
    hideContribution(contributionId, reason) {
      return getJson(`/api/v1/contributions/${encodeURIComponent(contributionId)}/hide`, { body: { reason } });
    },
    undoModeration(actionId) {
      return getJson(`/api/v1/moderation/actions/${encodeURIComponent(actionId)}/undo`, { method: 'POST' });
    },
    blockParticipant(roundId, participant) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/blocks`, { body: { participant } });
    },

    // Concerned parties (the concerned module): the resident's home, statements, the owner's list.
    /** The caller's home: {status: none | unconfirmed | confirmed, pandId, addressId, addressLabel, lon, lat, codeExpiresAt, ...}. */
    home(options) {
      return getJson('/api/v1/me/home', options);
    },
    /** Chooses the home: {pandId} or {addressId} or {point: {lon, lat}}; a letter with a code goes to the address. */
    chooseHome(choice) {
      return getJson('/api/v1/me/home', { method: 'PUT', body: choice });
    },
    confirmHome(code) {
      return getJson('/api/v1/me/home/confirm', { body: { code } });
    },
    forgetHome() {
      return getJson('/api/v1/me/home', { method: 'DELETE' });
    },
    /** The published plans that concern the caller's confirmed home: [{planId, title, ring, distance, direction, statement}]. */
    homePlans(options) {
      return getJson('/api/v1/me/home/plans', options);
    },
    /** Whether a plan concerns the caller: {concerned, ring, distance, direction, mayState, whyNot, statement, currentVersion}. */
    concernedMe(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/concerned/me`, options);
    },
    /** Records or changes the caller's statement {kind, reason?, version}. */
    putStatement(id, statement) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/statement`, { method: 'PUT', body: statement });
    },
    /** The concerned set (owner, co-editors, planners): {rings, parties, area}. */
    concerned(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/concerned`, options);
    },
    /** Tally per ring and the statements (owner, planners). */
    statements(id, options) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/statements`, options);
    },
    inviteConcerned(id) {
      return getJson(`/api/v1/plans/${encodeURIComponent(id)}/concerned/invitations`, { method: 'POST' });
    },
    /** Same-origin links to the PDFs (the session cookie goes along). */
    statementsPdfUrl(id) {
      return `${baseUrl}/api/v1/plans/${encodeURIComponent(id)}/statements.pdf`;
    },
    concernedLettersUrl(id) {
      return `${baseUrl}/api/v1/plans/${encodeURIComponent(id)}/concerned/letters.pdf`;
    },
    /** A published plan (anyone): {id, title, description, phase, volumes, bbox}. */
    publicPlan(id, options) {
      return getJson(`/api/v1/public/plans/${encodeURIComponent(id)}`, options);
    },
    /** Published plans with their volumes (anyone, no login); bbox = [minLon, minLat, maxLon, maxLat] or none. */
    publicPlans(bbox, { signal } = {}) {
      const params = new URLSearchParams({ volumes: 'true' });
      if (bbox) params.set('bbox', bbox.map((n) => n.toFixed(6)).join(','));
      return getJson(`/api/v1/public/plans?${params}`, { signal });
    },

    // A round's vote (the voting module): setup (planner), the caller's ballot, the results.
    voteSetup(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/vote-setup`, options);
    },
    putVoteSetup(roundId, setup) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/vote-setup`, { method: 'PUT', body: setup });
    },
    myBallot(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/ballot`, options);
    },
    /** {choices} → {ballot, results}; the same ballot again changes nothing. */
    castBallot(roundId, choices) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/ballot`, { method: 'PUT', body: { choices } });
    },
    voteResults(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/results`, options);
    },
    // Variants of a participation round (the variants module, issue 12).
    /** The round's bounds {minHeight, maxHeight, area, keepVolumes, palette: [{kind, label, footprintM2}]}. */
    variantBounds(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/variant-bounds`, options);
    },
    roundVariants(roundId, options) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/variants`, options);
    },
    /** The bezonningsstudie of a saved variant (readers of its round). */
    variantSunlight(variantId, options) {
      return getJson(`/api/v1/variants/${encodeURIComponent(variantId)}/sunlight`, options);
    },
    /** The indicators and the check of a variant being shaped, nothing stored. */
    previewVariant(roundId, body) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/variants/preview`, { body });
    },
    saveVariant(roundId, body) {
      return getJson(`/api/v1/rounds/${encodeURIComponent(roundId)}/variants`, { body });
    },
    /** The indicator definitions [{id, label, unit, explanation}] (anyone). */
    indicatorDefinitions(options) {
      return getJson('/api/v1/indicators', options);
    },
  };
}
