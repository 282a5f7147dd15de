// parseCsv: rows as objects (trimmed, empty lines skipped), in chunks through a callback.
const csv = 'country, dial_code ,sender\nKenya,254,MiracleFeet\n\nNigeria, 234 ,MFNigeria\nTanzania,255,"Miracle, TZ"\n';
parseCsv(csv);
fn(state => ({ ...state, rows: state.data, refCount: state.references.length }));
parseCsv(csv, { chunkSize: 2 }, (state, rows) => ({ ...state, chunks: [...(state.chunks || []), rows.map(r => r.country)] }));
fn(state => ({ data: { rows: state.rows, refCount: state.refCount, chunks: state.chunks }, references: [] }));
