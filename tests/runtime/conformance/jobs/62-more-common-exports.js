// The rest of language-common's exports: jsonValue, join, index, referencePath, execute.
execute(
  fn(state => ({ ...state, viaExecute: 1 })),
  fn(state => ({ ...state, viaExecute: state.viaExecute + 1 }))
);
fn(state => ({
  ...state,
  data: {
    viaExecute: state.viaExecute,
    jsonValue: jsonValue(state.data, '$.patients[1].name'),
    joined: join('$.data.patients[*]', '$.data.batch', 'batch')(state),
    index: index()({ ...state, index: 4 }),
    referencePath: referencePath('[0].id'),
  },
}));
