// Development harness for resources/adaptors/common.js: loads our language-common and the
// vendor bundles into a Node `vm` context shaped like a Switchboard step (no Node globals,
// code generation from strings refused) and exposes helpers to compare it with the real
// @openfn/language-common. The cases are in common-cases.mjs; run-common-harness.sh runs it.
import vm from 'node:vm';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// ---- our implementation, in a step-like context ---------------------------------------
//
// withCodegen: a vm context's code-generation setting is fixed when it is created, so the
// harness keeps a second context that allows it, and during withCodegen(fn) swaps the
// step context's global `Function` and `eval` for that context's ones (Ajv calls
// `new Function(...)` through the global name). Outside withCodegen, `new Function` and
// eval throw "Code generation from strings disallowed", as in the runtime.
export function loadOurs({ vendorDir, commonFile, version = '3.3.4', logs = [], globals = {} }) {
  const context = vm.createContext({ ...globals }, { codeGeneration: { strings: false, wasm: false } });
  const permissive = vm.createContext({});
  const permissiveGlobals = vm.runInContext('({ Function, eval })', permissive);
  const vendorLoads = [];

  const consoleFor = (level) => (...args) => logs.push([level, ...args]);
  const native = {
    console: {
      log: consoleFor('log'), info: consoleFor('info'), warn: consoleFor('warn'),
      error: consoleFor('error'), debug: consoleFor('debug'),
    },
    vendor(name) {
      vendorLoads.push(name);
      const file = path.join(vendorDir, `${name}.js`);
      return vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: `sb:vendor/${name}.js` });
    },
    adaptor(name) {
      if (name !== 'common') throw new Error(`no adaptor ${name} in the harness`);
      return vm.runInContext(fs.readFileSync(commonFile, 'utf8'), context, { filename: 'sb:adaptors/common.js' });
    },
    withCodegen(fn) {
      const saved = vm.runInContext('({ Function: globalThis.Function, eval: globalThis.eval })', context);
      context.Function = permissiveGlobals.Function;
      context.eval = permissiveGlobals.eval;
      try {
        return fn();
      } finally {
        context.Function = saved.Function;
        context.eval = saved.eval;
      }
    },
  };

  // The same shape as resources/runtime/prelude.js's makeSb, built inside the context.
  const makeStep = vm.runInContext(`(function (native, version) {
    globalThis.console = native.console;
    const vendorCache = new Map();
    const adaptorCache = new Map();
    const makeSb = (v) => ({
      version: v,
      major: Number(String(v).split('.')[0]) || 0,
      require(name) {
        if (!vendorCache.has(name)) {
          const module = { exports: {} };
          native.vendor(name)(module, module.exports);
          vendorCache.set(name, module.exports);
        }
        return vendorCache.get(name);
      },
      adaptor(name, av) { return loadAdaptor(name, av || v); },
      withCodegen: (fn) => native.withCodegen(fn),
    });
    const loadAdaptor = (name, v) => {
      const key = name + '@' + v;
      if (!adaptorCache.has(key)) {
        const exports = {};
        adaptorCache.set(key, exports);
        native.adaptor(name)(exports, makeSb(v));
      }
      return adaptorCache.get(key);
    };
    return loadAdaptor('common', version);
  })`, context, { filename: 'harness-prelude.js' });

  const exports = makeStep(native, version);
  return { exports, context, logs, vendorLoads };
}

// ---- the real one -----------------------------------------------------------------------
export async function loadReal(peerNodeModules) {
  const file = path.join(peerNodeModules, '@openfn/language-common/dist/index.js');
  return import(pathToFileURL(file).href);
}

// Runs fn with the process console captured into logs (the real adaptor logs there).
export async function withCapturedConsole(logs, fn) {
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    saved[level] = console[level];
    console[level] = (...args) => logs.push([level, ...args]);
  }
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

// ---- comparing values across realms ------------------------------------------------------
// A canonical text for a value from either realm: key order kept, undefined, NaN, Dates,
// RegExps, functions, errors and non-plain prototypes made visible.
export function canon(value, seen = new Set()) {
  const t = typeof value;
  if (value === undefined) return 'undefined';
  if (value === null || t === 'boolean' || t === 'string') return JSON.stringify(value);
  if (t === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (t === 'bigint') return `${value}n`;
  if (t === 'symbol') return String(value);
  if (t === 'function') return `[Function ${value.name || ''}]`;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object Date]') return `Date(${isNaN(value) ? 'Invalid' : value.toISOString()})`;
    if (tag === '[object RegExp]') return `RegExp(${String(value)})`;
    if (tag === '[object Promise]') return 'Promise';
    if (tag === '[object Error]') {
      const extra = Object.keys(value).map((k) => `${k}:${canon(value[k], seen)}`);
      return `${value.name}(${JSON.stringify(value.message)}${extra.length ? ',' + extra.join(',') : ''})`;
    }
    if (Array.isArray(value)) {
      const items = [];
      for (let i = 0; i < value.length; i++) items.push(i in value ? canon(value[i], seen) : '<hole>');
      const extra = Object.keys(value).filter((k) => !/^\d+$/.test(k));
      return `[${items.join(',')}${extra.length ? ';' + extra.map((k) => `${k}:${canon(value[k], seen)}`).join(',') : ''}]`;
    }
    const proto = Object.getPrototypeOf(value);
    const ctorName = proto === null ? 'null' : proto.constructor && proto.constructor.name;
    const prefix = ctorName === 'Object' ? '' : `${ctorName}`;
    const keys = Reflect.ownKeys(value).filter((k) => Object.prototype.propertyIsEnumerable.call(value, k));
    return `${prefix}{${keys.map((k) => `${String(k)}:${canon(value[k], seen)}`).join(',')}}`;
  } finally {
    seen.delete(value);
  }
}

// Log lines as text: each argument canonicalised, errors by name and message.
export const canonLogs = (logs) => logs.map(([level, ...args]) =>
  `${level}: ${args.map((a) => (typeof a === 'string' ? a : canon(a))).join(' ')}`);

// Calls run(common) and describes what happened: value (or error) and console output.
export async function outcome(common, run, logs, normalize) {
  logs.length = 0;
  try {
    let value = await run(common);
    if (normalize) value = normalize(value);
    return { ok: true, value: canon(value), logs: canonLogs(logs) };
  } catch (e) {
    const isError = e && typeof e === 'object' && typeof e.message === 'string';
    return {
      ok: false,
      error: isError ? `${e.constructor && e.constructor.name}: ${e.message}` : canon(e),
      errorType: isError ? e.constructor && e.constructor.name : typeof e,
      logs: canonLogs(logs),
    };
  }
}

// ---- main: node common-harness.mjs --vendor <build>/js-vendor --peer <node_modules> -----
function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const root = path.resolve(here, '../../..');
  const vendorDir = path.resolve(argValue('--vendor', path.join(root, 'build-a/js-vendor')));
  const peer = path.resolve(argValue('--peer', '/tmp/peer/node_modules'));
  const commonFile = path.join(root, 'resources/adaptors/common.js');
  const only = argValue('--only', '');
  const { cases } = await import('./common-cases.mjs');

  let passed = 0, failed = 0;
  const fail = (name, detail) => { failed++; console.log(`FAIL ${name}\n${detail}`); };

  // Step start must stay cheap: loading common instantiates no vendor library.
  {
    const t0 = process.hrtime.bigint();
    const step = loadOurs({ vendorDir, commonFile });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const names = Object.keys(step.exports);
    const descriptors = Object.getOwnPropertyDescriptors(step.exports);
    if (step.vendorLoads.length === 0 && typeof descriptors._.get === 'function' && names.length > 30) passed++;
    else fail('lazy load', `vendor libraries loaded at start: ${step.vendorLoads}`);
    console.log(`info: context + common.js load ${ms.toFixed(2)} ms (includes creating the vm context)`);
    try {
      vm.runInContext('new Function("return 1")', step.context);
      fail('codegen refused', 'new Function worked outside withCodegen');
    } catch (e) {
      passed++;
    }
    // A plain property path takes the shortcut and loads nothing; any other loads only
    // jsonpath-plus.
    step.exports.dataValue('a')({ data: { a: 1 } });
    if (step.vendorLoads.join() === '') passed++;
    else fail('dataValue on a plain path loads nothing', String(step.vendorLoads));
    step.exports.dataValue('a[0]')({ data: { a: [1] } });
    if (step.vendorLoads.join() === 'jsonpath-plus') passed++;
    else fail('dataValue loads only jsonpath-plus', String(step.vendorLoads));
  }

  const ourLogs = [];
  const realLogs = [];
  const ours = loadOurs({ vendorDir, commonFile, logs: ourLogs }).exports;
  const real = await loadReal(peer);
  const differences = [];

  for (const c of cases) {
    if (only && !c.name.includes(only)) continue;
    const mine = await outcome(ours, c.run, ourLogs, c.normalize);
    const theirs = await withCapturedConsole(realLogs, () => outcome(real, c.run, realLogs, c.normalize));
    let same = mine.ok === theirs.ok &&
      (mine.ok ? mine.value === theirs.value
        : c.errorTypeOnly ? mine.errorType === theirs.errorType : mine.error === theirs.error);
    if (same && !c.ignoreLogs && mine.logs.join('\n') !== theirs.logs.join('\n')) same = false;
    if (same) { passed++; continue; }
    const detail = `  ours: ${JSON.stringify(mine)}\n  real: ${JSON.stringify(theirs)}`;
    if (c.oursMayDiffer) { passed++; differences.push(`${c.name} (${c.oursMayDiffer})\n${detail}`); continue; }
    fail(c.name, detail);
  }
  // util.parseUrl works where the engine has a URL class: check it with Node's.
  {
    const logs = [];
    const withUrl = loadOurs({ vendorDir, commonFile, logs, globals: { URL } }).exports;
    const c = cases.find((x) => x.name === 'util.parseUrl');
    const mine = await outcome(withUrl, c.run, logs);
    const theirs = await outcome(real, c.run, logs);
    if (JSON.stringify(mine) === JSON.stringify(theirs)) passed++;
    else fail('util.parseUrl with a URL class', `  ours: ${JSON.stringify(mine)}\n  real: ${JSON.stringify(theirs)}`);
  }
  for (const d of differences) console.log(`KNOWN DIFFERENCE ${d}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main();
}
