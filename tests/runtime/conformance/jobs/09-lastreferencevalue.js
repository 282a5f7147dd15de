// lastReferenceValue reads references[0]; composeNextState appends to references.
fn(state => ({
  ...state,
  data: {
    firstId: lastReferenceValue('Id')(state),
    firstOk: lastReferenceValue('success')(state),
    refCount: state.references.length,
    visitCount: dataValue('properties.visit_count')(state),
  },
}));
fn(state => composeNextState(state, { created: lastReferenceValue('Id')(state) }));
