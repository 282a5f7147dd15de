// fnIf with a constant, a function of state and the lazy-state operator as condition.
fnIf(true, fn(state => ({ ...state, a: 'ran' })));
fnIf(false, fn(state => ({ ...state, b: 'ran' })));
fnIf(state => state.data.patients.length > 2, fn(state => ({ ...state, c: 'ran' })));
fnIf($.data.batch === '2024-03', fn(state => ({ ...state, d: 'ran' })));
fnIf($.data.missing, fn(state => ({ ...state, e: 'ran' })));
fn(state => ({ ...state, data: { a: state.a, b: state.b ?? 'skipped', c: state.c, d: state.d, e: state.e ?? 'skipped' } }));
