// $ inside Math.max inside an operation's argument: the operation's argument, not Math.max's, is lazy.
cursor(Math.max($.data.lastSeq, $.data.prevSeq), { key: 'highWater' });
fn(state => ({ ...state, data: { highWater: state.highWater } }));
