// Keeps the check in step with the draft plan: every change (debounced) sends the design to the "Binnen de lijntjes
// scan"; the answer or the reason it failed lands in state.planCheck: idle | checking | ok (result) | error (error).
// An answer to an older design is dropped. A design with a placed 3D model is checked only within the saved plan:
// until the next save its check is 'unsaved' (core/dossier.js puts the save's check here). Also turns the answer into
// what the plan panel shows, in Dutch.
import { parcelsForCheck } from './own-parcel.js';
import { toDesign } from './plan-draft.js';
import { formatNumber } from './lookup-model.js';
import { t } from './strings-nl.js';
import { debounce } from './viewport.js';

export function connectPlanCheck(state, api, { wait = 400, timers = globalThis } = {}) {
  let running = null;
  let lastKey = null;

  async function run(design) {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    state.update({ planCheck: { status: 'checking' } });
    try {
      const { ownParcel, plan } = state.get();
      const result = await api.check(design, { signal: controller.signal, parcels: parcelsForCheck(ownParcel, plan) });
      if (running === controller) state.update({ planCheck: { status: 'ok', result } });
    } catch (error) {
      if (running !== controller || error?.kind === 'aborted') return;
      state.update({ planCheck: { status: 'error', error: { kind: error?.kind ?? 'server', message: error?.message, parameter: error?.parameter } } });
    } finally {
      if (running === controller) running = null;
    }
  }
  const later = debounce(run, wait, timers);

  function planChanged(plan) {
    const design = toDesign(plan);
    const key = design && JSON.stringify(design);
    if (key === lastKey) return;
    lastKey = key;
    later.cancel();
    running?.abort();
    running = null;
    if (!design) {
      state.update({ planCheck: { status: 'idle' } });
      return;
    }
    if (design.models?.length) {
      state.update({ planCheck: { status: 'unsaved' } });
      return;
    }
    state.update({ planCheck: { status: 'checking' } });
    later(design);
  }

  const unsubscribe = state.onChange((current, changed) => {
    if (changed.includes('plan')) planChanged(current.plan);
  });
  return {
    retry() {
      const design = toDesign(state.get().plan);
      if (design && !design.models?.length) run(design);
    },
    disconnect() {
      unsubscribe();
      later.cancel();
      running?.abort();
    },
  };
}

/** The panel's view of a check answer: headline, one line per verdict, the permit. */
export function checkModel(result) {
  const failed = result.verdicts.filter((v) => v.status === 'fail').length;
  const attention = result.verdicts.filter((v) => v.status === 'attention').length;
  const headline = failed === 0 ? t('planFits') : t(failed === 1 ? 'planFitsNot' : 'planFitsNotMany', { count: failed });
  const permit = result.permit;
  return {
    compliant: failed === 0,
    headline,
    attention: attention > 0 ? t('planAttention', { count: attention }) : null,
    verdicts: result.verdicts.map((v) => ({
      rule: v.ruleKey,
      status: v.status,
      label: v.label,
      statusText: v.status === 'fail' && /hoogte/.test(v.ruleKey) ? t('verdictTooHigh') : t(`verdictStatus.${v.status}`),
      measured: v.measured != null && v.limit != null
        ? t('verdictMeasured', { measured: amount(v.measured, v.unit), limit: amount(v.limit, v.unit) })
        : v.measured != null ? amount(v.measured, v.unit) : null,
      explanation: v.explanation,
      purpose: v.purpose,
      citation: v.citation ? t('verdictCitation', { name: v.citation.name, code: v.citation.code }) : null,
    })),
    permit: permit && {
      outcome: permit.outcome,
      outcomeLabel: permit.outcomeLabel,
      explanation: permit.explanation,
      procedure: permit.procedure,
      term: permit.legalTermWeeks ? t('term', { weeks: permit.legalTermWeeks }) : t('termNone'),
      fee: permit.fee ? t('planFee', { amount: euros(permit.fee.amount) }) : null,
      feeBasis: permit.fee?.basis ?? null,
    },
  };
}

/** A Dutch sentence for a failed check: never the server's English detail. */
export function checkErrorMessage(error) {
  if (error?.kind === 'unreachable') return { message: t('planUnreachable'), retry: true };
  if (error?.kind !== 'rejected') return { message: t('planServerError'), retry: true };
  const parameter = String(error.parameter ?? '');
  const detail = String(error.message ?? '');
  const field = parameter.split('.').pop().replace(/\[\d+\]$/, '');
  let key = 'other';
  if (field === 'footprint') {
    key = /crosses itself/.test(detail) ? 'crosses' : /no area/.test(detail) ? 'noArea' : /m²/.test(detail) ? 'tooBig'
      : /side from corner/.test(detail) ? 'tooLong' : /distinct corners/.test(detail) ? 'corners' : 'footprint';
  } else if (['height', 'baseHeight', 'eavesHeight', 'activity'].includes(field)) key = field;
  else if (field === 'ridgeHeight') key = 'eavesHeight';
  else if (field === 'type' && parameter.includes('roof')) key = 'roof';
  else if (/^volumes\[\d+\]$/.test(parameter) && /height/.test(detail)) key = 'height';
  return { message: t(`planRejected.${key}`), retry: false };
}

function amount(value, unit) {
  const number = formatNumber(value);
  return unit === '%' ? `${number}%` : `${number} ${unit ?? ''}`.trim();
}

function euros(value) {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}
