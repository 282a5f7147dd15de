// language-openmrs for Switchboard (majors 1–4), over sb.http (docs/http-for-jobs.md).
//
// Configuration: {instanceUrl, username, password}. Every call sends HTTP Basic auth to
// {instanceUrl}/ws/rest/v1/…; OpenMRS's session cookie is kept by the step's jar.
//
// Functions (callbacks optional):
//   get(path, query, callback)           GET a resource or a list
//   post(path, data, callback)           POST as is
//   create(resourceType, data, callback) POST /{resourceType}
//   update(resourceType, uuid, data, callback)  POST /{resourceType}/{uuid} (OpenMRS updates by POST)
//   upsert(resourceType, query, data, callback) search; none → create, one → update,
//                                        several → error
//   getPatient(uuid), searchPatient(query), searchPerson(query), createPatient(data),
//   getEncounter(uuid), getEncounters(query), createEncounter(data)
// Lists: from 4.x, get and the searches follow the `links` entry with rel "next" and
// gather every page into one `{results: […]}` unless the query sets `limit` (then one
// page, as asked). Earlier majors return the first page as OpenMRS sent it.
// Results: the response body in state.data, the previous data in state.references.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  const MAX_PAGES = 1000;

  const http = () => {
    if (!sb.http) throw new Error('language-openmrs: HTTP is not available in this engine');
    return sb.http;
  };

  const restRoot = (configuration) => {
    const url = configuration && (configuration.instanceUrl || configuration.baseUrl || configuration.url);
    if (!url || typeof url !== 'string') {
      throw new Error('language-openmrs: state.configuration.instanceUrl is missing (e.g. "https://openmrs.example.org/openmrs")');
    }
    return `${url.replace(/\/+$/, '')}/ws/rest/v1`;
  };

  async function sendUrl(state, method, url, { query, body } = {}) {
    const { configuration } = state;
    if (!configuration || !configuration.username) {
      throw new Error('language-openmrs: state.configuration needs instanceUrl, username and password');
    }
    const options = {
      method,
      url,
      query,
      headers: { Authorization: http().basic(configuration.username, configuration.password), Accept: 'application/json' },
    };
    if (body !== undefined) options.body = body;
    const response = await http().request(options);
    console.log(`${method} ${url.replace(/\?.*$/, '')} - ${response.statusCode} in ${response.duration}ms`);
    return response;
  }

  const pathOf = (path) => {
    if (typeof path !== 'string' || !path) throw new Error('language-openmrs: a resource path is required, e.g. "patient"');
    if (/^https?:\/\//i.test(path)) throw new Error('language-openmrs: give a path under /ws/rest/v1, not a full URL');
    return path.replace(/^\/+/, '').replace(/^ws\/rest\/v1\//, '');
  };
  const send = (state, method, path, options) =>
    sendUrl(state, method, `${restRoot(state.configuration)}/${pathOf(path)}`, options);

  // One page, or (4.x, no `limit` in the query) every page gathered into `results`.
  async function fetchList(state, path, query) {
    const first = await send(state, 'GET', path, { query: query || {} });
    const body = first.body;
    const paging = sb.major >= 4 && !(query && query.limit !== undefined);
    if (!paging || !body || !Array.isArray(body.results)) return body;
    const results = [...body.results];
    let links = body.links;
    for (let page = 1; page < MAX_PAGES; page++) {
      const next = Array.isArray(links) ? links.find((l) => l && l.rel === 'next' && (l.uri || l.href)) : null;
      if (!next) break;
      // The next link is absolute and already carries the query (startIndex, …).
      const response = await sendUrl(state, 'GET', next.uri || next.href);
      const b = response.body || {};
      if (Array.isArray(b.results)) results.push(...b.results);
      links = b.links;
    }
    console.log(`${results.length} ${pathOf(path)} result(s).`);
    return { results };
  }

  const finish = (state, data, callback) => {
    const next = composeNextState(state, data);
    return callback ? callback(next) : next;
  };

  function get(path, query, callback) {
    if (typeof query === 'function' && callback === undefined) {
      callback = query;
      query = undefined;
    }
    return async (state) => {
      let [p, q] = expandReferences(state, path, query);
      if (p && typeof p === 'object') ({ url: p, qs: q } = p); // 1.x: get({url, qs})
      return finish(state, await fetchList(state, p, q), callback);
    };
  }

  function post(path, data, callback) {
    return async (state) => {
      const [p, d] = expandReferences(state, path, data);
      const response = await send(state, 'POST', p, { body: d ?? {} });
      return finish(state, response.body, callback);
    };
  }

  function create(resourceType, data, callback) {
    return async (state) => {
      const [type, d] = expandReferences(state, resourceType, data);
      if (!d || typeof d !== 'object') throw new Error(`language-openmrs: create("${type}") needs the data to send`);
      const response = await send(state, 'POST', type, { body: d });
      console.log(`Created ${type} ${response.body && response.body.uuid ? response.body.uuid : ''}`.trim());
      return finish(state, response.body, callback);
    };
  }

  function update(resourceType, uuid, data, callback) {
    return async (state) => {
      const [type, id, d] = expandReferences(state, resourceType, uuid, data);
      if (!id) throw new Error(`language-openmrs: update("${type}") needs the uuid of the record`);
      const response = await send(state, 'POST', `${pathOf(type)}/${encodeURIComponent(id)}`, { body: d ?? {} });
      return finish(state, response.body, callback);
    };
  }

  function upsert(resourceType, query, data, callback) {
    return async (state) => {
      const [type, q, d] = expandReferences(state, resourceType, query, data);
      if (!q || typeof q !== 'object' || !Object.keys(q).length) {
        throw new Error(`language-openmrs: upsert("${type}") needs a query that identifies the record, e.g. {q: "identifier"}`);
      }
      const found = await send(state, 'GET', type, { query: q });
      const hits = (found.body && found.body.results) || [];
      if (hits.length > 1) {
        throw new Error(`language-openmrs: upsert("${type}") found ${hits.length} records for ${JSON.stringify(q)}; the query must identify one`);
      }
      const response = hits.length === 1
        ? await send(state, 'POST', `${pathOf(type)}/${encodeURIComponent(hits[0].uuid)}`, { body: d ?? {} })
        : await send(state, 'POST', type, { body: d ?? {} });
      console.log(hits.length === 1 ? `Updated ${type} ${hits[0].uuid}` : `Created ${type}`);
      return finish(state, response.body, callback);
    };
  }

  const byUuid = (resourceType, query) => (uuid, callback) => async (state) => {
    let [id] = expandReferences(state, uuid);
    if (id && typeof id === 'object') id = id.uuid; // 1.x: getPatient({uuid})
    if (!id) throw new Error(`language-openmrs: get ${resourceType} needs a uuid`);
    const response = await send(state, 'GET', `${resourceType}/${encodeURIComponent(id)}`, { query });
    return finish(state, response.body, callback);
  };

  const search = (resourceType) => (query, callback) => async (state) => {
    const [q] = expandReferences(state, query);
    const body = await fetchList(state, resourceType, q || {});
    const count = body && Array.isArray(body.results) ? body.results.length : 0;
    if (count === 0) console.warn(`No ${resourceType} found for ${JSON.stringify(q || {})}.`);
    return finish(state, body, callback);
  };

  Object.assign(exports, {
    get,
    post,
    create,
    update,
    upsert,
    getPatient: byUuid('patient', { v: 'full' }),
    searchPatient: search('patient'),
    searchPerson: search('person'),
    createPatient: (data, callback) => create('patient', data, callback),
    getEncounter: byUuid('encounter'),
    getEncounters: search('encounter'),
    createEncounter: (data, callback) => create('encounter', data, callback),
  });
});
