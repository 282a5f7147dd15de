// log() and debug() print (with lazy arguments resolved) and pass the state on unchanged.
log('Batch', $.data.batch, 'has', state => state.data.patients.length, 'patients');
debug({ first: $.data.patients[0] });
fn(state => {
  console.log('inside fn', { batch: state.data.batch });
  console.warn('a warning');
  console.error('an error line');
  console.debug('debug line');
  return { ...state, data: { ...state.data, logged: true } };
});
