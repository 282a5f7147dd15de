// arrayToString and toArray, on the values real jobs hand them.
fn(state => ({
  ...state,
  data: {
    ids: arrayToString(state.data.patients.map(p => p.id), ';'),
    defaultSep: arrayToString(['a', 'b', 'c']),
    single: toArray('P-1'),
    already: toArray(['P-1', 'P-2']),
    object: toArray({ id: 'P-3' }),
    nested: toArray([[1], [2]]),
  },
}));
