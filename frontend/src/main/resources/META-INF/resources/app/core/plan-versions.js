// The versions of a plan, newest first, each with when it was saved and what its check said; which one is the
// newest and which one is being looked at.
import { formatMoment } from './format-nl.js';
import { t } from './strings-nl.js';

/** One line for a version's check summary ({compliant, failed, attention}). */
export function checkSummaryText(summary) {
  if (!summary) return t('versionNoCheck');
  const main = summary.compliant ? t('versionFits') : t('versionFitsNot', { count: summary.failed });
  return summary.attention > 0 ? `${main}; ${t('versionAttention', { count: summary.attention })}` : main;
}

/** [{ version, title, saved, check, compliant, latest, viewing }], newest first. */
export function versionsModel(versions, { currentVersion, viewing = null } = {}) {
  const newest = currentVersion ?? Math.max(0, ...(versions ?? []).map((v) => v.version));
  return [...(versions ?? [])].sort((a, b) => b.version - a.version).map((v) => ({
    version: v.version,
    title: t('versionTitle', { version: v.version }),
    saved: t('versionSaved', { date: formatMoment(v.savedAt) }),
    check: checkSummaryText(v.check),
    compliant: v.check ? Boolean(v.check.compliant) : null,
    latest: v.version === newest,
    viewing: viewing === null ? v.version === newest : v.version === viewing,
  }));
}
