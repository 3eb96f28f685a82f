// One labelled checkbox per map layer, with what the layer is doing (zoom in, loading, failed with a retry).
import { LAYER_IDS } from '../core/state.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountLayerToggles(element, state, { onRetry }) {
  const rows = LAYER_IDS.map((id) => {
    const box = h('input', { type: 'checkbox', id: `layer-${id}`, onchange: (event) => state.setLayerVisible(id, event.target.checked) });
    const status = h('span', { className: 'layer-status', id: `layer-${id}-status` });
    box.setAttribute('aria-describedby', status.id);
    return { id, box, status, row: h('li', {}, h('label', { for: box.id }, box, ' ', t(`layers.${id}`)), status) };
  });
  replaceChildren(element, h('h2', {}, t('layersTitle')), h('ul', { className: 'layer-list' }, rows.map((r) => r.row)));

  const render = ({ layers, layerStatus }) => {
    for (const { id, box, status } of rows) {
      box.checked = Boolean(layers[id]);
      const name = t(`layers.${id}`);
      switch (layers[id] ? layerStatus[id] : 'hidden') {
        case 'too-far': replaceChildren(status, t('layerZoomIn', { layer: name.toLowerCase() })); break;
        case 'loading': replaceChildren(status, t('layerLoading', { layer: name })); break;
        case 'failed':
          replaceChildren(status, t('layerFailed', { layer: name }), ' ',
            h('button', { type: 'button', className: 'link-button', onclick: onRetry }, t('retry')));
          break;
        default: replaceChildren(status);
      }
    }
  };
  state.onChange((current, changed) => {
    if (changed.includes('layers') || changed.includes('layerStatus')) render(current);
  });
  render(state.get());
}
