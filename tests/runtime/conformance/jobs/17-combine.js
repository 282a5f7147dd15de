// combine() runs several operations as one, each with a shallow copy of the last state.
combine(
  fn(state => ({ ...state, steps: ['validate'] })),
  fn(async state => ({ ...state, steps: [...state.steps, 'map'] })),
  fn(state => ({ ...state, steps: [...state.steps, 'send'] }))
);
fn(state => ({ ...state, data: { steps: state.steps, batch: state.data.batch } }));
