// The 3D view in words (core/scene-description.js), in a visually hidden live region that the map refers to with
// aria-describedby: a screen reader hears what was selected and, for a plan, what the check drew in red and where.
import { describeScene } from '../core/scene-description.js';

export function mountSceneStatus(element, state) {
  const render = () => {
    const text = describeScene(state.get());
    if (element.textContent !== text) element.textContent = text;
  };
  state.onChange((current, changed) => {
    if (['selection', 'lookup', 'plan', 'planCheck', 'ownParcel'].some((key) => changed.includes(key))) render();
  });
  render();
}
