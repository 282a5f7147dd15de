// Runs the conformance corpus through OpenFn's own runtime, all jobs in one Node process.
//
//   node --experimental-vm-modules --no-warnings run-corpus.mjs JOBS_DIR OUT_DIR [NAME…]
//   node run-corpus.mjs --compile JOB.js      (prints the compiled module)
//
// For every JOBS_DIR/NN-name.js (or only the NAMEs given) it compiles the job from source
// form into the ES module OpenFn's compiler would produce, runs it with @openfn/runtime and
// the language-common installed beside this script, and writes OUT_DIR/NN-name.json: the
// final state, or {"crashed": true, "error": {"type", "message"}} when the run crashed or
// was killed (OpenFn's runtime throws instead of returning a state then).
// The input state is JOBS_DIR/NN-name.state.json, else JOBS_DIR/default.state.json.
// Prints one line per job (name and outcome) and exits 0 unless the runner itself failed.
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';

const here = path.dirname(fileURLToPath(import.meta.url));
const ADAPTOR = '@openfn/language-common';
const adaptorDir = path.join(here, 'node_modules', ADAPTOR);

// ---------------------------------------------------------------------------------------
// The compiler. OpenFn's compiler (lazy-state, top-level-operations, add-imports and
// ensure-exports transforms) re-done with acorn and text edits.

export class CompileError extends Error {
  constructor(message) { super(message); this.name = 'CompileError'; }
}

const isStatementLike = node => /(Statement|Declaration)$/.test(node.type);

// Names a top-level statement declares (imports of the same name would collide).
function declaredNames(stmt, out) {
  const addPattern = p => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier': out.add(p.name); break;
      case 'ObjectPattern': p.properties.forEach(q => addPattern(q.type === 'RestElement' ? q.argument : q.value)); break;
      case 'ArrayPattern': p.elements.forEach(addPattern); break;
      case 'RestElement': addPattern(p.argument); break;
      case 'AssignmentPattern': addPattern(p.left); break;
    }
  };
  if (stmt.type === 'VariableDeclaration') stmt.declarations.forEach(d => addPattern(d.id));
  else if ((stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') && stmt.id) out.add(stmt.id.name);
}

// Does some function or block between the program and this node declare `$`?
function shadowsDollar(ancestors) {
  for (const a of ancestors) {
    if (/Function/.test(a.type)) {
      const names = new Set();
      a.params.forEach(p => declaredNames({ type: 'VariableDeclaration', declarations: [{ id: p }] }, names));
      if (names.has('$')) return true;
    }
    if (a.type === 'BlockStatement')
      for (const s of a.body) { const names = new Set(); declaredNames(s, names); if (names.has('$')) return true; }
  }
  return false;
}

export function compile(source, adaptorExports) {
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: false });
  } catch (e) {
    throw new CompileError(`SyntaxError: ${e.message}`);
  }
  const edits = []; // {pos, end, text}: replace source[pos, end) by text (pos == end: insert)
  const wrapped = new Set();

  // lazy state: the outermost member chain rooted at `$` becomes `state…`, and the nearest
  // enclosing call's argument (the child of that call on the way up) is wrapped in
  // `(state) => …` unless it already is a one-parameter arrow named `state`.
  walk.ancestor(ast, {
    MemberExpression(node, _st, ancestors) {
      const parent = ancestors[ancestors.length - 2];
      if (parent && parent.type === 'MemberExpression' && parent.object === node) return; // not outermost
      let root = node.object;
      while (root.type === 'MemberExpression') root = root.object;
      if (root.type !== 'Identifier' || root.name !== '$') return;
      if (shadowsDollar(ancestors.slice(0, -1))) return;
      edits.push({ pos: root.start, end: root.end, text: 'state' });
      let last = node;
      for (let i = ancestors.length - 2; i >= 0; i--) {
        const a = ancestors[i];
        if (a.type === 'CallExpression') {
          if (wrapped.has(last)) return;
          wrapped.add(last);
          if (last.type === 'ArrowFunctionExpression') {
            if (last.params.length !== 1) throw new CompileError('invalid state operator: parent has wrong arity');
            const name = last.params[0].name;
            if (name === 'state') return;
            throw new CompileError(`invalid state operator: parameter "${name}" should be called "state"`);
          }
          // printed as OpenFn's code generator would: parentheses only where the syntax
          // needs them (an object literal body; the arrow as a callee)
          const body = /^(ObjectExpression|SequenceExpression)$/.test(last.type);
          const outer = !a.arguments.includes(last);
          edits.push({ pos: last.start, end: last.start, text: (outer ? '(' : '') + '(state) => ' + (body ? '(' : '') });
          edits.push({ pos: last.end, end: last.end, text: (body ? ')' : '') + (outer ? ')' : '') });
          return;
        }
        if (isStatementLike(a)) throw new CompileError('invalid state operator: must be inside an expression');
        last = a;
      }
      throw new CompileError('invalid state operator: must be be passed as an argument to an operator');
    },
  });

  // Apply from the end; at one position, replacements before insertions so `$` at the start
  // of a wrapped argument is renamed before the wrapper goes in front of it.
  const apply = (from, to) => {
    let text = source.slice(from, to);
    const mine = edits.filter(e => e.pos >= from && e.end <= to);
    mine.sort((a, b) => b.pos - a.pos || (b.end - b.pos) - (a.end - a.pos));
    for (const e of mine) text = text.slice(0, e.pos - from) + e.text + text.slice(e.end - from);
    return text;
  };

  const ops = [], body = [], declared = new Set();
  for (const stmt of ast.body) {
    declaredNames(stmt, declared);
    if (stmt.type === 'ImportDeclaration' || stmt.type.startsWith('Export'))
      throw new CompileError('jobs in source form have no import or export statements');
    if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'CallExpression')
      ops.push(apply(stmt.expression.start, stmt.expression.end));
    else body.push(apply(stmt.start, stmt.end));
  }
  const imports = adaptorExports.filter(n => !declared.has(n) && n !== 'default');
  return `import { ${imports.join(', ')} } from '${ADAPTOR}';\n` +
    `export * from '${ADAPTOR}';\n` +
    `${body.join('\n')}\n` +
    `export default [\n${ops.join(',\n')}\n];\n`;
}

// ---------------------------------------------------------------------------------------
// The runner.

const noop = () => {};
const silentLogger = () => {
  const l = { _level: 'none' };
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'success', 'always', 'print', 'break', 'confirm'])
    l[k] = noop;
  l.timer = () => '0ms';
  return l;
};

async function main() {
  const [jobsDir, outDir, ...only] = process.argv.slice(2);
  if (jobsDir === '--compile' && outDir) { // print the module one job compiles to
    const exportsList = Object.keys(await import(pathToFileURL(path.join(adaptorDir, 'dist/index.js')).href));
    process.stdout.write(compile(readFileSync(outDir, 'utf8'), exportsList));
    return;
  }
  if (!jobsDir || !outDir) {
    process.stderr.write('usage: node --experimental-vm-modules run-corpus.mjs JOBS_DIR OUT_DIR [NAME…]\n');
    process.exit(2);
  }
  const { default: run } = await import('@openfn/runtime');
  const adaptorExports = Object.keys(await import(pathToFileURL(path.join(adaptorDir, 'dist/index.js')).href));
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(jobsDir)
    .filter(f => /^\d+-.*\.js$/.test(f))
    .map(f => f.slice(0, -3))
    .filter(n => !only.length || only.includes(n))
    .sort();

  // language-common prints with Node's own console (cursor, scrubEmojis); keep stdout ours.
  const realConsole = {};
  for (const k of ['log', 'info', 'debug', 'warn', 'error']) realConsole[k] = console[k];
  const mute = () => { for (const k in realConsole) console[k] = noop; };
  const unmute = () => Object.assign(console, realConsole);
  const say = line => process.stdout.write(line + '\n');

  for (const name of names) {
    const src = readFileSync(path.join(jobsDir, `${name}.js`), 'utf8');
    const own = path.join(jobsDir, `${name}.state.json`);
    const statePath = existsSync(own) ? own : path.join(jobsDir, 'default.state.json');
    const input = JSON.parse(readFileSync(statePath, 'utf8'));
    let out, outcome;
    try {
      const module = compile(src, adaptorExports);
      mute();
      try {
        const result = await run(module, input, {
          logger: silentLogger(),
          jobLogger: silentLogger(),
          statePropsToRemove: ['configuration', 'response'],
          // a fresh copy of the adaptor module per job: language-common keeps module-level
          // state (cursor key, schema cache) that must not leak from one job to the next
          linker: { cacheKey: name, modules: { [ADAPTOR]: { path: adaptorDir } } },
        });
        out = result === undefined ? null : result;
        outcome = out && out.errors ? 'failed: ' + Object.values(out.errors).map(e => e.message).join('; ') : 'ok';
      } finally {
        unmute();
      }
    } catch (e) {
      const error = { type: e.subtype || e.name || typeof e, message: e.message ?? String(e) };
      out = { crashed: true, error };
      outcome = `crashed: ${error.type}: ${error.message}`;
    }
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(out, null, 2) + '\n');
    say(`${name}: ${outcome}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main().catch(e => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
