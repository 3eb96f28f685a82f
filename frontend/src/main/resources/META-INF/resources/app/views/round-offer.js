// The rounds of the published plan clicked on the map, under "Stip op de kaart": "Doe mee: …" opens the round panel.
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountRoundOffer(element, offer, { openRound }) {
  const section = h('section', { className: 'round-offer', 'aria-labelledby': 'round-offer-title' });
  element.append(section);
  const render = ({ rounds }) => {
    section.hidden = rounds.length === 0;
    replaceChildren(section, rounds.length > 0 && [h('h3', { id: 'round-offer-title' }, t('roundOfferTitle')),
      h('ul', { className: 'round-offer-list' }, rounds.map((r) => h('li', {}, h('button', { type: 'button', className: 'round-offer-open',
        'data-round-id': String(r.id), onclick: () => openRound(r.id) }, t(r.state === 'open' ? 'roundOfferJoin' : 'roundOfferView', { title: r.title })),
      ' ', h('span', { className: 'note' }, t(`roundStates.${r.state}`)))))]);
  };
  offer.subscribe(render);
  render(offer.get());
}
