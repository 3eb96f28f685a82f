// @stomp/stompjs from the jar (frontend/scripts/stomp-webjar.mjs packs its ES modules like CesiumJS's build): served
// by Stip itself, so the viewer loads it offline. Only live/ imports it.
export { Client } from '/webjars/stompjs/7.5.0/esm6/index.js';
