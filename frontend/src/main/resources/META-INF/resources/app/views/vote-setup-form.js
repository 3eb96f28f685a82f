// The planner's setup of a round's vote (in the round panel, planners only): the method, the options (label and, for a
// budget, the cost in whole euros), how many may be chosen, the budget and its optional minimum and maximum, and
// whether the results stay hidden until closing. Frozen once someone voted (the server refuses it then too).
import { setupBody } from '../core/ballot.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

const METHODS = ['approval', 'ranking', 'budget'];

export function mountVoteSetupForm(container, { api, roundId, saved }) {
  const field = (id, label, input) => h('div', { className: 'form-field' }, h('label', { for: id }, label), input);
  const method = h('select', { id: 'vote-setup-method' }, METHODS.map((m) => h('option', { value: m }, t(`voteSetupMethods.${m}`))));
  const optionsBox = h('div', { className: 'vote-setup-options' });
  const rows = [];
  const addRow = (label = '', cost = '') => {
    const n = rows.length + 1;
    const labelInput = h('input', { type: 'text', id: `vote-setup-option-${n}`, maxlength: '120' });
    const costInput = h('input', { type: 'text', id: `vote-setup-cost-${n}`, inputmode: 'numeric' });
    labelInput.value = label;
    costInput.value = cost;
    const costField = field(costInput.id, t('voteSetupCost', { n }), costInput);
    rows.push({ labelInput, costInput, costField });
    optionsBox.append(h('div', { className: 'vote-setup-option' }, field(labelInput.id, t('voteSetupOption', { n }), labelInput), costField));
    showFields();
  };
  const add = h('button', { type: 'button', className: 'vote-setup-add', onclick: () => addRow() }, t('voteSetupAddOption'));
  const maxChoices = h('input', { type: 'number', id: 'vote-setup-max-choices', min: '1' });
  const budget = h('input', { type: 'text', id: 'vote-setup-budget', inputmode: 'numeric' });
  const minOptions = h('input', { type: 'number', id: 'vote-setup-min-options', min: '1' });
  const maxOptions = h('input', { type: 'number', id: 'vote-setup-max-options', min: '1' });
  const hide = h('input', { type: 'checkbox', id: 'vote-setup-hide' });
  const approvalFields = field(maxChoices.id, t('voteSetupMaxChoices'), maxChoices);
  const budgetFields = h('div', {}, field(budget.id, t('voteSetupBudget'), budget), field(minOptions.id, t('voteSetupMinOptions'), minOptions),
    field(maxOptions.id, t('voteSetupMaxOptions'), maxOptions));
  const message = h('p', { className: 'vote-setup-message', role: 'status' });
  const save = h('button', { type: 'submit', className: 'vote-setup-save' }, t('voteSetupSave'));
  const fieldset = h('fieldset', {}, h('legend', {}, t('voteSetupTitle')), field(method.id, t('voteSetupMethod'), method), optionsBox, add,
    approvalFields, budgetFields, h('div', { className: 'form-check' }, hide, h('label', { for: hide.id }, t('voteSetupHide'))), save, message);
  const frozenNote = h('p', { className: 'note vote-setup-frozen' }, t('voteSetupFrozen'));
  const form = h('form', { className: 'vote-setup', onsubmit: async (e) => {
    e.preventDefault();
    const body = setupBody({ method: method.value, options: rows.map((r) => ({ label: r.labelInput.value, cost: r.costInput.value })),
      maxChoices: maxChoices.value, budget: budget.value, minOptions: minOptions.value, maxOptions: maxOptions.value, hideResultsUntilClosed: hide.checked });
    save.disabled = true;
    try {
      await api.putVoteSetup(roundId(), body);
      message.textContent = t('voteSetupSaved');
      message.className = 'vote-setup-message';
      saved?.();
    } catch (error) {
      message.textContent = t('voteSetupFailed', { reason: error?.problem?.detail ?? error?.message ?? '' });
      message.className = 'vote-setup-message error';
    } finally {
      save.disabled = false;
    }
  } }, frozenNote, fieldset);
  container.replaceChildren(form);
  container.hidden = true;

  function showFields() {
    approvalFields.hidden = method.value !== 'approval';
    budgetFields.hidden = method.value !== 'budget';
    for (const r of rows) r.costField.hidden = method.value !== 'budget';
  }
  method.addEventListener('change', showFields);
  for (let i = 0; i < 3; i++) addRow();

  let filledFrom = null;
  return {
    update({ planner, setup, frozen }) {
      container.hidden = !planner;
      if (!planner) return;
      if (setup && setup !== filledFrom && filledFrom === null) {
        filledFrom = setup;
        method.value = setup.method;
        setup.options.forEach((o, i) => {
          if (!rows[i]) addRow();
          rows[i].labelInput.value = o.label;
          rows[i].costInput.value = o.cost ?? '';
        });
        maxChoices.value = setup.maxChoices ?? '';
        budget.value = setup.budget ?? '';
        minOptions.value = setup.minOptions ?? '';
        maxOptions.value = setup.maxOptions ?? '';
        hide.checked = Boolean(setup.hideResultsUntilClosed);
        showFields();
      }
      frozenNote.hidden = !frozen;
      fieldset.disabled = Boolean(frozen);
    },
  };
}
