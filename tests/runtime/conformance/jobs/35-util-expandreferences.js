// util.expandReferences: walks arrays and plain objects and calls every function with state.
fn(state => {
  const [contact, list, plain, nestedFn] = util.expandReferences(
    state,
    { id: dataValue('patients[0].id'), tags: [s => s.data.batch, 'fixed'], deep: { n: s => s.data.patients.length } },
    [dataValue('patients[1].name'), 7],
    'plain',
    s => s2 => s2.data.batch
  );
  return { ...state, data: { contact, list, plain, nestedFn } };
});
