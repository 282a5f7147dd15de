// composeNextState: new data, the old data appended to references; state without references.
fn(state => composeNextState(state, { step: 1 }));
fn(state => composeNextState(state, [{ step: 2 }]));
fn(state => {
  const bare = { data: 'x' };
  const next = composeNextState(bare, 'y');
  return { ...state, data: { last: state.data, bareNext: next, bareMutated: bare } };
});
