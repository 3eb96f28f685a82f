// Plans as the API answers them, for the dossier tests.

const PHASES = ['idea', 'exploring', 'aligning', 'participation', 'application', 'decision', 'realisation', 'evaluation'];
const LABELS = ['Idee', 'Verkennen', 'Afstemmen', 'Participatie', 'Aanvraag', 'Besluit', 'Realisatie', 'Evaluatie'];

/**
 * A plan as GET /api/v1/plans/{id} answers its owner, in the given phase, each earlier phase entered a day apart: the
 * owner moves it on and saves designs before the application (phase index 4).
 */
export function planIn(phase, extra = {}) {
  const at = PHASES.indexOf(phase);
  return {
    id: 7, title: 'Aanbouw achter', activity: 'aanbouw', owner: 'initiator@demo.stip.nl', phase, phaseLabel: LABELS[at],
    currentVersion: 2, createdAt: '2026-11-01T09:00:00Z', lastSavedAt: '2026-11-02T13:05:00Z', nextSteps: ['Praat met de buren.'],
    deadline: null, mayMovePhase: at < 4, mayEditDesign: at < 4,
    timeline: PHASES.map((key, i) => ({ phase: key, label: LABELS[i], current: i === at, reached: i <= at,
      enteredOn: i <= at ? `2026-11-0${i + 1}` : null, enteredAt: i <= at ? `2026-11-0${i + 1}T10:00:00Z` : null })),
    ...extra,
  };
}
