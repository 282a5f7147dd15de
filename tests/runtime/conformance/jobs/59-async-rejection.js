// An async operation that rejects after a timer: the step fails with the rejection's message.
fn(async state => {
  await new Promise(resolve => setTimeout(resolve, 10));
  const ok = state.data.patients.filter(p => p.visits > 0).length;
  if (ok < state.data.patients.length) throw new Error(`${state.data.patients.length - ok} patient(s) without visits`);
  return state;
});
