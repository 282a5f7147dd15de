// async operations and await inside them; an async helper declared at top level.
async function lookup(id) {
  await null;
  return { id, found: id !== 'P-2' };
}
fn(async state => {
  const results = [];
  for (const p of state.data.patients) results.push(await lookup(p.id));
  const all = await Promise.all(state.data.patients.map(p => lookup(p.id)));
  return { ...state, data: { results, allFound: all.every(r => r.found), count: all.length } };
});
fn(async state => {
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('nope'))]);
  return { ...state, data: { ...state.data, settled: settled.map(s => s.status) } };
});
