// The search box: type an address, postcode and number, BAG identificatie or kadastrale aanduiding; one hit flies
// there at once, several are listed to choose from.
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountSearchBox(element, search) {
  const message = h('div', { className: 'search-message', 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'search', name: 'q', placeholder: t('searchPlaceholder'), autocomplete: 'off',
    required: true, minLength: 2, maxLength: 100 });

  const showHits = (hits) => {
    const list = h('ul', { className: 'search-hits' }, ...hits.map((hit) => h('li', {},
      h('button', { type: 'button', className: 'search-hit', onclick: () => { replaceChildren(message); search.choose(hit); } },
        `${t(`searchHitTypes.${hit.type}`)}: ${hit.label}`))));
    replaceChildren(message, h('p', {}, t('searchResults')), list);
  };

  const form = h('form', { role: 'search', onsubmit: async (event) => {
    event.preventDefault();
    replaceChildren(message, t('searchBusy'));
    const result = await search.search(input.value.trim());
    if (result.status === 'cancelled') return;
    if (result.status === 'nothing') replaceChildren(message, t('searchNothing'));
    else if (result.status === 'error') {
      replaceChildren(message, result.error?.kind === 'unreachable' ? t('searchUnreachable')
        : t('searchFailed', { detail: result.error?.message ?? '' }));
    } else if (result.hits.length === 1) {
      replaceChildren(message);
      search.choose(result.hits[0]);
    } else showHits(result.hits);
  } },
  h('label', { for: 'search', className: 'visually-hidden' }, t('searchLabel')),
  input,
  h('button', { type: 'submit' }, t('searchButton')));
  replaceChildren(element, form, message);
}
