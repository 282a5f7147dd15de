// The runtime library. Instantiated once per worker into its own realm (the "library
// realm"), together with the adaptors and the npm libraries, so their code stays compiled
// and warm from one step to the next. Its completion value is a function the engine calls
// once with the native helpers; it returns `newStep`, which the engine calls for every step
// with that step's fresh global (a new realm in the same compartment). newStep installs
// console, timers, `state` and a fresh instance of the adaptor into the step's global and
// returns the hooks the engine drives the step with.
//
// Nothing leaks between steps: each step has its own global, its own console and timers,
// and its own instance of the adaptor module (module-level state such as cursor() starts
// over). What the steps share, the standard library of the library realm and the npm
// libraries' exports, is frozen before the first step runs.
//
// native: emit(level, text) · timerStart(ms[, id]) → id · timerCancel(id) · vendor(name) →
//         loader · adaptor(name) → factory · withCodegen(fn) · httpStart(spec) → id ·
//         httpCookies(url) · httpSetCookie(url, value) · base64(text) · unbase64(b64) ·
//         smsRun(requestJson) → id, clinicsSync(requestJson) → id (answered through taskDone)
(function library(native) {
  'use strict';

  // Objects may come from the step's realm: compare by tag, never with instanceof.
  const tagOf = v => Object.prototype.toString.call(v).slice(8, -1);

  // ---- console: one log line per call, objects as JSON -------------------------------
  // A copy with true cycles (an object inside itself) replaced by '[Circular]', as OpenFn's
  // fast-safe-stringify does; an object that merely appears twice is written twice.
  const decycle = (value, stack) => {
    if (value === null || typeof value !== 'object' || tagOf(value) === 'Date') return value;
    if (typeof value.toJSON === 'function') return value;
    if (stack.includes(value)) return '[Circular]';
    stack.push(value);
    let out;
    if (Array.isArray(value)) out = value.map(v => decycle(v, stack));
    else {
      out = {};
      for (const key of Object.keys(value)) out[key] = decycle(value[key], stack);
    }
    stack.pop();
    return out;
  };
  const toJson = (value, replacer, space) => {
    try {
      return JSON.stringify(value, replacer, space);
    } catch (e) {
      if (tagOf(e) !== 'Error' || e.name !== 'TypeError' || !/cyclic/.test(e.message)) throw e;
      return JSON.stringify(decycle(value, []), replacer, space);
    }
  };
  const logReplacer = (key, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'function') return `[Function${v.name ? ': ' + v.name : ''}]`;
    const tag = v !== null && typeof v === 'object' ? tagOf(v) : '';
    if (tag === 'Error') return { name: v.name, message: v.message, ...v };
    if (tag === 'Map') return Object.fromEntries(v);
    if (tag === 'Set') return [...v];
    return v;
  };
  const safeJson = value => toJson(value, logReplacer);
  const format = value => {
    if (typeof value === 'string') return value;
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return `[Function${value.name ? ': ' + value.name : ''}]`;
    if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
    if (tagOf(value) === 'Error') return value.name + ': ' + value.message;
    try {
      const json = safeJson(value);
      return json === undefined ? String(value) : json;
    } catch (e) {
      return String(value);
    }
  };
  const line = args => Array.prototype.map.call(args, format).join(' ');
  const makeConsole = () => ({
    log() { native.emit('info', line(arguments)); },
    info() { native.emit('info', line(arguments)); },
    warn() { native.emit('warn', line(arguments)); },
    error() { native.emit('error', line(arguments)); },
    debug() { native.emit('debug', line(arguments)); },
    trace() { native.emit('debug', line(arguments)); },
    success() { native.emit('info', line(arguments)); },
    table() { native.emit('info', line(arguments)); },
    dir(value) { native.emit('info', format(value)); },
  });

  // ---- npm libraries: loaded once into this realm, shared (frozen) by every step ------
  const vendorCache = new Map();
  let frozen = false;
  const freezeExports = exports => {
    if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return;
    Object.freeze(exports);
    for (const key of Object.keys(exports)) {
      const v = exports[key];
      if (v !== null && (typeof v === 'object' || typeof v === 'function')) Object.freeze(v);
    }
  };
  const requireVendor = name => {
    if (!vendorCache.has(name)) {
      // In the cache before it runs, as CommonJS does: a library that looks itself up
      // while loading (lodash reads the global `_`) gets its exports so far, not a loop.
      const module = { exports: {} };
      vendorCache.set(name, module.exports);
      native.vendor(name)(module, module.exports);
      vendorCache.set(name, module.exports);
      // Shared by every later step: its exports are frozen one level deep (its internal
      // caches stay writable). Libraries load on first use, after the standard library
      // was frozen; the override-safe names below keep their set-up code working.
      if (frozen) freezeExports(module.exports);
    }
    return vendorCache.get(name);
  };
  const adaptorFactories = new Map();
  const adaptorFactory = name => {
    if (!adaptorFactories.has(name)) adaptorFactories.set(name, native.adaptor(name));
    return adaptorFactories.get(name);
  };

  // ---- HTTP for adaptors (docs/http-for-jobs.md) ----------------------------------------
  // One instance per step: `send(id)` returns a promise of {meta, body} for a started
  // request; `global` is the step's global (its setTimeout waits between retries).
  const EXCERPT = 300;
  const encodeQuery = query => {
    const parts = [];
    const add = (key, value) => {
      if (value === undefined || value === null) return;
      const isDate = tagOf(value) === 'Date';
      const text = isDate ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(text));
    };
    for (const key of Object.keys(query || {})) {
      const value = query[key];
      if (Array.isArray(value)) value.forEach(v => add(key, v)); else add(key, value);
    }
    return parts.join('&');
  };
  const withQuery = (url, query) => {
    const q = encodeQuery(query);
    if (!q) return url;
    const hash = url.indexOf('#');
    const base = hash >= 0 ? url.slice(0, hash) : url;
    return base + (base.includes('?') ? (/[?&]$/.test(base) ? '' : '&') : '?') + q;
  };
  const retryAfterMs = (value, now) => {
    if (value === undefined || value === null || value === '') return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
  };
  const excerpt = text => {
    const flat = String(text).replace(/\s+/g, ' ').trim();
    return flat.length > EXCERPT ? flat.slice(0, EXCERPT) + '…' : flat;
  };
  class HttpError extends Error {
    constructor(response) {
      const body = response.text ? ': ' + excerpt(response.text) : ' (empty body)';
      super(`${response.method} ${response.url} → ${response.statusCode}${response.statusMessage ? ' ' + response.statusMessage : ''}${body}`);
      this.name = 'HttpError';
      this.statusCode = response.statusCode;
      this.statusMessage = response.statusMessage;
      this.body = response.body;
      this.headers = response.headers;
      this.url = response.url;
      this.method = response.method;
      this.duration = response.duration;
    }
  }
  class NetworkError extends Error {
    constructor(code, message, method, url, duration) {
      super(message);
      this.name = 'NetworkError';
      this.code = code;
      this.method = method;
      this.url = url;
      this.duration = duration;
    }
  }
  const makeHttp = (send, global) => {
    const once = async (options) => {
      if (!options || typeof options !== 'object') throw new TypeError('sb.http.request needs an options object');
      if (typeof options.url !== 'string' || !/^https?:\/\/[^/]/i.test(options.url))
        throw new TypeError(`A request needs an absolute http:// or https:// URL; got ${JSON.stringify(options.url)}. Is the credential's base URL set?`);
      const method = String(options.method || 'GET').toUpperCase();
      const url = withQuery(options.url, options.query);
      const headers = [];
      const has = name => headers.some(h => h[0].toLowerCase() === name);
      for (const key of Object.keys(options.headers || {})) {
        const value = options.headers[key];
        if (value === undefined || value === null) continue;
        if (Array.isArray(value)) value.forEach(v => headers.push([key, String(v)]));
        else headers.push([key, String(value)]);
      }
      let body;
      let multipart;
      if (options.multipart) {
        multipart = options.multipart.map(p => ({
          name: String(p.name), value: typeof p.value === 'string' ? p.value : JSON.stringify(p.value),
          filename: p.filename ? String(p.filename) : '', contentType: p.contentType ? String(p.contentType) : '',
        }));
      } else if (options.form !== undefined && options.form !== null) {
        body = encodeQuery(options.form).replace(/%20/g, '+');
        if (!has('content-type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
      } else if (typeof options.body === 'string') {
        body = options.body;
      } else if (options.body !== undefined && options.body !== null) {
        body = JSON.stringify(options.body);
        if (!has('content-type')) headers.push(['Content-Type', 'application/json']);
      }
      const spec = {
        method, url, headers, body, multipart,
        timeout: options.timeout === undefined ? 300000 : Number(options.timeout),
        verifyTls: !(options.tls && (options.tls.verify === false || options.tls.rejectUnauthorized === false)),
        redirect: options.redirect !== false,
        cookies: options.cookies !== false,
      };
      const { meta, body: text } = await send(native.httpStart(JSON.stringify(spec)));
      if (meta.errorCode) throw new NetworkError(meta.errorCode, meta.errorMessage, method, meta.url, meta.duration);
      const responseHeaders = {};
      for (const [name, value] of meta.headers) {
        if (name === 'set-cookie') (responseHeaders[name] = responseHeaders[name] || []).push(value);
        else responseHeaders[name] = name in responseHeaders ? responseHeaders[name] + ', ' + value : value;
      }
      const type = String(responseHeaders['content-type'] || '').toLowerCase();
      const parseAs = options.parseAs || 'auto';
      let parsed = text;
      if (parseAs === 'json' || (parseAs === 'auto' && (type.includes('json') || (!type && /^\s*[[{]/.test(text))))) {
        if (text.trim() === '') parsed = parseAs === 'json' ? null : text;
        else {
          try {
            parsed = JSON.parse(text);
          } catch (e) {
            if (parseAs === 'json' || (type.includes('json') && meta.status < 400))
              throw new NetworkError('EBADJSON', `${method} ${meta.url} → ${meta.status}: the answer is not valid JSON (${e.message}): ${excerpt(text)}`, method, meta.url, meta.duration);
          }
        }
      }
      return {
        statusCode: meta.status, statusMessage: meta.statusMessage, headers: responseHeaders, body: parsed, text,
        duration: meta.duration, url: meta.url, method,
      };
    };
    const wait = ms => new Promise(resolve => global.setTimeout(resolve, ms));
    const request = async (options) => {
      const retry = options && options.retry;
      const statuses = retry ? retry.statuses || [429, 503] : [];
      const max = retry ? (retry.max === undefined ? 3 : retry.max) : 0;
      const base = retry && retry.delayMs !== undefined ? retry.delayMs : 1000;
      const cap = retry && retry.maxDelayMs !== undefined ? retry.maxDelayMs : 60000;
      for (let attempt = 0; ; attempt++) {
        const response = await once(options);
        if (attempt < max && statuses.includes(response.statusCode)) {
          const after = retryAfterMs(response.headers['retry-after'], Date.now());
          const delay = Math.min(cap, after !== undefined ? after : base * 2 ** attempt);
          native.emit('warn', `${response.method} ${response.url} → ${response.statusCode}; trying again in ${Math.round(delay / 100) / 10} s (${attempt + 1} of ${max}).`);
          await wait(delay);
          continue;
        }
        if (response.statusCode >= 400 && (!options || options.errors !== false)) throw new HttpError(response);
        return response;
      }
    };
    return Object.freeze({
      request,
      cookies: url => native.httpCookies(String(url)),
      setCookie: (url, value) => native.httpSetCookie(String(url), String(value)),
      basic: (user, password) => 'Basic ' + native.base64(`${user}:${password}`),
      encodeQuery,
      withQuery,
      HttpError,
      NetworkError,
    });
  };

  // ---- one step ----------------------------------------------------------------------
  const NULL_STATE = Symbol('null state');

  const newStep = (global) => {
  const define = (name, value) => Object.defineProperty(global, name, { value, writable: true, configurable: true });
  const hide = (name, value) => Object.defineProperty(global, name, { value, writable: false, configurable: true, enumerable: false });
  define('console', makeConsole());

  // ---- timers: the engine's event loop fires them on this worker thread --------------
  const timers = new Map();
  const startTimer = (callback, ms, args, repeat) => {
    if (typeof callback !== 'function')
      throw new TypeError('setTimeout and setInterval need a function; strings are not run');
    const delay = Math.max(0, Number(ms) || 0);
    const id = native.timerStart(delay);
    timers.set(id, { callback, args, repeat, delay });
    return id;
  };
  const stopTimer = id => {
    if (timers.delete(id)) native.timerCancel(id);
  };
  define('setTimeout', (callback, ms, ...args) => startTimer(callback, ms, args, false));
  define('setInterval', (callback, ms, ...args) => startTimer(callback, ms, args, true));
  define('clearTimeout', stopTimer);
  define('clearInterval', stopTimer);
  define('setImmediate', (callback, ...args) => startTimer(callback, 0, args, false));
  define('clearImmediate', stopTimer);
  define('queueMicrotask', callback => { Promise.resolve().then(callback); });

  // ---- operations collected by the compiled job --------------------------------------
  const pending = [];
  hide('__sb_op', (thunk, line) => { pending.push({ thunk, line }); });

  // ---- HTTP: sb.http (docs/http-for-jobs.md) -----------------------------------------
  const httpWaiting = new Map(); // id → { resolve }
  const http = makeHttp(id => new Promise(resolve => httpWaiting.set(id, { resolve })), global);

  // ---- native tasks: sb.sms (the sms adaptor's scheduling run) -------------------------
  const taskWaiting = new Map(); // id → { resolve }
  const task = (id) => new Promise(resolve => taskWaiting.set(id, { resolve })).then(text => JSON.parse(text));
  const sms = {
    run: request => task(native.smsRun(JSON.stringify(request))),
    syncClinics: request => task(native.clinicsSync(JSON.stringify(request))),
  };

  // ---- this step's instance of the adaptor -------------------------------------------
  const adaptorCache = new Map();
  const makeSb = (version) => ({
    version,
    major: Number(String(version).split('.')[0]) || 0,
    require: requireVendor,
    adaptor(name, adaptorVersion) { return loadAdaptor(name, adaptorVersion || version); },
    withCodegen: fn => native.withCodegen(fn),
    http,
    sms,
    base64: text => native.base64(String(text)),
    unbase64: text => native.unbase64(String(text)),
  });
  const loadAdaptor = (name, version) => {
    const key = name + '@' + version;
    if (!adaptorCache.has(key)) {
      const exports = {};
      adaptorCache.set(key, exports);
      adaptorFactory(name)(exports, makeSb(version));
    }
    return adaptorCache.get(key);
  };

  // ---- errors ------------------------------------------------------------------------
  // Where in the job did it happen? SpiderMonkey stack frames read "name@file:line:column".
  let jobFile = 'job.js';
  let columnMap = {};
  const frames = error => {
    const stack = error && typeof error === 'object' && typeof error.stack === 'string' ? error.stack : '';
    const out = [];
    for (const text of stack.split('\n')) {
      const m = /@(.*):(\d+):(\d+)$/.exec(text);
      if (m) out.push({ file: m[1], line: Number(m[2]), column: Number(m[3]) });
    }
    return out;
  };
  const jobColumn = (lineNumber, column) => {
    // The compiler inserted text on some lines; move the (1-based) column back to the job's
    // own text. `at` is the 0-based column in the job where text of length +delta went in.
    const generated = column - 1;
    let shift = 0;
    for (const [at, delta] of columnMap[lineNumber] || []) {
      if (generated - shift >= at + delta) shift += delta;
      else if (generated - shift >= at) return at + 1;
      else break;
    }
    return generated - shift + 1;
  };
  const constructorName = e => {
    try { return e && e.constructor && typeof e.constructor.name === 'string' ? e.constructor.name : ''; }
    catch (ignored) { return ''; }
  };
  const describeThrown = e => {
    if (e === null) return 'the job threw null';
    if (e === undefined) return 'the job threw undefined';
    if (typeof e === 'string') return e;
    if (typeof e === 'object') {
      if (typeof e.message === 'string' && e.message !== '') return e.message;
      try { const json = safeJson(e); if (json && json !== '{}') return 'the job threw ' + json; } catch (ignored) {}
      return 'the job threw ' + Object.prototype.toString.call(e);
    }
    return 'the job threw ' + String(e);
  };
  // Maps a thrown value to OpenFn's error kinds and exit reasons.
  const classify = (error, inOperation) => {
    const all = frames(error);
    const inJob = all.find(f => f.file === jobFile);
    const firstOwn = all.find(f => f.file === jobFile || f.file.startsWith('sb:adaptors/') || f.file.startsWith('sb:vendor/'));
    const name = constructorName(error);
    const out = { severity: 'fail', type: 'JobError', message: describeThrown(error) };
    const httpFailure = error !== null && typeof error === 'object' && (error.name === 'HttpError' || error.name === 'NetworkError');
    if (inOperation && ((firstOwn && firstOwn.file !== jobFile && error !== null && typeof error === 'object') || httpFailure)) {
      out.type = 'AdaptorError';
    } else if (/RangeError|TypeError/.test(name)) {
      out.type = 'RuntimeError'; out.subtype = name; out.message = `${name}: ${error.message}`;
    } else if (/ReferenceError|SyntaxError/.test(name)) {
      out.severity = 'crash'; out.type = 'RuntimeCrash'; out.subtype = name; out.message = `${name}: ${error.message}`;
    } else if (name === 'EvalError') {
      out.severity = 'kill'; out.type = 'SecurityError';
      out.message = 'eval() and new Function() are not allowed in jobs: ' + error.message;
    } else if (name === 'InternalError') {
      out.type = 'RuntimeError'; out.subtype = name; out.message = `${name}: ${error.message}`;
    }
    if (inJob) { out.line = inJob.line; out.column = jobColumn(inJob.line, inJob.column); }
    else if (error && typeof error === 'object' && error.fileName === jobFile && error.lineNumber) {
      out.line = error.lineNumber; out.column = jobColumn(error.lineNumber, error.columnNumber || 0);
    }
    return out;
  };

  let currentOperation = null;

  return {
    // Loads the adaptor and puts its exports, `state` and `__sb_op` on the global.
    setup(adaptorName, adaptorVersion, file, map, input) {
      jobFile = file;
      columnMap = map ? JSON.parse(map) : {};
      const exports = loadAdaptor(adaptorName, adaptorVersion);
      for (const key of Object.keys(exports)) {
        const d = Object.getOwnPropertyDescriptor(exports, key);
        if (d.get) Object.defineProperty(global, key, { get: d.get, configurable: true, enumerable: false });
        else define(key, d.value);
      }
      define('state', input);
      this.adaptor = exports;
    },

    // After the job's module code ran: evaluate each top-level call into an operation, in
    // order, then run them through the adaptor's execute. Returns the step's promise.
    start() {
      const input = global.state;
      const operations = [];
      for (const { thunk, line } of pending) {
        currentOperation = { line };
        const op = thunk();
        if (typeof op !== 'function') {
          native.emit('warn', `Line ${line}: this top-level call does not return an operation, so it is not run as one (it returned ${format(op)}).`);
          continue;
        }
        const index = operations.length + 1;
        operations.push(async state => {
          currentOperation = { index, line };
          if (state && typeof state === 'object' && state[NULL_STATE]) {
            delete state[NULL_STATE];
            native.emit('warn', `No state was passed into operation ${index} (line ${line}). Did the previous operation return state?`);
          }
          let result = await op(state);
          if (!result) {
            native.emit('debug', `Operation ${index} (line ${line}) did not return state.`);
            result = { [NULL_STATE]: true };
          }
          return result;
        });
      }
      currentOperation = null;
      const execute = typeof this.adaptor.execute === 'function'
        ? this.adaptor.execute
        : (...ops) => state => ops.reduce((acc, op) => acc.then(op), Promise.resolve(state));
      return Promise.resolve(execute(...operations)(input));
    },

    // The final state as JSON text (configuration and response removed), or undefined when
    // the last operation returned nothing.
    finish(result) {
      if (!result || (typeof result === 'object' && result[NULL_STATE])) {
        native.emit('warn', 'The last operation returned nothing, so this step has no final state (null). ' +
                            'Return state from every operation to pass data on.');
        return undefined;
      }
      return this.serialize(result);
    },

    serialize(value) {
      if (value && typeof value === 'object') {
        delete value.configuration;
        delete value.response;
      }
      try {
        return toJson(value); // native speed: no replacer calls
      } catch (e) {
        if (tagOf(e) !== 'Error' || !/BigInt/i.test(e.message)) throw e;
        return toJson(value, (key, v) => (typeof v === 'bigint' ? v.toString() : v));
      }
    },

    // The state to report on failure: the step's input state (as operations may have changed
    // it), with errors[stepId] filled in.
    failState(stepId, report) {
      const state = global.state && typeof global.state === 'object' ? global.state : {};
      if (!state.errors || typeof state.errors !== 'object') state.errors = {};
      state.errors[stepId] = report;
      return this.serialize(state);
    },

    classify(error, inOperation) {
      const out = classify(error, inOperation);
      if (!out.line && currentOperation && currentOperation.line) out.operationLine = currentOperation.line;
      return out;
    },

    // The engine hands over the answer to request `id`: meta (JSON text) and body (text).
    httpDone(id, meta, body) {
      const waiting = httpWaiting.get(id);
      if (!waiting) return;
      httpWaiting.delete(id);
      waiting.resolve({ meta: JSON.parse(meta), body });
    },

    // The engine hands over the answer of native task `id` (JSON text).
    taskDone(id, text) {
      const waiting = taskWaiting.get(id);
      if (!waiting) return;
      taskWaiting.delete(id);
      waiting.resolve(text);
    },

    fireTimer(id) {
      const timer = timers.get(id);
      if (!timer) return;
      if (timer.repeat) native.timerStart(timer.delay, id); else timers.delete(id);
      timer.callback.apply(undefined, timer.args);
    },

    clearTimers() {
      for (const id of timers.keys()) native.timerCancel(id);
      timers.clear();
    },

    // After the step: remove everything the step put on the global (its sloppy globals and
    // what newStep installed). True when the realm is as it was adopted, so the next run of
    // the same job may use it; false when the job changed a built-in (the engine then
    // drops the realm).
    release() {
      const realm = realms.get(global);
      if (!realm) return false;
      for (const key of Reflect.ownKeys(global)) {
        if (!realm.baseline.has(key)) {
          try { delete global[key]; } catch (e) { return false; }
        }
      }
      if (Reflect.ownKeys(global).length !== realm.baseline.size) return false;
      for (const [object, count] of realm.watched) {
        if (Reflect.ownKeys(object).length !== count) return false;
      }
      return true;
    },
  };
  };

  // ---- freeze what the steps share ---------------------------------------------------
  // csv-parse carries Node's Buffer, which rewrites Uint8Array methods as it loads: it must
  // load before the standard library is frozen. The other libraries load on first use.
  try { requireVendor('csv-parse'); } catch (e) { /* reported when a job needs it */ }
  // Assigning `obj.toString = …` to an object whose prototype is frozen would fail (the
  // "override mistake"); these few names get an accessor that defines an own property.
  const overridable = (proto, names) => {
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || !('value' in d)) continue;
      const value = d.value;
      Object.defineProperty(proto, name, {
        get() { return value; },
        set(v) {
          if (this === proto) throw new TypeError(`${name} of a shared built-in cannot be changed`);
          Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
        },
        enumerable: d.enumerable, configurable: false,
      });
    }
  };
  overridable(Object.prototype, ['constructor', 'toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);
  overridable(Error.prototype, ['name', 'message', 'constructor', 'toString']);
  overridable(Function.prototype, ['constructor', 'toString']);
  overridable(Array.prototype, ['constructor', 'toString']);
  overridable(Promise.prototype, ['constructor']);
  // Adaptor code logs through the console of the step being run.
  Object.defineProperty(globalThis, 'console', { value: makeConsole(), writable: false, configurable: false });
  const hardened = new Set();
  const harden = o => {
    if (o === null || (typeof o !== 'object' && typeof o !== 'function') || hardened.has(o)) return;
    hardened.add(o);
    Object.freeze(o);
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if ('value' in d) harden(d.value); else { harden(d.get); harden(d.set); }
    }
    harden(Object.getPrototypeOf(o));
  };
  // The standard library, including the intrinsics no global names.
  harden(globalThis);
  harden(async function () {});
  harden(function* () {});
  harden(async function* () {});
  harden(Object.getPrototypeOf([][Symbol.iterator]()));
  harden(Object.getPrototypeOf(new Map()[Symbol.iterator]()));
  harden(Object.getPrototypeOf(new Set()[Symbol.iterator]()));
  harden(Object.getPrototypeOf(''[Symbol.iterator]()));
  harden(Object.getPrototypeOf('a'.matchAll(/a/g)));
  harden(Object.getPrototypeOf(Int8Array));
  for (const exports of vendorCache.values()) freezeExports(exports);
  frozen = true;

  // ---- realms kept for the next run of the same job ------------------------------------
  // A job's realm is reused only while it is pristine. adoptRealm makes the realm's
  // built-ins unchangeable (new properties can still be added: polyfills work), records
  // how many properties each has, and what the global holds; release() checks both.
  const realms = new WeakMap();
  const STANDARD = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date',
    'RegExp', 'Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError',
    'AggregateError', 'InternalError', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
    'Promise', 'Proxy', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array',
    'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array',
    'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Math', 'JSON', 'Reflect', 'Intl', 'Atomics'];
  const OVERRIDABLE = [['Object', ['constructor', 'toString', 'valueOf', 'toLocaleString', 'hasOwnProperty',
    'isPrototypeOf', 'propertyIsEnumerable']], ['Error', ['name', 'message', 'constructor', 'toString']],
    ['Function', ['constructor', 'toString']], ['Array', ['constructor', 'toString']], ['Promise', ['constructor']]];
  const adoptRealm = (global, unnamed) => {
    const watched = [];
    const seen = new Set();
    const watch = o => {
      if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) return;
      seen.add(o);
      watched.push([o, 0]);
    };
    for (const name of STANDARD) {
      const v = global[name];
      watch(v);
      if (v && typeof v === 'function' && v.prototype) watch(v.prototype);
    }
    for (const o of unnamed) watch(o);
    for (const [name, keys] of OVERRIDABLE) overridable(global[name].prototype, keys);
    for (const [o] of watched) {
      for (const key of Reflect.ownKeys(o)) {
        const d = Object.getOwnPropertyDescriptor(o, key);
        if (!d.configurable) continue;
        Object.defineProperty(o, key, 'value' in d ? { writable: false, configurable: false } : { configurable: false });
      }
    }
    for (const name of STANDARD) {
      if (Object.hasOwn(global, name)) Object.defineProperty(global, name, { writable: false, configurable: false });
    }
    for (const entry of watched) entry[1] = Reflect.ownKeys(entry[0]).length;
    realms.set(global, { watched, baseline: new Set(Reflect.ownKeys(global)) });
  };

  return { newStep, adoptRealm };
})
