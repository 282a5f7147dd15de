// An operation that returns nothing: the next one receives an empty state.
fn(state => {
  state.data.touched = true;
});
fn(state => ({ ...state, after: true, sawData: state.data !== undefined, keys: Object.keys(state) }));
