// The global `state` at load time: top-level code and top-level arguments see the input.
const initialCount = state.data.patients.length;
const initialBatch = state.data.batch;
fn(s => ({ ...s, data: { patients: [], batch: 'changed' } }));
fnIf(state.data.patients.length === 3, fn(s => ({ ...s, data: { ...s.data, sawInitial: true } })));
each(state.data.patients, fn(s => ({ ...s, ids: [...(s.ids || []), s.data.id] })));
fn(s => ({ ...s, data: { initialCount, initialBatch, ids: s.ids, globalBatchNow: state.data.batch } }));
