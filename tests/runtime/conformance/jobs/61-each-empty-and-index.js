// each() over nothing leaves state alone; index is set per item and stays after the loop.
each('$.data.nothing[*]', fn(state => ({ ...state, touched: true })));
each([], fn(state => ({ ...state, touched: true })));
each('$.data.patients[*]', fn(state => ({ ...state, idx: [...(state.idx || []), state.index] })));
fn(state => ({ ...state, data: { touched: state.touched ?? false, idx: state.idx, index: state.index } }));
