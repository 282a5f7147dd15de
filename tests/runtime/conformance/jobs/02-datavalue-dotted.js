// dataValue with dotted paths; a leading '$.' or '.' is stripped; a missing path is undefined.
fn(state => ({
  ...state,
  data: {
    country: dataValue('form.calcs.locations.country')(state),
    region: dataValue('$.form.calcs.locations.location_level1_name')(state),
    district: dataValue('.form.calcs.locations.location_level2_name')(state),
    dob: dataValue('form.case.update.patient_dob')(state),
    missing: dataValue('form.calcs.nothing.here')(state),
    missingIsUndefined: dataValue('form.calcs.nothing.here')(state) === undefined,
    domain: dataValue('domain')(state),
  },
}));
