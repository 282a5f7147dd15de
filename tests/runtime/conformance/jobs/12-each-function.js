// each() over a function of state; each item's result becomes the next item's state.
each(
  state => state.data.cases.filter(c => c.flags.urgent),
  fn(state => ({
    ...state,
    urgent: [...(state.urgent || []), { id: state.data.case_id, name: `${state.data.name_first} ${state.data.name_last}` }],
  }))
);
fn(state => ({ data: { urgent: state.urgent, count: state.urgent.length }, references: [] }));
