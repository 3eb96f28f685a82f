// The round's questions: each answered in its own small form (an open text, a choice, or a scale of 1 to 5) and
// shown to everyone only as an aggregate (how many answered, the mean, the count per option). Forms are made once.
import { aggregateLines } from '../core/round-access.js';
import { t } from '../core/strings-nl.js';
import { h } from './dom.js';

export function mountRoundQuestions(element, round, { mayWrite }) {
  const title = h('h3', { id: 'round-questions-title' }, t('roundQuestionsTitle'));
  const list = h('div', { className: 'round-question-list' });
  element.append(title, list);
  const forms = new Map();

  function formFor(q) {
    const id = `round-q-${q.id}`;
    let input;
    let value;
    let field;
    if (q.kind === 'open') {
      input = h('textarea', { id, rows: '2', maxlength: '2000' });
      value = () => input.value.trim();
      field = [h('label', { for: id }, t('roundQuestionOpen')), input];
    } else {
      const options = q.kind === 'scale' ? ['1', '2', '3', '4', '5'] : (q.options ?? []);
      const radios = options.map((option, i) => h('input', { type: 'radio', name: id, id: `${id}-${i}`, value: option }));
      input = radios;
      value = () => radios.find((r) => r.checked)?.value ?? '';
      field = h('fieldset', {}, h('legend', { className: 'visually-hidden' }, q.text),
        q.kind === 'scale' && h('p', { className: 'note' }, t('roundQuestionScale')),
        radios.map((radio, i) => h('span', { className: 'form-radio round-option' }, radio, h('label', { for: radio.id }, options[i]))));
    }
    const aggregate = h('ul', { className: 'note round-aggregate' });
    const message = h('p', { className: 'round-question-message' });
    const send = h('button', { type: 'submit' }, t('roundQuestionSend'));
    const form = h('form', { className: 'round-question', 'data-question-id': String(q.id), onsubmit: (e) => {
      e.preventDefault();
      round.answerQuestion(q.id, q.kind === 'scale' ? Number(value()) || '' : value());
    } }, h('h4', {}, q.text), field, send, message, aggregate);
    let filled = false;
    return {
      form,
      update(question, state) {
        if (!filled && question.myAnswer !== null && question.myAnswer !== undefined) {
          filled = true;
          if (q.kind === 'open') input.value = question.myAnswer;
          else input.forEach((r) => { r.checked = r.value === String(question.myAnswer); });
        }
        send.hidden = !mayWrite();
        send.disabled = Boolean(state.busy[`q${q.id}`]);
        aggregate.replaceChildren(...aggregateLines(question).map((line) => h('li', {}, t(line.key, line.values))));
        const m = state.message?.id === `q${q.id}` ? state.message : null;
        message.textContent = m ? t(m.key, m.values) : '';
        message.className = `round-question-message${m?.error ? ' error' : ''}`;
        message.setAttribute('role', m?.error ? 'alert' : 'status');
      },
    };
  }

  return {
    update(state) {
      const questions = state.view?.questions ?? [];
      element.hidden = questions.length === 0;
      for (const q of questions) {
        if (!forms.has(q.id)) {
          forms.set(q.id, formFor(q));
          list.append(forms.get(q.id).form);
        }
        forms.get(q.id).update(q, state);
      }
    },
  };
}
