// The lodash export `_`, as jobs use it.
fn(state => {
  const cases = state.data.cases;
  return {
    ...state,
    data: {
      owners: _.uniq(_.map(cases, 'owner.name')),
      bySex: _.countBy(cases, c => c.sex || 'unknown'),
      oldest: _.maxBy(cases, 'age').case_id,
      sorted: _.sortBy(cases, ['age']).map(c => c.age),
      picked: _.pick(cases[1], ['case_id', 'age']),
      deep: _.get(cases, '[1].services_section[1].service_type'),
      fallback: _.get(cases, '[2].services_section[0].service_type', 'none'),
      camel: _.camelCase('patient first name'),
      keyed: Object.keys(_.keyBy(cases, 'case_id')),
      omitted: _.omit(cases[2], ['services_section', 'flags', 'owner']),
      merged: _.merge({ a: { b: 1 } }, { a: { c: 2 } }),
      empty: _.isEmpty(cases[2].services_section),
    },
  };
});
