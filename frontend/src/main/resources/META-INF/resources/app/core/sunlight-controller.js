// Asks the bezonningsstudie of the drawn design when the person asks for it ("Bekijk de bezonning"), keeps the chosen
// day and time for the map's shadows, and forgets the study as soon as the design changes (it would be another plan's).
// state.sunlight: {status: 'idle'} | {status: 'loading'} | {status: 'ready', study, map, day, minutes} |
// {status: 'error', error}.
import { toDesign } from './plan-draft.js';
import { SLIDER, defaultDay } from './sunlight.js';

/** 13:00, Dutch clock time: about when the sun stands due south in the Netherlands (later in summer time). */
export const DEFAULT_MINUTES = 13 * 60;

export function connectSunlight(state, api) {
  let running = null;
  let shownKey = null;

  async function show() {
    const design = toDesign(state.get().plan);
    if (!design) return;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    shownKey = JSON.stringify(design);
    state.update({ sunlight: { status: 'loading' } });
    try {
      // One after the other: the second answer comes from the server's cache of the first.
      const study = await api.sunlight(design, { signal: controller.signal });
      const map = await api.sunlight(design, { signal: controller.signal, geojson: true });
      if (running !== controller) return;
      state.update({ sunlight: { status: 'ready', study, map, day: defaultDay(study), minutes: DEFAULT_MINUTES } });
    } catch (error) {
      if (running !== controller || error?.kind === 'aborted') return;
      state.update({ sunlight: { status: 'error', error: { kind: error?.kind ?? 'server', message: error?.message } } });
    } finally {
      if (running === controller) running = null;
    }
  }

  function hide() {
    running?.abort();
    running = null;
    shownKey = null;
    if (state.get().sunlight?.status !== 'idle') state.update({ sunlight: { status: 'idle' } });
  }

  const ready = () => state.get().sunlight?.status === 'ready';

  /** Another of the study's days ('2026-06-21'); a day the study did not compute is ignored. */
  function setDay(day) {
    const current = state.get().sunlight;
    if (!ready() || !current.study?.buildings || !String(day).match(/^\d{4}-\d{2}-\d{2}$/)) return;
    const computed = current.study.settings?.days ?? [];
    if (!computed.some((d) => String(day).endsWith(`-${d}`))) return;
    state.update({ sunlight: { ...current, day } });
  }

  /** The time of the map's shadows, minutes after midnight (Dutch clock), kept within the slider's range. */
  function setTime(minutes) {
    const current = state.get().sunlight;
    const n = Number(minutes);
    if (!ready() || !Number.isFinite(n)) return;
    const clamped = Math.min(SLIDER.to, Math.max(SLIDER.from, Math.round(n / SLIDER.step) * SLIDER.step));
    state.update({ sunlight: { ...current, minutes: clamped } });
  }

  state.onChange((current, changed) => {
    if (!changed.includes('plan') || shownKey === null) return;
    const design = toDesign(current.plan);
    if (!design || JSON.stringify(design) !== shownKey) hide();
  });

  return { show, hide, setDay, setTime };
}
