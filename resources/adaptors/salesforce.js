// language-salesforce for Switchboard (@openfn/language-salesforce majors 1–9), over
// sb.http, speaking Salesforce's REST API the way jsforce does for the original adaptor.
//
// Login (every major): `execute` signs in first. With access_token + instance_url in the
// credential it uses them (OAuth, the original's 4.4+ path); otherwise it logs in with
// SOAP like jsforce's Connection#login, which every major of the original uses for
// username/password: POST {loginUrl}/services/Soap/u/{apiVersion} (text/xml,
// SOAPAction: ""), password + securityToken, then Bearer <sessionId> on
// {instance}/services/data/v{apiVersion}/…; the instance is the serverUrl before
// "/services/". apiVersion: configuration.apiVersion, else 47.0 from 4.6.7 on, 42.0 before
// (jsforce's default). The connection lives in state.connection during the run and is
// removed at the end, as in the original. An `execute(...)` called inside a job (older
// jobs do, inside `each`) reuses the connection of the run instead of logging in again.
//
// ≤ 4: results are prepended to state.references (state.data untouched); relationship,
//   lookup, upsertIf, createIf, reference, steps exist; 1.x–2.x functions are curried
//   (upsert(a, b, c, state) runs at once). query leaves its result ({totalSize, done,
//   records, nextRecordsUrl?}) in references[0]: the first page, or every page with
//   {autoFetch: true} (4.6+). create/update of arrays use sObject Collections (jsforce
//   does from API 42); upsert of arrays is one PATCH per record. Results are jsforce's
//   RecordResult: {id, success, errors} (upsert: the response body, or
//   {success: true, errors: []} on 204).
// ≥ 5: results through composeNextState (state.data, appended to references); no
//   relationship/upsertIf/createIf/reference/steps. create/update/destroy results are
//   {success, completed: [ids], errors: [{id, message}]}; upsert gives jsforce's results
//   (an array of them for arrays, which go through the composite API:
//   PATCH /composite/sobjects/{Type}/{ExtIdField}, 200 records per call). query: 5–6 give
//   {totalSize, done, records} in data (first page; all pages with {autoFetch: true},
//   capped at 10 000); 7+ give the records array in data, fetched across nextRecordsUrl
//   up to options.limit (default 10 000), and {done, totalSize, nextRecordsUrl?} in
//   state.response.
// Not available: bulk/bulkQuery/bulk2 (the Bulk API), toUTF8 / util.toUTF8, describeAll on ≥ 5.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { composeNextState } = common;
  const { expandReferences } = common.util;

  const major = sb.major;
  const OLD = major <= 4;
  const net = () => {
    if (!sb.http) throw new Error('language-salesforce: HTTP is not available in this engine');
    return sb.http;
  };

  const versionAtLeast = (v, min) => {
    const a = String(v).split('.').map((x) => parseInt(x, 10) || 0);
    const b = min.split('.').map((x) => parseInt(x, 10) || 0);
    for (let i = 0; i < 3; i++) {
      if ((a[i] || 0) !== b[i]) return (a[i] || 0) > b[i];
    }
    return true;
  };
  const defaultApiVersion = versionAtLeast(sb.version, '4.6.7') ? '47.0' : '42.0';
  const MAX_DML = 200;
  const QUERY_CAP = 10000;

  const xmlEscape = (s) => String(s == null ? '' : s)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const xmlTag = (xml, tag) => {
    const m = new RegExp(`<(?:[A-Za-z0-9_]+:)?${tag}>([^<]*)</(?:[A-Za-z0-9_]+:)?${tag}>`).exec(xml);
    return m ? m[1] : undefined;
  };

  // ---- the connection ------------------------------------------------------------------
  class Connection {
    constructor(instanceUrl, accessToken, version) {
      Object.defineProperty(this, 'accessToken', { value: accessToken, enumerable: false });
      this.instanceUrl = String(instanceUrl).replace(/\/+$/, '');
      this.version = String(version);
    }

    url(path) {
      if (/^https?:\/\//i.test(path)) return path;
      if (path.startsWith('/services/')) return this.instanceUrl + path;
      return `${this.instanceUrl}/services/data/v${this.version}${path.startsWith('/') ? '' : '/'}${path}`;
    }

    async request({ method = 'GET', url, body, query, headers = {} }) {
      const options = {
        method,
        url: this.url(url),
        headers: { Authorization: `Bearer ${this.accessToken}`, ...headers },
        query,
      };
      if (body !== undefined) {
        options.body = typeof body === 'string' ? body : JSON.stringify(body);
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
          options.headers['Content-Type'] = 'application/json';
        }
      }
      try {
        return await net().request(options);
      } catch (e) {
        // Salesforce errors: [{message, errorCode, fields}]
        const first = e && Array.isArray(e.body) ? e.body[0] : undefined;
        if (first && first.errorCode) {
          e.errorCode = first.errorCode;
          if (first.fields) e.fields = first.fields;
        }
        throw e;
      }
    }

    // jsforce: POST /sobjects/{type} → {id, success, errors}
    async createOne(type, record) {
      const { Id, type: ignored, attributes, ...fields } = record || {};
      const r = await this.request({ method: 'POST', url: `/sobjects/${type}`, body: fields });
      return r.body;
    }

    async updateOne(type, record) {
      const { Id, type: ignored, attributes, ...fields } = record || {};
      if (!Id) throw new Error('update: the record needs an Id');
      const r = await this.request({ method: 'PATCH', url: `/sobjects/${type}/${encodeURIComponent(Id)}`, body: fields });
      return r.statusCode === 204 || r.body === '' || r.body == null ? { id: Id, success: true, errors: [] } : r.body;
    }

    async upsertOne(type, record, extIdField) {
      const extId = record ? record[extIdField] : undefined;
      if (extId === undefined || extId === null || extId === '') {
        throw new Error(`upsert: the record has no value for the external id field ${extIdField}`);
      }
      const fields = { ...record };
      delete fields[extIdField];
      delete fields.type;
      delete fields.attributes;
      const r = await this.request({
        method: 'PATCH',
        url: `/sobjects/${type}/${extIdField}/${encodeURIComponent(extId)}`,
        body: fields,
      });
      return r.statusCode === 204 || r.body === '' || r.body == null ? { success: true, errors: [] } : r.body;
    }

    // sObject Collections: POST|PATCH /composite/sobjects, or PATCH …/{type}/{extIdField}
    async collection(method, type, records, options = {}, extIdField) {
      const out = [];
      for (let i = 0; i < records.length; i += MAX_DML) {
        const chunk = records.slice(i, i + MAX_DML).map((rec) => {
          const { type: ignored, attributes, ...fields } = rec || {};
          return { attributes: { type }, ...fields };
        });
        const url = extIdField ? `/composite/sobjects/${type}/${extIdField}` : '/composite/sobjects';
        const r = await this.request({ method, url, body: { allOrNone: !!options.allOrNone, records: chunk } });
        out.push(...(Array.isArray(r.body) ? r.body : []));
      }
      return out;
    }

    // headers (jsforce's query option) go with every page, e.g. Sforce-Query-Options.
    async query(soql, { fetchAll = false, max = QUERY_CAP, headers = {} } = {}) {
      const first = await this.request({ url: '/query', query: { q: soql }, headers });
      const result = { ...first.body };
      let records = Array.isArray(result.records) ? [...result.records] : [];
      let next = result.nextRecordsUrl;
      while (fetchAll && next && records.length < max) {
        const page = await this.request({ url: next, headers });
        records.push(...(page.body.records || []));
        next = page.body.nextRecordsUrl;
      }
      if (fetchAll) {
        if (records.length > max) records = records.slice(0, max);
        result.records = records;
        result.done = !next;
        if (next) result.nextRecordsUrl = next; else delete result.nextRecordsUrl;
      }
      return result;
    }
  }

  async function soapLogin(configuration, version) {
    const { loginUrl, username, password, securityToken } = configuration;
    if (!loginUrl) throw new Error('loginUrl missing from configuration.');
    const envelope = [
      '<se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/">',
      '<se:Header/>',
      '<se:Body>',
      '<login xmlns="urn:partner.soap.sforce.com">',
      `<username>${xmlEscape(username)}</username>`,
      `<password>${xmlEscape(`${password == null ? '' : password}${securityToken == null ? '' : securityToken}`)}</password>`,
      '</login>',
      '</se:Body>',
      '</se:Envelope>',
    ].join('');
    console.info(`Logging in as ${username}.`);
    const resp = await net().request({
      method: 'POST',
      url: `${String(loginUrl).replace(/\/+$/, '')}/services/Soap/u/${version}`,
      headers: { 'Content-Type': 'text/xml', SOAPAction: '""' },
      body: envelope,
      parseAs: 'text',
      errors: false,
    });
    const xml = typeof resp.text === 'string' ? resp.text : String(resp.body);
    if (resp.statusCode >= 400) {
      const fault = xmlTag(xml, 'faultstring');
      const e = new Error(`Salesforce login failed (${resp.statusCode} ${resp.statusMessage || ''}): ${fault || xml.slice(0, 300)}`);
      e.statusCode = resp.statusCode;
      e.body = xml;
      throw e;
    }
    const serverUrl = xmlTag(xml, 'serverUrl');
    const sessionId = xmlTag(xml, 'sessionId');
    if (!serverUrl || !sessionId) throw new Error(`Salesforce login answered without a session: ${xml.slice(0, 300)}`);
    const cut = serverUrl.indexOf('/services/');
    const instanceUrl = cut > 0 ? serverUrl.slice(0, cut) : serverUrl.split('/').slice(0, 3).join('/');
    const conn = new Connection(instanceUrl, sessionId, version);
    conn.userInfo = { id: xmlTag(xml, 'userId'), organizationId: xmlTag(xml, 'organizationId') };
    return conn;
  }

  async function connect(configuration = {}) {
    const version = configuration.apiVersion ? String(configuration.apiVersion) : defaultApiVersion;
    const token = configuration.access_token || configuration.accessToken;
    const instanceUrl = configuration.instance_url || configuration.instanceUrl;
    if (token) {
      if (!instanceUrl) throw new Error('instance_url missing from configuration (it goes with access_token).');
      return new Connection(instanceUrl, token, version);
    }
    return soapLogin(configuration, version);
  }

  const connectionOf = (state) => {
    const c = state && state.connection;
    if (!(c instanceof Connection)) {
      throw new Error('No Salesforce connection in state: run this operation inside the job (execute logs in first).');
    }
    return c;
  };

  // ---- results -------------------------------------------------------------------------
  const prepend = (state, result) => ({ ...state, references: [result, ...(state.references || [])] });
  const formatResults = (input) => {
    if (!Array.isArray(input)) return { success: input.success, errors: input.errors, completed: [input.id] };
    const out = { success: true, completed: [], errors: [] };
    for (const r of input) {
      if (r.success) out.completed.push(r.id); else out.success = false;
      for (const message of r.errors || []) out.errors.push({ id: r.id, message });
    }
    return out;
  };
  const assertNoNesting = (input) => {
    for (const rec of Array.isArray(input) ? input : [input]) {
      if (!rec || typeof rec !== 'object') throw new TypeError('Records must be objects or arrays of objects.');
      for (const key of Object.keys(rec)) {
        if (key.includes('.')) {
          const e = new Error(`Dot notation syntax (i.e., ${key}) is not supported in key names`);
          e.code = 'UNEXPECTED_KEY';
          e.fix = 'Relationships should be nested objects, e.g. { Account__r: { Ext_Id__c: value } }';
          throw e;
        }
      }
    }
  };

  // 1.x–2.x: curried — called with one more argument than declared, it runs on it.
  const curried = (arity, factory) => {
    if (major >= 3) return factory;
    return (...args) => (args.length > arity ? factory(...args.slice(0, arity))(args[arity]) : factory(...args));
  };

  // ---- operations ----------------------------------------------------------------------
  async function doCreate(conn, sObject, records) {
    if (Array.isArray(records)) return conn.collection('POST', sObject, records);
    return conn.createOne(sObject, records);
  }
  async function doUpdate(conn, sObject, records) {
    if (Array.isArray(records)) return conn.collection('PATCH', sObject, records);
    return conn.updateOne(sObject, records);
  }
  async function doUpsert(conn, sObject, externalId, records) {
    if (!Array.isArray(records)) return conn.upsertOne(sObject, records, externalId);
    if (!OLD) return conn.collection('PATCH', sObject, records, {}, externalId);
    const out = [];
    for (const rec of records) out.push(await conn.upsertOne(sObject, rec, externalId));
    return out;
  }

  const create = curried(2, (sObject, attrs) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType, records] = expandReferences(state, sObject, attrs);
    if (!OLD) assertNoNesting(records);
    console.info(`Creating ${resolvedType}`, records);
    const result = await doCreate(conn, resolvedType, records);
    console.log('Result : ' + JSON.stringify(result));
    return OLD ? prepend(state, result) : composeNextState(state, formatResults(result));
  });

  const update = curried(2, (sObject, attrs) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType, records] = expandReferences(state, sObject, attrs);
    if (!OLD) assertNoNesting(records);
    console.info(`Updating ${resolvedType}`, records);
    const result = await doUpdate(conn, resolvedType, records);
    console.log('Result : ' + JSON.stringify(result));
    return OLD ? prepend(state, result) : composeNextState(state, formatResults(result));
  });

  const upsert = curried(3, (sObject, externalId, attrs) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType, resolvedExtId, records] = expandReferences(state, sObject, externalId, attrs);
    if (!OLD) assertNoNesting(records);
    console.info(`Upserting ${resolvedType} with externalId`, resolvedExtId, ':', records);
    const result = await doUpsert(conn, resolvedType, resolvedExtId, records);
    console.log('Result : ' + JSON.stringify(result));
    return OLD ? prepend(state, result) : composeNextState(state, result);
  });

  const upsertIf = curried(4, (logical, sObject, externalId, attrs) => async (state) => {
    const [resolvedLogical] = expandReferences(state, logical);
    if (!resolvedLogical) {
      console.info(`Not upserting ${sObject} because logical is false.`);
      return { ...state };
    }
    return upsert(sObject, externalId, attrs)(state);
  });

  const createIf = curried(3, (logical, sObject, attrs) => async (state) => {
    const [resolvedLogical] = expandReferences(state, logical);
    if (!resolvedLogical) {
      console.info(`Not creating ${sObject} because logical is false.`);
      return { ...state };
    }
    return create(sObject, attrs)(state);
  });

  // query(qs) (≤ 4.5), query(qs, options, callback) (4.6+), query(qs, options) (≥ 5)
  const query = curried(1, (qs, options = {}, callback) => async (state) => {
    const conn = connectionOf(state);
    const [soql, resolvedOptions = {}] = expandReferences(state, qs, options);
    console.log(`Executing query: ${soql}`);
    if (OLD) {
      const result = await conn.query(soql, { fetchAll: !!resolvedOptions.autoFetch, max: resolvedOptions.maxFetch || QUERY_CAP, headers: resolvedOptions.headers });
      console.log('Results retrieved and pushed to position [0] of the references array.');
      const next = prepend(state, result);
      return callback ? callback(next) : next;
    }
    if (major <= 6) {
      const result = await conn.query(soql, { fetchAll: !!resolvedOptions.autoFetch, max: QUERY_CAP, headers: resolvedOptions.headers });
      return composeNextState(state, result);
    }
    const limit = resolvedOptions.limit === undefined ? QUERY_CAP : Number(resolvedOptions.limit);
    const result = await conn.query(soql, { fetchAll: true, max: limit, headers: resolvedOptions.headers });
    const { records, ...meta } = result;
    console.log(`Fetched ${records.length} of ${meta.totalSize} records`);
    return { ...composeNextState(state, records), response: meta };
  });

  const retrieve = curried(3, (sObject, id, callback) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType, resolvedId] = expandReferences(state, sObject, id);
    const r = await conn.request({ url: `/sobjects/${resolvedType}/${resolvedId}` });
    const next = OLD ? prepend(state, r.body) : composeNextState(state, r.body);
    return OLD && callback ? callback(next) : next;
  });

  const describe = curried(1, (sObject) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType] = expandReferences(state, sObject);
    if (!resolvedType) {
      const r = await conn.request({ url: '/sobjects' });
      console.log(`Retrieved ${(r.body.sobjects || []).length} sObjects`);
      return OLD ? prepend(state, r.body.sobjects) : composeNextState(state, r.body);
    }
    const r = await conn.request({ url: `/sobjects/${resolvedType}/describe` });
    console.log('Label : ' + r.body.label);
    console.log('Num of Fields : ' + (r.body.fields || []).length);
    return OLD ? prepend(state, r.body) : composeNextState(state, r.body);
  });

  const destroy = curried(3, (sObject, attrs, options = {}) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedType, ids, resolvedOptions = {}] = expandReferences(state, sObject, attrs, options);
    console.info(`Deleting ${resolvedType} records`);
    const list = Array.isArray(ids) ? ids : [ids];
    const results = [];
    for (const id of list) {
      const r = await conn.request({ method: 'DELETE', url: `/sobjects/${resolvedType}/${encodeURIComponent(id)}` });
      results.push(r.statusCode === 204 || r.body === '' || r.body == null ? { id, success: true, errors: [] } : r.body);
    }
    const result = Array.isArray(ids) ? results : results[0];
    if (resolvedOptions.failOnError && results.some((r) => !r.success)) {
      throw new Error('Some deletes failed; exiting with failure code.');
    }
    return OLD ? prepend(state, result) : composeNextState(state, formatResults(result));
  });

  // request(path, {method, headers, body, query}) (4.4+); get/post on ≥ 5.
  const requestOp = (path, options = {}, callback) => async (state) => {
    const conn = connectionOf(state);
    const [resolvedPath, o = {}] = expandReferences(state, path, options);
    const r = await conn.request({ method: String(o.method || 'GET').toUpperCase(), url: resolvedPath, body: o.body, query: o.query, headers: o.headers || {} });
    const next = OLD ? prepend(state, r.body) : composeNextState(state, r.body);
    return callback ? callback(next) : next;
  };

  function relationship(relationshipName, externalId, dataSource) {
    return common.field(relationshipName, (state) => {
      if (typeof dataSource === 'function') return { [externalId]: dataSource(state) };
      return { [externalId]: dataSource };
    });
  }
  function lookup(relationshipName, externalId, path) {
    return common.field(relationshipName, (state) => ({ [externalId]: common.sourceValue(path)(state) }));
  }
  const reference = curried(1, (position) => (state) => state.references[position].id);
  const flatten = (ops) => ops.reduce((acc, op) => acc.concat(Array.isArray(op) ? flatten(op) : [op]), []);
  const steps = (...operations) => flatten(operations);

  function execute(...operations) {
    const ops = flatten(operations);
    return async (state) => {
      // Inside a running job: reuse its connection, no second login, no clean-up.
      if (state && state.connection instanceof Connection) {
        return ops.reduce((acc, op) => acc.then(op), Promise.resolve(state));
      }
      const initialState = OLD
        ? { logger: { info: console.info.bind(console), debug: console.log.bind(console) }, references: [], data: null, configuration: {} }
        : { references: [], data: null };
      const start = { ...initialState, ...state };
      const connection = await connect(start.configuration || {});
      let current = { ...start, connection };
      for (const op of ops) current = await op(current);
      if (current && typeof current === 'object') delete current.connection;
      return current;
    };
  }

  const bulkUnavailable = (name) => () => () => {
    throw new Error(`${name} is not available in Switchboard's language-salesforce (the Bulk API is not emulated); use upsert/create with arrays instead.`);
  };

  Object.assign(exports, {
    execute, create, insert: create, update, upsert, query, retrieve, describe, destroy,
    bulk: bulkUnavailable('bulk'), bulkQuery: bulkUnavailable('bulkQuery'),
  });
  if (OLD) {
    Object.assign(exports, { relationship, lookup, upsertIf, createIf, reference, steps });
    if (versionAtLeast(sb.version, '4.4.0')) exports.request = requestOp;
    if (major <= 4) exports.describeAll = () => describe(undefined);
  } else {
    exports.request = (path, options) => requestOp(path, options);
    exports.get = (path, options = {}) => (state) => {
      const [p, o = {}] = expandReferences(state, path, options);
      return requestOp(p, { ...o, method: 'GET' })(state);
    };
    exports.post = (path, data, options = {}) => (state) => {
      const [p, d, o = {}] = expandReferences(state, path, data, options);
      return requestOp(p, { ...o, method: 'POST', body: d })(state);
    };
    for (const gone of ['relationship', 'upsertIf', 'createIf', 'reference', 'steps', 'beta']) {
      if (gone in exports) delete exports[gone];
    }
  }
});
