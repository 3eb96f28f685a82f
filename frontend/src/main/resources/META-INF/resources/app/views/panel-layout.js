// One side panel at a time (core/panel-layout.js decides which): the others are hidden, the shown one gets a
// "Terug naar …" button when another task is open, the skip link leads to it, and the layer box folds away while a
// plan is drawn. On a phone the panel is a bottom sheet under the map (viewer.css).
import { INITIAL_STACK, controlsWhileDrawing, layoutOf, nextStack, raise, stepBack } from '../core/panel-layout.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

export function mountPanelLayout(state, { panels, controls, skipLink }) {
  let stack = nextStack(INITIAL_STACK, state.get());
  let drawing = Boolean(state.get().plan);
  let remembered = null;

  const backButtons = Object.fromEntries(Object.entries(panels).map(([task, panel]) => {
    const button = h('button', { type: 'button', className: 'link-button panel-back', onclick: () => {
      stack = stepBack(stack);
      apply();
      panels[layoutOf(stack).active].focus();
    } });
    panel.prepend(button);
    return [task, button];
  }));

  let shown = null;
  const apply = () => {
    const { active, back } = layoutOf(stack);
    for (const [task, panel] of Object.entries(panels)) {
      panel.hidden = task !== active;
      document.querySelectorAll(`[aria-controls="${panel.id}"][aria-expanded]`)
        .forEach((toggle) => toggle.setAttribute('aria-expanded', String(task === active)));
    }
    if (active !== shown) panels[active].scrollTop = 0; // a task switched to shows its headline first
    shown = active;
    document.body.dataset.panel = active;
    const button = backButtons[active];
    button.hidden = !back;
    button.textContent = back ? t('panelBack', { task: t(`panelTasks.${back}`) }) : '';
    skipLink?.setAttribute('href', `#${panels[active].id}`);
  };

  state.onChange((current, changed) => {
    if (!['plan', 'myPlans', 'home', 'alerts', 'round', 'selection'].some((key) => changed.includes(key))) return;
    stack = nextStack(stack, current, { selectionChanged: changed.includes('selection') });
    const nowDrawing = Boolean(current.plan);
    if (nowDrawing !== drawing) {
      const folded = controlsWhileDrawing({ wasDrawing: drawing, drawing: nowDrawing, open: controls.open, remembered });
      controls.open = folded.open;
      remembered = folded.remembered;
      drawing = nowDrawing;
    }
    apply();
  });
  apply();

  return {
    /** Whether this task's panel is the one shown. */
    isShown: (task) => layoutOf(stack).active === task,
    /** Shows an open task's panel again (its button in the top bar), with the focus on it. */
    show(task) {
      stack = raise(stack, task);
      apply();
      panels[task].focus();
    },
  };
}
