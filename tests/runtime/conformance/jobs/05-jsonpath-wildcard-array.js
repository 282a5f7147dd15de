// [*] over arrays, also nested: every service type of every case.
fn(state => ({
  ...state,
  data: {
    ids: source('$.data.cases[*].case_id')(state),
    firstNames: source('$.data.cases[*].name_first')(state),
    serviceTypes: source('$.data.cases[*].services_section[*].service_type')(state),
    sexes: source('$.data.cases[*].sex')(state),
    firstOwner: sourceValue('$.data.cases[*].owner.name')(state),
  },
}));
