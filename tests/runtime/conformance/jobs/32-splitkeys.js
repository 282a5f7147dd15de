// splitKeys separates the listed keys from the rest.
fn(state => {
  const [kept, split] = splitKeys(state.data.cases[0], ['owner', 'flags', 'absent']);
  return { ...state, data: { kept, split } };
});
