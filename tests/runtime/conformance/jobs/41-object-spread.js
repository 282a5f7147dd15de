// Object and array spread: override order, nested copies, spreading undefined and strings.
fn(state => {
  const base = { status: 'open', owner: 'cp', meta: { v: 1 } };
  const update = { ...base, status: 'closed', meta: { ...base.meta, w: 2 } };
  const { status, ...rest } = update;
  return {
    ...state,
    data: {
      update,
      rest,
      status,
      fromUndefined: { ...undefined, ...null, a: 1 },
      chars: [...'abc'],
      ids: [...state.data.patients.map(p => p.id), 'P-4'],
      base,
    },
  };
});
