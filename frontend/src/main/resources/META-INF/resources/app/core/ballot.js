// The ballot panel's model (no DOM): a round's vote setup, the participant's choices and the results. Approval and
// budget choices are a set (in the setup's order), a ranking is an order of all options (first = most points, Borda:
// n−1 … 0). validity() mirrors the server's rules so the viewer can say what is wrong before sending; the server
// decides. Results come from GET /results or from the round's live deltas: 'results' (the figures), 'ballots' (only
// the number, while the planner hides the figures until closing) and 'vote-setup' (the planner changed the setup).

/** A fresh model: setup (or null: no vote in this round), the caller's ballot ({choices, cast}) and the results. */
export function ballotModel(setup, ballot = null, results = null) {
  const cast = Boolean(ballot?.cast);
  let choices = cast ? [...ballot.choices] : [];
  if (setup?.method === 'ranking') {
    const keys = setup.options.map((o) => o.key);
    choices = [...choices.filter((k) => keys.includes(k)), ...keys.filter((k) => !choices.includes(k))];
  }
  return { setup: setup ?? null, choices, cast, results: results ?? null, seq: 0 };
}

/** Approval/budget: the option on or off (kept in the setup's order). */
export function toggle(model, key) {
  if (!model.setup || model.setup.method === 'ranking') return model;
  const on = new Set(model.choices);
  if (on.has(key)) on.delete(key); else on.add(key);
  return { ...model, choices: model.setup.options.map((o) => o.key).filter((k) => on.has(k)) };
}

/** Ranking: moves the option one place up (by = -1) or down (by = 1); at either end nothing changes. */
export function move(model, key, by) {
  const from = model.choices.indexOf(key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= model.choices.length) return model;
  const choices = [...model.choices];
  [choices[from], choices[to]] = [choices[to], choices[from]];
  return { ...model, choices };
}

export function costOf(setup, key) {
  return Number(setup?.options.find((o) => o.key === key)?.cost) || 0;
}

/** What the choices cost together (budget). */
export function spent(model) {
  return model.choices.reduce((sum, key) => sum + costOf(model.setup, key), 0);
}

/** What is left of the budget (negative: over it); null when the vote has no budget. */
export function budgetLeft(model) {
  return model.setup?.method === 'budget' ? model.setup.budget - spent(model) : null;
}

/** Whether the choices may be sent, or the Dutch text key (and values) saying why not. */
export function validity(model) {
  const { setup, choices } = model;
  if (!setup) return { valid: false, key: 'ballotNoVote' };
  if (choices.length === 0) return { valid: false, key: 'ballotChooseOne' };
  if (setup.method === 'approval' && choices.length > setup.maxChoices) return { valid: false, key: 'ballotTooMany', values: { max: setup.maxChoices } };
  if (setup.method === 'budget') {
    const left = budgetLeft(model);
    if (left < 0) return { valid: false, key: 'ballotOverBudget', values: { over: euros(-left) } };
    if (setup.minOptions && choices.length < setup.minOptions) return { valid: false, key: 'ballotTooFew', values: { min: setup.minOptions } };
    if (setup.maxOptions && choices.length > setup.maxOptions) return { valid: false, key: 'ballotTooMany', values: { max: setup.maxOptions } };
  }
  return { valid: true };
}

/** Applies a live delta of the round ({seq, type, data}); other types and older seqs leave the model as it is. */
export function applyVoteDelta(model, { seq, type, data } = {}) {
  const at = Number(seq) || 0;
  if (at && at <= model.seq) return model;
  const next = { ...model, seq: at || model.seq };
  switch (type) {
    case 'results':
      return { ...next, results: data };
    case 'ballots':
      return { ...next, results: { ...(model.results ?? {}), ballots: Number(data?.ballots) || 0, hidden: true, options: [] } };
    case 'vote-setup': {
      const fresh = ballotModel(data, { choices: model.choices, cast: model.cast }, model.results);
      return { ...fresh, seq: next.seq };
    }
    default:
      return model;
  }
}

/** The results as bars: per option its label, a value 0..1 for the bar and the figures to read out. */
export function resultBars(results) {
  if (!results || results.hidden) return [];
  const ranking = results.method === 'ranking';
  return (results.options ?? []).map((o) => ({
    key: o.key,
    label: o.label,
    share: Number(o.share) || 0,
    count: Number(o.count) || 0,
    points: ranking ? Number(o.points) || 0 : null,
    spent: results.method === 'budget' ? Number(o.spent) || 0 : null,
    percent: percent(o.share),
  }));
}

/** Whole euros the Dutch way: "€ 25.000". */
export function euros(amount) {
  const whole = Math.round(Number(amount) || 0);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole < 0 ? '−' : ''}€ ${digits}`;
}

/** A share (0..1) as a Dutch percentage: "33,3%". */
export function percent(share) {
  return `${(Math.round((Number(share) || 0) * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

/** The body of PUT /vote-setup from the planner's form fields (strings as typed; costs and budget whole euros). */
export function setupBody(form) {
  const number = (v) => (v === '' || v === null || v === undefined ? null : Number(String(v).replace(/\./g, '').replace(',', '.')));
  return {
    method: form.method,
    options: (form.options ?? []).filter((o) => String(o.label ?? '').trim()).map((o, i) => ({
      key: o.key || `o${i + 1}`, label: String(o.label).trim(), cost: form.method === 'budget' ? number(o.cost) : null, variantId: null,
    })),
    maxChoices: form.method === 'approval' ? number(form.maxChoices) : null,
    budget: form.method === 'budget' ? number(form.budget) : null,
    minOptions: form.method === 'budget' ? number(form.minOptions) : null,
    maxOptions: form.method === 'budget' ? number(form.maxOptions) : null,
    hideResultsUntilClosed: Boolean(form.hideResultsUntilClosed),
  };
}
