// What the colours on the map mean; the colours come from the same palette the map uses. The derived ground says what
// it was derived from (its data's own label, e.g. "… (demo)").
import { BUILDING_COLOURS, GROUND_COLOURS, OWN_PARCEL_OUTLINE, PARCEL_OUTLINE, ruleAreaColour } from '../core/palette.js';
import { AANDUIDING_OUTLINE, BOUWVLAK_OUTLINE, DUBBELBESTEMMING_OUTLINE } from '../core/rule-style.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountLegend(element, state) {
  const swatch = (style) => h('span', { className: 'swatch', style, 'aria-hidden': 'true' });
  const item = (style, text) => h('li', {}, swatch(style), text);
  const groundSource = h('p', { className: 'legend-source' });
  const functions = h('ul', { className: 'legend-list legend-functions' });
  replaceChildren(element,
    h('h2', {}, t('legendTitle')),
    h('ul', { className: 'legend-list' },
      item(`background:${BUILDING_COLOURS.measured}`, t('legendMeasured')),
      item(`background:repeating-linear-gradient(90deg,${BUILDING_COLOURS.estimated} 0 4px,${BUILDING_COLOURS.estimatedStripe} 4px 8px)`,
        t('legendEstimated')),
      item(`background:${BUILDING_COLOURS.unknown}`, t('legendUnknown')),
      item(`background:${BUILDING_COLOURS.selected}`, t('legendSelected')),
      item(`background:transparent;border:2px solid ${PARCEL_OUTLINE}`, t('legendParcel')),
      item(`background:transparent;border:4px solid ${OWN_PARCEL_OUTLINE}`, t('legendOwnParcel')),
    ),
    h('h3', {}, t('legendGroundTitle')),
    h('ul', { className: 'legend-list legend-ground' },
      item(`background:${GROUND_COLOURS.street}`, t('legendStreet')),
      item(`background:${GROUND_COLOURS.plot}`, t('legendPlot'))),
    groundSource,
    h('h3', {}, t('layers.ruleAreas')),
    functions,
    h('ul', { className: 'legend-list legend-rule-lines' },
      item(`background:transparent;border:3px solid ${BOUWVLAK_OUTLINE}`, t('legendBouwvlak')),
      item(`background:transparent;border:2px solid ${AANDUIDING_OUTLINE}`, t('legendAanduiding')),
      item(`background:transparent;border:2px solid ${DUBBELBESTEMMING_OUTLINE}`, t('legendDubbelbestemming'))),
    h('p', { className: 'legend-note' }, t('legendRulesSource')));
  // The bestemmingen in view, in the map's colours; a function without a Dutch name shows as it is written.
  const renderFunctions = () => {
    const present = state?.get().ruleFunctions ?? [];
    if (!present.length) {
      functions.replaceChildren(h('li', { className: 'legend-none' }, t('legendRulesNone')));
      return;
    }
    functions.replaceChildren(...present.map((fn) => {
      const name = t(`functions.${fn}`);
      return item(`background:${ruleAreaColour(fn)};opacity:.6`, name === `functions.${fn}` ? fn : name);
    }));
  };
  const render = () => { groundSource.textContent = state?.get().groundSource ?? t('legendGroundSource'); };
  state?.onChange((current, changed) => {
    if (changed.includes('groundSource')) render();
    if (changed.includes('ruleFunctions')) renderFunctions();
  });
  render();
  renderFunctions();
}
