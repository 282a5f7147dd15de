// @switchboard/language-his 1.x: Switchboard's thin helper for HIS / Child Shield
// (Thailand), a LoopBack-style API. HIS has no OpenFn adaptor; projects call it with
// language-http and add the token by hand. This helper logs in once in execute.
//
// Configuration: {url, email, password, verifyTls?} (`username` is accepted for email,
// `baseUrl` for url). url is the API root (the one /Users/login is under).
// execute: `POST {url}/Users/login {email,password}` → {id}; the id is sent as the
// `access_token` query parameter on every call (and masked in log lines). It stays in
// this instance, never in state. verifyTls (default true): false turns certificate checks
// off, for HIS servers with a self-signed certificate.
//
// Functions put the response body in state.data (composeNextState) and take an optional
// callback. An HTTP error fails the step with the status and body (404 MODEL_NOT_FOUND
// for an unknown person).
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  let token = null;

  const http = () => {
    if (!sb.http) throw new Error('language-his: HTTP is not available in this engine');
    return sb.http;
  };

  const baseUrl = (configuration) => {
    const url = configuration && (configuration.url || configuration.baseUrl);
    if (!url || typeof url !== 'string') {
      throw new Error('language-his: state.configuration.url is missing (the API root, e.g. "https://his.example.org/api")');
    }
    return url.replace(/\/+$/, '');
  };

  const tlsOf = (configuration) => (configuration && configuration.verifyTls === false ? { verify: false } : undefined);

  async function login(state) {
    const { configuration } = state;
    if (!configuration) throw new Error('language-his: state.configuration is missing');
    const email = configuration.email ?? configuration.username;
    if (!email || !configuration.password) throw new Error('language-his: state.configuration needs email and password');
    const options = {
      method: 'POST',
      url: `${baseUrl(configuration)}/Users/login`,
      body: { email, password: configuration.password },
    };
    const tls = tlsOf(configuration);
    if (tls) options.tls = tls;
    const response = await http().request(options);
    token = response.body && response.body.id;
    if (!token) throw new Error('language-his: HIS accepted the login but sent no token (id)');
    console.log('Logged in to HIS.');
    return state;
  }

  function cleanup(state) {
    token = null;
    return state;
  }

  function execute(...operations) {
    const initialState = { references: [], data: null };
    return (state) => common.execute(login, ...operations, cleanup)({ ...initialState, ...state });
  }

  async function send(state, method, path, { query, body } = {}) {
    if (!token) throw new Error('language-his: not logged in (operations must run inside execute)');
    if (typeof path !== 'string' || !path) throw new Error('language-his: a path is required, e.g. "/people"');
    if (/^https?:\/\//i.test(path)) throw new Error('language-his: give a path relative to configuration.url, not a full URL');
    const options = {
      method,
      url: baseUrl(state.configuration) + (path.startsWith('/') ? path : `/${path}`),
      query: { ...(query || {}), access_token: token },
      headers: { Accept: 'application/json' },
    };
    if (body !== undefined) options.body = body;
    const tls = tlsOf(state.configuration);
    if (tls) options.tls = tls;
    try {
      const response = await http().request(options);
      console.log(`${method} ${path} - ${response.statusCode} in ${response.duration}ms`);
      return response;
    } catch (e) {
      // The token is in the URL: keep it out of the message and the error's url.
      try {
        if (e && typeof e.message === 'string') e.message = e.message.split(token).join('****');
        if (e && typeof e.url === 'string') e.url = e.url.split(token).join('****');
      } catch (_) {
        // a read-only error object: throw it as it is
      }
      throw e;
    }
  }

  const finish = (state, data, callback) => {
    const next = composeNextState(state, data);
    return callback ? callback(next) : next;
  };

  // LoopBack takes its filter as JSON in the `filter` parameter.
  const filterQuery = (filter) => (filter === undefined || filter === null ? {}
    : { filter: typeof filter === 'string' ? filter : JSON.stringify(filter) });

  function get(path, query, callback) {
    return async (state) => {
      const [p, q] = expandReferences(state, path, query);
      const response = await send(state, 'GET', p, { query: q || {} });
      return finish(state, response.body, callback);
    };
  }
  const withBody = (method) => (path, data, callback) => async (state) => {
    const [p, d] = expandReferences(state, path, data);
    const response = await send(state, method, p, { body: d ?? {} });
    return finish(state, response.body, callback);
  };

  // The person with this national id (cid), with the relations named in include
  // (e.g. ['interventions', 'riskmodel']).
  function findPerson(cid, include, callback) {
    return async (state) => {
      const [id, inc] = expandReferences(state, cid, include);
      if (id === undefined || id === null || id === '') throw new Error('language-his: findPerson needs a cid (national id)');
      const filter = { where: { cid: String(id) } };
      if (inc !== undefined && inc !== null) filter.include = inc;
      const response = await send(state, 'GET', '/people/findOne', { query: filterQuery(filter) });
      return finish(state, response.body, callback);
    };
  }

  function getInterventions(filter, callback) {
    return async (state) => {
      const [f] = expandReferences(state, filter);
      const response = await send(state, 'GET', '/interventions', { query: filterQuery(f) });
      return finish(state, response.body, callback);
    };
  }

  function createIntervention(data, callback) {
    return async (state) => {
      const [d] = expandReferences(state, data);
      if (!d || typeof d !== 'object') throw new Error('language-his: createIntervention needs the intervention object');
      const response = await send(state, 'POST', '/interventions', { body: d });
      return finish(state, response.body, callback);
    };
  }

  function updateIntervention(id, data, callback) {
    return async (state) => {
      const [i, d] = expandReferences(state, id, data);
      if (i === undefined || i === null || i === '') throw new Error('language-his: updateIntervention needs an id');
      const response = await send(state, 'PATCH', `/interventions/${encodeURIComponent(i)}`, { body: d ?? {} });
      return finish(state, response.body, callback);
    };
  }

  Object.assign(exports, {
    execute,
    get,
    post: withBody('POST'),
    patch: withBody('PATCH'),
    findPerson,
    getInterventions,
    createIntervention,
    updateIntervention,
  });
});
