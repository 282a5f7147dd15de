// merge() copies expanded fields into every item found at a JSONPath (it returns an array).
fn(state => {
  const merged = merge(
    '$.data.patients[*]',
    fields(field('batch', dataValue('batch')), field('source', 'commcare'), field('count', s => s.data.patients.length))
  )(state);
  return { ...state, data: merged };
});
