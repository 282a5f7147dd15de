// OSCaR clients mapped to Primero case updates, one per client through each().
each(
  '$.data[*]',
  fn(state => {
    const c = state.data;
    const update = {
      oscar_number: c.global_id,
      name_first: c.given_name,
      name_last: c.family_name,
      sex: humanProper(c.gender),
      date_of_birth: c.date_of_birth,
      services: (c.services || []).map(s => ({ service_type: s.name, oscar_service_id: s.id })),
      oscar_status: c.status,
    };
    return { ...state, updates: [...(state.updates || []), update] };
  })
);
fn(state => ({ data: { cases: state.updates, count: state.updates.length }, references: [] }));
