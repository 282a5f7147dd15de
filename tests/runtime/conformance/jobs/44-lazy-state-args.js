// $ in operation arguments: resolved when that operation runs, not at load.
fn(state => ({ ...state, data: { ...state.data, batch: '2024-04' } }));
cursor($.data.batch, { key: 'batchSeen' });
fnIf($.data.patients.length > 2, fn(state => ({ ...state, many: true })));
assert($.data.patients[0].id, 'first patient has no id');
as('firstName', fn(state => ({ ...state, data: humanProper(state.data.patients[0].name) })));
fn(state => ({ ...state, data: { batchSeen: state.batchSeen, many: state.many, firstName: state.firstName } }));
