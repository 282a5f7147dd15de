// language-commcare for Switchboard (@openfn/language-commcare majors 1–3), over sb.http,
// with the API of the 3.x adaptor for every major.
//
// Credential: {hostUrl, domain, appId, username, apiKey | password}: `ApiKey user:key`
// when apiKey is there, HTTP Basic when password is, else a clear error.
//
// * get(path, params, callback): GET {hostUrl}/a/{domain}/api/v0.5/{path} with params as
//   the query. Without an `offset` param it pages: while meta.next is set it asks again
//   with offset = meta.offset + meta.limit, limit = meta.limit, and collects every page's
//   objects into state.data. state.response = the last response (no body) plus its meta.
// * post(path, data, params, callback): POST JSON to the same API root.
// * submit(formData): the JSON turned into an XForm the way js2xmlparser does (root
//   <data>, "@" holds attributes such as xmlns, "#" a text value, arrays repeat the
//   element, four-space indentation) and POSTed as text/xml to
//   {hostUrl}/a/{domain}/receiver/{appId}/; the receiver's text answer goes to state.data.
// * submitXls(rows, {case_type, search_field, create_new_cases}): multipart POST to
//   {hostUrl}/a/{domain}/importer/excel/bulk_upload_api/. The original builds an .xls with
//   SheetJS, which the engine does not carry; this sends the rows as CSV (output.csv).
// * fetchReportData(reportId, params, postUrl): GET {hostUrl}/a/{domain}/api/v0.5/
//   configurablereportdata/{reportId}/ with params as the query, then POST the report (JSON)
//   to postUrl (without CommCare's login: it goes to CommCare's own host only); the state is returned unchanged.
//
// 429 back-off: CommCare answers 429 without Retry-After. The original adaptor does not
// retry; Switchboard retries every CommCare request on 429 (sb.http retry: up to 6 tries,
// 2 s doubling to at most 60 s), because the monthly form fetch depends on it.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { composeNextState } = common;
  const { expandReferences } = common.util;

  const RETRY_429 = { statuses: [429], max: 5, delayMs: 2000, maxDelayMs: 60000 };
  const net = () => {
    if (!sb.http) throw new Error('language-commcare: HTTP is not available in this engine');
    return sb.http;
  };

  function authHeaders(configuration) {
    if (configuration && 'apiKey' in configuration) {
      return { Authorization: `ApiKey ${configuration.username}:${configuration.apiKey}` };
    }
    if (configuration && 'password' in configuration) {
      const user = configuration.username == null ? '' : String(configuration.username);
      const pass = configuration.password == null ? '' : String(configuration.password);
      return { Authorization: sb.http && sb.http.basic ? sb.http.basic(user, pass) : common.util.makeBasicAuthHeader(user, pass).Authorization };
    }
    throw new Error('Invalid authorization credentials. Include an apiKey or password in state.configuration');
  }

  const urlFor = (configuration, path) => {
    if (/^https?:\/\//i.test(path)) return path;
    const { hostUrl } = configuration || {};
    if (!hostUrl) throw new Error('hostUrl missing from configuration (the CommCare server, e.g. https://www.commcarehq.org).');
    return `${String(hostUrl).replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
  };

  const originOf = (url) => {
    const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(String(url || ''));
    return m ? m[1].toLowerCase() : '';
  };

  async function request(configuration, path, { method, data, params = {}, headers = {}, contentType, parseAs = 'json', multipart }) {
    const url = urlFor(configuration, path);
    // The CommCare login goes to CommCare only: a job's own address elsewhere (the
    // postUrl of fetchReportData) gets the data without it.
    const toCommCare = originOf(url) === originOf(configuration && configuration.hostUrl);
    const allHeaders = toCommCare ? { ...headers, ...authHeaders(configuration) } : { ...headers };
    if (contentType) allHeaders['content-type'] = contentType;
    const options = {
      method,
      url,
      headers: allHeaders,
      query: params,
      parseAs: parseAs === 'text' ? 'text' : 'auto',
      retry: RETRY_429,
    };
    if (multipart) options.multipart = multipart;
    else if (data !== undefined && data !== null) options.body = typeof data === 'string' ? data : JSON.stringify(data);
    const resp = await net().request(options);
    console.log(`${method} ${resp.url || options.url} - ${resp.statusCode} in ${resp.duration}ms`);
    return {
      url: resp.url || options.url,
      method,
      statusCode: resp.statusCode,
      statusMessage: resp.statusMessage,
      headers: resp.headers,
      body: resp.body,
      duration: resp.duration,
    };
  }

  const prepareNextState = (state, response, callback = (s) => s) => {
    const { body, ...withoutBody } = response;
    const data = body && typeof body === 'object' && body.objects !== undefined ? body.objects : body;
    return callback({
      ...composeNextState(state, data),
      response: { ...withoutBody, meta: body && typeof body === 'object' ? body.meta : undefined },
    });
  };

  function get(path, params = {}, callback = (s) => s) {
    return async (state) => {
      const { domain } = state.configuration || {};
      const [resolvedPath, resolvedParams = {}] = expandReferences(state, path, params);
      const paginate = resolvedParams.offset === undefined || isNaN(resolvedParams.offset);
      let requestParams = { ...resolvedParams };
      let nextState = state;
      let result;
      try {
        for (;;) {
          const response = await request(state.configuration, `/a/${domain}/api/v0.5/${resolvedPath}`, {
            method: 'GET', params: requestParams, contentType: 'application/json',
          });
          const meta = response.body && typeof response.body === 'object' ? response.body.meta : undefined;
          nextState = prepareNextState(state, response, callback);
          const page = nextState.data;
          if (meta && meta.next) {
            if (!result) result = [];
            if (Array.isArray(page)) result.push(...page);
            requestParams = { ...requestParams, offset: meta.offset + meta.limit, limit: meta.limit };
            if (!paginate) break;
          } else {
            if (result) { if (Array.isArray(page)) result.push(...page); } else result = page;
            break;
          }
        }
      } catch (e) {
        if (e && e.statusCode === 404) e.body = { error: `Resource ${resolvedPath} not found` };
        throw e;
      }
      return { ...nextState, data: result };
    };
  }

  function post(path, data, params = {}, callback = (s) => s) {
    return async (state) => {
      const { domain } = state.configuration || {};
      const [resolvedPath, resolvedData, resolvedParams = {}] = expandReferences(state, path, data, params);
      const response = await request(state.configuration, `/a/${domain}/api/v0.5/${resolvedPath}`, {
        method: 'POST', data: resolvedData, params: resolvedParams, contentType: 'application/json',
      });
      return prepareNextState(state, response, callback);
    };
  }

  // ---- JSON → XML, as js2xmlparser writes it -------------------------------------------
  const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttr = (s) => escapeText(s).replace(/'/g, '&apos;');
  const scalar = (v) => (v instanceof Date ? v.toISOString() : String(v));
  function toXml(name, value, depth, out) {
    const pad = '    '.repeat(depth);
    if (Array.isArray(value)) {
      for (const item of value) toXml(name, item, depth, out);
      return;
    }
    if (value === null || value === undefined) {
      out.push(`${pad}<${name}/>`);
      return;
    }
    if (typeof value !== 'object' || value instanceof Date) {
      const text = scalar(value);
      out.push(text === '' ? `${pad}<${name}/>` : `${pad}<${name}>${escapeText(text)}</${name}>`);
      return;
    }
    const attrs = value['@'] && typeof value['@'] === 'object'
      ? Object.entries(value['@']).map(([k, v]) => ` ${k}='${escapeAttr(scalar(v))}'`).join('')
      : '';
    const children = Object.keys(value).filter((k) => k !== '@' && k !== '#');
    const text = value['#'];
    if (!children.length) {
      if (text === undefined || text === null || scalar(text) === '') out.push(`${pad}<${name}${attrs}/>`);
      else out.push(`${pad}<${name}${attrs}>${escapeText(scalar(text))}</${name}>`);
      return;
    }
    out.push(`${pad}<${name}${attrs}>`);
    if (text !== undefined && text !== null) out.push(`${pad}    ${escapeText(scalar(text))}`);
    for (const k of children) toXml(k, value[k], depth + 1, out);
    out.push(`${pad}</${name}>`);
  }
  const js2xml = (root, json) => {
    const out = ["<?xml version='1.0'?>"];
    toXml(root, json, 0, out);
    return out.join('\n');
  };

  function submit(formData) {
    return async (state) => {
      const [jsonBody] = expandReferences(state, formData);
      const body = js2xml('data', jsonBody);
      const { domain, appId } = state.configuration || {};
      console.log('Raw JSON body: '.concat(JSON.stringify(jsonBody)));
      console.log('X-form submission: '.concat(body));
      const response = await request(state.configuration, `/a/${domain}/receiver/${appId}/`, {
        method: 'POST', data: body, contentType: 'text/xml', parseAs: 'text',
      });
      return prepareNextState(state, response);
    };
  }

  const csvCell = (v) => {
    const s = v === null || v === undefined ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  function rowsToCsv(rows) {
    const header = [];
    for (const row of rows) for (const k of Object.keys(row || {})) if (!header.includes(k)) header.push(k);
    const lines = [header.map(csvCell).join(',')];
    for (const row of rows) lines.push(header.map((k) => csvCell((row || {})[k])).join(','));
    return lines.join('\r\n') + '\r\n';
  }

  function submitXls(formData, params = {}) {
    return async (state) => {
      const { domain } = state.configuration || {};
      const [rows, resolvedParams = {}] = expandReferences(state, formData, params);
      if (!Array.isArray(rows)) throw new TypeError('submitXls: formData must be an array of rows (objects)');
      const { case_type, search_field, create_new_cases } = resolvedParams;
      const multipart = [
        { name: 'file', value: rowsToCsv(rows), filename: 'output.csv', contentType: 'text/csv' },
        { name: 'case_type', value: case_type == null ? 'undefined' : String(case_type) },
        { name: 'search_field', value: search_field == null ? 'undefined' : String(search_field) },
        { name: 'create_new_cases', value: create_new_cases == null ? 'undefined' : String(create_new_cases) },
      ];
      const response = await request(state.configuration, `/a/${domain}/importer/excel/bulk_upload_api/`, {
        method: 'POST', multipart,
      });
      return prepareNextState(state, response);
    };
  }

  function fetchReportData(reportId, params, postUrl) {
    return async (state) => {
      const [resolvedId, resolvedParams, resolvedUrl] = expandReferences(state, reportId, params, postUrl);
      const path = `/a/${state.configuration.domain}/api/v0.5/configurablereportdata/${resolvedId}/`;
      console.log('with params: '.concat(JSON.stringify(resolvedParams)));
      // params (limit, offset, report filters) are the report API's query, as in the original.
      const { body: reportData } = await request(state.configuration, path, {
        method: 'GET', params: resolvedParams || {}, contentType: 'application/json',
      });
      await request(state.configuration, resolvedUrl, { method: 'POST', data: reportData, contentType: 'application/json' });
      console.log('fetchReportData succeeded.');
      console.log('Posted to: ', resolvedUrl);
      return state;
    };
  }

  function execute(...operations) {
    const initialState = { references: [], data: null };
    return (state) => common.execute(...operations)({ ...initialState, ...state });
  }

  Object.assign(exports, { execute, get, post, submit, submitXls, fetchReportData });
});
