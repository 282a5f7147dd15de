// language-http for Switchboard (@openfn/language-http majors 1–7), over sb.http
// (docs/http-for-jobs.md). Behaviour follows the pinned major version (sb.major):
//
// * ≤ 5 behave as 3.x/4.x/5.x (axios era): get|post|put|patch|del(path, params, callback);
//   URL = configuration.baseUrl + path unless the path is absolute; Basic auth from
//   configuration.username/password (or params.authentication|auth); params.body (objects
//   as JSON, strings as they are), params.query|params|qs, params.headers,
//   params.form|formData (multipart/form-data), params.json, params.options.successCodes
//   (default 2xx). The body is parsed as JSON when it parses, else kept as {body: text}.
//   Result through composeNextState, the axios-like response in state.response.
//   A cookie jar lives for the run: its cookies go out with every request; Set-Cookie is
//   stored only for requests with keepCookie: true, which also add data.__cookie and
//   data.__headers. `request(params)` (the old `request` module call) resolves with the
//   parsed body, as the original does. `http` is language-common 1.x's axios helpers
//   (get/post/put/patch/delete/head/options → the axios-like response).
//   Not available: parseXML (needs cheerio), the `axios` export, parseCSV of a file path
//   (strings are parsed), gzip/agentOptions (tls verification can be turned off).
// * 6.x: get|post|put|patch|del|request(method, path, params, callback) with params
//   body/query/headers/form/parseAs/errors/tls/timeout/maxRedirections; status ≥ 400
//   throws an HttpError with statusCode, body, headers (or the message from params.errors,
//   or no error when errors[status] === false); state.response = {url, method, statusCode,
//   statusMessage, headers, body, duration}. Auth (Bearer access_token or Basic) only
//   when baseUrl is set. parseXML is not available (needs cheerio).
// * 7.x: post|put|patch(path, data, options), get|del(path, options),
//   request(method, path, options); no callbacks (use .then on the operation);
//   options.contentType ('json' default, 'form', 'text', 'xml'); state.response without body.
(function (exports, sb) {
  'use strict';

  const common = sb.adaptor('common');
  Object.defineProperties(exports, Object.getOwnPropertyDescriptors(common));
  const { composeNextState } = common;
  const { expandReferences } = common.util;

  const major = sb.major;
  const net = () => {
    if (!sb.http) throw new Error('language-http: HTTP is not available in this engine');
    return sb.http;
  };

  // ---- small helpers -----------------------------------------------------------------
  const isAbsolute = (u) => typeof u === 'string' && /^https?:\/\//i.test(u);
  const originOf = (u) => {
    const m = /^(https?:\/\/[^/?#]+)/i.exec(u);
    return m ? m[1].toLowerCase() : '';
  };
  const headerKey = (headers, name) =>
    Object.keys(headers || {}).find((k) => k.toLowerCase() === name.toLowerCase());
  const hasHeader = (headers, name) => headerKey(headers, name) !== undefined;
  const setHeader = (headers, name, value) => {
    const k = headerKey(headers, name);
    if (k !== undefined && k !== name) delete headers[k];
    headers[name] = value;
  };
  const stringHeaders = (headers) => {
    const out = {};
    for (const [k, v] of Object.entries(headers || {})) {
      if (v === undefined || v === null) continue;
      out[k] = Array.isArray(v) ? v.join(', ') : String(v);
    }
    return out;
  };
  const basic = (user, password) =>
    (sb.http && sb.http.basic)
      ? sb.http.basic(user == null ? '' : String(user), password == null ? '' : String(password))
      : common.util.makeBasicAuthHeader(user, password).Authorization;
  const multipartOf = (form) =>
    Object.entries(form).map(([name, value]) => {
      if (value && typeof value === 'object' && 'value' in value && ('filename' in value || 'contentType' in value)) {
        return { name, value: String(value.value), filename: value.filename, contentType: value.contentType };
      }
      return { name, value: value === null || value === undefined ? '' : (typeof value === 'object' ? JSON.stringify(value) : String(value)) };
    });
  const tryJson = (data) => {
    if (typeof data === 'string') {
      try { return JSON.parse(data); } catch (e) { return { body: data }; }
    }
    return data;
  };
  const textExcerpt = (text) => (typeof text === 'string' ? text : JSON.stringify(text === undefined ? '' : text)).slice(0, 300);
  // An HttpError like sb.http's, for the statuses this adaptor decides about itself.
  const makeHttpError = (resp, message) => {
    if (!message && sb.http && typeof sb.http.HttpError === 'function') return new sb.http.HttpError(resp);
    const e = new Error(message ||
      `${resp.method} ${resp.url} → ${resp.statusCode} ${resp.statusMessage || ''}: ${textExcerpt(resp.text !== undefined ? resp.text : resp.body)}`);
    e.name = 'HttpError';
    e.statusCode = resp.statusCode;
    e.statusMessage = resp.statusMessage;
    e.body = resp.body;
    e.headers = resp.headers;
    e.url = resp.url;
    e.method = resp.method;
    e.duration = resp.duration;
    return e;
  };
  const firstPart = (setCookie) => String(setCookie).split(';')[0].trim();

  // ====================================================================================
  // ≤ 5: the axios era
  // ====================================================================================
  // An axios-like call: config {url, method, params, headers, data, auth, keepCookie,
  // validateStatus codes, timeout, maxRedirects, tls}. Resolves with
  // {status, statusText, headers, config, data, request} — data as axios gives it (parsed
  // JSON when the text parses, else the text).
  async function axiosCall(config) {
    const method = String(config.method || 'get').toUpperCase();
    const url = config.url;
    if (!isAbsolute(url)) {
      throw new Error(`Invalid URL: ${url === undefined ? '(none)' : url} — set baseUrl in the credential or use an absolute URL`);
    }
    const headers = { Accept: 'application/json, text/plain, */*', ...stringHeaders(config.headers) };
    let body;
    let multipart;
    if (config.multipart) {
      multipart = config.multipart;
    } else if (config.data !== undefined && config.data !== null && config.data !== '') {
      if (typeof config.data === 'string') {
        body = config.data;
        if (!hasHeader(headers, 'Content-Type') && ['POST', 'PUT', 'PATCH'].includes(method)) {
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }
      } else {
        body = JSON.stringify(config.data);
        if (!hasHeader(headers, 'Content-Type')) headers['Content-Type'] = 'application/json';
      }
    }
    if (config.auth) {
      setHeader(headers, 'Authorization', basic(config.auth.username, config.auth.password));
    }
    // The run's jar: its cookies go out with every request (they replace a Cookie header).
    const jarCookies = net().cookies ? net().cookies(url) : '';
    if (jarCookies) setHeader(headers, 'Cookie', jarCookies);
    const options = {
      method, url, headers, query: config.params, parseAs: 'text', errors: false, cookies: false,
      redirect: config.maxRedirects !== 0,
    };
    if (body !== undefined) options.body = body;
    if (multipart) options.multipart = multipart;
    if (config.timeout) options.timeout = config.timeout;
    if (config.tls) options.tls = config.tls;
    const resp = await net().request(options);
    const ok = Array.isArray(config.successCodes)
      ? config.successCodes.includes(resp.statusCode)
      : resp.statusCode >= 200 && resp.statusCode < 300;
    if (!ok) throw makeHttpError(resp);
    let data = resp.text !== undefined ? resp.text : resp.body;
    if (typeof data === 'string') {
      try { data = JSON.parse(data); } catch (e) { /* axios keeps the text */ }
    }
    return {
      status: resp.statusCode,
      statusText: resp.statusMessage,
      headers: resp.headers,
      config: { url, method: method.toLowerCase(), headers, params: config.params, keepCookie: config.keepCookie },
      request: { method, path: url.replace(/^https?:\/\/[^/]+/i, '') || '/', host: originOf(url).replace(/^https?:\/\//, ''), protocol: url.slice(0, url.indexOf(':') + 1) },
      data,
    };
  }

  const setUrl3 = (configuration, path) => {
    const baseUrl = configuration && configuration.baseUrl;
    if (isAbsolute(path)) return path;
    if (baseUrl) return `${String(baseUrl).replace(/\/$/, '')}/${String(path).replace(/^\/+/g, '')}`;
    return path;
  };
  const setAuth3 = (configuration, manual) => {
    if (manual) return manual;
    if (configuration && configuration.username) {
      return { username: configuration.username, password: configuration.password };
    }
    return null;
  };

  // params (3.x shape) → axios config
  function axiosConfigOf(params, url, auth) {
    const p = params || {};
    const form = p.formData || p.form;
    let headers = { ...(p.headers || {}) };
    if (p.gzip === true) headers['Accept-Encoding'] = 'gzip, deflate';
    // axios: data ?? (body || form)
    let data = p.data !== undefined && p.data !== null ? p.data : (p.body || undefined);
    let multipart;
    if (data === undefined && form && typeof form === 'object' && Object.keys(form).length) {
      multipart = multipartOf(form);
    }
    if (p.json) {
      headers = { ...headers, 'Content-type': 'application/json' };
      if (typeof p.json === 'object') data = p.json;
    }
    const successCodes = p.options && Array.isArray(p.options.successCodes) ? p.options.successCodes : undefined;
    return {
      url,
      headers,
      params: { ...(p.params || {}), ...(p.qs || {}), ...(p.query || {}) },
      data,
      multipart,
      auth,
      keepCookie: p.keepCookie,
      successCodes,
      timeout: p.timeout,
      tls: p.agentOptions && p.agentOptions.rejectUnauthorized === false ? { verify: false } : undefined,
      maxRedirects: p.maxRedirects !== undefined ? p.maxRedirects : (p.followAllRedirects === false ? 0 : 5),
    };
  }

  function handleCookies3(response) {
    if (!response.config.keepCookie) return response;
    const raw = response.headers && response.headers['set-cookie'];
    const list = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]);
    const kept = [];
    for (const c of list) {
      if (net().setCookie) net().setCookie(response.config.url, c);
      kept.push(firstPart(c));
    }
    const extendable = Array.isArray(response.data) ? { body: response.data } : response.data;
    return {
      ...response,
      data: { ...extendable, __cookie: kept.length === 1 ? kept[0] : kept, __headers: response.headers },
    };
  }

  function verb3(method) {
    return (path, params, callback) => async (state) => {
      const [resolvedPath, resolvedParams] = expandReferences(state, path, params);
      const url = setUrl3(state.configuration, resolvedPath);
      const p = resolvedParams || {};
      const auth = setAuth3(state.configuration, p.authentication || p.auth);
      const config = { ...axiosConfigOf(p, url, auth), method };
      const response = await axiosCall(config);
      console.log(method.toUpperCase(), 'request succeeded with', response.status, '✓');
      const compatible = { ...response, httpStatus: response.status, message: response.statusText, data: tryJson(response.data) };
      const withCookies = handleCookies3(compatible);
      const next = { ...composeNextState(state, withCookies.data), response: withCookies };
      return callback ? callback(next) : next;
    };
  }

  // The old `request` module call: resolves with the parsed body (not a state).
  function request3(params) {
    return async (state) => {
      const [p = {}] = expandReferences(state, params);
      const url = p.url || p.uri;
      const headers = { ...(p.headers || {}) };
      let data = p.body;
      let multipart;
      if (p.json && typeof p.json === 'object') data = p.json;
      if (p.form && typeof p.form === 'object') {
        data = Object.entries(p.form).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v == null ? '' : v)}`).join('&');
        if (!hasHeader(headers, 'Content-Type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
      }
      if (p.formData && typeof p.formData === 'object') multipart = multipartOf(p.formData);
      const options = { method: String(p.method || 'GET').toUpperCase(), url, headers: stringHeaders(headers), query: p.qs, parseAs: 'text', errors: false };
      if (data !== undefined && data !== null) options.body = typeof data === 'string' ? data : JSON.stringify(data);
      if (data !== undefined && typeof data === 'object' && !hasHeader(headers, 'Content-Type')) options.headers['Content-Type'] = 'application/json';
      if (multipart) options.multipart = multipart;
      if (p.auth && (p.auth.user || p.auth.username)) {
        options.headers.Authorization = basic(p.auth.user || p.auth.username, p.auth.pass || p.auth.password);
      }
      const resp = await net().request(options);
      if (![200, 201, 202].includes(resp.statusCode)) throw makeHttpError(resp);
      console.log('✓ Request succeeded. (The response body available in state.)');
      return tryJson(resp.text !== undefined ? resp.text : resp.body);
    };
  }

  // language-common 1.x `http`: axios helpers, operations resolving with the response.
  const commonHttp1 = {};
  // axios: a relative url goes after baseURL.
  const urlOf1 = (p) => (p.baseURL && !isAbsolute(p.url) ? setUrl3({ baseUrl: p.baseURL }, p.url || '') : p.url);
  for (const m of ['get', 'post', 'put', 'patch', 'delete', 'head', 'options']) {
    commonHttp1[m] = (requestParams) => (state) => {
      const [p = {}] = expandReferences(state, requestParams);
      return axiosCall({
        ...p,
        method: m,
        url: urlOf1(p),
        params: p.params,
      });
    };
  }
  commonHttp1.request = (requestParams) => (state) => {
    const [p = {}] = expandReferences(state, requestParams);
    return axiosCall({ ...p, method: p.method || 'get', url: urlOf1(p) });
  };
  commonHttp1.expandRequestReferences = (params) => (state) => expandReferences(state, params)[0];

  // ====================================================================================
  // 6.x and 7.x: language-common's request
  // ====================================================================================
  const urlFor6 = (pathOrUrl, baseUrl) => {
    if (!baseUrl && pathOrUrl && !isAbsolute(pathOrUrl)) {
      const e = new Error('UNEXPECTED_RELATIVE_URL');
      e.code = 'UNEXPECTED_RELATIVE_URL';
      e.description = "You passed a relative URL but didn't set baseUrl";
      e.url = pathOrUrl;
      e.fix = `Set the baseUrl on state.configuration or use an absolute URL, like https://example.com/api/${pathOrUrl}`;
      throw e;
    }
    if (!baseUrl && !pathOrUrl) {
      const e = new Error('NO_URL');
      e.code = 'NO_URL';
      e.description = 'No URL provided';
      e.fix = 'Make sure to pass a URL string into the request. You may need to set a baseURL on state.configuration.';
      throw e;
    }
    if (isAbsolute(pathOrUrl)) {
      if (baseUrl && originOf(pathOrUrl) !== originOf(baseUrl)) {
        const e = new Error('Target origin does not match baseUrl origin');
        e.code = 'BASE_URL_MISMATCH';
        e.description = 'A request was attempted to an absolute URL, but a different base URL was specified. This is a potential security violation.';
        e.target = pathOrUrl;
        e.baseUrl = baseUrl;
        e.fix = 'Try using a generic HTTP function to access the target URL';
        throw e;
      }
      return pathOrUrl;
    }
    const base = String(baseUrl).replace(/\/+$/, '');
    const path = String(pathOrUrl || '').replace(/^\/+/, '');
    return path ? `${base}/${path}` : base;
  };

  function addAuth(configuration, headers) {
    if (hasHeader(headers, 'Authorization')) return;
    const { username, password, access_token } = configuration || {};
    if (access_token) headers.Authorization = `Bearer ${access_token}`;
    else if (username && password) headers.Authorization = basic(username, password);
  }

  const CONTENT_TYPES = { json: 'application/json', text: 'text/plain', xml: 'application/xml', html: 'text/html' };

  async function send6(state, method, resolvedPath, params) {
    const p = params || {};
    let { body } = p;
    const headers = { ...(p.headers || {}) };
    if (major < 7 && p.json !== undefined) {
      console.warn('WARNING: The `json` option has been deprecated. Use `body` instead');
      body = p.json;
    }
    let multipart;
    let form;
    const contentType = major >= 7 ? (p.contentType || 'json') : undefined;
    if (p.form) {
      multipart = multipartOf(p.form);
      body = undefined;
    } else if (major >= 7 && contentType === 'form' && body && typeof body === 'object') {
      form = body;
      body = undefined;
    }
    const baseUrl = state.configuration ? state.configuration.baseUrl : undefined;
    const url = urlFor6(resolvedPath, baseUrl);
    if (baseUrl) addAuth(state.configuration, headers);
    if (major >= 7 && !multipart && !form && !hasHeader(headers, 'Content-Type') && CONTENT_TYPES[contentType]) {
      headers['Content-Type'] = CONTENT_TYPES[contentType];
    }
    if (p.agentOptions) console.warn('WARNING: The `agentOptions` option has been deprecated. Use `tls` instead');
    const tls = p.tls || p.agentOptions;
    const errorMap = p.errors && typeof p.errors === 'object' ? p.errors : {};
    const options = {
      method,
      url,
      headers: stringHeaders(headers),
      query: p.query,
      parseAs: p.parseAs === 'json' || p.parseAs === 'text' ? p.parseAs : 'auto',
      errors: false,
      timeout: p.timeout || 300000,
      redirect: (p.maxRedirections !== undefined ? p.maxRedirections : (p.followAllRedirects === false ? 0 : 5)) !== 0,
    };
    if (tls && (tls.rejectUnauthorized === false || tls.verify === false)) options.tls = { verify: false };
    if (multipart) options.multipart = multipart;
    else if (form) options.multipart = multipartOf(form);
    else if (body !== undefined && body !== null && body !== '') {
      // Objects go as JSON. Switchboard also labels them application/json when the job set
      // no type (servers such as the inbox and Primero refuse an unlabelled JSON body).
      if (typeof body !== 'string' && !hasHeader(headers, 'Content-Type')) options.headers['Content-Type'] = 'application/json';
      options.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const resp = await net().request(options);
    const mapped = errorMap[resp.statusCode];
    const isError = typeof mapped === 'boolean' ? mapped : (mapped || resp.statusCode >= 400);
    const response = {
      url: resp.url || url,
      method,
      statusCode: resp.statusCode,
      statusMessage: resp.statusMessage,
      headers: resp.headers,
      body: resp.body,
      duration: resp.duration,
    };
    if (isError) {
      const custom = typeof mapped === 'function' ? mapped(response) : (typeof mapped === 'string' ? mapped : undefined);
      const e = makeHttpError({ ...response, text: resp.text }, custom);
      console.error(`${method} ${response.url} - ${resp.statusCode} in ${resp.duration}ms`);
      throw e;
    }
    console.log(`${method} ${response.url} - ${resp.statusCode} in ${resp.duration}ms`);
    if (major >= 7) {
      const { body: responseBody, ...withoutBody } = response;
      return { ...composeNextState(state, responseBody), response: withoutBody };
    }
    return { ...composeNextState(state, response.body), response };
  }

  const request6 = (method, path, params, callback = (s) => s) => async (state) => {
    const [resolvedPath, resolvedParams = {}] = expandReferences(state, path, params);
    return callback(await send6(state, String(method).toUpperCase(), resolvedPath, resolvedParams));
  };
  const request7 = (method, path, options) => async (state) => {
    const [resolvedMethod, resolvedPath, resolvedOptions = {}] = expandReferences(state, method, path, options);
    return send6(state, String(resolvedMethod).toUpperCase(), resolvedPath, resolvedOptions);
  };
  const withData7 = (method) => (path, data, options) => async (state) => {
    const [resolvedPath, resolvedData, resolvedOptions = {}] = expandReferences(state, path, data, options);
    return send6(state, method, resolvedPath, { ...resolvedOptions, body: resolvedData });
  };

  // ---- execute (all majors): initial state, then language-common's execute ------------
  function execute(...operations) {
    const initialState = { references: [], data: null };
    return (state) => common.execute(...operations)({ ...initialState, ...state });
  }

  const notAvailable = (name, why) => () => () => {
    throw new Error(`${name} is not available in Switchboard's language-http: ${why}`);
  };

  exports.execute = execute;
  exports.parseXML = notAvailable('parseXML', 'it needs the cheerio HTML parser, which the engine does not carry');

  if (major <= 5) {
    exports.get = verb3('get');
    exports.post = verb3('post');
    exports.put = verb3('put');
    exports.patch = verb3('patch');
    exports.del = verb3('delete');
    exports.request = request3;
    exports.http = commonHttp1;
    // parseCSV(target, config): CSV text (or a function of state giving it) → rows
    // (a file path cannot be read: the engine has no file system).
    exports.parseCSV = (target, config) => async (state) => {
      const [csv, resolvedConfig] = expandReferences(state, target, config);
      if (typeof csv !== 'string') throw new TypeError('parseCSV: only CSV text (a string) is supported in Switchboard');
      const rows = sb.require('csv-parse').parse(csv, resolvedConfig || {});
      return composeNextState(state, rows);
    };
  } else if (major === 6) {
    exports.request = (method, path, params, callback) => request6(method, path, params, callback);
    exports.get = (path, params, callback) => request6('GET', path, params, callback);
    exports.post = (path, params, callback) => request6('POST', path, params, callback);
    exports.put = (path, params, callback) => request6('PUT', path, params, callback);
    exports.patch = (path, params, callback) => request6('PATCH', path, params, callback);
    exports.del = (path, params, callback) => request6('DELETE', path, params, callback);
  } else {
    exports.request = request7;
    exports.get = (path, options) => request7('GET', path, options);
    exports.post = withData7('POST');
    exports.put = withData7('PUT');
    exports.patch = withData7('PATCH');
    exports.del = (path, options) => request7('DELETE', path, options);
  }
});
