// The safety net: whatever escapes the code's own handling ends here, as a plain message instead of a silent failure.
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountErrorBanner(element, win = window) {
  const show = (text) => {
    replaceChildren(element, h('p', {}, text),
      h('button', { type: 'button', onclick: () => { element.hidden = true; } }, 'OK'));
    element.hidden = false;
  };
  win.addEventListener('error', (event) => {
    console.error(event.error ?? event.message);
    show(t('unexpected'));
  });
  win.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    console.error(event.reason);
    show(t('unexpected'));
  });
  return { show };
}
