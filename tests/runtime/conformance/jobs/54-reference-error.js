// A misspelt name inside an operation: ReferenceError when it runs.
fn(state => {
  const patient = state.data.patients[0];
  return { ...state, data: { name: patientNmae } };
});
