// source() gives every match, sourceValue() the first; both read the whole state.
fn(state => ({
  ...state,
  data: {
    allVisits: source('$.data.patients[*].visits')(state),
    firstVisits: sourceValue('$.data.patients[*].visits')(state),
    batch: sourceValue('$.data.batch')(state),
    noMatch: source('$.data.nothing[*]')(state),
    noMatchValue: sourceValue('$.data.nothing')(state) === undefined,
    refs: source('$.references')(state),
    dataPath: dataPath('patients[0]'),
    dataPathStripped: dataPath('$.patients'),
  },
}));
