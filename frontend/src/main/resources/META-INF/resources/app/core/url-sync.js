// Keeps the address bar's hash in step with the state (replaceState, so moving the camera does not fill the
// history), and applies a hash the user pastes or edits.
import { formatHash, parseHash } from './url-state.js';
import { debounce } from './viewport.js';

export function connectUrl(state, win = globalThis.window, wait = 400) {
  let written = win.location.hash;

  const write = debounce(() => {
    const hash = formatHash(state.get());
    if (hash !== written) {
      written = hash;
      win.history.replaceState(null, '', hash);
    }
  }, wait, win);

  const unsubscribe = state.onChange((current, changed) => {
    if (changed.some((key) => key === 'camera' || key === 'selection' || key === 'layers')) write();
  });

  const onHashChange = () => {
    if (win.location.hash === written) return;
    written = win.location.hash;
    const parsed = parseHash(win.location.hash);
    state.update({
      ...(parsed.camera && { camera: parsed.camera }),
      ...(parsed.layers && { layers: { ...state.get().layers, ...parsed.layers } }),
    });
    if (parsed.selection) state.select(parsed.selection);
  };
  win.addEventListener('hashchange', onHashChange);

  return () => {
    unsubscribe();
    write.cancel();
    win.removeEventListener('hashchange', onHashChange);
  };
}
