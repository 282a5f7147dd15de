// beta.each restores the data it started from after the loop.
beta.each('$.data.patients[*]', fn(state => ({ ...state, names: [...(state.names || []), state.data.name] })));
fn(state => ({ ...state, data: { names: state.names, restoredBatch: state.data.batch } }));
