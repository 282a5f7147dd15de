// Numeric indexes in dataValue/sourceValue paths, nested, and out of range.
fn(state => ({
  ...state,
  data: {
    second: dataValue('patients[1].id')(state),
    firstName: dataValue('patients[0].name')(state),
    third: sourceValue('$.data.patients[2]')(state),
    beyond: dataValue('patients[9].id')(state),
    lastSlice: source('$.data.patients[-1:].id')(state),
    firstTwo: source('$.data.patients[0:2].visits')(state),
  },
}));
