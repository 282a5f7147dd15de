// Older jobs assign undeclared variables (sloppy mode).
fn(state => {
  total = 0;
  for (p of state.data.patients) total += p.visits;
  return { ...state, data: { total } };
});
