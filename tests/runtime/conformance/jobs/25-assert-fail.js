// assert() that fails: the step fails with the assertion's message.
fn(state => ({ ...state, data: { ...state.data, checked: true } }));
assert(state => state.data.patients.every(p => p.visits > 0), 'Every patient needs at least one visit');
fn(state => ({ ...state, data: { unreachable: true } }));
