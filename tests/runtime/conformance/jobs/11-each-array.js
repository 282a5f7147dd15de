// each() over a literal array, with nested operations inside the callback.
each(
  ['KE', 'NG', 'TZ'],
  combine(
    fn(state => ({ ...state, codes: [...(state.codes || []), state.data] })),
    fn(state => ({ ...state, indexes: [...(state.indexes || []), state.index] }))
  )
);
fn(state => ({ ...state, data: { codes: state.codes, indexes: state.indexes, afterEach: state.data } }));
