// throw of a plain string: the string is the error message.
fn(state => {
  if (!state.data.token) throw 'Primero token expired, log in again';
  return state;
});
