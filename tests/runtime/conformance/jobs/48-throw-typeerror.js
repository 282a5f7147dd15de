// A TypeError thrown by job code (a message the job wrote).
fn(state => {
  for (const p of state.data.patients)
    if (p.visits === 0) throw new TypeError(`visits must be positive for ${p.id}`);
  return state;
});
