// A failure after earlier operations: what the final state keeps (new objects vs mutations).
fn(state => ({ ...state, data: { replaced: true } }));
fn(state => {
  state.data.mutatedBeforeFailure = true;
  return state;
});
fn(state => {
  throw new Error(`Salesforce rejected batch ${state.data.replaced ? 'after mapping' : 'early'}`);
});
