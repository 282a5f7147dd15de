// each($.data.cases, …): the lazy-state operator as each's data source.
each(
  $.data.cases,
  fn(state => {
    state.services = (state.services || 0) + state.data.services_section.length;
    return state;
  })
);
fn(state => ({ ...state, data: { services: state.services, lastCase: state.data.case_id } }));
