// language-primero for Switchboard: the functions @openfn/language-primero exports
// (majors 1–3), over sb.http (docs/http-for-jobs.md).
//
// API flavours, picked by the pinned major version:
//   1.x  Primero v1.1 API (what language-primero 1.0.x was written for): `POST /api/login`
//        starts a cookie session; cases are `/api/cases`, queried with scope parameters
//        (`scope[transitions_created_at]=dateRange||…`), answered as a bare array.
//   2.x, 3.x  Primero v2 API: `POST /api/v2/tokens` gives a JWT sent as Bearer, or HTTP
//        Basic when configuration.basicAuth is set; answers are `{data, metadata}`.
// configuration.apiVersion ('v1.1' or 'v2') overrides the choice for deployments that
// pinned an unusual combination.
//
// Configuration: {url, user, password, basicAuth?, apiVersion?}.
// Results follow the real adaptor: state.data holds the records (the response's `data`),
// the previous data goes to state.references; getCases also sets state.metadata (v2).
// The token lives in this instance (one step) and never enters state.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;

  // ---- connection -------------------------------------------------------------------
  let authorization = null; // 'Bearer …' or 'Basic …' (v2); v1.1 uses the cookie jar

  const http = () => {
    if (!sb.http) throw new Error('language-primero: HTTP is not available in this engine');
    return sb.http;
  };

  const isV1 = (configuration) => {
    const v = String((configuration && configuration.apiVersion) || '').toLowerCase();
    if (v) return v.startsWith('v1') || v.startsWith('1');
    return sb.major <= 1;
  };

  const baseUrl = (configuration) => {
    const url = configuration && configuration.url;
    if (!url || typeof url !== 'string') {
      throw new Error('language-primero: state.configuration.url is missing (e.g. "https://primero.example.org")');
    }
    return url.replace(/\/+$/, '');
  };

  const userOf = (configuration) => configuration.user ?? configuration.username;

  // qs-style query string keys: nested objects as `scope[key]`, arrays as `key[0]`, as the
  // `request` library the original adaptor used writes them.
  function flattenQuery(value, prefix, out) {
    if (value === undefined || typeof value === 'function') return out;
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const keys = Object.keys(value);
      keys.forEach((key, i) => {
        const name = prefix ? (Array.isArray(value) ? `${prefix}[${i}]` : `${prefix}[${key}]`) : key;
        flattenQuery(value[key], name, out);
      });
      return out;
    }
    if (prefix) out[prefix] = value === null ? '' : value instanceof Date ? value.toISOString() : String(value);
    return out;
  }
  const queryOf = (q) => (q && typeof q === 'object' ? flattenQuery(q, '', {}) : {});

  function send(state, method, path, { query, body } = {}) {
    const { configuration } = state;
    const headers = { 'Content-Type': 'application/json' };
    if (!isV1(configuration)) {
      if (!authorization) throw new Error('language-primero: not logged in (operations must run inside execute)');
      headers.Authorization = authorization;
    }
    const options = { method, url: baseUrl(configuration) + path, headers, query };
    if (body !== undefined) options.body = body;
    return http().request(options).then((response) => {
      const message = response.statusMessage ? ` ${response.statusMessage}` : '';
      console.log(`Primero says: '${response.statusCode}${message}'`);
      return response;
    });
  }

  async function login(state) {
    const { configuration } = state;
    if (!configuration) throw new Error('language-primero: state.configuration is missing');
    const url = baseUrl(configuration);
    if (isV1(configuration)) {
      // Primero v1.1: a session cookie, kept by the step's cookie jar.
      await http().request({
        method: 'POST',
        url: `${url}/api/login`,
        body: { user_name: userOf(configuration), password: configuration.password },
      });
      return state;
    }
    if (configuration.basicAuth) {
      authorization = http().basic(userOf(configuration), configuration.password);
      return state;
    }
    const response = await http().request({
      method: 'POST',
      url: `${url}/api/v2/tokens`,
      body: { user: { user_name: userOf(configuration), password: configuration.password } },
    });
    const token = response.body && response.body.token;
    if (!token) throw new Error('language-primero: Primero answered the login without a token');
    authorization = `Bearer ${token}`;
    return state;
  }

  function cleanupState(state) {
    authorization = null;
    if (state && typeof state === 'object') delete state.auth;
    return state;
  }

  function execute(...operations) {
    const initialState = { references: [], data: null };
    return (state) => common.execute(login, ...operations, cleanupState)({ ...initialState, ...state });
  }

  const nextState = (state, data, metadata) => {
    const next = { ...state, data, references: [...(state.references || []), state.data] };
    if (metadata) next.metadata = metadata;
    return next;
  };
  const finish = (next, callback) => (callback ? callback(next) : next);
  const recordsOf = (body) => (body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? body.data : body);
  const requireV2 = (state, name) => {
    if (isV1(state.configuration)) {
      throw new Error(`language-primero: ${name} needs the Primero v2 API; this step uses the v1.1 API (adaptor ${sb.version})`);
    }
  };

  // ---- cases ----------------------------------------------------------------------------
  function getCases(query, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = {};
    }
    return async (state) => {
      const [resolvedQuery, resolvedOptions] = expandReferences(state, query, options);
      if (isV1(state.configuration)) {
        const response = await send(state, 'GET', '/api/cases', { query: queryOf(resolvedQuery) });
        const cases = recordsOf(response.body) || [];
        console.log(`${cases.length} cases retrieved.`);
        return finish(nextState(state, cases), callback);
      }
      const response = await send(state, 'GET', '/api/v2/cases', { query: queryOf(resolvedQuery) });
      const cases = (response.body && response.body.data) || [];
      const metadata = response.body && response.body.metadata;
      console.log(`${cases.length} cases retrieved.`);
      if (resolvedOptions && resolvedOptions.withReferrals) {
        console.log(`Fetching the referrals of ${cases.length} cases`);
        for (const c of cases) {
          const r = await send(state, 'GET', `/api/v2/cases/${encodeURIComponent(c.id)}/referrals`);
          c.referrals = recordsOf(r.body);
        }
      }
      return finish(nextState(state, cases, sb.major >= 2 ? metadata : undefined), callback);
    };
  }

  async function postCase(state, data) {
    if (isV1(state.configuration)) {
      const response = await send(state, 'POST', '/api/cases', { body: { child: data } });
      return recordsOf(response.body);
    }
    const response = await send(state, 'POST', '/api/v2/cases', { body: { data } });
    console.log(`Post succeeded: ${response.statusCode}`);
    return response.body && response.body.data;
  }

  async function patchCase(state, id, data) {
    if (id === undefined || id === null || id === '') throw new Error('language-primero: updateCase needs a case id');
    if (isV1(state.configuration)) {
      const response = await send(state, 'PUT', `/api/cases/${encodeURIComponent(id)}`, { body: { child: data } });
      return recordsOf(response.body);
    }
    const response = await send(state, 'PATCH', `/api/v2/cases/${encodeURIComponent(id)}`, { body: { data } });
    console.log(`PATCH succeeded: ${response.statusCode}`);
    return response.body && response.body.data;
  }

  function createCase(params, callback) {
    return async (state) => {
      const [{ data } = {}] = expandReferences(state, params);
      return finish(nextState(state, await postCase(state, data)), callback);
    };
  }

  function updateCase(id, params, callback) {
    return async (state) => {
      const [resolvedId, { data } = {}] = expandReferences(state, id, params);
      return finish(nextState(state, await patchCase(state, resolvedId, data)), callback);
    };
  }

  // Searches by every external id that has a value in data (`record_id` searches
  // Primero's own id); no hit creates the case, otherwise the first hit is updated.
  function upsertCase(params, callback) {
    return async (state) => {
      const [{ data: resolvedData, externalIds } = {}] = expandReferences(state, params);
      if (!Array.isArray(externalIds) || externalIds.length === 0) {
        throw new Error('language-primero: upsertCase needs externalIds, e.g. ["case_id"]');
      }
      const data = { ...(resolvedData || {}) };
      const query = { remote: true };
      for (const key of externalIds) {
        if (data[key] !== undefined && data[key] !== null && data[key] !== '') query[key] = `${data[key]}`;
      }
      if (Object.keys(query).length === 1) {
        throw new Error(`language-primero: upsertCase found no value in data for any of its externalIds (${externalIds.join(', ')}); refusing to match every case`);
      }
      const path = isV1(state.configuration) ? '/api/cases' : '/api/v2/cases';
      const response = await send(state, 'GET', path, { query });
      const hits = recordsOf(response.body) || [];
      // record_id is only for the search: Primero refuses it in a case body.
      delete data.record_id;
      if (hits.length === 0) {
        console.log('No case found. Performing create.');
        return finish(nextState(state, await postCase(state, data)), callback);
      }
      if (hits.length > 1) console.log(`${hits.length} cases found; updating the first.`);
      else console.log('Case found. Performing update.');
      return finish(nextState(state, await patchCase(state, hits[0].id ?? hits[0]._id, data)), callback);
    };
  }

  // ---- referrals ------------------------------------------------------------------------
  async function caseIdByCaseId(state, caseId) {
    const response = await send(state, 'GET', '/api/v2/cases', { query: { case_id: `${caseId}` } });
    const hits = recordsOf(response.body) || [];
    if (hits.length > 1) {
      throw new Error('language-primero: Multiple cases found. Try using another externalId and ensure that it is unique.');
    }
    return hits.length ? hits[0].id : null;
  }

  function getReferrals(params, callback) {
    return async (state) => {
      requireV2(state, 'getReferrals');
      let [resolved] = expandReferences(state, params);
      if (typeof resolved === 'string') resolved = { externalId: 'record_id', id: resolved }; // 1.x: getReferrals(recordId)
      const { externalId, id } = resolved || {};
      let recordId = id;
      if (externalId !== 'record_id') {
        console.log('Fetching by case id...');
        recordId = await caseIdByCaseId(state, id);
        if (recordId === null) throw new Error(`language-primero: No case found with case_id ${id}`);
      }
      const response = await send(state, 'GET', `/api/v2/cases/${encodeURIComponent(recordId)}/referrals`);
      const referrals = recordsOf(response.body);
      console.log(`${Array.isArray(referrals) ? referrals.length : 0} referrals retrieved.`);
      return finish(nextState(state, referrals), callback);
    };
  }

  function createReferrals(params, callback) {
    return async (state) => {
      requireV2(state, 'createReferrals');
      const [{ data } = {}] = expandReferences(state, params);
      const response = await send(state, 'POST', '/api/v2/cases/referrals', { body: { data } });
      return finish(nextState(state, recordsOf(response.body)), callback);
    };
  }

  function updateReferral(params, callback) {
    return async (state) => {
      requireV2(state, 'updateReferral');
      const [{ caseExternalId, caseId, id, data } = {}] = expandReferences(state, params);
      let recordId = caseId;
      if (caseExternalId !== 'record_id') {
        console.log('Updating referral by case id...');
        recordId = await caseIdByCaseId(state, caseId);
        if (recordId === null) {
          console.log('No case found.');
          return state;
        }
      }
      const response = await send(state, 'PATCH',
        `/api/v2/cases/${encodeURIComponent(recordId)}/referrals/${encodeURIComponent(id)}`, { body: { data } });
      console.log('Referral updated.');
      return finish(nextState(state, recordsOf(response.body)), callback);
    };
  }

  function updateReferrals(params, callback) {
    console.log('DEPRECATION WARNING: `updateReferrals` is now called `updateReferral`; it updates one referral of one case.');
    return updateReferral(params, callback);
  }

  // ---- metadata -------------------------------------------------------------------------
  const metadataGetter = (name, path) => (query, callback) => {
    if (typeof query === 'function' && callback === undefined) {
      callback = query;
      query = undefined;
    }
    return async (state) => {
      requireV2(state, name);
      const [resolvedQuery] = expandReferences(state, query);
      const response = await send(state, 'GET', path, { query: queryOf(resolvedQuery) });
      const records = recordsOf(response.body);
      console.log(`${Array.isArray(records) ? records.length : 0} ${path.split('/').pop()} retrieved.`);
      return finish(nextState(state, records), callback);
    };
  };

  Object.assign(exports, {
    execute,
    getCases,
    createCase,
    updateCase,
    upsertCase,
    getReferrals,
    createReferrals,
    updateReferral,
    updateReferrals,
    getForms: metadataGetter('getForms', '/api/v2/forms'),
    getLookups: metadataGetter('getLookups', '/api/v2/lookups'),
    getLocations: metadataGetter('getLocations', '/api/v2/locations'),
  });
});
