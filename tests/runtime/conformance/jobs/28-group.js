// group() buckets items by a key path; items without the key are left out.
group($.data.cases, 'sex');
fn(state => ({ ...state, bySex: state.data }));
group(state => state.bySex.female, 'owner.name', state => ({ ...state, byOwner: state.data }));
fn(state => ({ ...state, data: { bySex: state.bySex, byOwner: state.byOwner } }));
