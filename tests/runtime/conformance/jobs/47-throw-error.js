// A job that throws an Error: the step fails with its message.
fn(state => ({ ...state, data: { ...state.data, stage: 'lookup' } }));
fn(state => {
  const patient = state.data.patients.find(p => p.id === 'P-404');
  if (!patient) throw new Error('Patient P-404 not found in HIS');
  return state;
});
fn(state => ({ ...state, data: { unreachable: true } }));
