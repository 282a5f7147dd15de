// Bundles the npm libraries the job runtime embeds, one classic script per library.
//
//   node build.mjs --node-modules <dir with node_modules installed from package.json> --outdir <dir>
//
// Each output <outdir>/<name>.js is a classic script whose completion value is
//   (function (module, exports) { …CommonJS bundle… })
// The runtime calls it with a fresh {exports: {}} and uses module.exports.
// Target: SpiderMonkey 102 (ES2022) with no Node APIs, and no eval/new Function except
// inside sb.withCodegen (Ajv's schema compiler).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) {
    console.error(`build.mjs: missing ${name} <dir>`);
    process.exit(2);
  }
  return path.resolve(process.argv[i + 1]);
}
const nodeModules = arg('--node-modules');
const outdir = arg('--outdir');

// esbuild lives in the build tree's node_modules, not next to this file.
const requireFromBuild = createRequire(path.join(nodeModules, 'package.json'));
const esbuild = await import(pathToFileURL(requireFromBuild.resolve('esbuild')).href);

// name -> { entry, inject? }
const bundles = {
  'jsonpath-plus': { entry: 'entries/jsonpath-plus.mjs' },
  lodash: { entry: 'entries/lodash.cjs' },
  'date-fns': { entry: 'entries/date-fns.mjs' },
  'csv-parse': { entry: 'entries/csv-parse.mjs', inject: ['shims/buffer.mjs'] },
  ajv: { entry: 'entries/ajv.cjs' },
};

// A comment naming every npm package in a bundle, with version and licence.
function header(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || packages.has(m[1])) continue;
    const dir = input.slice(0, m.index + m[0].length);
    const pkg = JSON.parse(readFileSync(path.resolve(dir, 'package.json'), 'utf8'));
    packages.set(m[1], `${pkg.name} ${pkg.version} (${pkg.license || 'see package'})`);
  }
  return `// Bundled by resources/vendor/build.mjs from npm packages:\n${[...packages.values()]
    .sort().map((p) => `//   ${p}\n`).join('')}`;
}

mkdirSync(outdir, { recursive: true });
for (const [name, spec] of Object.entries(bundles)) {
  const result = await esbuild.build({
    entryPoints: [path.join(here, spec.entry)],
    inject: (spec.inject || []).map((f) => path.join(here, f)),
    nodePaths: [path.join(nodeModules, 'node_modules')],
    bundle: true,
    write: false,
    format: 'cjs',
    // 'browser' picks the browser builds (jsonpath-plus without Node's vm) and makes
    // any import of a Node built-in a build error instead of a runtime surprise.
    platform: 'browser',
    target: 'es2022',
    minify: true,
    keepNames: true, // error classes keep their names (CsvError, ValidationError, …)
    legalComments: 'eof',
    define: {
      // lodash finds the global object through `global` or falls back to
      // Function('return this')(), which the runtime refuses.
      global: 'globalThis',
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'warning',
    metafile: true,
  });
  const code = result.outputFiles[0].text;
  const wrapped = `${header(result.metafile)}(function (module, exports) {\n${code}\n})\n`;
  writeFileSync(path.join(outdir, `${name}.js`), wrapped);
  console.log(`js-vendor: ${name}.js ${(wrapped.length / 1024).toFixed(1)} KiB`);
}
