// A job that throws a plain object (as some HTTP error handlers do).
fn(state => {
  throw { statusCode: 401, message: undefined, reason: 'Unauthorized: token expired' };
});
