// A bare top-level console.log (returns no operation) before the real operations.
console.log('Starting registration sync');
fn(state => ({ ...state, data: { patients: state.data.patients.length } }));
