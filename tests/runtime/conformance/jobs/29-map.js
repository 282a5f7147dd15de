// map() over a JSONPath and over an array, with async callbacks; results become data.
map('$.data.patients[*]', async (patient, index, state) => ({ n: index, id: patient.id, batch: state.data.batch }));
fn(state => ({ ...state, mapped: state.data }));
map([3, 1, 2], async v => { await new Promise(r => setTimeout(r, v)); return v * 10; });
fn(state => ({ ...state, data: { mapped: state.mapped, tens: state.data } }));
