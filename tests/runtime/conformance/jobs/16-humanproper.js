// humanProper: '_' and '-' become spaces, every word title-cased; non-strings unchanged.
fn(state => ({
  ...state,
  data: {
    names: state.data.patients.map(p => humanProper(p.name)),
    relationship: humanProper('guardian_mother-in-law'),
    mixed: humanProper('mcDONALD o\'neil'),
    spaces: humanProper('  two  spaces '),
    number: humanProper(42),
    nothing: humanProper(null),
    empty: humanProper(''),
    list: humanProper(['a_b']),
  },
}));
