// Cases for common-harness.mjs: each runs against our language-common and the real
// @openfn/language-common 3.3.4 and must give the same value (or error) and console output.
//   run(c)       c is the module's exports; may be async; builds its own state
//   normalize(v) maps a time- or randomness-dependent result to something comparable
//   errorTypeOnly: errors are compared by constructor name only (engine messages differ)

// A state shaped like real ones: webhook payloads with CommCare '@' keys, keepCookie
// headers, arrays and keyed objects.
const payload = () => ({
  form: {
    '@name': 'Registration',
    case: { '@case_id': 'abc-123', '@user_id': 'u1', update: { name: 'Ann' } },
    meta: { instanceID: 'uuid:1', timeEnd: '2024-02-03T04:05:06Z' },
    kids: [{ name: 'a', age: 3 }, { name: 'b', age: 7 }, { name: 'c', age: 12 }],
    'first name': 'Ann',
    0: 'zero',
  },
  __headers: { 'access-token': 'tok', 'content-type': 'application/json' },
  records: { r1: { id: 1, ok: true }, r2: { id: 2, ok: false } },
  list: [10, 20, 30],
  empty: [],
  nothing: null,
  falsy: 0,
  'weird.key': 'dotted',
});
const makeState = () => ({
  configuration: { username: 'u', password: 'p' },
  data: payload(),
  references: [{ id: 'first-ref', nested: { v: 1 } }, { id: 'second-ref' }],
  index: 4,
});

const dataPaths = [
  'form.case.@case_id', '$.form.case.@case_id', '.form.case.@case_id', '$form.case.@case_id',
  "form['@name']", 'form.@name', "__headers['access-token']", '__headers["content-type"]',
  'form.kids[*].name', 'form.kids[0].name', 'form.kids[2]', 'form.kids[-1:]', 'form.kids[0,1].age',
  'form.kids.length', 'records[*].id', 'records.*.id', 'records[*]', 'list[1]', 'list[*]', 'list',
  'empty', 'empty[0]', 'nothing', 'nothing.x', 'falsy', 'missing', 'missing.deeper[0].x',
  "form['first name']", 'form.0', 'form[0]', '..name', 'form..age', 'form.kids[?(@.age > 5)].name',
  "form.kids[?(@.name === 'b')]", 'form.meta', '*', "['weird.key']", 'form.case.update.name',
  'form.kids[1:].name', 'form.kids[*]', 'records..ok', '$', '$.', 'form.kids[10]',
];

export const cases = [];
const add = (name, run, extra = {}) => cases.push({ name, run, ...extra });

// ---- JSONPath: dataValue / sourceValue / source / jsonValue / dataPath --------------
for (const p of dataPaths) {
  add(`dataValue(${p})`, (c) => c.dataValue(p)(makeState()));
  add(`dataPath(${p})`, (c) => c.dataPath(p));
}
for (const p of ['$.data.form.case.@case_id', '$.references[0].id', '$.references[*].id',
  '$.configuration.username', '$..id', '$.data.list[*]', '$.index', '$.nope', 'data.form.@name',
  "$.data.__headers['access-token']", '$.data.records[*].ok']) {
  add(`sourceValue(${p})`, (c) => c.sourceValue(p)(makeState()));
  add(`source(${p})`, (c) => c.source(p)(makeState()));
}
// Plain property chains take common.js's shortcut: it must agree with jsonpath-plus on
// falsy values along the way, primitives, inherited names and a missing state.
const plainState = () => ({ data: { zero: 0, empty: '', no: false, nil: null, s: 'text', n: 5,
  list: [1, 2], deep: { a: { b: { c: 'd' } } }, obj: Object.create({ inherited: 1 }) } });
for (const p of ['zero', 'zero.x', 'empty', 'empty.length', 'no', 'no.x', 'nil', 'nil.x', 's.length',
  's.x', 'n.x', 'list.length', 'list.x', 'deep.a.b.c', 'deep.a.b.c.length', 'deep.a.x.c',
  'obj.inherited', 'obj.constructor', 'deep.constructor', 'deep.hasOwnProperty', '__proto__', 'deep.__proto__']) {
  add(`plain dataValue(${p})`, (c) => c.dataValue(p)(plainState()));
}
add('plain sourceValue on undefined state', (c) => c.sourceValue('$.data.a')(undefined));
add('plain sourceValue on null state', (c) => c.sourceValue('$.data.a')(null));
add('plain sourceValue on a string state', (c) => c.sourceValue('$.length')('abc'));
add('dataValue on empty data', (c) => c.dataValue('x.y')({ data: {} }));
add('dataValue on data null', (c) => c.dataValue('x')({ data: null }));
add('dataValue on missing data', (c) => c.dataValue('x')({}));
add('dataValue empty path', (c) => c.dataValue(''), { errorTypeOnly: true });
add('dataValue("$")', (c) => c.dataValue('$'), { errorTypeOnly: true });
add('dataValue bad filter', (c) => c.dataValue('a[?(@.x ==)]')({ data: { a: [{ x: 1 }] } }), { errorTypeOnly: true });
add('jsonValue', (c) => [c.jsonValue({ a: { b: [1, 2] } }, '$.a.b[1]'), c.jsonValue({ a: 1 }, '$.z'),
  c.jsonValue([{ x: 1 }], '$[0].x')]);
add('referencePath', (c) => [c.referencePath('[0].id'), c.referencePath('$.x'), c.referencePath('..y')]);
add('lastReferenceValue', (c) => [c.lastReferenceValue('id')(makeState()),
  c.lastReferenceValue('nested.v')(makeState()), c.lastReferenceValue('zzz')(makeState()),
  c.lastReferenceValue('id')({ references: [] })]);

// ---- field / fields / merge / humanProper ------------------------------------------
add('field', (c) => c.field('a', 1));
add('fields', (c) => c.fields(c.field('a', 1), c.field('b', { x: 2 }), c.field('a', 3)));
add('fields empty', (c) => c.fields());
add('fields __proto__', (c) => { const o = c.fields(['__proto__', { polluted: 1 }], ['k', 1]); return [Object.keys(o), o.polluted]; });
add('fields with function value', (c) => typeof c.fields(c.field('f', (s) => s.data))['f']);
add('fields numeric and bad pair', (c) => c.fields([1, 'one'], [true, 't'], [null, 'n']));
add('fields undefined pair', (c) => c.fields(undefined), { errorTypeOnly: true });
add('merge', (c) => c.merge('$.data.form.kids[*]', c.fields(c.field('school', 'X'),
  c.field('case', c.dataValue('form.case.@case_id'))))(makeState()));
add('merge no match', (c) => c.merge('$.data.zz[*]', { a: 1 })(makeState()));
for (const s of ['hello_world', 'HELLO-WORLD', 'mixed Case words', 'o\'neil mc-donald', 'ábc_déf',
  '  spaced  out ', 'a__b--c', '123abc x1', '', 'x']) {
  add(`humanProper(${s})`, (c) => c.humanProper(s));
}
add('humanProper non-strings', (c) => [c.humanProper(5), c.humanProper(null), c.humanProper(undefined), c.humanProper(['a_b'])]);

// ---- operations -----------------------------------------------------------------------
add('execute order', async (c) => {
  const seen = [];
  const op = (n) => (s) => { seen.push(n); return { ...s, n }; };
  const out = await c.execute(op(1), async (s) => { seen.push('a'); return { ...s, a: true }; }, op(2))({ data: 1 });
  return [out, seen];
});
add('execute empty', (c) => c.execute()({ x: 1 }));
add('execute rejects', (c) => c.execute((s) => s, () => { throw new RangeError('nope'); })({}));
add('fn / alterState', async (c) => [await c.fn((s) => ({ ...s, x: 1 }))({ a: 1 }),
  await c.alterState((s) => s.a + 1)({ a: 1 })]);
add('fnIf', (c) => [c.fnIf(true, (s) => ({ ...s, did: 1 }))({}), c.fnIf(0, (s) => ({ ...s, did: 1 }))({ k: 1 }),
  c.fnIf((s) => s.go, (s) => ({ ...s, did: 1 }))({ go: 1 }), c.fnIf(c.dataValue('no'), () => 'x')({ data: {} })]);
add('each over JSONPath', async (c) => {
  const seen = [];
  const out = await c.each('$.data.form.kids[*]', (s) => { seen.push([s.data.name, s.index]); return { ...s, last: s.data.name }; })(makeState());
  return [seen, out.last, out.index, out.data];
});
add('each over array, async ops', async (c) => {
  const out = await c.each([1, 2, 3], async (s) => ({ ...s, sum: (s.sum || 0) + s.data }))({ data: 'orig' });
  return out;
});
add('each over function', (c) => c.each((s) => s.items, (s) => ({ ...s, n: (s.n || 0) + s.data }))({ items: [5, 6] }));
add('each over object values', (c) => c.each('$.data.records[*]', (s) => ({ ...s, ids: [...(s.ids || []), s.data.id] }))(makeState()));
add('each no matches', (c) => c.each('$.data.zz[*]', (s) => ({ ...s, hit: true }))({ data: {} }));
add('each invalid source', (c) => c.each(null, (s) => s), { errorTypeOnly: true });
add('each number source', (c) => c.each(5, (s) => s)({}), { errorTypeOnly: true });
add('each with dataValue inside', async (c) => {
  const out = await c.each('$.data.list[*]', c.fn((s) => ({ ...s, got: [...(s.got || []), c.dataValue('$')(s)] })))(makeState());
  return out.got;
});
add('beta.each restores data', async (c) => [await c.beta.each('$.data.list[*]', (s) => ({ ...s, t: (s.t || 0) + s.data }))(makeState()),
  await c.beta.each([1, 2], async (s) => ({ ...s, u: s.data }))({ data: 'keep' })]);
add('beta.each invalid', (c) => c.beta.each('', (s) => s), { errorTypeOnly: true });
add('combine', async (c) => c.combine((s) => ({ ...s, a: 1 }), async (s) => ({ ...s, b: s.a + 1 }), (s) => ({ ...s, c: s.b + 1 }))({}));
add('combine sync', (c) => c.combine((s) => ({ ...s, a: 1 }))({ z: 0 }));
add('join', (c) => c.join('$.data.form.kids[*]', '$.data.form.case.@case_id', 'caseId')(makeState()));
add('map', async (c) => [await c.map('$.data.list[*]', (v, i, s) => v * 2 + i + s.index)(makeState()),
  await c.map([1, 2], async (v) => v + 1)({ x: 1 })]);
add('asData', (c) => [c.asData('$.data.list[*]', makeState()), c.asData([1], {}), c.asData((s) => s.q, { q: 2 }),
  c.asData(5, {}), c.asData(null, {})]);
add('group', (c) => c.group([{ t: 'a', v: 1 }, { t: 'b', v: 2 }, { t: 'a', v: 3 }, { v: 4 }], 't')({ data: 0 }));
add('group by path with callback', (c) => c.group((s) => s.data.items, 'k.x', (s) => ({ ...s, done: true }))({ data: { items: [{ k: { x: 1 } }, { k: { x: 2 } }, { k: {} }] } }));
add('index', (c) => [c.index()({ index: 3 }), c.index()({})]);
add('arrayToString', (c) => [c.arrayToString([1, 2, 3], '-'), c.arrayToString(['a'], undefined), c.arrayToString([], ','),
  c.arrayToString([1, null, undefined, 'x'], ', ')]);
add('arrayToString number', (c) => c.arrayToString(5, ','), { errorTypeOnly: true });
add('toArray', (c) => [c.toArray(1), c.toArray([1, 2]), c.toArray(undefined), c.toArray(null), c.toArray({ a: 1 }), c.toArray([[1]])]);
add('composeNextState', (c) => {
  const s = { data: { a: 1 }, x: 2 };
  const next = c.composeNextState(s, [9]);
  return [next, s];
});
add('composeNextState existing refs', (c) => c.composeNextState({ data: 1, references: [0] }, 2));
add('splitKeys', (c) => c.splitKeys({ a: 1, b: 2, c: 3 }, ['b', 'z']));
add('scrubEmojis', (c) => [c.scrubEmojis('hi 😀 there ©®'), c.scrubEmojis('ok ❤️ x', '?'), c.scrubEmojis('a😀b', ''),
  c.scrubEmojis(''), c.scrubEmojis(null), c.scrubEmojis('plain ascii'), c.scrubEmojis('thai ภาษา ✓ — dash')]);
add('chunk', (c) => [c.chunk([1, 2, 3, 4, 5], 2), c.chunk([], 3), c.chunk([1], 5)]);
add('assert ok', (c) => c.assert((s) => s.a, 'msg')({ a: 1 }));
add('assert fails', (c) => c.assert((s) => s.a, 'it was missing')({}));
add('assert default message', (c) => c.assert(0)({}));
add('assert message from state', (c) => c.assert(false, (s) => `bad ${s.w}`)({ w: 'w' }));
add('log / debug', (c) => { const s = { data: { a: 1 } }; c.log('x', (st) => st.data, { n: (st) => st.data.a })(s); return c.debug('d', 1, [2])(s); });
add('as', async (c) => c.as('kids', (s) => ({ ...s, data: s.data.form.kids, extra: 1 }))(makeState()));
add('as with function key', async (c) => c.as((s) => 'k' + s.n, async (s) => ({ data: 'v', other: 2 }))({ n: 1, data: 'd' }));

// ---- expandReferences and friends ----------------------------------------------------
add('util.expandReferences', (c) => c.util.expandReferences({ data: { a: 1 } },
  'str', 5, null, undefined, (s) => s.data.a, [1, (s) => s.data, [(s) => 'x']],
  { a: (s) => (t) => t.data.a + 1, b: { c: (s) => ({ d: (t) => 'deep' }) }, r: /re/g }, new Date(0)));
add('expandReferences keeps streams and regexps', (c) => {
  const stream = { pipe() {}, v: 1 };
  const [a, b] = c.util.expandReferences({}, stream, /x/);
  return [a === stream, String(b)];
});
add('expandReferences promise becomes {}', (c) => c.util.expandReferences({}, () => Promise.resolve(1)));
add('expandReferences __proto__ key', (c) => {
  const o = JSON.parse('{"__proto__": {"p": 1}, "k": 2}');
  const [r] = c.util.expandReferences({}, o);
  return [Object.keys(r), r.p];
});

// ---- base64 ---------------------------------------------------------------------------
for (const v of ['hello', '', 'ünïcödé ✓ 😀', '\ud800 lone', { a: 1, b: [1, 2] }, [1, 'x'], 42, true, null]) {
  add(`util.encode(${JSON.stringify(v)})`, (c) => c.util.encode(v));
}
add('util.encode undefined', (c) => c.util.encode(undefined), { errorTypeOnly: true });
add('util.encode parseJson false string', (c) => c.util.encode('x', { parseJson: false }));
add('util.encode parseJson false number', (c) => c.util.encode(5, { parseJson: false }), { errorTypeOnly: true });
add('util.encode ArrayBuffer', (c) => c.util.encode(new Uint8Array([0, 255, 128, 65]).buffer, { parseJson: false }));
add('util.encode array parseJson false', (c) => c.util.encode([72, 105, 300], { parseJson: false }));
add('util.encode cyclic', (c) => { const o = {}; o.o = o; return c.util.encode(o); }, { errorTypeOnly: true });
for (const b of ['aGVsbG8=', 'aGVsbG8', 'eyJhIjoxfQ==', 'WzEsMl0=', 'e2JhZA==', 'w7zDtg==', '8J+YgA==',
  '/w==', '/+8=', '_-8', 'aGV sbG8=', 'aGVs\nbG8=', 'aG=VsbG8', '!!aGVsbG8', 'a', 'YQ', 'YWI', '', '4pyT',
  'gA==', '7aCA', '8J+Y', 'wA==', '4p', 'ZW5kPQ==', 'YWJj=ZGVm', 'QUJD QUJD']) {
  add(`util.decode(${JSON.stringify(b)})`, (c) => c.util.decode(b));
}
add('util.decode parseJson false', (c) => c.util.decode('eyJhIjoxfQ==', { parseJson: false }));
add('util.decode invalid json', (c) => c.util.decode('e3g6IH0='), { errorTypeOnly: true, ignoreLogs: true });
add('makeBasicAuthHeader', (c) => [c.util.makeBasicAuthHeader('user', 'pässword'), c.util.makeBasicAuthHeader(undefined, 1)]);

// ---- util: dates, uuid, misc ----------------------------------------------------------
const minute = (d) => (Object.prototype.toString.call(d) === '[object Date]' ? Math.round(d.getTime() / 60000) : d);
for (const d of ['now', 'end', 'today', 'yesterday', '2 hours ago', '1 hour ago', '3 days ago', '1 day ago',
  'hours ago', '2024-01-01', 'banana', 5]) {
  add(`util.parseDate(${d})`, (c) => c.util.parseDate(d, new Date(0)), { normalize: minute, ignoreLogs: d === 'hours ago' });
}
add('util.parseDate start', (c) => c.util.parseDate('start', new Date(12345)));
add('util.uuid', (c) => {
  const a = c.util.uuid();
  return [/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a), a === c.util.uuid()];
});
add('util.throwError', (c) => c.util.throwError('CODE', { description: 'd', fix: 'f', extra: 1 }));
add('util.throwError bare', (c) => c.util.throwError('BARE'));
add('util.assertRelativeUrl', (c) => [c.util.assertRelativeUrl('/a/b'), c.util.assertRelativeUrl('a')]);
add('util.assertRelativeUrl absolute', (c) => c.util.assertRelativeUrl('https://x.test/a'));
add('util.generateAgentKey', (c) => [c.util.generateAgentKey('https://h.test'),
  c.util.generateAgentKey('https://h.test', { tls: { ca: 'x', b: 1 }, a: 2, u: undefined, e: {}, n: null }),
  c.util.generateAgentKey('b', { u: undefined })]);
add('util.logResponse', (c) => {
  c.util.logResponse({ method: 'GET', url: 'https://h.test/x', statusCode: 200, duration: 5, query: { a: 'b c', d: "!'()*~" } });
  c.util.logResponse({ method: 'GET', url: 'u', statusCode: 200, duration: 0 });
  return c.util.logResponse({ method: 'POST', url: 'https://h.test/y', statusCode: 201, duration: 9 });
});
add('util.normalizeOauthConfig', (c) => [c.util.normalizeOauthConfig({ access_token: 't' }),
  c.util.normalizeOauthConfig({ accessToken: 'a' }), c.util.normalizeOauthConfig({})]);
add('util.normalizeOauthConfig both', (c) => c.util.normalizeOauthConfig({ access_token: 't', accessToken: 'a' }));
add('util.parseUrl', (c) => [c.util.parseUrl('/api/v1?x=1&x=2&y=3', 'https://h.test/base/'),
  c.util.parseUrl('https://h.test/a?q=1', 'https://h.test'), c.util.parseUrl('../up', 'https://h.test/a/b')],
  { oursMayDiffer: 'needs the URL class, which the engine may not have' });
add('util constants', (c) => [c.util.ERROR_ABSOLUTE_URL, c.util.ERROR_URL_MISMATCH]);
add('util keys', (c) => Object.keys(c.util).sort());
add('http.options helpers', (c) => {
  const o = c.http.options({ query: { a: 1 } }).json().basic('u', 'p').bearer('tok');
  const p = c.http.options().oauth('t');
  return [o, p, Object.keys(o)];
});

// ---- dateFns, lodash ----------------------------------------------------------------
add('dateFns.format', (c) => [c.dateFns.format(new Date(2024, 0, 2, 3, 4, 5), 'yyyy-MM-dd HH:mm:ss'),
  c.dateFns.format(new Date(2024, 0, 2), "do MMMM yyyy, EEEE")]);
add('dateFns.parse', (c) => [c.dateFns.parse('02/01/2024', 'dd/MM/yyyy', new Date(0)),
  String(c.dateFns.parse('nope', 'dd/MM/yyyy', new Date(0)))]);
add('dateFns keys', (c) => Object.keys(c.dateFns).sort());
add('lodash', (c) => [c._.get({ a: [{ b: 1 }] }, 'a[0].b'), c._.uniq([1, 1, 2]), c._.camelCase('hello world'),
  c._.chunk([1, 2, 3], 2), c._.isEmpty({}), c._.VERSION]);

// ---- cursor -------------------------------------------------------------------------
add('cursor value', (c) => c.cursor(5)({}));
add('cursor from state with default', (c) => c.cursor((s) => s.last, { defaultValue: '2024-01-01' })({}));
add('cursor with format', (c) => c.cursor('2020-05-05', { format: (v) => `<${v}>` })({}));
add('cursor today', (c) => c.cursor('today')({}), { normalize: (s) => ({ ...s, cursor: s.cursor }) });
add('cursor now (key)', (c) => c.cursor('now', { key: 'since' })({}),
  { normalize: (s) => Math.round(Date.parse(s.since) / 60000), ignoreLogs: true });
add('cursor after key change', (c) => c.cursor('x')({}));

// ---- parseCsv -----------------------------------------------------------------------
const csv = '\ufeffname, age ,city\n Ann , 31, "Paris, FR"\n\nBob,42,"say ""hi"""\nCid,7,\n';
add('parseCsv default', (c) => c.parseCsv(csv)({ data: 'before', references: [] }));
add('parseCsv chunks with callback', async (c) => {
  const calls = [];
  const out = await c.parseCsv(csv, { chunkSize: 2 }, (s, rows) => { calls.push(rows); return { ...s, n: (s.n || 0) + rows.length }; })({});
  return [out, calls];
});
add('parseCsv chunkSize through composeNextState', (c) => c.parseCsv(csv, { chunkSize: 1 })({ data: 0 }));
add('parseCsv options and unknown options', (c) => c.parseCsv('a;b\n1;2', { delimiter: ';', columns: false, bogus: 1 })({}));
add('parseCsv from state', (c) => c.parseCsv((s) => s.data.text)({ data: { text: 'x,y\n1,2' } }));
add('parseCsv empty', (c) => c.parseCsv('')({ data: 1 }));
add('parseCsv header only', (c) => c.parseCsv('a,b\n')({ data: 1 }));
add('parseCsv chunkSize 0', (c) => c.parseCsv('a\n1', { chunkSize: 0 })({}));
add('parseCsv ragged', (c) => c.parseCsv('a,b\n1,2,3')({}), { errorTypeOnly: true });

// ---- validate -----------------------------------------------------------------------
const schema = { $id: 'person', type: 'object', required: ['name'], properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } } };
add('validate ok', (c) => c.validate(schema, 'data')({ data: { name: 'A', age: 3 } }));
add('validate errors', (c) => c.validate(schema, 'data')({ data: { age: -1 } }));
add('validate schema from state', (c) => c.validate('schema', 'data')({ schema: { $id: 's2', type: 'array' }, data: { a: 1 } }));
add('validate 2020 schema', (c) => c.validate({ $id: 's2020', $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { a: { type: 'number' } }, prefixItems: [] }, (s) => s.data)({ data: { a: 'x' } }));
add('validate 2019 schema', (c) => c.validate({ $id: 's2019', $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'string' }, '$.data.v')({ data: { v: 1 } }));
add('validate cached by $id', async (c) => {
  await c.validate(schema)({ data: { name: 'x' } });
  return c.validate({ $id: 'person', type: 'number' })({ data: { name: 'x' } });
});

// ---- names ---------------------------------------------------------------------------
add('export names', (c) => Object.keys(c).filter((k) => k !== 'default').sort());
add('beta and http keys', (c) => [Object.keys(c.beta).sort(), Object.keys(c.http).sort()]);
