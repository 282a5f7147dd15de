// chunk() splits an array for batched uploads.
fn(state => {
  const ids = state.data.cases.map(c => c.case_id);
  return { ...state, data: { pairs: chunk(ids, 2), triples: chunk(ids, 3), all: chunk(ids, 10), none: chunk([], 2) } };
});
