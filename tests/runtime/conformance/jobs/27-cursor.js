// cursor() stores a value (ISO strings, lazy state, a format function, a custom key).
cursor('2024-03-01T00:00:00.000Z');
cursor($.data.batchId, { key: 'batchCursor' });
cursor(undefined, { key: 'withDefault', defaultValue: 'page-1' });
cursor(state => state.data.lastSeq, { key: 'seq', format: v => `seq-${v + 1}` });
fn(state => ({ ...state, data: { cursor: state.cursor, batchCursor: state.batchCursor, withDefault: state.withDefault, seq: state.seq } }));
