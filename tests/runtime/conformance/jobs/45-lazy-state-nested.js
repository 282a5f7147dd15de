// $ inside nested object and array arguments: the whole argument is resolved per run.
fn(state => ({
  ...state,
  data: {
    ...state.data,
    merged: merge('$.data.cases[*]', { batch: $.data.batchId, meta: { source: $.data.source, tags: [$.data.batchId, 'x'] } })(state)
      .map(c => ({ id: c.case_id, batch: c.batch, meta: c.meta })),
  },
}));
debug({ first: $.data.cases[0].case_id });
fn(state => {
  const contact = fields(field('Case__c', $.data.cases[1].case_id), field('Source__c', $.data.source));
  const [resolved] = util.expandReferences(state, contact);
  return { ...state, data: { merged: state.data.merged, resolved } };
});
