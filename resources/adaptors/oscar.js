// @switchboard/language-oscar 1.x: Switchboard's thin helper for the OSCaR case
// management API (Cambodia). OSCaR has no OpenFn adaptor; projects call it with
// language-http and carry the sign-in headers by hand (keepCookie, __headers). This
// helper signs in once in execute and sends the headers on every call.
//
// Configuration: {url, email, password} (`username` is accepted for email; `baseUrl`
// for url). execute: `POST {url}/api/v1/admin_auth/sign_in {email,password}`; the
// response headers access-token, client and uid are sent with every later request
// (refreshed when OSCaR answers with new ones). They stay in this instance, never in state.
//
// Functions put the response body in state.data (composeNextState) and take an
// optional callback; getClients puts the client list (the body's `data`) there.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  const AUTH_HEADERS = ['access-token', 'client', 'uid'];
  let session = null; // {access-token, client, uid}

  const http = () => {
    if (!sb.http) throw new Error('language-oscar: HTTP is not available in this engine');
    return sb.http;
  };

  const baseUrl = (configuration) => {
    const url = configuration && (configuration.url || configuration.baseUrl);
    if (!url || typeof url !== 'string') {
      throw new Error('language-oscar: state.configuration.url is missing (e.g. "https://oscar.example.org")');
    }
    return url.replace(/\/+$/, '');
  };

  const keepSession = (headers) => {
    if (!headers || !headers['access-token']) return;
    const next = {};
    for (const h of AUTH_HEADERS) next[h] = headers[h] ?? (session && session[h]);
    session = next;
  };

  async function signIn(state) {
    const { configuration } = state;
    if (!configuration) throw new Error('language-oscar: state.configuration is missing');
    const email = configuration.email ?? configuration.username;
    if (!email || !configuration.password) {
      throw new Error('language-oscar: state.configuration needs email and password');
    }
    const response = await http().request({
      method: 'POST',
      url: `${baseUrl(configuration)}/api/v1/admin_auth/sign_in`,
      body: { email, password: configuration.password },
    });
    session = null;
    keepSession(response.headers);
    if (!session) throw new Error('language-oscar: OSCaR accepted the sign-in but sent no access-token header');
    console.log('Signed in to OSCaR.');
    return state;
  }

  function cleanup(state) {
    session = null;
    return state;
  }

  function execute(...operations) {
    const initialState = { references: [], data: null };
    return (state) => common.execute(signIn, ...operations, cleanup)({ ...initialState, ...state });
  }

  async function send(state, method, path, { query, body } = {}) {
    if (!session) throw new Error('language-oscar: not signed in (operations must run inside execute)');
    if (typeof path !== 'string' || !path) throw new Error('language-oscar: a path is required, e.g. "/api/v1/organizations/clients"');
    if (/^https?:\/\//i.test(path)) throw new Error('language-oscar: give a path relative to configuration.url, not a full URL');
    const options = {
      method,
      url: baseUrl(state.configuration) + (path.startsWith('/') ? path : `/${path}`),
      query,
      headers: { 'Content-Type': 'application/json', ...session },
    };
    if (body !== undefined) options.body = body;
    const response = await http().request(options);
    keepSession(response.headers);
    console.log(`${method} ${path} - ${response.statusCode} in ${response.duration}ms`);
    return response;
  }

  const finish = (state, data, callback) => {
    const next = composeNextState(state, data);
    return callback ? callback(next) : next;
  };

  function get(path, params, callback) {
    return async (state) => {
      const [p, q] = expandReferences(state, path, params);
      const response = await send(state, 'GET', p, { query: q || {} });
      return finish(state, response.body, callback);
    };
  }
  const withBody = (method) => (path, data, callback) => async (state) => {
    const [p, d] = expandReferences(state, path, data);
    const response = await send(state, method, p, { body: d ?? {} });
    return finish(state, response.body, callback);
  };

  // "YYYY-MM-DD HH:mm:ss" (UTC) for a Date; strings are sent as given.
  const sinceDateText = (value) => {
    if (Object.prototype.toString.call(value) !== '[object Date]') return value;
    const p = (n) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${p(value.getUTCMonth() + 1)}-${p(value.getUTCDate())} ` +
      `${p(value.getUTCHours())}:${p(value.getUTCMinutes())}:${p(value.getUTCSeconds())}`;
  };

  function getClients(sinceDate, callback) {
    return async (state) => {
      // A Date (or a function giving one) is formatted here: common's expansion would turn it into {}.
      const given = typeof sinceDate === 'function' ? sinceDate(state) : sinceDate;
      const isDate = Object.prototype.toString.call(given) === '[object Date]';
      const [since] = isDate ? [given] : expandReferences(state, given);
      const query = since === undefined || since === null || since === '' ? {} : { since_date: sinceDateText(since) };
      const response = await send(state, 'GET', '/api/v1/organizations/clients', { query });
      const body = response.body;
      const clients = body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? body.data : body;
      console.log(`${Array.isArray(clients) ? clients.length : 0} clients retrieved.`);
      return finish(state, clients, callback);
    };
  }

  function upsertClient(organization, callback) {
    return async (state) => {
      const [org] = expandReferences(state, organization);
      if (!org || typeof org !== 'object') throw new Error('language-oscar: upsertClient needs the client (organization) object');
      const response = await send(state, 'POST', '/api/v1/organizations/clients/upsert', { body: { organization: org } });
      return finish(state, response.body, callback);
    };
  }

  const putList = (name, path) => (data, callback) => async (state) => {
    const [list] = expandReferences(state, data);
    if (!Array.isArray(list)) throw new Error(`language-oscar: ${name} needs an array`);
    const response = await send(state, 'PUT', path, { body: { data: list } });
    return finish(state, response.body, callback);
  };

  Object.assign(exports, {
    execute,
    get,
    post: withBody('POST'),
    put: withBody('PUT'),
    getClients,
    upsertClient,
    updateLinks: putList('updateLinks', '/api/v1/organizations/clients/update_links'),
    updateReferralStatuses: putList('updateReferralStatuses', '/api/v1/organizations/referrals/update_statuses'),
  });
});
