// The place for address search. Search itself comes later; until then the box says so instead of doing nothing.
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountSearchBox(element) {
  const message = h('p', { className: 'search-message', 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'search', name: 'q', placeholder: t('searchPlaceholder'), autocomplete: 'off' });
  const form = h('form', { role: 'search', onsubmit: (event) => {
    event.preventDefault();
    replaceChildren(message, t('searchSoon'));
  } },
  h('label', { for: 'search', className: 'visually-hidden' }, t('searchLabel')),
  input,
  h('button', { type: 'submit' }, t('searchButton')));
  replaceChildren(element, form, message);
}
