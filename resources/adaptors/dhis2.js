// language-dhis2 for Switchboard (majors 1–6), over sb.http (docs/http-for-jobs.md).
//
// Configuration: {hostUrl, username, password, apiVersion?, pat?}. With `pat` (a personal
// access token) every call sends `Authorization: ApiToken <pat>`, otherwise HTTP Basic.
// URLs are {hostUrl}/api[/{apiVersion}]/{resource}.
//
// Functions (6.x names and argument order; callbacks optional):
//   get(resourceType, query, options, callback)
//   create(resourceType, data, options, callback)
//   update(resourceType, path, data, options, callback)
//   upsert(resourceType, query, data, options, callback)
//   post / patch / destroy for plain HTTP semantics (6.x: destroy of a tracker type is a
//   tracker import with importStrategy=DELETE)
//   tracker.import(strategy, payload, options), tracker.export(path, query, options)
//     (the 7.x namespace, offered in every major)
// From 6.x, trackedEntities, enrollments, events and relationships go to the new tracker
// API (`POST /api/tracker?async=false&importStrategy=…`, `GET /api/tracker/<type>`), as the
// real 6.x adaptor maps them. dataValueSets: create('dataValueSets', {...}) posts to
// /api/dataValueSets; get('dataValueSets', query) reads them.
// Results: the response body in state.data, the previous data in state.references.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { expandReferences } = common.util;
  const { composeNextState } = common;

  const TRACKER_TYPES = {
    trackedEntities: 'trackedEntity',
    enrollments: 'enrollment',
    events: 'event',
    relationships: 'relationship',
  };
  const usesTracker = (resourceType) => sb.major >= 6 && Object.hasOwn(TRACKER_TYPES, resourceType);

  const http = () => {
    if (!sb.http) throw new Error('language-dhis2: HTTP is not available in this engine');
    return sb.http;
  };

  function apiUrl(configuration, options, path) {
    const host = configuration && (configuration.hostUrl || configuration.url);
    if (!host || typeof host !== 'string') {
      throw new Error('language-dhis2: state.configuration.hostUrl is missing (e.g. "https://play.dhis2.org/40")');
    }
    const apiVersion = (options && options.apiVersion) || configuration.apiVersion;
    const clean = String(path).replace(/^\/+/, '');
    return `${host.replace(/\/+$/, '')}/api${apiVersion ? `/${apiVersion}` : ''}/${clean}`;
  }

  function authorization(configuration) {
    if (configuration.pat) return `ApiToken ${configuration.pat}`;
    if (!configuration.username) throw new Error('language-dhis2: state.configuration needs username and password, or pat');
    return http().basic(configuration.username, configuration.password);
  }

  async function send(state, method, path, { query, body, options } = {}) {
    const { configuration } = state;
    if (!configuration) throw new Error('language-dhis2: state.configuration is missing');
    const request = {
      method,
      url: apiUrl(configuration, options, path),
      query,
      headers: { Authorization: authorization(configuration), Accept: 'application/json' },
    };
    if (body !== undefined) request.body = body;
    if (options && options.parseAs) request.parseAs = options.parseAs;
    const response = await http().request(request);
    console.log(`${method} /api/${String(path).replace(/^\/+/, '')} - ${response.statusCode} in ${response.duration}ms`);
    return response;
  }

  const finish = (state, response, callback) => {
    const next = composeNextState(state, response.body);
    return callback ? callback(next) : next;
  };

  // options: {apiVersion, parseAs, params|query (extra query parameters)}; anything else
  // is taken as a query parameter, as DHIS2's adaptor does.
  function splitOptions(options) {
    const { apiVersion, parseAs, params, query, requestConfig, ...rest } = options || {};
    return { request: { apiVersion, parseAs }, query: { ...rest, ...(params || {}), ...(query || {}) } };
  }

  const asList = (data) => (Array.isArray(data) ? data : [data]);

  function trackerImport(state, strategy, payload, options) {
    const { request, query } = splitOptions(options);
    return send(state, 'POST', 'tracker', {
      query: { ...query, async: false, importStrategy: strategy },
      body: payload,
      options: request,
    });
  }

  // ---- operations -------------------------------------------------------------------------
  function get(resourceType, query, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, q, o] = expandReferences(state, resourceType, query, options);
      if (!type) throw new Error('language-dhis2: get needs a resource type, e.g. "dataValueSets"');
      const { request, query: extra } = splitOptions(o);
      const path = usesTracker(type) ? `tracker/${type}` : type;
      const response = await send(state, 'GET', path, { query: { ...extra, ...(q || {}) }, options: request });
      return finish(state, response, callback);
    };
  }

  function create(resourceType, data, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, d, o] = expandReferences(state, resourceType, data, options);
      if (!type) throw new Error('language-dhis2: create needs a resource type, e.g. "trackedEntities"');
      if (type === 'tracker') throw new Error('language-dhis2: use tracker.import() to import into /api/tracker');
      let response;
      if (usesTracker(type)) {
        response = await trackerImport(state, 'CREATE', { [type]: asList(d) }, o);
      } else {
        const { request, query } = splitOptions(o);
        response = await send(state, 'POST', type, { query, body: d, options: request });
      }
      return finish(state, response, callback);
    };
  }

  function update(resourceType, path, data, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, p, d, o] = expandReferences(state, resourceType, path, data, options);
      if (!type) throw new Error('language-dhis2: update needs a resource type');
      let response;
      if (usesTracker(type)) {
        const item = { ...d };
        if (p && !item[TRACKER_TYPES[type]]) item[TRACKER_TYPES[type]] = String(p).split('/').pop();
        response = await trackerImport(state, 'UPDATE', { [type]: [item] }, o);
      } else {
        if (!p) throw new Error('language-dhis2: update needs the path (id) of the resource');
        const { request, query } = splitOptions(o);
        response = await send(state, 'PUT', `${type}/${p}`, { query, body: d, options: request });
      }
      return finish(state, response, callback);
    };
  }

  // Looks the resource up with query; none → create, one → update, several → error.
  // Tracker types are imported with CREATE_AND_UPDATE, carrying the found uid.
  function upsert(resourceType, query, data, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, q, d, o] = expandReferences(state, resourceType, query, data, options);
      if (!type) throw new Error('language-dhis2: upsert needs a resource type');
      const { request, query: extra } = splitOptions(o);
      if (usesTracker(type)) {
        const idKey = TRACKER_TYPES[type];
        const item = { ...d };
        if (q && Object.keys(q).length && !item[idKey]) {
          const found = await send(state, 'GET', `tracker/${type}`, { query: { ...q }, options: request });
          const hits = (found.body && (found.body[type] || found.body.instances)) || [];
          if (hits.length > 1) {
            throw new Error(`language-dhis2: upsert found ${hits.length} ${type} for ${JSON.stringify(q)}; the query must identify one record`);
          }
          if (hits.length === 1) item[idKey] = hits[0][idKey];
        }
        const response = await trackerImport(state, 'CREATE_AND_UPDATE', { [type]: [item] }, o);
        return finish(state, response, callback);
      }
      const found = await send(state, 'GET', type, { query: { ...extra, ...(q || {}), fields: 'id' }, options: request });
      const hits = (found.body && found.body[type]) || [];
      if (hits.length > 1) {
        throw new Error(`language-dhis2: upsert found ${hits.length} ${type} for ${JSON.stringify(q)}; the query must identify one record`);
      }
      const response = hits.length === 1
        ? await send(state, 'PUT', `${type}/${hits[0].id}`, { query: extra, body: d, options: request })
        : await send(state, 'POST', type, { query: extra, body: d, options: request });
      return finish(state, response, callback);
    };
  }

  const plain = (method, withBody) => (resourceType, ...args) => {
    let [data, options, callback] = withBody ? args : [undefined, ...args];
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, d, o] = expandReferences(state, resourceType, data, options);
      if (!type) throw new Error(`language-dhis2: ${method.toLowerCase()} needs a resource path`);
      const { request, query } = splitOptions(o);
      const response = await send(state, method, type, { query, body: withBody ? d : undefined, options: request });
      return finish(state, response, callback);
    };
  };

  const patch = (resourceType, path, data, options, callback) => {
    if (typeof options === 'function' && callback === undefined) {
      callback = options;
      options = undefined;
    }
    return async (state) => {
      const [type, p, d, o] = expandReferences(state, resourceType, path, data, options);
      const { request, query } = splitOptions(o);
      const response = await send(state, 'PATCH', p ? `${type}/${p}` : type, { query, body: d, options: request });
      return finish(state, response, callback);
    };
  };

  // Tracker types (6.x) are deleted through the tracker import with importStrategy=DELETE,
  // as the real adaptor does: data (one object or a list), else the object whose uid is path.
  const destroy = (resourceType, path, data, options, callback) => async (state) => {
    const [type, p, d, o] = expandReferences(state, resourceType, path, data, options);
    if (usesTracker(type)) {
      const items = d !== undefined && d !== null ? asList(d) : (p ? [{ [TRACKER_TYPES[type]]: String(p).split('/').pop() }] : []);
      if (!items.length) throw new Error(`language-dhis2: destroy needs the uid (path) or the ${type} to delete`);
      return finish(state, await trackerImport(state, 'DELETE', { [type]: items }, o), callback);
    }
    if (!type || !p) throw new Error('language-dhis2: destroy needs a resource type and an id');
    const { request, query } = splitOptions(o);
    const response = await send(state, 'DELETE', `${type}/${p}`, { query, body: d ?? undefined, options: request });
    return finish(state, response, callback);
  };

  const tracker = {
    import(strategy, payload, options) {
      return async (state) => {
        const [s, p, o] = expandReferences(state, strategy, payload, options);
        if (!['CREATE', 'UPDATE', 'CREATE_AND_UPDATE', 'DELETE'].includes(s)) {
          throw new Error(`language-dhis2: tracker.import strategy must be CREATE, UPDATE, CREATE_AND_UPDATE or DELETE, not ${JSON.stringify(s)}`);
        }
        return finish(state, await trackerImport(state, s, p, o));
      };
    },
    export(path, query, options) {
      return async (state) => {
        const [p, q, o] = expandReferences(state, path, query, options);
        if (!p) throw new Error('language-dhis2: tracker.export needs a path, e.g. "trackedEntities"');
        const { request, query: extra } = splitOptions(o);
        const response = await send(state, 'GET', `tracker/${String(p).replace(/^\/+/, '')}`, {
          query: { ...extra, ...(q || {}) },
          options: request,
        });
        return finish(state, response);
      };
    },
  };

  const util = {
    ...common.util,
    attr: (attribute, value) => ({ attribute, value }),
    dv: (dataElement, value) => ({ dataElement, value }),
    findAttributeValue: (trackedEntity, displayName) =>
      trackedEntity?.attributes?.find((a) => a?.displayName?.toLowerCase() == String(displayName).toLowerCase())?.value,
    findAttributeValueById: (trackedEntity, uid) => trackedEntity?.attributes?.find((a) => a?.attribute == uid)?.value,
  };

  Object.assign(exports, {
    get,
    create,
    update,
    upsert,
    post: plain('POST', true),
    patch,
    destroy,
    tracker,
    util,
    attr: util.attr,
    dv: util.dv,
    findAttributeValue: util.findAttributeValue,
    findAttributeValueById: util.findAttributeValueById,
  });
});
