import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answersBody, fieldText, OPEN, placeOf, questionnaireModel, readAnswers, rejectedField }
  from '../src/main/resources/META-INF/resources/app/core/questionnaire.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

// Shaped as GET /api/v1/activities/{key}/questions answers (QuestionnaireIT), with Amsterdam's question texts.
const questionnaire = {
  activity: 'nl.imow-gm0363.activiteit.2', label: 'Conclusie Bouwen', source: 'geo.dmn',
  questions: [
    { id: 'hoogte', text: 'Wordt de aanbouw hoger dan 5 m?', type: 'boolean', options: [], value: true, answered: false,
      prefilled: true, prefilledFrom: 'design', prefilledNote: 'ingevuld uit uw ontwerp', basis: 'hoogte van uw ontwerp: 6,2 m' },
    { id: 'plan', text: 'Wat wilt u gaan doen met de boom?', type: 'list', options: ['Kappen', 'Minder dan 20% snoeien'], value: null },
    { id: 'oppervlakte m2', text: 'Hoeveel vierkante meter?', type: 'number', options: [], value: 12.5, prefilled: true,
      prefilledNote: 'ingevuld uit uw ontwerp', basis: null },
    { id: 'wanneer', text: null, type: 'date', options: [], value: null },
  ],
  conclusion: { outcome: OPEN, outcomeLabel: 'Nog niet te bepalen', explanation: 'Nog niet te bepalen: beantwoord de vragen (2 open).',
    openQuestions: [{ id: 'plan' }, { id: 'wanneer' }] },
  notices: [],
};

test('the file\'s questions become fields; a value Stip filled in says where it came from', () => {
  const model = questionnaireModel(questionnaire);
  assert.equal(model.title, 'Conclusie Bouwen');
  assert.equal(model.source, 'Vragen en regels uit geo.dmn');
  assert.equal(model.fields.length, 4);
  assert.equal(model.fields[0].note, 'ingevuld uit uw ontwerp: hoogte van uw ontwerp: 6,2 m');
  assert.equal(model.fields[1].note, null);
  assert.equal(model.fields[3].label, 'wanneer', 'a question without text shows its id');
  assert.deepEqual(model.conclusion, { outcome: OPEN, label: 'Nog niet te bepalen',
    explanation: 'Nog niet te bepalen: beantwoord de vragen (2 open).', open: true, openCount: 2 });
});

test('a filled-in value shows in the field as Dutch text, and stays editable', () => {
  const [height, plan, area] = questionnaireModel(questionnaire).fields;
  assert.equal(fieldText(height), 'ja');
  assert.equal(fieldText(plan), '');
  assert.equal(fieldText(area), '12,5');
});

test('typed answers become the types the backend reads; an empty field is no answer', () => {
  const { fields } = questionnaireModel(questionnaire);
  const read = readAnswers(fields, { hoogte: 'nee', plan: 'Kappen', 'oppervlakte m2': '1.234,5', wanneer: '' });
  assert.deepEqual(read, { answers: { hoogte: false, plan: 'Kappen', 'oppervlakte m2': 1234.5 }, errors: {} });
  assert.deepEqual(readAnswers(fields, { 'oppervlakte m2': '3,5' }).answers, { 'oppervlakte m2': 3.5 });
  assert.deepEqual(readAnswers(fields, { 'oppervlakte m2': '12' }).answers, { 'oppervlakte m2': 12 });
});

test('a wrong answer stays on its field with a Dutch text, and nothing is sent for it', () => {
  const { fields } = questionnaireModel(questionnaire);
  const read = readAnswers(fields, { hoogte: 'misschien', plan: 'Verplanten', 'oppervlakte m2': '-3', wanneer: '31-12-2026' });
  assert.deepEqual(read.answers, {});
  assert.equal(read.errors.hoogte, t('questionnaire.errorBoolean'));
  assert.equal(read.errors.plan, t('questionnaire.errorList'));
  assert.equal(read.errors['oppervlakte m2'], t('questionnaire.errorNumber'));
  assert.equal(read.errors.wanneer, t('questionnaire.errorDate'));
  for (const key of ['errorBoolean', 'errorNumber', 'errorList', 'errorDate', 'open', 'answer', 'stillOpen']) {
    assert.notEqual(t(`questionnaire.${key}`), `questionnaire.${key}`, `${key} has a Dutch text`);
  }
});

test('the body carries the place or the design; a 400 names the question\'s field', () => {
  assert.deepEqual(answersBody({ a: true }, { lon: 6.13, lat: 52.01 }), { answers: { a: true }, lon: 6.13, lat: 52.01 });
  assert.deepEqual(answersBody({ a: true }, { design: { volumes: [] }, lon: 1, lat: 2 }), { answers: { a: true }, design: { volumes: [] } });
  assert.deepEqual(answersBody({}), { answers: {} });
  assert.equal(rejectedField({ parameter: 'answers.oppervlakte m2' }), 'oppervlakte m2');
  assert.equal(rejectedField({ parameter: 'lon' }), null);
  assert.deepEqual(placeOf({ lon: 6.1, lat: 52, buildingId: 'x' }), { lon: 6.1, lat: 52 });
  assert.deepEqual(placeOf(null), {});
});

test('a design being drawn goes with the questions (its drawn volumes only); without one the selected place', async () => {
  const { emptyDraft } = await import('../src/main/resources/META-INF/resources/app/core/plan-draft.js');
  const { questionPlace, loadQuestionnaire } = await import('../src/main/resources/META-INF/resources/app/core/questionnaire.js');
  const corners = [[6.13, 52.01], [6.1301, 52.01], [6.1301, 52.0101]];
  const draft = { ...emptyDraft(), corners, closed: true, height: 6.2, models: [{ documentId: 7, lon: 6.13, lat: 52.01, baseHeight: 0, heading: 0, scale: 1 }] };
  const place = questionPlace({ lon: 6.1, lat: 52 }, draft);
  assert.equal(place.design.volumes.length, 1);
  assert.equal(place.design.volumes[0].height, 6.2);
  assert.equal(place.design.models, undefined, 'placed models are measured only in a saved plan');
  assert.deepEqual(questionPlace({ lon: 6.1, lat: 52 }, emptyDraft()), { lon: 6.1, lat: 52 }, 'an unfinished outline is no design');
  assert.deepEqual(questionPlace({ lon: 6.1, lat: 52 }, null), { lon: 6.1, lat: 52 });

  const calls = [];
  const api = {
    answerActivity: (key, body) => { calls.push(['POST', key, body]); return Promise.resolve({}); },
    activityQuestions: (key, where) => { calls.push(['GET', key, where]); return Promise.resolve({}); },
  };
  await loadQuestionnaire(api, 'boom', place);
  await loadQuestionnaire(api, 'boom', { lon: 6.1, lat: 52 });
  assert.deepEqual(calls.map(([method]) => method), ['POST', 'GET']);
  assert.deepEqual(calls[0][2].answers, {});
  assert.deepEqual(calls[1][2], { lon: 6.1, lat: 52 });
});
