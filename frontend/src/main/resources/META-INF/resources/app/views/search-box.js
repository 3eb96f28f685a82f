// The search box: type what the loaded data can find (an address, postcode and number where addresses are loaded; a
// BAG identificatie or kadastrale aanduiding always); one hit flies there at once, several are listed to choose from.
// When nothing is found or the search fails, "Ik snap het niet" is offered next to the Dutch explanation.
import { searchPromise } from '../core/search-controller.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountSearchBox(element, search, { helpButton } = {}) {
  const message = h('div', { className: 'search-message', 'aria-live': 'polite' });
  const hint = h('p', { id: 'search-hint', className: 'visually-hidden' });
  const label = h('label', { for: 'search', className: 'visually-hidden' });
  const input = h('input', { type: 'search', id: 'search', name: 'q', autocomplete: 'off', 'aria-describedby': 'search-hint',
    required: true, minLength: 2, maxLength: 100 });
  const promise = (capabilities) => {
    const texts = searchPromise(capabilities);
    input.placeholder = texts.placeholder;
    label.textContent = texts.label;
    hint.textContent = texts.hint;
    element.dataset.searchAddresses = String(texts.addresses);
  };
  promise(null);
  search.capabilities?.().then(promise);

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
    if (result.status === 'nothing' || result.status === 'error') {
      replaceChildren(message, h('p', {}, result.message), helpButton?.());
    } else if (result.hits.length === 1) {
      replaceChildren(message);
      search.choose(result.hits[0]);
    } else showHits(result.hits);
  } },
  label,
  input,
  hint,
  h('button', { type: 'submit' }, t('searchButton')));
  replaceChildren(element, form, message);
}
