// util.encode/decode: base64 with JSON by default, or raw strings.
fn(state => {
  const token = util.encode({ user: 'svc', roles: ['read'] });
  const raw = util.encode('plain text, ünïcode', { parseJson: false });
  return {
    ...state,
    data: {
      token,
      raw,
      decoded: util.decode(token),
      decodedRaw: util.decode(raw),
      keptString: util.decode(util.encode('[not json'), { parseJson: true }),
      asString: util.decode(token, { parseJson: false }),
      basic: util.encode('svc:s3cret'),
    },
  };
});
