// The one object that owns the Cesium scene and keeps it in step with the state: camera, visible layers, the
// highlighted building. It turns every click into a selection: a picked entity is handed to the layer that owns
// it (by the layer id in the entity id), anything else selects the point on the ground. While a plan is drawn, the
// pointer edits the plan instead (PlanEditing).
import { debounce, focusBbox } from '../core/viewport.js';
import { createBaseLayer } from './base-layer.js';
import { FeatureLayer } from './feature-layer.js';
import { FlatFeatureLayer } from './flat-layer.js';
import { buildingsKind, groundKind, parcelsKind, ruleAreasKind } from './layer-kinds.js';
import { ConcernedLayer } from './concerned-layer.js';
import { ModelLayer } from './model-layer.js';
import { OwnParcelLayer } from './own-parcel-layer.js';
import { PlanEditing } from './plan-editing.js';
import { PlanLayer } from './plan-layer.js';
import { PUBLIC_PLANS_LAYER_ID, PublicPlansLayer } from './public-plans-layer.js';
import { REACTIONS_LAYER_ID, ReactionLayer } from './reaction-layer.js';
import { SunlightLayer } from './sunlight-layer.js';
import { VariantLayer } from './variant-layer.js';
import { canvasCentre, groundAt, lonLatAt, ownerAt, pointAt } from './picking.js';

export class StipMap {
  constructor({ Cesium, container, state, api, config, onFirstCompleteRender, onPlanDrawn, onModelsShown, onHeightHandle, onPublicPlansShown,
    onOwnParcelDrawn, onConcernedShown, onReactionPins, onVariantDrawn, onSunlightDrawn }) {
    this.Cesium = Cesium;
    this.state = state;
    this.highlighted = new Set();
    // No "Cesium ion" logo: ion is never used. Data credits (the base layer's) still show.
    Cesium.CreditDisplay.cesiumCredit = undefined;
    this.viewer = new Cesium.Viewer(container, {
      baseLayer: createBaseLayer(Cesium, config.baseLayer),
      terrainProvider: new Cesium.EllipsoidTerrainProvider(),
      geocoder: false,
      baseLayerPicker: false,
      homeButton: false,
      sceneModePicker: false,
      navigationHelpButton: false,
      animation: false,
      timeline: false,
      fullscreenButton: false,
      infoBox: false,
      selectionIndicator: false,
      scene3DOnly: true,
      requestRenderMode: true,
      maximumRenderTimeChange: Infinity,
      skyBox: false,
      skyAtmosphere: false,
      msaaSamples: 1,
    });
    const scene = this.viewer.scene;
    scene.fog.enabled = false;
    scene.globe.showGroundAtmosphere = false;
    scene.globe.baseColor = Cesium.Color.fromCssColorString('#dfe6d8');
    if (scene.moon) scene.moon.show = false;
    if (scene.sun) scene.sun.show = false;
    scene.postProcessStages.fxaa.enabled = false;
    scene.backgroundColor = Cesium.Color.fromCssColorString('#cfe3f3');

    const setStatus = (id, status) => this.state.update({ layerStatus: { ...this.state.get().layerStatus, [id]: status } });
    const ground = new FlatFeatureLayer(Cesium, groundKind(Cesium, (groundSource) => this.state.update({ groundSource })), api,
      setStatus, scene.primitives);
    const layerKinds = [buildingsKind(Cesium, (id) => this.highlighted.has(id)), parcelsKind(Cesium),
      ruleAreasKind(Cesium, (ruleFunctions) => this.state.update({ ruleFunctions }))];
    this.layers = new Map([['ground', ground],
      ...layerKinds.map((kind) => [kind.id, new FeatureLayer(Cesium, kind, api, setStatus)])]);
    // Draw order: rule areas below parcels below buildings (the derived ground, a primitive, lies under them all).
    for (const id of ['ruleAreas', 'parcels', 'buildings']) this.viewer.dataSources.add(this.layers.get(id).dataSource);
    // "Uw perceel" above the parcel lines, below the plan.
    this.ownParcelLayer = new OwnParcelLayer(Cesium, { onDrawn: onOwnParcelDrawn });
    this.viewer.dataSources.add(this.ownParcelLayer.dataSource);
    this.planLayer = new PlanLayer(Cesium, { onSummary: onPlanDrawn });
    this.viewer.dataSources.add(this.planLayer.dataSource);
    this.modelLayer = new ModelLayer(Cesium, scene, { onShown: onModelsShown, render: () => this.render() });
    this.viewer.dataSources.add(this.modelLayer.dataSource);
    // The Bezonning layer (facades and gardens losing sun) and the shadow map's day and time.
    this.sunlightLayer = new SunlightLayer(Cesium, this.viewer, { onDrawn: onSunlightDrawn });
    this.viewer.dataSources.add(this.sunlightLayer.dataSource);
    // Published plans, for everyone: reloaded with the view, like the feature layers.
    this.publicPlans = new PublicPlansLayer(Cesium, { onDrawn: onPublicPlansShown });
    this.viewer.dataSources.add(this.publicPlans.dataSource);
    // The concerned ring of the open plan (owner, co-editors, planners), from state.concernedMap.
    this.concernedLayer = new ConcernedLayer(Cesium, { onDrawn: onConcernedShown });
    this.viewer.dataSources.add(this.concernedLayer.dataSource);
    // The open round's reactions as pins (state.roundPins), above everything else.
    this.reactionLayer = new ReactionLayer(Cesium, { onDrawn: onReactionPins });
    this.viewer.dataSources.add(this.reactionLayer.dataSource);
    // A round's variant shaped or opened (state.variantScene), the original dimmed beside it.
    this.variantLayer = new VariantLayer(Cesium, { onDrawn: onVariantDrawn });
    this.viewer.dataSources.add(this.variantLayer.dataSource);
    scene.primitives.add(this.variantLayer.primitives);
    scene.primitives.add(this.planLayer.primitives);
    this.planEditing = new PlanEditing({
      Cesium, scene, state, planLayer: this.planLayer, render: () => this.render(), onHeightHandle,
    });

    this.lastCamera = null;
    this.setCamera(state.get().camera, false);
    this.refreshLayers = debounce(() => {
      this.forEachVisibleLayer((layer) => layer.refresh(this.viewBbox()).then(() => this.render()));
      this.publicPlans.refresh(api, this.viewBbox()).then(() => this.render());
    }, 300);
    this.removers = [
      this.viewer.camera.moveEnd.addEventListener(() => this.cameraMoved()),
      state.onChange((current, changed) => this.stateChanged(current, changed)),
    ];
    this.clicks = new Cesium.ScreenSpaceEventHandler(scene.canvas);
    this.clicks.setInputAction((click) => this.pickAt(click.position), Cesium.ScreenSpaceEventType.LEFT_CLICK);
    this.planLayer.draw(state.get().plan, state.get().planCheck);
    this.ownParcelLayer.draw(state.get().plan, state.get().ownParcel);
    this.modelLayer.sync(state.get().plan, state.get().planCheck);
    this.syncLayers(state.get().layers);
    this.syncHighlight(state.get());
    this.publicPlans.refresh(api, this.viewBbox()).then(() => this.render());
    this.watchFirstCompleteRender(onFirstCompleteRender);
  }

  /**
   * Calls back once a frame has been drawn with the base map's tiles, the ground and the buildings loaded and their
   * geometry built: the moment a person first sees the whole view (measured in BENCHMARKS.md, not asserted).
   */
  watchFirstCompleteRender(callback) {
    if (!callback) return;
    const { viewer } = this;
    const remove = viewer.scene.postRender.addEventListener(() => {
      const { buildings, ground } = this.state.get().layerStatus;
      const layerDone = [buildings, ground].every((s) => [undefined, 'ready', 'hidden', 'too-far', 'failed'].includes(s))
        && buildings !== undefined;
      if (!layerDone || !viewer.scene.globe.tilesLoaded || !viewer.dataSourceDisplay.ready) {
        viewer.scene.requestRender();
        return;
      }
      remove();
      callback();
    });
  }

  /**
   * Looks up the place at a screen position (also used for "Enter" on the focused map: the centre). While a plan is
   * drawn the click edits the plan instead.
   */
  pickAt(position) {
    const plan = this.state.get().plan;
    if (plan) {
      this.planEditing.clickAt(position, plan);
      return;
    }
    const scene = this.viewer.scene;
    const owner = ownerAt(scene, position);
    if (this.state.get().roundPicking) {
      this.pickReactionPlace(position, owner);
      return;
    }
    if (owner?.layerId === REACTIONS_LAYER_ID) {
      this.state.update({ roundFocus: owner.domainId });
      return;
    }
    const lonLat = lonLatAt(this.Cesium, scene, position);
    if (!lonLat) return;
    // A published plan: the place, and which plan (its rounds are offered in the panel).
    if (owner?.layerId === PUBLIC_PLANS_LAYER_ID) {
      this.state.select({ ...lonLat, planId: Number(owner.domainId.split('-')[0]) });
      return;
    }
    const layer = owner && this.layers.get(owner.layerId);
    this.state.select(layer ? layer.selectionFor(owner.domainId, lonLat) : lonLat);
  }

  /**
   * The place of a new reaction: the raw 3D point clicked (a wall or roof, a plan's volume, the ground), and the
   * index of the plan's volume when the click was on one of the round's plan (a published plan's block).
   */
  pickReactionPlace(position, owner) {
    const point = pointAt(this.Cesium, this.viewer.scene, position);
    if (!point) return;
    let volumeIndex = null;
    if (owner?.layerId === PUBLIC_PLANS_LAYER_ID) {
      const [planId, index] = owner.domainId.split('-');
      if (String(planId) === String(this.state.get().roundPicking?.planId)) volumeIndex = Number(index);
    }
    this.state.update({ roundPicking: null, roundPlace: { ...point, volumeIndex } });
  }

  pickCentre() {
    this.landCamera();
    this.pickAt(canvasCentre(this.Cesium, this.viewer.scene));
  }

  /**
   * The ground at the centre of the map: where "Teken een voorbeeld hier" puts a plan. The centre of the view the
   * person asked for: a camera still flying there (an arrow key, a hash) lands first, so "here" is never a point the
   * camera passes on its way (it could be the neighbour's parcel, which would then count as "uw perceel").
   */
  centreGround() {
    this.landCamera();
    const scene = this.viewer.scene;
    return groundAt(this.Cesium, scene, canvasCentre(this.Cesium, scene));
  }

  /** Ends a camera flight at once at its destination (nothing when the camera stands still). */
  landCamera() {
    if (!this.flying) return;
    this.flying = null;
    this.viewer.camera.completeFlight();
    this.viewer.scene.render(); // pick against the landed view, not the last frame drawn in flight
  }

  /** The part of the view that layers load: what is on screen, up to 1.5 × the distance to the point looked at. */
  viewBbox() {
    const { Cesium, viewer } = this;
    const rect = viewer.camera.computeViewRectangle(viewer.scene.globe.ellipsoid);
    const deg = Cesium.Math.toDegrees;
    const view = rect && [deg(rect.west), deg(rect.south), deg(rect.east), deg(rect.north)];
    const centre = viewer.camera.pickEllipsoid(canvasCentre(Cesium, viewer.scene));
    if (!centre) return view;
    const c = Cesium.Cartographic.fromCartesian(centre);
    const distance = Cesium.Cartesian3.distance(viewer.camera.positionWC, centre);
    return focusBbox(view, { lon: deg(c.longitude), lat: deg(c.latitude) }, 1.5 * distance);
  }

  cameraMoved() {
    const { Cesium } = this;
    const camera = this.viewer.camera;
    const position = camera.positionCartographic;
    this.lastCamera = {
      lon: Cesium.Math.toDegrees(position.longitude),
      lat: Cesium.Math.toDegrees(position.latitude),
      height: position.height,
      heading: Cesium.Math.toDegrees(camera.heading) % 360,
      pitch: Cesium.Math.toDegrees(camera.pitch),
    };
    this.state.update({ camera: this.lastCamera });
    this.refreshLayers();
  }

  setCamera(camera, animate) {
    const { Cesium } = this;
    const view = {
      destination: Cesium.Cartesian3.fromDegrees(camera.lon, camera.lat, camera.height),
      orientation: { heading: Cesium.Math.toRadians(camera.heading), pitch: Cesium.Math.toRadians(camera.pitch), roll: 0 },
    };
    if (animate) {
      const flight = {};
      this.flying = flight; // a flight cancelled by the next one reports after the next one started
      const landed = () => { if (this.flying === flight) this.flying = null; };
      this.viewer.camera.flyTo({ ...view, duration: 1, complete: landed, cancel: landed });
    }
    else this.viewer.camera.setView(view);
    this.viewer.scene.requestRender();
  }

  stateChanged(current, changed) {
    if (changed.includes('camera') && !sameCamera(current.camera, this.lastCamera)) {
      this.lastCamera = current.camera;
      this.setCamera(current.camera, true);
    }
    if (changed.includes('layers')) this.syncLayers(current.layers);
    if (changed.includes('selection') || changed.includes('lookup')) this.syncHighlight(current);
    if (changed.includes('roundPins') || changed.includes('roundFocus')) {
      this.reactionLayer.draw(current.roundPins ?? [], current.roundFocus);
      this.render();
      // A pin's image reaches the billboards' texture a frame later: in request-render mode, ask for that frame too.
      clearTimeout(this.pinFrame);
      this.pinFrame = setTimeout(() => this.render(), 250);
    }
    if (changed.includes('variantScene')) {
      // While a variant is shown the published plans step aside: the variant layer draws the original itself.
      this.publicPlans.dataSource.show = !this.variantLayer.draw(current.variantScene);
      this.render();
    }
    if (changed.includes('concernedMap')) {
      this.concernedLayer.draw(current.concernedMap);
      this.render();
    }
    if (changed.includes('plan') || changed.includes('planCheck')) {
      this.planLayer.draw(current.plan, current.planCheck);
      this.modelLayer.sync(current.plan, current.planCheck);
      this.render();
    }
    if (changed.includes('plan') || changed.includes('ownParcel')) {
      this.ownParcelLayer.draw(current.plan, current.ownParcel);
      this.render();
    }
    if (changed.includes('sunlight')) {
      this.sunlightLayer.draw(current.sunlight);
      this.render();
    }
  }

  syncLayers(visible) {
    const bbox = this.viewBbox();
    for (const [id, layer] of this.layers) {
      if (Boolean(visible[id]) !== layer.visible) layer.setVisible(Boolean(visible[id]), bbox).then(() => this.render());
    }
    this.render();
  }

  /** Highlights the clicked building, or else the buildings the lookup found at the clicked point. */
  syncHighlight({ selection, lookup }) {
    const ids = new Set();
    if (selection?.buildingId) ids.add(selection.buildingId);
    else if (selection && lookup?.status === 'ok') (lookup.answer?.buildings ?? []).forEach((b) => ids.add(b.identificatie));
    const changed = [...this.highlighted, ...ids];
    this.highlighted = ids;
    this.layers.get('buildings').restyle(changed);
    this.render();
  }

  /** Tries the layers that failed again. */
  retryLayers() {
    this.forEachVisibleLayer((layer) => {
      layer.reset();
      layer.refresh(this.viewBbox()).then(() => this.render());
    });
  }

  forEachVisibleLayer(fn) {
    for (const layer of this.layers.values()) if (layer.visible) fn(layer);
  }

  render() {
    this.viewer.scene.requestRender();
  }

  destroy() {
    this.removers.forEach((remove) => remove());
    this.refreshLayers.cancel();
    this.clicks.destroy();
    this.planEditing.destroy();
    this.layers.forEach((layer) => layer.destroy());
    this.modelLayer.destroy();
    this.viewer.destroy();
  }
}

function sameCamera(a, b) {
  if (!a || !b) return false;
  return Math.abs(a.lon - b.lon) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.height - b.height) < 0.5
    && Math.abs(a.heading - b.heading) < 0.5 && Math.abs(a.pitch - b.pitch) < 0.5;
}
