// configuration and response are removed from the final state; other keys stay.
fn(state => ({
  ...state,
  response: { statusCode: 201, headers: { location: '/cases/1' } },
  data: { hadConfiguration: !!state.configuration, username: state.configuration.username, items: state.data.cases.length },
  keep: 'me',
}));
