// An activity's questionnaire (the toepasbare regels' own questions, STTR): what the form shows and how typed input
// becomes the answers the backend reads. No DOM here; views/questionnaire/ draws it.
import { toDesign } from './plan-draft.js';
import { t } from './strings-nl.js';

export const OPEN = 'nog-niet-te-bepalen';

/** The backend's questionnaire as the form shows it: one field per question, the value Stip filled in marked so. */
export function questionnaireModel(questionnaire) {
  const conclusion = questionnaire.conclusion ?? {};
  return {
    activity: questionnaire.activity,
    title: questionnaire.label,
    source: questionnaire.source ? t('questionnaire.source', { file: questionnaire.source }) : null,
    fields: (questionnaire.questions ?? []).map(fieldModel),
    conclusion: {
      outcome: conclusion.outcome,
      label: conclusion.outcomeLabel,
      explanation: conclusion.explanation,
      open: conclusion.outcome === OPEN,
      openCount: (conclusion.openQuestions ?? []).length,
    },
    notices: questionnaire.notices ?? [],
  };
}

function fieldModel(question) {
  return {
    id: question.id,
    label: question.text ?? question.id,
    type: question.type,
    options: question.options ?? [],
    explanation: question.explanation ?? null,
    value: question.value ?? null,
    prefilled: Boolean(question.prefilled),
    note: question.prefilled ? [question.prefilledNote, question.basis].filter(Boolean).join(': ') : null,
  };
}

/** A value as the form field holds it: 'ja' / 'nee' for yes/no, Dutch decimals, text as it is, '' when empty. */
export function fieldText(field) {
  if (field.value == null) return '';
  if (field.type === 'boolean') return field.value ? 'ja' : 'nee';
  if (field.type === 'number') return String(field.value).replace('.', ',');
  return String(field.value);
}

/**
 * The answers from what was typed or chosen (field id → text): yes/no from 'ja'/'nee', numbers also with a decimal
 * comma ('3,5'). An empty field is no answer (its question stays open). Returns {answers, errors: {id: message}}.
 */
export function readAnswers(fields, texts) {
  const answers = {};
  const errors = {};
  for (const field of fields) {
    const raw = (texts[field.id] ?? '').trim();
    if (raw === '') continue;
    if (field.type === 'boolean') {
      if (raw === 'ja' || raw === 'nee') answers[field.id] = raw === 'ja';
      else errors[field.id] = t('questionnaire.errorBoolean');
    } else if (field.type === 'number') {
      const normal = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
      const number = /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
      if (Number.isFinite(number) && number >= 0) answers[field.id] = number;
      else errors[field.id] = t('questionnaire.errorNumber');
    } else if (field.type === 'list') {
      if (field.options.includes(raw)) answers[field.id] = raw;
      else errors[field.id] = t('questionnaire.errorList');
    } else if (field.type === 'date') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) answers[field.id] = raw;
      else errors[field.id] = t('questionnaire.errorDate');
    } else {
      answers[field.id] = raw;
    }
  }
  return { answers, errors };
}

/** The POST body: the answers and the place they are about ({lon, lat} of the selection, or a design). */
export function answersBody(answers, { lon, lat, design } = {}) {
  if (design) return { answers, design };
  if (lon != null && lat != null) return { answers, lon, lat };
  return { answers };
}

/** A 400 from the backend names the question (parameter "answers.<id>"): the field to put the error on. */
export function rejectedField(error) {
  const parameter = error?.parameter ?? '';
  return parameter.startsWith('answers.') ? parameter.slice('answers.'.length) : null;
}

/** Where the selected place is, as the questionnaire API takes it (nothing when nothing is selected). */
export function placeOf(selection) {
  return selection && selection.lon != null && selection.lat != null ? { lon: selection.lon, lat: selection.lat } : {};
}

/**
 * What the questions are about: the design being drawn (its drawn volumes; placed models are measured only in a saved
 * plan), so its area, height and distance to the boundary fill in answers; else the selected place.
 */
export function questionPlace(selection, draft) {
  const design = draft ? toDesign(draft) : null;
  if (design?.volumes?.length) {
    const { models, ...drawn } = design;
    return { design: drawn };
  }
  return placeOf(selection);
}

/** Loads the questionnaire: a design goes with a POST (nothing answered yet), a place or nothing with the GET. */
export function loadQuestionnaire(api, activity, place, options) {
  return place?.design ? api.answerActivity(activity, answersBody({}, place), options)
    : api.activityQuestions(activity, place ?? {}, options);
}
