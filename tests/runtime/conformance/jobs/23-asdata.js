// asData resolves a JSONPath string, an object or array as it is, or a function of state.
fn(state => ({
  ...state,
  data: {
    fromPath: asData('$.data.patients[*].id', state),
    fromArray: asData([1, 2], state),
    fromObject: asData({ k: 'v' }, state),
    fromFunction: asData(s => s.data.batch, state),
  },
}));
