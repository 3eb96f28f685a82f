// What the colours on the map mean; the colours come from the same palette the map uses.
import { BUILDING_COLOURS, PARCEL_OUTLINE, RULE_AREA_COLOURS } from '../core/palette.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountLegend(element) {
  const swatch = (style) => h('span', { className: 'swatch', style, 'aria-hidden': 'true' });
  const item = (style, text) => h('li', {}, swatch(style), text);
  replaceChildren(element,
    h('h2', {}, t('legendTitle')),
    h('ul', { className: 'legend-list' },
      item(`background:${BUILDING_COLOURS.measured}`, t('legendMeasured')),
      item(`background:repeating-linear-gradient(90deg,${BUILDING_COLOURS.estimated} 0 4px,${BUILDING_COLOURS.estimatedStripe} 4px 8px)`,
        t('legendEstimated')),
      item(`background:${BUILDING_COLOURS.unknown}`, t('legendUnknown')),
      item(`background:${BUILDING_COLOURS.selected}`, t('legendSelected')),
      item(`background:transparent;border:2px solid ${PARCEL_OUTLINE}`, t('legendParcel')),
    ),
    h('h3', {}, t('layers.ruleAreas')),
    h('ul', { className: 'legend-list legend-functions' }, Object.entries(RULE_AREA_COLOURS).map(([fn, colour]) =>
      item(`background:${colour};opacity:.6`, t(`functions.${fn}`)))));
}
