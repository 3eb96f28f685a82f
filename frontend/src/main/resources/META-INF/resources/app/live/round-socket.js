// The one place that talks STOMP (the socket never reaches a view or a model): a connection to /ws for one round.
// CONNECT carries the CSRF token in X-XSRF-TOKEN (the session cookie authenticates the handshake); after every
// (re)connect it subscribes to the round's public deltas (/topic/rounds.{id}), its presence (.presence) and, logged
// in, the personal queue (/user/queue/rounds), and only then says onConnect, so the snapshot the model then loads
// cannot miss a delta. Features built on rounds (variants, votes) register a listener with live.register(): every
// delta is handed to each of them as well, and so is every message on the round's drafts topic (.drafts, not
// stored, no seq: e.g. a variant being shaped). A planner's socket also follows the moderation queue
// (/topic/moderation.queue, planners only: anyone else's SUBSCRIBE would end the connection) and hands each signal to
// the listeners' onQueue. stompjs reconnects by itself; onDisconnect says the round is offline meanwhile. The client
// never SENDs: every write is a REST call.

/** The WebSocket address of /ws on this page's host. */
export function socketUrl(location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/** A JSON message body, or null when it is not one. */
export function parseBody(body) {
  try {
    const value = JSON.parse(body);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The deltas of one frame on a round's topic, in order: one {seq, type, data}, or several as {batch: [...]} when they
 * followed each other within the server's batch window. Anything else gives none.
 */
export function deltasOf(body) {
  const all = Array.isArray(body?.batch) ? body.batch : [body];
  return all.filter((delta) => delta && Number.isInteger(delta.seq));
}

/**
 * Returns live(roundId, handlers) for core/round.js: handlers {onConnect, onDisconnect, onDelta, onPresence,
 * onPersonal}; live() answers {close}. token() gives the CSRF token (async), personal() whether someone is logged in,
 * planner() whether that someone is a planner (then the moderation queue is followed too).
 */
export const MODERATION_QUEUE = '/topic/moderation.queue';

export function createRoundLive({ Client, url, token = async () => undefined, personal = () => false, planner = () => false, reconnectDelay = 2000,
  maxReconnectDelay = 60000, now = () => Date.now() }) {
  const listeners = new Set(); // {onConnect(roundId), onDelta(roundId, delta), onDraft(roundId, message), onQueue(roundId, signal)}
  const tell = (method, ...args) => listeners.forEach((listener) => { try { listener[method]?.(...args); } catch { /* one feature never stops another */ } });
  const live = (roundId, { onConnect = () => {}, onDisconnect = () => {}, onDelta = () => {}, onPresence = () => {}, onPersonal = () => {} }) => {
    const topic = `/topic/rounds.${roundId}`;
    let wasUp = false;
    // A connection that is refused or dropped soon after it came up (a subscription refused, a server going down)
    // waits longer each time before the next try, so a broken round never turns into a reconnect (and reload) storm.
    let connectedAt = null;
    let quickFailures = 0;
    const backOff = () => {
      quickFailures = connectedAt !== null && now() - connectedAt > 10000 ? 0 : quickFailures + 1;
      connectedAt = null;
      client.reconnectDelay = Math.min(reconnectDelay * 2 ** quickFailures, maxReconnectDelay);
    };
    const client = new Client({
      brokerURL: url,
      reconnectDelay,
      heartbeatIncoming: 20000,
      heartbeatOutgoing: 20000,
      // A fresh token before every attempt: after a login or a new session the old one is refused.
      beforeConnect: async () => {
        const value = await token().catch(() => undefined);
        client.connectHeaders = value ? { 'X-XSRF-TOKEN': value } : {};
      },
      onConnect: () => {
        client.subscribe(topic, (message) => {
          for (const delta of deltasOf(parseBody(message.body))) { onDelta(delta); tell('onDelta', roundId, delta); }
        });
        client.subscribe(`${topic}.presence`, (message) => {
          const presence = parseBody(message.body);
          if (presence && Number.isFinite(presence.count)) onPresence(presence);
        });
        if (personal()) {
          client.subscribe('/user/queue/rounds', (message) => {
            const note = parseBody(message.body);
            if (note && String(note.data?.roundId ?? note.roundId ?? roundId) === String(roundId)) onPersonal(note);
          });
        }
        client.subscribe(`${topic}.drafts`, (message) => {
          const draft = parseBody(message.body);
          if (draft && typeof draft.type === 'string') tell('onDraft', roundId, draft);
        });
        if (personal() && planner()) {
          client.subscribe(MODERATION_QUEUE, (message) => {
            const signal = parseBody(message.body);
            if (signal && typeof signal.type === 'string' && signal.contributionId !== undefined) tell('onQueue', roundId, signal);
          });
        }
        wasUp = true;
        connectedAt = now();
        onConnect();
        tell('onConnect', roundId);
      },
      onWebSocketClose: () => {
        backOff();
        if (wasUp || client.active) onDisconnect();
        wasUp = false;
      },
      onStompError: () => onDisconnect(),
    });
    client.activate();
    return {
      close: () => { client.deactivate(); },
    };
  };
  /** Adds a feature's listener for the deltas and drafts of the round that is open; answers the function removing it. */
  live.register = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
  return live;
}
