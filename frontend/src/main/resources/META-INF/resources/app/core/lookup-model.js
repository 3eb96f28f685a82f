// Turns a "Stip op de kaart" answer into what the panel shows, in the order people read it: three headlines first
// (what is here, what may I build, how does it go), the detail one step deeper, a building's history oldest first.
import { t } from './strings-nl.js';

const numbers = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatNumber(value) {
  return numbers.format(value);
}

/** '1995-01-18' → '18 januari 1995'; anything else comes back as it was. */
export function formatDate(isoDate) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate ?? '')) return isoDate ?? '';
  return dates.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNorm(norm) {
  const value = formatNumber(norm.value);
  return { label: norm.label, value: norm.unit === '%' ? `${value}%` : `${value} ${norm.unit}`.trim() };
}

export function buildPanelModel(answer) {
  if (!answer || !answer.inside || !answer.summary) {
    return { kind: 'nothing', message: answer?.message || t('panelNothing') };
  }
  return {
    kind: 'answer',
    headlines: [
      { key: 'here', label: t('headlineHere'), text: answer.summary.here },
      { key: 'allowed', label: t('headlineAllowed'), text: answer.summary.allowed },
      { key: 'procedure', label: t('headlineProcedure'), text: answer.summary.procedure, items: howItGoes(answer.howItGoes) },
    ].filter((headline) => headline.text || headline.items?.length),
    rules: (answer.rules ?? []).map(ruleModel),
    procedures: (answer.procedures ?? []).map((procedure) => procedureModel(procedure,
      (answer.howItGoes ?? []).find((line) => line.activity === procedure.activity))),
    buildings: (answer.buildings ?? []).map((building) => buildingModel(building, answer.addresses ?? [])),
    notices: answer.notices ?? [],
  };
}

/**
 * "Hoe gaat het?" as a short list, one line per activity: what it is, the outcome, the term and an example fee (the
 * backend's line already says "voorbeeld, geschat"). Null when the answer has none (an older backend): the headline's
 * text shows instead.
 */
export function howItGoes(lines) {
  if (!Array.isArray(lines) || lines.length === 0) return null;
  return lines.map((line) => ({
    activity: line.activity,
    label: line.activityLabel,
    outcome: line.outcome,
    outcomeLabel: line.outcomeLabel,
    details: [line.term, line.feeText].filter(Boolean).join(' · '),
  }));
}

function ruleModel(rule) {
  const protections = (rule.protections ?? []).map((key) => t(`protections.${key}`));
  return {
    code: rule.code,
    name: rule.name,
    function: rule.function,
    headline: rule.headline,
    norms: (rule.norms ?? []).map(formatNorm),
    protections: protections.length ? t('protected', { list: protections.join(', ') }) : null,
    purpose: rule.purpose,
    ruleText: rule.ruleText,
    source: rule.source ? t('source', { source: rule.source }) : null,
    // an IMRO plan object cites its plan: plan, artikel, IMRO id and text reference
    citation: rule.imroId && rule.citation ? t('ruleCitation', { citation: rule.citation }) : null,
  };
}

function procedureModel(procedure, line) {
  return {
    activity: procedure.activity,
    label: procedure.activityLabel,
    outcome: procedure.outcome,
    outcomeLabel: procedure.outcomeLabel,
    explanation: procedure.explanation,
    procedure: procedure.procedure,
    term: procedure.legalTermWeeks > 0 ? t('term', { weeks: procedure.legalTermWeeks }) : t('termNone'),
    fee: procedure.feeBasis ? t('fee', { fee: procedure.feeBasis }) : null,
    // The example amount for a typical size ("voorbeeld, geschat"), so the percentage has a figure next to it.
    exampleFee: line?.feeText ?? null,
    decidedBy: procedure.decisionSource ? t('decidedBy', { source: procedure.decisionSource }) : null,
  };
}

export function heightText(building) {
  if (building.height == null) return t('heightUnknown');
  const height = formatNumber(building.height);
  return building.heightSource === 'measured' ? t('heightMeasured', { height }) : t('heightEstimated', { height });
}

function buildingModel(building, addresses) {
  return {
    id: building.identificatie,
    title: t('buildingTitle', { id: building.identificatie }),
    status: building.status,
    builtIn: building.bouwjaar ? t('builtIn', { year: building.bouwjaar }) : null,
    height: heightText(building),
    heightNote: building.heightSource === 'measured' ? null : building.heightNote,
    addresses: addresses.filter((a) => a.pandIdentificatie === building.identificatie).map((a) => a.label),
    source: building.source ? t('source', { source: building.source }) : null,
    timeline: timeline(building.history ?? []),
  };
}

/** The voorkomens oldest first (by start date, then number), each with its period and what changed, in words. */
export function timeline(history) {
  return [...history]
    .sort((a, b) => String(a.validFrom).localeCompare(String(b.validFrom)) || a.voorkomen - b.voorkomen)
    .map((entry, index) => ({
      voorkomen: entry.voorkomen,
      period: `${t('timelineEntry', { from: formatDate(entry.validFrom) })} ${entry.validTo ? t('timelineUntil', { to: formatDate(entry.validTo) }) : t('timelineNow')}`,
      status: entry.status,
      builtIn: entry.bouwjaar ? t('builtIn', { year: entry.bouwjaar }) : null,
      // The first voorkomen brings the first shape: that is a registration, not a change.
      shapeChanged: index === 0 ? t('timelineFirst') : entry.geometryChanged ? t('timelineShapeChanged') : null,
      document: entry.documentNumber
        ? t('timelineDocument', { number: entry.documentNumber, date: formatDate(entry.documentDate) })
        : null,
    }));
}

/** What the panel says when a lookup failed, and whether trying again can help. */
export function errorModel(error) {
  switch (error?.kind) {
    case 'unreachable': return { message: t('unreachable'), retry: true };
    case 'rejected': return { message: t('rejected', { detail: error.message }), retry: false };
    default: return { message: t('serverError'), retry: true };
  }
}
