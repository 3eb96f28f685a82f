// Editing the drawn plan with the pointer: a click adds a corner or picks another volume, a double click closes the
// shape, a press on a corner or the height handle drags it. The camera stands still while something is dragged; the
// draft changes once, on release, so a whole drag is one undo step. Tells where the height handle is on screen.
import { addCorner, closeShape, moveCorner, selectVolume, setHeight } from '../core/plan-draft.js';
import { HeightDrag } from './height-drag.js';
import { PLAN_LAYER_ID } from './plan-layer.js';
import { groundAt, ownerAt } from './picking.js';

export class PlanEditing {
  constructor({ Cesium, scene, state, planLayer, render, onHeightHandle }) {
    this.Cesium = Cesium;
    this.scene = scene;
    this.state = state;
    this.planLayer = planLayer;
    this.render = render;
    this.dragging = null; // index of the plan corner being dragged
    this.heightDrag = new HeightDrag(Cesium, scene.camera, planLayer);
    let handleAt = null;
    // Where the height handle is on screen, when it moved (for tests, which drag it with the mouse).
    this.removeHandleWatch = scene.postRender.addEventListener(() => {
      const p = planLayer.handleOnScreen(scene);
      const at = p ? `${Math.round(p.x)},${Math.round(p.y)}` : '';
      if (at !== handleAt) onHeightHandle?.((handleAt = at));
    });
    this.input = new Cesium.ScreenSpaceEventHandler(scene.canvas);
    const on = (type, action) => this.input.setInputAction(action, Cesium.ScreenSpaceEventType[type]);
    on('LEFT_DOUBLE_CLICK', () => this.finish());
    on('LEFT_DOWN', (down) => this.startDrag(down.position));
    on('MOUSE_MOVE', (move) => this.dragTo(move.endPosition));
    on('LEFT_UP', (up) => this.endDrag(up.position));
  }

  /**
   * A click while a plan is drawn adds a corner (on the ground, not on a roof); a click on the plan itself does
   * nothing, except on another volume ("Bouwdeel 2"): that one becomes the one to edit.
   */
  clickAt(position, plan) {
    const owner = ownerAt(this.scene, position);
    const ground = this.groundAt(position);
    const onPlan = owner?.layerId === PLAN_LAYER_ID;
    const otherVolume = onPlan ? this.planLayer.volumeOf(owner.domainId) : null;
    // While drawing, a click on another volume still places a corner (volumes may touch); else it selects that volume.
    if (ground && !plan.closed && (!onPlan || otherVolume !== null)) this.state.update({ plan: addCorner(plan, ground) });
    else if (otherVolume !== null) this.state.update({ plan: selectVolume(plan, otherVolume) });
  }

  finish() {
    const plan = this.state.get().plan;
    if (plan && !plan.closed) this.state.update({ plan: closeShape(plan) });
  }

  /** A press on the height handle or a plan corner starts dragging it; the camera stands still meanwhile. */
  startDrag(position) {
    const plan = this.state.get().plan;
    if (!plan || !position) return;
    const owner = ownerAt(this.scene, position);
    const onPlan = owner?.layerId === PLAN_LAYER_ID;
    if ((onPlan && this.planLayer.isHandle(owner.domainId)) || this.nearHandle(position, 14)) {
      this.heightDrag.start(position, plan);
      this.holdCamera(true);
      return;
    }
    let index = onPlan ? this.planLayer.cornerOf(owner.domainId) : null;
    // A press near a corner counts too: fingers are less precise than the 14-pixel dot.
    if (index === null) index = this.planLayer.cornerNear(this.scene, position, 16);
    if (index === null) return;
    this.dragging = index;
    this.holdCamera(true);
  }

  nearHandle(position, pixels) {
    const p = this.planLayer.handleOnScreen(this.scene);
    return Boolean(p) && Math.hypot(p.x - position.x, p.y - position.y) <= pixels;
  }

  dragTo(position) {
    if (!position) return;
    if (this.heightDrag.dragging) {
      this.heightDrag.move(position);
      this.render();
      return;
    }
    if (this.dragging === null) return;
    const ground = this.groundAt(position);
    if (ground) this.planLayer.drag(this.dragging, ground);
    this.render();
  }

  endDrag(position) {
    if (this.heightDrag.dragging) {
      const height = this.heightDrag.end();
      this.holdCamera(false);
      const plan = this.state.get().plan;
      if (plan) this.state.update({ plan: setHeight(plan, height) }); // one undo step for the whole drag
      this.render();
      return;
    }
    if (this.dragging === null) return;
    const index = this.dragging;
    this.dragging = null;
    this.holdCamera(false);
    const ground = position && this.groundAt(position);
    this.planLayer.drag(null);
    const plan = this.state.get().plan;
    if (plan && ground) this.state.update({ plan: moveCorner(plan, index, ground) });
    this.render();
  }

  groundAt(position) {
    return groundAt(this.Cesium, this.scene, position);
  }

  /** While something is dragged, the pointer moves that and not the camera. */
  holdCamera(hold) {
    this.scene.screenSpaceCameraController.enableInputs = !hold;
  }

  destroy() {
    this.removeHandleWatch();
    this.input.destroy();
  }
}
