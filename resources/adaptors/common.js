// language-common for Switchboard: the functions @openfn/language-common 3.3.4 exports,
// with the same behaviour, written for the embedded engine (SpiderMonkey, no Node APIs).
//
// Contract with the runtime (resources/runtime/prelude.js): this classic script's
// completion value is a function called once per step with a fresh `exports` object and
// `sb`:
//   sb.require(name)   a vendor bundle's exports ('jsonpath-plus', 'lodash', 'date-fns',
//                      'csv-parse', 'ajv'), instantiated on first use, cached per step
//   sb.version/major   the language-common version the job pins
//   sb.withCodegen(fn) runs fn() with eval/new Function allowed (Ajv compiles schemas)
//   sb.adaptor(name)   another adaptor's exports
// Starting a step must stay cheap, so nothing here touches a vendor library until a
// function needs it; `_` and `dateFns` are getters.
//
// Other adaptors re-export this module: take `sb.adaptor('common')` and copy its property
// descriptors (Object.getOwnPropertyDescriptors) so the lazy getters stay lazy, then
// override what differs (execute, …).
//
// Module-level state (cursor's start time and key, validate's schema cache, Ajv
// instances) lives as long as this instance: one step. In Node it lives as long as the
// imported module.
//
// HTTP (util.request/get/post/put/del, http.get/post/request, validate() with a schema
// URL) goes through the engine's native client, sb.http (docs/http-for-jobs.md).
// util.enableMockClient (undici's test double) is not available: test against the
// built-in sandbox instead.
(function (exports, sb) {
  'use strict';

  const HTTP_UNAVAILABLE =
    'HTTP requests from language-common are not available yet in this version of Switchboard';
  const httpUnavailable = (what) => {
    const e = new Error(`${what}: ${HTTP_UNAVAILABLE}`);
    e.code = 'SB_HTTP_UNAVAILABLE';
    return e;
  };

  // ---- lazy access to the vendor libraries ------------------------------------------
  let jsonPathFn;
  const JSONPath = (options) => {
    if (!jsonPathFn) jsonPathFn = sb.require('jsonpath-plus').JSONPath;
    return jsonPathFn(options);
  };
  const lodash = () => sb.require('lodash');
  const dateFnsLib = () => sb.require('date-fns');

  const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  // An own data property even for the key '__proto__' (what a spread or literal creates).
  const setOwn = (obj, key, value) =>
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });

  // ---- util: expandReferences --------------------------------------------------------
  // Arrays and objects are rebuilt with every function replaced by its result for
  // state (recursively, results too). Objects are rebuilt as plain objects from their own
  // enumerable keys (a Date becomes {}), exactly like language-common; RegExps and
  // streams (anything with pipe/pipeTo) are kept as they are.
  const isStream = (v) => v !== null && typeof v === 'object' && !!(v.pipeTo || v.pipe);
  function expandReference(state, value) {
    if (value != null && value.constructor != null && value.constructor.name === 'RegExp') {
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => expandReference(state, v));
    if (typeof value === 'object' && value !== null && !isStream(value)) {
      const out = {};
      for (const key of Object.keys(value)) {
        setOwn(out, key, expandReference(state, value[key]));
      }
      return out;
    }
    if (typeof value === 'function') return expandReference(state, value(state));
    return value;
  }
  function expandReferences(state, ...args) {
    return args.map((value) => expandReference(state, value));
  }

  // ---- util: UTF-8 and base64 (Node's Buffer semantics, written out) ----------------
  function utf8Bytes(str) {
    const out = [];
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // lone surrogate
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }

  // The WHATWG UTF-8 decoder: each maximal invalid subsequence becomes one U+FFFD.
  function utf8Decode(bytes) {
    const units = [];
    let parts = '';
    let need = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xbf;
    const emit = (c) => {
      if (c > 0xffff) {
        c -= 0x10000;
        units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
      } else {
        units.push(c);
      }
      if (units.length > 8192) {
        parts += String.fromCharCode.apply(null, units);
        units.length = 0;
      }
    };
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (need === 0) {
        if (b <= 0x7f) emit(b);
        else if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          need = 2; cp = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          need = 3; cp = b & 0x07;
        } else emit(0xfffd);
        continue;
      }
      if (b < lower || b > upper) {
        need = seen = cp = 0; lower = 0x80; upper = 0xbf;
        emit(0xfffd);
        i--; // the byte starts something new
        continue;
      }
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
      if (++seen === need) {
        emit(cp);
        need = seen = cp = 0;
      }
    }
    if (need) emit(0xfffd);
    return parts + String.fromCharCode.apply(null, units);
  }

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64_VALUE = (() => {
    const t = new Int16Array(128).fill(-1);
    for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
    t[45] = 62; // '-' and '_' of the URL-safe alphabet, accepted like Node does
    t[95] = 63;
    return t;
  })();

  function base64FromBytes(bytes) {
    let s = '';
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      s += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
    }
    if (i + 1 === bytes.length) {
      const n = bytes[i] << 16;
      s += B64[n >> 18] + B64[(n >> 12) & 63] + '==';
    } else if (i + 2 === bytes.length) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      s += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + '=';
    }
    return s;
  }

  // Lenient like Node: characters outside both alphabets are skipped, '=' ends the data,
  // a trailing group of 2 or 3 characters yields 1 or 2 bytes.
  function bytesFromBase64(str) {
    const out = [];
    let acc = 0, count = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === 61) break; // '='
      const v = c < 128 ? B64_VALUE[c] : -1;
      if (v < 0) continue;
      acc = (acc << 6) | v;
      if (++count === 4) {
        out.push((acc >> 16) & 255, (acc >> 8) & 255, acc & 255);
        acc = 0; count = 0;
      }
    }
    if (count === 2) out.push((acc >> 4) & 255);
    else if (count === 3) out.push((acc >> 10) & 255, (acc >> 2) & 255);
    return out;
  }

  // What Buffer.from(value, 'utf-8') accepts: strings, ArrayBuffers, typed arrays,
  // arrays (and array-likes) of byte values.
  function bytesOf(value) {
    if (typeof value === 'string') return utf8Bytes(value);
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) {
      return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    if (isObjectLike(value) && typeof value === 'object') {
      const prim = value.valueOf();
      if (prim !== value && (typeof prim === 'string' || isObjectLike(prim))) return bytesOf(prim);
      if (Array.isArray(value) || typeof value.length === 'number') {
        return Array.from({ length: value.length >>> 0 }, (_v, i) => Number(value[i]) & 255);
      }
      if (value.type === 'Buffer' && Array.isArray(value.data)) return bytesOf(value.data);
    }
    throw new TypeError(
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
        'or Array or an Array-like Object. Received ' +
        (value === null ? 'null' : typeof value));
  }

  const encode = (data, options = { parseJson: true }) => {
    let str = data;
    if (typeof data !== 'string' && options.parseJson) {
      try {
        str = JSON.stringify(str);
      } catch (e) {
        console.log(e.message);
      }
    }
    return base64FromBytes(bytesOf(str));
  };

  const decode = (base64Data, options = { parseJson: true }) => {
    let decoded = utf8Decode(bytesFromBase64(String(base64Data)));
    if ((decoded.startsWith('[') || decoded.startsWith('{')) && options.parseJson) {
      try {
        decoded = JSON.parse(decoded);
      } catch (e) {
        console.log(e.message);
      }
    }
    return decoded;
  };

  // ---- util: the rest ---------------------------------------------------------------
  const throwError = (code, { description, fix, ...extras } = {}) => {
    const e = new Error(description ? `${code}: ${description}` : code);
    e.code = code;
    if (description) e.description = description;
    if (fix) e.fix = fix;
    for (const key in extras) e[key] = extras[key];
    throw e;
  };

  const makeBasicAuthHeader = (username, password) => ({
    Authorization: `Basic ${base64FromBytes(utf8Bytes(`${username}:${password}`))}`,
  });

  // application/x-www-form-urlencoded, as URLSearchParams#toString writes it.
  const formEncode = (s) =>
    encodeURIComponent(String(s))
      .replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
      .replace(/%20/g, '+');
  const searchParamsString = (query) =>
    Object.keys(query)
      .map((k) => `${formEncode(k)}=${formEncode(query[k])}`)
      .join('&');

  const logResponse = (response) => {
    const { method, url, statusCode, duration, query } = response;
    if (method && url && duration && statusCode) {
      const full = Object.keys(query || {}).length ? `${url}?${searchParamsString(query)}` : url;
      const message = `${method} ${full} - ${statusCode} in ${duration}ms`;
      if (response instanceof Error) {
        console.error(message);
        console.error('response body: ');
        console.error(response.body || '[no body]');
      } else {
        console.log(message);
      }
    }
    return response;
  };

  // "k:v|k2:{a:1}" from the defined values of an object, keys sorted.
  const sortObject = (obj) =>
    Object.keys(Object(obj))
      .map((k) => [k, obj[k]])
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => {
        if (v && typeof v === 'object') {
          if (!Object.keys(v).length) return '';
          v = `{${sortObject(v)}}`;
        }
        return [k, v].join(':');
      })
      .join('|');
  const generateAgentKey = (baseUrl, agentOpts = {}) => {
    if (Object.keys(agentOpts).length) {
      const sorted = sortObject(agentOpts);
      if (sorted.length) return `${baseUrl}+${sorted}`;
    }
    return baseUrl;
  };

  const ERROR_ABSOLUTE_URL = 'Absolute URLs not supported';
  const ERROR_URL_MISMATCH = 'Target origin does not match baseUrl origin';
  const assertRelativeUrl = (path) => {
    if (/https?:\/\//.test(path)) {
      const e = new Error('UNEXPECTED_ABSOLUTE_URL');
      e.code = 'UNEXPECTED_ABSOLUTE_URL';
      e.description =
        'An absolute URL was provided (https://...) but only a path (/a/b/c) is supported';
      e.url = path;
      e.fix =
        'Remove the protocol, domain and origin from the provided URL. Maybe you need to use the generic HTTP helper functions instead?';
      throw e;
    }
  };

  // posix path.join of two parts: '/'-joined, '.' and '..' resolved, slashes collapsed.
  function posixJoin(a, b) {
    const joined = [a, b].filter((p) => p !== '').join('/');
    if (joined === '') return '.';
    const absolute = joined.startsWith('/');
    const trailing = joined.endsWith('/');
    const out = [];
    for (const seg of joined.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length && out[out.length - 1] !== '..') out.pop();
        else if (!absolute) out.push('..');
      } else out.push(seg);
    }
    let s = (absolute ? '/' : '') + out.join('/');
    if (s === '') s = absolute ? '/' : '.';
    if (trailing && s !== '/') s += '/';
    return s;
  }

  // Needs the WHATWG URL class, which the engine may not have.
  const parseUrl = (pathOrUrl = '', baseUrl) => {
    const URLClass = globalThis.URL;
    if (typeof URLClass !== 'function') throw httpUnavailable('util.parseUrl');
    let fullUrl;
    if (/https?:\/\//.test(pathOrUrl)) {
      fullUrl = new URLClass(pathOrUrl);
      if (baseUrl) {
        const base = new URLClass(baseUrl);
        if (fullUrl.origin !== base.origin) {
          const e = new Error(ERROR_URL_MISMATCH);
          e.code = 'BASE_URL_MISMATCH';
          e.description =
            'A request was attempted to an absolute URL, but a different base URL was specified. This is a potential security violation.';
          e.target = pathOrUrl;
          e.baseUrl = baseUrl;
          e.fix = 'Try using a generic HTTP function to access the target URL';
          throw e;
        }
      }
    } else if (baseUrl) {
      fullUrl = new URLClass(posixJoin(baseUrl, pathOrUrl));
    } else {
      new URLClass(pathOrUrl); // throws: a bare path is no URL
    }
    // querystring.parse: a null-prototype object, repeated keys become arrays
    const query = Object.create(null);
    for (const [k, v] of fullUrl.searchParams) {
      if (!Object.prototype.hasOwnProperty.call(query, k)) query[k] = v;
      else if (Array.isArray(query[k])) query[k].push(v);
      else query[k] = [query[k], v];
    }
    return { url: fullUrl.toString(), baseUrl: fullUrl.origin, path: fullUrl.pathname, query };
  };

  function normalizeOauthConfig(configuration) {
    const { access_token, accessToken } = configuration;
    if (access_token && accessToken) {
      throw new Error(
        'Both "accessToken" & "access_token" keys found in configuration; please use only "access_token" for OAuth2 credentials.');
    }
    if (access_token) return { ...configuration, accessToken: access_token };
    console.log('Key "access_token" not found in state.configuration;',
      'is this a standard OAuth 2.0 JSON credential?');
    if (accessToken) console.log('Using "accessToken" from state.configuration');
    return configuration;
  }

  // 'start' | 'now' | 'end' | 'today' | 'yesterday' | 'N hours ago' | 'N days ago' → Date;
  // anything else is returned unchanged.
  const parseDate = (d, startDate) => {
    try {
      if (d === 'start') return startDate;
      if (d === 'now' || d === 'end') return new Date();
      if (d === 'today') return dateFnsLib().startOfToday();
      if (d === 'yesterday') return dateFnsLib().startOfYesterday();
      if (/(hours? ago)$/.test(d)) {
        const [diff] = d.match(/\d+/); // no number: TypeError, logged below
        return dateFnsLib().subHours(new Date(), diff);
      }
      if (/(days? ago)$/.test(d)) {
        const [diff] = d.match(/\d+/);
        const f = dateFnsLib();
        return f.startOfDay(f.subDays(new Date(), diff));
      }
    } catch (e) {
      console.log(`Error converting ${d} into a date`);
      console.log(e);
    }
    return d;
  };

  // Random v4 UUID. Node uses its CSPRNG; the engine has no crypto, so this uses
  // crypto.getRandomValues when the global exists and Math.random otherwise.
  const uuid = () => {
    const b = new Uint8Array(16);
    const c = globalThis.crypto;
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
    else for (let i = 0; i < 16; i++) b[i] = (Math.random() * 256) | 0;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  // ---- util: HTTP over the engine's native client (sb.http, docs/http-for-jobs.md) ----
  // request(method, fullUrlOrPath, options): options.baseUrl joins a path; an absolute URL
  // must share the base URL's origin. Options: headers, query, body (objects as JSON),
  // form, parseAs ('json' | 'text' | 'stream' read as text), errors (true: status >= 400
  // throws; false: never; an object {status: message | false} per status), timeout, tls,
  // maxRedirections (0: no redirects followed). Resolves to {url, method, statusCode,
  // statusMessage, headers, body, duration}.
  const originOf = (url) => {
    const m = /^(https?:\/\/[^/?#]+)/i.exec(url);
    return m ? m[1].toLowerCase() : '';
  };
  const resolveUrl = (pathOrUrl, baseUrl) => {
    const target = String(pathOrUrl);
    if (/^https?:\/\//i.test(target)) {
      if (baseUrl && originOf(target) !== originOf(String(baseUrl))) {
        const e = new Error(ERROR_URL_MISMATCH);
        e.code = 'BASE_URL_MISMATCH';
        e.description = 'A request was attempted to an absolute URL, but a different base URL was specified. This is a potential security violation.';
        e.target = target;
        e.baseUrl = baseUrl;
        e.fix = 'Try using a generic HTTP function to access the target URL';
        throw e;
      }
      return target;
    }
    if (!baseUrl) {
      const e = new Error(`"${target}" is a path, not a URL: give a full https:// address or set baseUrl (often the credential's baseUrl).`);
      e.code = 'INVALID_URL';
      throw e;
    }
    const base = String(baseUrl);
    const origin = originOf(base);
    const basePath = base.slice(origin.length) || '/';
    const [path, query] = target.split(/\?(.*)/s);
    return origin + posixJoin(basePath, path) + (query !== undefined ? '?' + query : '');
  };
  const request = async (method, fullUrlOrPath, options = {}) => {
    const { baseUrl, errors = true, parseAs = 'json', maxRedirections, ...rest } = options || {};
    const url = resolveUrl(fullUrlOrPath, baseUrl);
    if (rest.body && typeof rest.body === 'object' && rest.body[FORM_PARTS]) {
      rest.multipart = rest.body[FORM_PARTS];
      delete rest.body;
    }
    const response = await sb.http.request({
      ...rest,
      method,
      url,
      parseAs: parseAs === 'stream' ? 'text' : parseAs === 'json' ? 'auto' : parseAs,
      redirect: maxRedirections !== 0,
      errors: false,
    });
    const { statusCode } = response;
    if (statusCode >= 400 && errors) {
      const custom = typeof errors === 'object' ? errors[statusCode] : undefined;
      if (custom !== false) {
        const e = new sb.http.HttpError(response);
        if (typeof custom === 'string') e.message = custom;
        e.code = 'HTTP_ERROR';
        throw e;
      }
    }
    return {
      url: response.url, method: response.method, statusCode, statusMessage: response.statusMessage,
      headers: response.headers, body: response.body, duration: response.duration,
    };
  };
  // The engine has no FormData: encodeFormBody gives an object the request functions
  // send as multipart/form-data.
  const FORM_PARTS = Symbol('multipart form parts');
  const encodeFormBody = (data) => {
    const form = {};
    Object.defineProperty(form, FORM_PARTS, {
      value: Object.keys(data || {}).map((key) => ({ name: key, value: data[key] })),
    });
    return form;
  };
  const unavailableSync = (name) => () => { throw httpUnavailable(name); };

  const util = {
    ERROR_ABSOLUTE_URL,
    ERROR_URL_MISMATCH,
    assertRelativeUrl,
    decode,
    del: (url, options) => request('DELETE', url, options),
    enableMockClient: unavailableSync('util.enableMockClient'),
    encode,
    encodeFormBody,
    expandReferences,
    generateAgentKey,
    get: (url, options) => request('GET', url, options),
    logResponse,
    makeBasicAuthHeader,
    normalizeOauthConfig,
    parseDate,
    parseUrl,
    post: (url, body, options) => request('POST', url, { body, ...options }),
    put: (url, body, options) => request('PUT', url, { body, ...options }),
    request,
    throwError,
    uuid,
  };

  // ---- operations ---------------------------------------------------------------------
  function execute(...operations) {
    return (state) => operations.reduce((acc, operation) => acc.then(operation), Promise.resolve(state));
  }

  function fn(func) {
    return (state) => func(state);
  }
  function alterState(func) {
    return fn(func);
  }

  function fnIf(condition, operation) {
    return (state) => {
      const [resolved] = expandReferences(state, condition);
      return resolved ? operation(state) : state;
    };
  }

  function jsonValue(obj, path) {
    return JSONPath({ path, json: obj })[0];
  }
  // Most real paths are plain property chains ('$.data.form.patient_name'). For those,
  // jsonpath-plus follows an own property at each step while the value is truthy
  // (`val && Object.hasOwn(val, key)`), and so does this shortcut, without building
  // jsonpath-plus's result records. Every other path (wildcards, brackets, '@' names,
  // filters, …) goes to jsonpath-plus itself, as does a falsy state (it throws there).
  const PLAIN_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
  function sourceValue(path) {
    if (typeof path === 'string' && PLAIN_PATH.test(path)) {
      const keys = path.slice(2).split('.');
      return (state) => {
        if (!state) return JSONPath({ path, json: state })[0];
        let value = state;
        for (const key of keys) {
          if (value && Object.hasOwn(value, key)) value = value[key];
          else return undefined;
        }
        return value;
      };
    }
    return (state) => JSONPath({ path, json: state })[0];
  }
  function source(path) {
    return (state) => JSONPath({ path, json: state });
  }

  // Drops leading '$' and '.' characters; an empty rest is an error (as in OpenFn).
  const stripRoot = (path) => {
    const m = /^[$.]*(.+)/.exec(path);
    if (!m) throw new TypeError(`Invalid path: ${JSON.stringify(path)}`);
    return m[1];
  };
  function dataPath(path) {
    return '$.data.' + stripRoot(path);
  }
  function dataValue(path) {
    return sourceValue(dataPath(path));
  }
  function referencePath(path) {
    return '$.references' + stripRoot(path);
  }
  function lastReferenceValue(path) {
    return sourceValue(referencePath('[0].' + path));
  }

  const map = function (path, callback) {
    return async (state) => {
      const results = [];
      const values = typeof path === 'string' ? source(path)(state) : path;
      let i = 0;
      for (const item of values) results.push(await callback(item, i++, state));
      return { ...state, data: results };
    };
  };

  function asData(data, state) {
    switch (typeof data) {
      case 'string': return source(data)(state);
      case 'object': return data;
      case 'function': return data(state);
    }
    return undefined;
  }

  // Runs operation for each item in turn; stays synchronous until an operation returns
  // a promise (a thenable state), as language-common does.
  function runEach(items, operation, initial) {
    return items.reduce((acc, data, index) =>
      acc.then
        ? acc.then((s) => operation({ ...s, data, index }))
        : operation({ ...acc, data, index }), initial);
  }

  function each(dataSource, operation) {
    if (!dataSource) throw new TypeError('dataSource argument for each operation is invalid.');
    return (state) => runEach(asData(dataSource, state), operation, state);
  }

  function combine(...operations) {
    return (state) =>
      operations.reduce((acc, operation) =>
        acc.then ? acc.then((s) => operation({ ...s })) : operation({ ...acc }), state);
  }

  function join(targetPath, sourcePath, targetKey) {
    return (state) =>
      source(targetPath)(state).map((item) => ({ [targetKey]: sourceValue(sourcePath)(state), ...item }));
  }

  function field(key, value) {
    return [key, value];
  }

  // lodash's fromPairs: later pairs overwrite earlier ones; '__proto__' becomes an own key.
  function fields(...pairs) {
    const out = {};
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      const key = pair[0];
      if (key == '__proto__') setOwn(out, key, pair[1]);
      else out[key] = pair[1];
    }
    return out;
  }

  function merge(dataSource, fieldsToAdd) {
    return (state) => {
      const initial = source(dataSource)(state);
      const [additional] = expandReferences(state, fieldsToAdd);
      return initial.reduce((acc, item) => [...acc, { ...item, ...additional }], []);
    };
  }

  function group(arrayOfObjects, keyPath, callback = (s) => s) {
    return (state) => {
      const _ = lodash();
      const [items, path] = expandReferences(state, arrayOfObjects, keyPath);
      const results = _.groupBy(items, (item) => _.get(item, path));
      return callback({ ...state, data: _.omit(results, [undefined]) });
    };
  }

  function index() {
    return (state) => state.index;
  }

  function arrayToString(arr, separator) {
    // Array.apply turns holes into undefined (joined as '') and throws on non-objects.
    return Array.apply(null, arr).join(separator);
  }

  function toArray(arg) {
    return [].concat(arg);
  }

  function composeNextState(state, response) {
    if (!state.references) state.references = [];
    return { ...state, data: response, references: [...state.references, state.data] };
  }

  function humanProper(str) {
    if (typeof str !== 'string') return str;
    return str
      .replace(/[_-]/g, ' ')
      .replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
  }

  function splitKeys(obj, keys) {
    const keep = {};
    const split = {};
    for (const key of Object.keys(obj)) {
      setOwn(keys.includes(key) ? split : keep, key, obj[key]);
    }
    return [keep, split];
  }

  function scrubEmojis(text, replacementChars) {
    if (!text) return text;
    if (replacementChars == '') {
      console.warn(
        'Removing characters from a string may create injection vulnerabilities;',
        "It's better to replace than remove.",
        'See https://www.unicode.org/reports/tr36/#Deletion_of_Noncharacters');
    }
    const replacement = replacementChars || replacementChars == '' ? replacementChars : '\uFFFD';
    // U+FE0F, ©, ®, U+2000–U+3300, and UTF-16 pairs led by U+D83C–U+D83E (code-unit
    // matching, no /u flag, so the same units match as in language-common).
    return text.replace(/\uFE0F|[\u00A9\u00AE\u2000-\u3300]|[\uD83C-\uD83E][\uD000-\uDFFF]/g, replacement);
  }

  function chunk(array, chunkSize) {
    const out = [];
    for (let i = 0, len = array.length; i < len; i += chunkSize) out.push(array.slice(i, i + chunkSize));
    return out;
  }

  const CSV_DEFAULTS = {
    delimiter: ',',
    quote: '"',
    escape: '"',
    columns: true,
    bom: true,
    trim: true,
    ltrim: true,
    rtrim: true,
    chunkSize: Infinity,
    skip_empty_lines: true,
  };

  // Parses CSV text (only text: the engine has no streams) and hands records on in
  // chunks of chunkSize, to callback(state, records) or through composeNextState.
  function parseCsv(csvData, parsingOptions = {}, callback) {
    return async (state) => {
      const [data, resolvedOptions] = expandReferences(state, csvData, parsingOptions);
      const options = { ...CSV_DEFAULTS };
      for (const [key, value] of Object.entries(resolvedOptions)) {
        if (key in CSV_DEFAULTS) options[key] = value;
      }
      if (options.chunkSize < 1) throw new Error('chunkSize must be at least 1');
      if (typeof data !== 'string') {
        throw new TypeError('parseCsv: only CSV text (a string) is supported in Switchboard, not streams');
      }
      const records = sb.require('csv-parse').parse(data, options);
      let result = state;
      for (let i = 0; i < records.length; i += options.chunkSize) {
        const buffer = records.slice(i, i + options.chunkSize);
        result = callback ? await callback(result, buffer) : composeNextState(result, buffer);
      }
      return result;
    };
  }

  // validate(): Ajv instances per JSON Schema draft, compiled schemas by $id (or
  // 'schema'), both kept for the life of this module instance like language-common.
  const schemaCache = {};
  const ajvByDraft = {};
  const ajvFor = (schemaUri) => {
    const lib = sb.require('ajv');
    let draft = 'default';
    if (/^https?:\/\/json-schema.org\/draft\/2019/.test(schemaUri)) draft = '2019';
    else if (/^https?:\/\/json-schema.org\/draft\/2020/.test(schemaUri)) draft = '2020';
    if (!ajvByDraft[draft]) {
      const Class = draft === '2019' ? lib.Ajv2019 : draft === '2020' ? lib.Ajv2020 : lib.Ajv;
      ajvByDraft[draft] = new Class();
    }
    return ajvByDraft[draft];
  };
  // What `new URL(s)` accepts as absolute: a scheme followed by ':'.
  const looksLikeUrl = (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s.trim());

  function validate(schema = 'schema', data = 'data') {
    return async (state) => {
      if (!state.validationErrors) state.validationErrors = [];
      const [d] = expandReferences(state, data);
      const resolvedData = typeof d === 'string' ? JSONPath({ path: d, json: state })[0] : d;
      const [schemaOrUrl] = expandReferences(state, schema);
      let resolvedSchema = schemaOrUrl;
      if (typeof schemaOrUrl === 'string') {
        if (looksLikeUrl(schemaOrUrl)) resolvedSchema = (await request('GET', schemaOrUrl.trim(), { parseAs: 'json' })).body;
        else resolvedSchema = JSONPath({ path: schemaOrUrl, json: state })[0];
      }
      const schemaId = resolvedSchema.$id || 'schema';
      if (!schemaCache[schemaId]) {
        const ajv = ajvFor(resolvedSchema.$schema);
        schemaCache[schemaId] = sb.withCodegen(() => ajv.compile(resolvedSchema));
      }
      const check = schemaCache[schemaId];
      if (!check(resolvedData)) {
        state.validationErrors.push({ data: state.data, errors: check.errors });
      }
      return state;
    };
  }

  let cursorStart;
  let cursorKey = 'cursor';
  function cursor(value, options = {}) {
    return (state) => {
      const { format, ...rest } = options;
      const [resolvedValue, resolvedOptions] = expandReferences(state, value, rest);
      const { defaultValue, key } = resolvedOptions;
      if (key) cursorKey = key;
      if (!cursorStart) cursorStart = new Date();
      const c = resolvedValue ?? defaultValue;
      if (typeof c === 'string') {
        const date = parseDate(c, cursorStart);
        if (date instanceof Date) {
          state[cursorKey] = (format == null ? undefined : format(date)) ?? date.toISOString();
          const shown = format ? state[cursorKey] : dateFnsLib().format(date, 'HH:mm d MMM yyyy (OOO)');
          console.log(`Setting ${cursorKey} "${c}" to: ${shown}`);
          return state;
        }
      }
      state[cursorKey] = (format == null ? undefined : format(c)) ?? c;
      console.log(`Setting ${cursorKey} to:`, state[cursorKey]);
      return state;
    };
  }

  function assert(expression, errorMessage) {
    return (state) => {
      const [value, message] = expandReferences(state, expression, errorMessage);
      if (!value) throw new Error(message || `assertion statement failed with ${value}`);
      return state;
    };
  }

  function log(...args) {
    return (state) => {
      const [resolved] = expandReferences(state, args);
      console.log(...resolved);
      return state;
    };
  }
  function debug(...args) {
    return (state) => {
      const [resolved] = expandReferences(state, args);
      console.debug(...resolved);
      return state;
    };
  }

  // Runs operation and keeps its data under state[key]; state.data stays as it was.
  function as(key, operation) {
    return async (state) => {
      const [resolvedKey] = expandReferences(state, key);
      const previous = state.data;
      const result = await operation(state);
      const { data, ...rest } = result;
      state[resolvedKey] = data;
      state.data = previous;
      return { ...state, ...rest };
    };
  }

  // beta.each: like each, but state.data is restored afterwards.
  const beta = {
    each(dataSource, operation) {
      if (!dataSource) throw new TypeError('dataSource argument for each operation is invalid.');
      return (prev) => {
        const next = runEach(asData(dataSource, prev), operation, prev);
        return next.then
          ? next.then((s) => ({ ...s, data: prev.data }))
          : { ...next, data: prev.data };
      };
    },
  };

  // http namespace: options() and its helpers work; requests are not available yet.
  const setHeader = (target, name, value) => {
    if (!isObjectLike(target.headers)) target.headers = {};
    target.headers[name] = value;
    return target;
  };
  const optionHelpers = {
    json() { return setHeader(this, 'Content-Type', 'application/json'); },
    basic(username, password) { return setHeader(this, 'Authorization', makeBasicAuthHeader(username, password).Authorization); },
    bearer(token) { return setHeader(this, 'Authorization', `Bearer ${token}`); },
    oauth(token) { return setHeader(this, 'Authorization', `Bearer ${token}`); },
  };
  // Operations: the response body becomes state.data, its metadata state.response.
  const httpOperation = (method, url, options = {}) => async (state) => {
    const [resolvedMethod, resolvedUrl, resolvedOptions = {}] = expandReferences(state, method, url, options);
    const response = await request(resolvedMethod, resolvedUrl, resolvedOptions);
    const { body, ...meta } = response;
    return { ...composeNextState(state, body), response: meta };
  };
  const http = {
    get: (url, options) => httpOperation('GET', url, options),
    options(opts = {}) {
      for (const h in optionHelpers) {
        Object.defineProperty(opts, h, { enumerable: false, value: optionHelpers[h] });
      }
      return opts;
    },
    post: (url, data, options = {}) => async (state) => {
      const [resolvedData] = expandReferences(state, data);
      return httpOperation('POST', url, { ...options, body: resolvedData })(state);
    },
    request: (method, url, options) => httpOperation(method, url, options),
  };

  // dateFns: {format, parse} of date-fns, loaded on first use.
  const dateFns = {};
  for (const name of ['format', 'parse']) {
    Object.defineProperty(dateFns, name, { enumerable: true, get: () => dateFnsLib()[name] });
  }

  // ---- exports ------------------------------------------------------------------------
  Object.defineProperty(exports, '_', { enumerable: true, configurable: true, get: lodash });
  Object.assign(exports, {
    alterState, arrayToString, as, asData, assert, beta, chunk, combine, composeNextState,
    cursor, dataPath, dataValue, dateFns, debug, each, execute, field, fields, fn, fnIf,
    group, http, humanProper, index, join, jsonValue, lastReferenceValue, log, map, merge,
    parseCsv, referencePath, scrubEmojis, source, sourceValue, splitKeys, toArray, util,
    validate,
  });
});
