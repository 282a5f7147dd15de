// conformance: error-type-only
// A TypeError raised by the engine (reading a property of undefined): the message text is
// the JS engine's own, so only the type is compared.
fn(state => ({ ...state, data: { ...state.data, total: state.data.summary.visits } }));
