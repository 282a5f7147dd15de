// [*] over an object's values (CommCare's case update block), and each() over them.
fn(state => ({
  ...state,
  values: source('$.data.form.case.update[*]')(state).length,
  firstValue: sourceValue('$.data.form.case.update[*]')(state),
  guardians: source('$.data.form.calcs.phone_numbers[*]')(state),
}));
each('$.data.form.calcs.locations[*]', fn(state => {
  state.locationValues = [...(state.locationValues || []), state.data];
  return state;
}));
fn(state => ({
  data: {
    values: state.values,
    firstValue: state.firstValue,
    guardians: state.guardians,
    locationValues: state.locationValues,
    lastIndex: state.index,
  },
  references: [],
}));
