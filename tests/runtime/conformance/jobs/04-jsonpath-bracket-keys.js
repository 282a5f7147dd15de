// Bracket-quoted keys: dashes, single and double quotes, mixed with dots and indexes.
fn(state => ({
  ...state,
  data: {
    token: sourceValue("$.data.__headers['access-token']")(state),
    requestId: dataValue("__headers['x-request-id']")(state),
    contentType: sourceValue('$.data.__headers["content-type"]')(state),
    firstValue: sourceValue("$.data['body']['entry'][0]['resource'].value")(state),
    loginUser: dataValue("login['userId']")(state),
  },
}));
