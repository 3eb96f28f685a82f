// The questionnaire of one activity under its procedure in the lookup panel: the file's own questions, typed fields,
// "ingevuld uit ..." under each value Stip filled in (still editable), and the outcome after "Bekijk de uitkomst".
import { answersBody, fieldText, loadQuestionnaire, questionnaireModel, readAnswers, rejectedField } from '../../core/questionnaire.js';
import { t } from '../../core/strings-nl.js';
import { h, replaceChildren } from '../dom.js';

let counter = 0;

/** Loads the activity's questions for the place ({lon, lat} or {design}) into host; returns a function that removes it. */
export function mountQuestionnaire(host, { api, activity, place }) {
  const root = h('section', { className: 'questionnaire', 'data-activity': activity });
  host.append(root);
  const controller = new AbortController();
  replaceChildren(root, h('p', { className: 'loading' }, t('questionnaire.loading')));
  loadQuestionnaire(api, activity, place, { signal: controller.signal })
    .then((questionnaire) => render(root, questionnaireModel(questionnaire), { api, activity, place }))
    .catch((error) => {
      if (error?.kind !== 'aborted') replaceChildren(root, h('p', { className: 'error', role: 'alert' }, t('questionnaire.failed')));
    });
  return () => {
    controller.abort();
    root.remove();
  };
}

function render(root, model, context) {
  const prefix = `q${++counter}`;
  const inputs = new Map();
  const errors = new Map();
  const fields = model.fields.map((field, i) => {
    const id = `${prefix}-${i}`;
    const error = h('p', { id: `${id}-error`, className: 'field-error', role: 'alert' });
    errors.set(field.id, error);
    const note = field.note && h('p', { className: 'form-note prefilled', id: `${id}-note` }, field.note);
    const described = [error.id, note && note.id].filter(Boolean).join(' ');
    const control = fieldControl(field, id, described);
    inputs.set(field.id, control);
    return h('div', { className: 'form-field', 'data-question': field.id },
      control.labelled ? control.node : [h('label', { for: id }, field.label), control.node],
      field.explanation && h('details', {}, h('summary', {}, t('questionnaire.moreInfo')), h('p', {}, field.explanation)),
      note, error);
  });
  const outcome = h('div', { className: `questionnaire-outcome outcome-${model.conclusion.outcome}`, 'aria-live': 'polite' },
    h('h4', {}, t('questionnaire.conclusion'), ': ', model.conclusion.label),
    model.conclusion.explanation && h('p', {}, model.conclusion.explanation),
    model.conclusion.open && h('p', {}, t('questionnaire.stillOpen', { count: model.conclusion.openCount })));
  const form = h('form', { noValidate: true }, fields, h('button', { type: 'submit' }, t('questionnaire.answer')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const texts = Object.fromEntries([...inputs].map(([key, control]) => [key, control.value()]));
    const { answers, errors: wrong } = readAnswers(model.fields, texts);
    errors.forEach((node, key) => { node.textContent = wrong[key] ?? ''; });
    if (Object.keys(wrong).length) return;
    context.api.answerActivity(context.activity, answersBody(answers, context.place ?? {}))
      .then((questionnaire) => render(root, questionnaireModel(questionnaire), context))
      .catch((error) => {
        const key = rejectedField(error);
        if (key && errors.has(key)) errors.get(key).textContent = error.message;
      });
  });
  replaceChildren(root, h('h4', {}, t('questionnaire.title', { title: model.title })),
    model.source && h('p', { className: 'source' }, model.source),
    model.notices.map((notice) => h('p', { className: 'note' }, notice)), form, outcome);
}

function fieldControl(field, id, describedBy) {
  const value = fieldText(field);
  if (field.type === 'boolean') {
    const options = [{ value: 'ja', label: t('questionnaire.yes') }, { value: 'nee', label: t('questionnaire.no') }];
    const radios = options.map((o) => h('input', { type: 'radio', id: `${id}-${o.value}`, name: id, value: o.value, checked: o.value === value }));
    const node = h('fieldset', { className: 'form-choice', 'aria-describedby': describedBy }, h('legend', {}, field.label),
      radios.map((radio, i) => h('span', { className: 'form-radio' }, radio, h('label', { for: radio.id }, options[i].label))));
    return { node, labelled: true, value: () => radios.find((r) => r.checked)?.value ?? '' };
  }
  if (field.type === 'list') {
    const select = h('select', { id, 'aria-describedby': describedBy }, h('option', { value: '' }, t('questionnaire.choose')),
      field.options.map((option) => h('option', { value: option, selected: option === value }, option)));
    return { node: select, value: () => select.value };
  }
  const input = h('input', { id, type: field.type === 'date' ? 'date' : 'text', value,
    inputmode: field.type === 'number' ? 'decimal' : undefined, 'aria-describedby': describedBy });
  return { node: input, value: () => input.value };
}
