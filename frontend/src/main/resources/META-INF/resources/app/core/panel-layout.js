// Which task the one side panel shows: "Stip op de kaart" (lookup, always there underneath), "Plan tekenen" (plan),
// "Mijn plannen" (myPlans, the list or a dossier), "Mijn woning" (home), "Meldingen" (alerts: the notification
// centre and its settings) and "Inspraakronde" (round: one participation round, live). Open tasks form a stack, the newest on top; only the top one is shown,
// and "Terug" steps it aside to show the one before it, without closing it (a drawing or a dossier is never lost by going
// back). No DOM: views/panel-layout.js puts the answer on the page.

export const TASKS = Object.freeze(['lookup', 'plan', 'myPlans', 'home', 'alerts', 'round']);

export const INITIAL_STACK = Object.freeze(['lookup']);

/** Which tasks the state has open: the lookup always, the plan while one is drawn, "Mijn plannen", "Mijn woning" and "Meldingen" unless closed. */
export function openTasks({ plan, myPlans, home, alerts, round }) {
  return { lookup: true, plan: Boolean(plan), myPlans: (myPlans?.panel ?? 'closed') !== 'closed', home: (home?.panel ?? 'closed') !== 'closed',
    alerts: (alerts?.panel ?? 'closed') !== 'closed', round: (round?.panel ?? 'closed') !== 'closed' };
}

/**
 * The stack after a state change: closed tasks leave it, newly opened ones go on top. A plan opened from a dossier
 * (opening a saved plan puts its design in the drawing) stays under that dossier. A new selection (a click on the
 * map, a search hit) brings the lookup to the top; closing it (no selection) shows the task before it again.
 */
export function nextStack(stack, current, { selectionChanged = false } = {}) {
  const open = openTasks(current);
  const next = stack.filter((task) => open[task]);
  if (!next.includes('lookup')) next.unshift('lookup');
  for (const task of ['myPlans', 'home', 'alerts', 'round', 'plan']) {
    if (!open[task] || next.includes(task)) continue;
    const underDossier = task === 'plan' && current.myPlans?.panel === 'dossier' && next.at(-1) === 'myPlans';
    if (underDossier) next.splice(next.length - 1, 0, task);
    else next.push(task);
  }
  if (!selectionChanged) return next;
  // While "Mijn woning" is shown a click on the map chooses the home's building there: the panel stays.
  // So does the round panel: a click there chooses the place of a reaction, or opens a pin's reaction.
  if (current.selection) return ['home', 'round'].includes(next.at(-1)) ? next : raise(next, 'lookup');
  return next.at(-1) === 'lookup' ? stepBack(next) : next; // the lookup closed: back to the task before it
}

/** The task on top moved to the front again (the top bar's button of a task that is open but out of sight). */
export function raise(stack, task) {
  if (!stack.includes(task)) return stack;
  return [...stack.filter((t) => t !== task), task];
}

/** "Terug": the shown task steps aside to the bottom of the stack (still open); the one before it is shown. */
export function stepBack(stack) {
  if (stack.length < 2) return stack;
  return [stack.at(-1), ...stack.slice(0, -1)];
}

/** What the page shows: the active task, and the task "Terug" leads to (or null). */
export function layoutOf(stack) {
  return { active: stack.at(-1) ?? 'lookup', back: stack.length > 1 ? stack.at(-2) : null };
}

/**
 * The layer box folds away by itself while a plan is drawn, and comes back as it was when drawing stops.
 * Returns whether the box is open and what to remember for later.
 */
export function controlsWhileDrawing({ wasDrawing, drawing, open, remembered = null }) {
  if (drawing && !wasDrawing) return { open: false, remembered: open };
  if (!drawing && wasDrawing) return { open: remembered ?? open, remembered: null };
  return { open, remembered };
}
