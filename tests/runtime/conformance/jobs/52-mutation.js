// Operations that mutate state in place and return it.
fn(state => {
  state.data.patients[0].visits += 1;
  state.data.patients.push({ id: 'P-4', name: 'new_patient', visits: 1 });
  delete state.data.batch;
  state.references.push({ mutated: true });
  return state;
});
fn(state => {
  state.data.count = state.data.patients.length;
  return state;
});
