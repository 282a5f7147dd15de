// $ inside an fn callback: directly in its result it works on both sides; as an argument of
// Math.max, OpenFn hands Math.max two functions.
fn(state => ({ ...state, data: { top: Math.max($.data.lastSeq, $.data.prevSeq), batch: $.data.batchId } }));
