// "Wat kunt u nu doen?": the next steps for the plan being drawn, from its real state. A failed scan says what failed
// and how to fix it; a passing scan leads to saving, showing the plan to the neighbours and talking to the
// municipality (never to the scan again); a saved plan to its dossier's next phase. Steps are { key, text }.
import { isInitiator } from './session.js';
import { nextPhase } from './plan-timeline.js';
import { formatNumber } from './lookup-model.js';
import { t } from './strings-nl.js';

const FIXES = new Set(['max-hoogte', 'max-goothoogte', 'max-bebouwingspercentage', 'binnen-perceel', 'min-afstand-perceelgrens', 'functie']);

function amount(value, unit) {
  if (value == null) return '';
  const number = formatNumber(value);
  return unit === '%' ? `${number}%` : `${number} ${unit ?? ''}`.trim();
}

/** The steps for state { plan (the drawing), planCheck, dossier, session }; none while there is no check answer. */
export function nextSteps({ plan, planCheck, dossier, session } = {}) {
  if (!plan || planCheck?.status !== 'ok' || !planCheck.result) return [];
  const verdicts = planCheck.result.verdicts ?? [];
  const failed = verdicts.filter((v) => v.status === 'fail');
  if (failed.length > 0) {
    // A part over the own parcel's boundary fails both parcel rules (the distance without a limit): one fix, not two.
    const outside = failed.some((v) => v.ruleKey === 'binnen-perceel');
    const fixes = failed.filter((v) => !(outside && v.ruleKey === 'min-afstand-perceelgrens' && v.limit == null));
    return [
      ...fixes.map((v) => ({
        key: `fix-${v.ruleKey}`,
        text: t('nextFix', {
          label: v.label,
          fix: t(`nextFixes.${FIXES.has(v.ruleKey) ? v.ruleKey : 'other'}`, { limit: amount(v.limit, v.unit) }),
        }),
      })),
      { key: 'ask', text: t('nextAskFailed') },
    ];
  }
  const steps = [];
  const saved = dossier?.plan;
  if (saved && !plan.readOnly) {
    steps.push({ key: 'saved', text: t('nextSaved', { version: saved.currentVersion }) });
    const next = nextPhase(saved);
    if (next) steps.push({ key: 'phase', text: t('nextPhase', { phase: next.label, hint: t(`nextPhaseHints.${next.phase}`) }) });
  } else if (!plan.readOnly) {
    if (session?.status !== 'user') steps.push({ key: 'save-login', text: t('nextSaveLogin') });
    else if (isInitiator(session)) steps.push({ key: 'save', text: t('nextSave') });
  }
  const attention = verdicts.filter((v) => v.status === 'attention');
  if (attention.length > 0) {
    steps.push({ key: 'attention', text: t('nextAttention', { list: attention.map((v) => v.label).join(', ') }) });
  }
  steps.push({ key: 'share', text: t('nextShare') });
  const permit = planCheck.result.permit;
  const outcome = permit?.outcome;
  const talk = ['vergunningvrij', 'melding', 'vergunning-regulier', 'vergunning-uitgebreid'].includes(outcome) ? outcome : 'unknown';
  steps.push({ key: 'talk', text: t(`nextTalk.${talk}`, { weeks: permit?.legalTermWeeks ?? '' }) });
  return steps;
}

/**
 * The saved plan's own next steps (from the API) as the plan panel shows them: in the phase "idea" the API's first
 * step asks to draw the plan and do the scan, which is already done once a version is saved, so it is left out.
 */
export function dossierSteps(saved) {
  const steps = saved?.nextSteps ?? [];
  return saved?.phase === 'idea' && saved.currentVersion > 0 && saved.latestCheck ? steps.slice(1) : steps;
}
