// Two operations in one top-level comma expression, as some real jobs are written.
fn(state => ({ ...state, data: { ...state.data, first: true } })), fn(state => ({ ...state, data: { ...state.data, second: true } }));
fn(state => ({ ...state, data: { first: state.data.first ?? false, second: state.data.second ?? false } }));
