// alterState is fn under its old name.
alterState(state => {
  const visits = state.data.patients.map(p => p.visits);
  return { ...state, data: { max: Math.max(...visits), min: Math.min(...visits) } };
});
alterState(state => ({ ...state, data: { ...state.data, spread: state.data.max - state.data.min } }));
