// each() over a JSONPath string: items run in order with data and index set.
each(
  '$.data.patients[*]',
  fn(state => {
    state.seen = [...(state.seen || []), `${state.index}:${state.data.id}`];
    state.totalVisits = (state.totalVisits || 0) + state.data.visits;
    return state;
  })
);
fn(state => ({ data: { seen: state.seen, totalVisits: state.totalVisits, index: state.index, lastItem: state.data }, references: state.references }));
