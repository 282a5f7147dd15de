// assert() with values that hold: the state passes through unchanged.
assert(true);
assert(state => state.data.patients.length === 3, 'expected three patients');
assert($.data.batch, 'batch missing');
fn(state => ({ ...state, data: { ...state.data, asserted: true } }));
