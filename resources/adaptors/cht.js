// language-cht for Switchboard (1.x), over sb.http (docs/http-for-jobs.md).
//
// @openfn/language-cht 1.x exists and exports get, post, put and request against the CHT
// base URL with HTTP Basic auth; those are here with its signatures. Switchboard adds two
// helpers for the CHT calls integrations make most:
//   createRecord(data)         POST /api/v2/records (JSON with _meta{form, from, …})
//   getContactsByPhone(phone)  GET /api/v1/contacts-by-phone?phone=…
//
// Configuration: {baseUrl, username, password} (`url` is accepted for baseUrl).
// Results as the original: the response body in state.data, the previous data in
// state.references, state.response = the response without its body (the runtime drops
// it at the end of the step). Options: {query, headers, body, parseAs, errors, timeout}.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  const http = () => {
    if (!sb.http) throw new Error('language-cht: HTTP is not available in this engine');
    return sb.http;
  };

  function urlOf(configuration, path) {
    const base = configuration && (configuration.baseUrl || configuration.url);
    if (!base || typeof base !== 'string') {
      throw new Error('language-cht: state.configuration.baseUrl is missing (e.g. "https://cht.example.org")');
    }
    if (typeof path !== 'string' || !path) throw new Error('language-cht: a path is required, e.g. "/api/v2/records"');
    if (/^https?:\/\//i.test(path)) throw new Error('language-cht: give a path relative to baseUrl, not a full URL');
    return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
  }

  async function send(state, method, path, body, options = {}) {
    const { configuration } = state;
    if (!configuration || !configuration.username) {
      throw new Error('language-cht: state.configuration needs baseUrl, username and password');
    }
    const { query, headers, parseAs, errors, timeout } = options || {};
    const request = {
      method,
      url: urlOf(configuration, path),
      query,
      headers: {
        'Content-Type': 'application/json',
        ...(headers || {}),
        Authorization: http().basic(configuration.username, configuration.password),
      },
    };
    const payload = body ?? (options ? options.body : undefined);
    if (payload !== undefined && payload !== null) request.body = payload;
    if (parseAs) request.parseAs = parseAs;
    if (errors === false) request.errors = false;
    if (timeout) request.timeout = timeout;
    const response = await http().request(request);
    console.log(`${method} ${path} - ${response.statusCode} in ${response.duration}ms`);
    return response;
  }

  function prepareNextState(state, response, callback = (s) => s) {
    const { body, text, ...withoutBody } = response;
    if (!state.references) state.references = [];
    return callback({ ...composeNextState(state, body), response: withoutBody });
  }

  function request(method, path, body, options = {}, callback = (s) => s) {
    return async (state) => {
      const [m, p, b, o] = expandReferences(state, method, path, body, options);
      const response = await send(state, String(m || 'GET').toUpperCase(), p, b, o);
      return prepareNextState(state, response, callback);
    };
  }

  const get = (path, options, callback) => request('GET', path, null, options, callback);
  const post = (path, body, options, callback) => request('POST', path, body, options, callback);
  const put = (path, options, callback) => request('PUT', path, null, options, callback);

  function createRecord(data, callback) {
    return async (state) => {
      const [d] = expandReferences(state, data);
      if (!d || typeof d !== 'object') throw new Error('language-cht: createRecord needs the record (fields and _meta)');
      if (!d._meta || !d._meta.form) throw new Error('language-cht: createRecord needs _meta.form (the form code)');
      const response = await send(state, 'POST', '/api/v2/records', d);
      return prepareNextState(state, response, callback);
    };
  }

  function getContactsByPhone(phone, callback) {
    return async (state) => {
      const [p] = expandReferences(state, phone);
      if (p === undefined || p === null || p === '') throw new Error('language-cht: getContactsByPhone needs a phone number');
      const response = await send(state, 'GET', '/api/v1/contacts-by-phone', null, { query: { phone: String(p) } });
      return prepareNextState(state, response, callback);
    };
  }

  Object.assign(exports, { get, post, put, request, createRecord, getContactsByPhone });
});
