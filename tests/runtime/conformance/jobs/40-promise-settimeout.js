// A promise resolved from setTimeout; timers fire in order of their delays.
fn(state => new Promise(resolve => {
  const order = [];
  setTimeout(() => order.push('slow'), 30);
  setTimeout(() => order.push('fast'), 5);
  setTimeout(() => resolve({ ...state, data: { order, waited: true } }), 60);
}));
fn(state => Promise.resolve(state).then(s => ({ ...s, data: { ...s.data, chained: true } })));
