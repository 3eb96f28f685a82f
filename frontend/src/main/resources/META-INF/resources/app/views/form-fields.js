// Labelled form fields for the account screens: each has its error text under it, tied to the input with
// aria-describedby and aria-invalid, so a screen reader reads the error with the field.
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

export function textField({ id, label, type = 'text', autocomplete, value = '', describedBy, maxlength }) {
  const error = h('p', { id: `${id}-error`, className: 'field-error' });
  const input = h('input', { id, name: id, type, autocomplete, value, maxlength,
    'aria-describedby': [error.id, describedBy].filter(Boolean).join(' ') });
  const node = h('div', { className: 'form-field' }, h('label', { for: id }, label), input, error);
  return { node, input, focus: () => input.focus(), setError: (key) => setError(input, error, key) };
}

/** One choice out of a few, as radio buttons in a fieldset with a legend. */
export function radioField({ id, legend, options, value, note }) {
  const error = h('p', { id: `${id}-error`, className: 'field-error' });
  const radios = options.map((option) => h('input', { type: 'radio', id: `${id}-${option.value}`, name: id, value: option.value,
    checked: option.value === value }));
  const node = h('fieldset', { className: 'form-field form-choice', 'aria-describedby': error.id },
    h('legend', {}, legend),
    radios.map((radio, i) => h('div', { className: 'form-radio' }, radio, h('label', { for: radio.id }, options[i].label))),
    note && h('p', { className: 'form-note' }, note),
    error);
  return {
    node,
    value: () => radios.find((radio) => radio.checked)?.value ?? '',
    focus: () => (radios.find((radio) => radio.checked) ?? radios[0]).focus(),
    setError: (key) => setError(node, error, key),
  };
}

/** The password rules as a list that shows, while typing, which are met (core/account-forms.js passwordRules). */
export function passwordRulesList(id, rules) {
  const items = new Map();
  const list = h('ul', { id, className: 'password-rules' });
  const node = h('div', { className: 'password-rules-box' }, h('p', { className: 'form-note' }, t('accountPasswordRulesTitle')), list,
    h('p', { className: 'form-note' }, t('accountPasswordTip')));
  const update = (current) => {
    for (const rule of current) {
      if (!items.has(rule.id)) {
        const state = h('span', { className: 'visually-hidden' });
        const item = h('li', {}, t(`accountPasswordRules.${rule.id}`), ' ', state);
        items.set(rule.id, { item, state });
        list.append(item);
      }
      const { item, state } = items.get(rule.id);
      item.dataset.ok = String(rule.ok);
      state.textContent = `(${t(rule.ok ? 'accountRuleMet' : 'accountRuleOpen')})`;
    }
  };
  update(rules);
  return { node, update };
}

function setError(target, error, key) {
  error.textContent = key ? t(`accountErrors.${key}`) : '';
  if (key) target.setAttribute('aria-invalid', 'true');
  else target.removeAttribute('aria-invalid');
}
