// as(key, op): the operation's data is stored under key, state.data is restored.
as('visitsOnly', fn(state => ({ ...state, data: state.data.patients.map(p => p.visits), extra: 'kept' })));
as(s => 'names' + s.data.batch, fn(state => ({ ...state, data: state.data.patients.map(p => p.name) })));
fn(state => ({ ...state, data: { visitsOnly: state.visitsOnly, names: state['names2024-03'], extra: state.extra, batch: state.data.batch } }));
