// each() with async operations: awaited in order, timers included.
const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
each(
  '$.data.patients[*]',
  fn(async state => {
    await wait(state.data.visits);
    const label = await Promise.resolve(humanProper(state.data.name));
    return { ...state, labels: [...(state.labels || []), label] };
  })
);
fn(state => ({ data: { labels: state.labels }, references: [] }));
