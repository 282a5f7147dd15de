// The job compile step. Runs in the worker's compiler realm, which has SpiderMonkey's own
// parser as Reflect.parse; nothing here parses JavaScript by hand. The completion value of
// this script is the compile function the engine calls with the job's source text.
//
// What it produces is the job's own text with a few insertions, so line numbers never move
// (the whole job becomes the body of `(function () {…})`, started on its first line):
//   * each top-level call expression (each part of a top-level comma expression too) is
//     wrapped as   __sb_op(() => (CALL), LINE)   so the engine collects the operations in
//     order after the module code has run, exactly as OpenFn's compiled module would;
//   * `$` (lazy state) becomes `state`, and the smallest enclosing call argument becomes
//     `(state) => ARG`, resolved when that operation runs.
// Returns {code, map} where map lists per line the column shifts the insertions caused, so
// errors are reported at the job's own line and column; or {error: {message, line, column}}.
(function compileJob(source) {
  'use strict';

  let ast;
  try {
    ast = Reflect.parse(source, { loc: true, source: 'job', target: 'script' });
  } catch (e) {
    // SpiderMonkey 102 counts error columns from 0; people count from 1.
    return { error: { message: String(e && e.message || e), line: e && e.lineNumber || 0,
                      column: e && typeof e.columnNumber === 'number' ? e.columnNumber + 1 : 0 } };
  }

  // Line start offsets, to turn the parser's {line, column} into string positions.
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) { if (source.charCodeAt(i + 1) === 10) i++; lineStarts.push(i + 1); }
    else if (c === 0x2028 || c === 0x2029) lineStarts.push(i + 1);
  }
  const offset = pos => lineStarts[pos.line - 1] + pos.column;

  const edits = []; // {at, remove, text, line, column}
  const insert = (pos, text) => edits.push({ at: offset(pos), remove: 0, text, line: pos.line, column: pos.column });
  const replace = (loc, text) => edits.push({ at: offset(loc.start), remove: offset(loc.end) - offset(loc.start),
                                              text, line: loc.start.line, column: loc.start.column });

  // Does the job declare `$` itself anywhere? Then `$` is its own variable, not lazy state.
  let declaresDollar = false;
  const bindingNames = (pattern, out) => {
    if (!pattern || typeof pattern !== 'object') return;
    switch (pattern.type) {
      case 'Identifier': out.push(pattern.name); break;
      case 'ObjectPattern': for (const p of pattern.properties) bindingNames(p.type === 'SpreadExpression' ? p.expression : p.value, out); break;
      case 'ArrayPattern': for (const e of pattern.elements) bindingNames(e, out); break;
      case 'AssignmentExpression': bindingNames(pattern.left, out); break;
      case 'SpreadExpression': bindingNames(pattern.expression, out); break;
    }
  };

  // Walks every child node, with the chain of ancestors, skipping positions where an
  // identifier is a name rather than a variable reference (non-computed member properties
  // and object keys).
  const visit = (node, ancestors, onIdentifier) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node) visit(n, ancestors, onIdentifier); return; }
    if (typeof node.type !== 'string') return;
    if (node.type === 'Identifier') { onIdentifier(node, ancestors); return; }
    ancestors.push(node);
    for (const key in node) {
      if (key === 'loc' || key === 'type') continue;
      if (node.type === 'MemberExpression' && key === 'property' && !node.computed) continue;
      if ((node.type === 'Property' || node.type === 'PrototypeMutation') && key === 'key') continue;
      if (node.type === 'MethodDefinition' && key === 'key') continue;
      if ((node.type === 'ClassField' || node.type === 'StaticClassBlock') && key === 'name') continue;
      if (node.type === 'LabeledStatement' && key === 'label') continue;
      if ((node.type === 'BreakStatement' || node.type === 'ContinueStatement') && key === 'label') continue;
      visit(node[key], ancestors, onIdentifier);
    }
    ancestors.pop();
  };

  // Calls to the language's own globals (Math.max, JSON.stringify, new Date, parseInt…)
  // take values, never functions of state. This realm has only the standard globals.
  const rootName = callee => {
    while (callee && callee.type === 'MemberExpression') callee = callee.object;
    return callee && callee.type === 'Identifier' ? callee.name : null;
  };
  const callsBuiltin = call => {
    const name = rootName(call.callee);
    return name !== null && name !== 'state' && Object.prototype.hasOwnProperty.call(globalThis, name);
  };

  // First pass: declarations of `$`.
  const declarationVisit = node => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(declarationVisit); return; }
    if (typeof node.type !== 'string') return;
    const names = [];
    if (node.type === 'VariableDeclarator') bindingNames(node.id, names);
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      if (node.id) names.push(node.id.name);
      for (const p of node.params || []) bindingNames(p, names);
      if (node.rest) bindingNames(node.rest, names);
      for (const d of node.defaults || []) declarationVisit(d);
    }
    if (node.type === 'CatchClause') bindingNames(node.param, names);
    if (node.type === 'ClassStatement' && node.id) names.push(node.id.name);
    if (names.includes('$')) declaresDollar = true;
    for (const key in node) if (key !== 'loc') declarationVisit(node[key]);
  };
  declarationVisit(ast);

  if (!declaresDollar) {
    const wrapped = new Set();
    visit(ast, [], (id, ancestors) => {
      if (id.name !== '$') return;
      const parent = ancestors[ancestors.length - 1];
      const rename = name => {
        // `{ $ }` shorthand: keep the key, lazy-state the value.
        if (parent && parent.type === 'Property' && parent.shorthand) replace(id.loc, '$: ' + name);
        else replace(id.loc, name);
      };
      // Walk up to the smallest enclosing argument of a call that is not a call to a
      // JavaScript built-in (`field('n', Math.max($.data.a, 1))` wraps Math.max(…), not
      // `$.data.a`), and make it a function of state. Inside a function body (a callback such
      // as `fn(s => … $.data.x …)`) `$` is that function's state argument instead.
      const chain = [...ancestors, id];
      for (let i = chain.length - 1; i > 0; i--) {
        const node = chain[i - 1];
        const child = chain[i];
        if ((node.type === 'CallExpression' || node.type === 'NewExpression') &&
            node.arguments.includes(child) && !callsBuiltin(node)) {
          rename('state');
          if (!wrapped.has(child)) {
            wrapped.add(child);
            insert(child.loc.start, '(state) => (');
            insert(child.loc.end, ')');
          }
          return;
        }
        if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' ||
            node.type === 'FunctionDeclaration') {
          const first = node.params && node.params[0];
          rename(first && first.type === 'Identifier' ? first.name : 'state');
          return;
        }
      }
      rename('state');
    });
  }

  // Top-level calls become operations.
  const wrapCall = expr => {
    insert(expr.loc.start, '__sb_op(() => (');
    insert(expr.loc.end, `), ${expr.loc.start.line})`);
  };
  for (const stmt of ast.body) {
    if (stmt.type !== 'ExpressionStatement') continue;
    const e = stmt.expression;
    if (e.type === 'CallExpression') wrapCall(e);
    else if (e.type === 'SequenceExpression') for (const part of e.expressions) if (part.type === 'CallExpression') wrapCall(part);
  }

  // Apply from the end; at one position a replacement goes before an insertion so the
  // inserted text ends up in front of it.
  edits.sort((a, b) => b.at - a.at || b.remove - a.remove);
  let code = source;
  for (const e of edits) code = code.slice(0, e.at) + e.text + code.slice(e.at + e.remove);

  // The job becomes the body of a function, so that its realm can run it again for the
  // next run with fresh top-level bindings. Its first line starts after the prefix.
  const PREFIX = '(function () {';
  code = PREFIX + code + '\n})';

  // Column shifts per line, ascending: [[column, delta], …].
  const map = {};
  for (const e of edits) (map[e.line] = map[e.line] || []).push([e.column, e.text.length - e.remove]);
  for (const line in map) map[line].sort((a, b) => a[0] - b[0]);
  (map[1] = map[1] || []).unshift([0, PREFIX.length]);
  return { code, map: JSON.stringify(map) };
})
