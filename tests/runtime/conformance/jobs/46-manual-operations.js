// Operations called by hand inside a callback, awaited or not.
fn(async state => {
  const name = dataValue('patients[0].name')(state);
  const withFlag = await fn(s => ({ ...s, flagged: true }))(state);
  const counted = await each('$.data.patients[*]', fn(s => ({ ...s, n: (s.n || 0) + 1 })))(withFlag);
  const asserted = assert(true)(counted);
  const composed = composeNextState(asserted, { name });
  const lookedUp = sourceValue('$.references[0].batch')(composed);
  return { ...composed, data: { ...composed.data, n: counted.n, flagged: counted.flagged, lookedUp } };
});
