#!/usr/bin/env node
// Hostile requests generated from openapi.yaml, with every role's token. Every operation gets its share; every
// write carries at least one defect that must make it fail (malformed or cut JSON, a wrong content type, a number
// like 1e99999999 or a wrong type in a field of its schema, an impossible id, no token), plus more hostile values
// (tiny numbers, long strings, foreign ids, negative and overflowing pages, bodies sent in pieces). Reads get
// hostile path and query values. Counts 5xx, 4xx that are not application/problem+json, and checks that no
// table changed (row count and md5 of every table, before and after).
//
//   node faults/fuzz.mjs --base http://localhost:8095/api/v1 --spec openapi.yaml [--requests 10000] [--connections 8]
// TOKEN_URL and PG* from the environment. Result: one JSON object on stdout; progress on stderr.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseArgs, prng } from '../load/lib.mjs';
import { allTokens, raw, isProblem, sql, log } from './lib.mjs';

const args = parseArgs({ base: 'http://localhost:8095/api/v1', spec: 'openapi.yaml', requests: 10000, connections: 8, seed: 10 });
const spec = parse(readFileSync(args.spec, 'utf8'));
const rnd = prng(args.seed);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ------------------------------------------------------------------------------------------ schema → sample
function deref(s) {
  let depth = 0;
  while (s && s.$ref && depth++ < 20) s = s.$ref.split('/').slice(1).reduce((o, k) => o[k], spec);
  if (s?.allOf) return Object.assign({}, ...s.allOf.map(deref), { properties: Object.assign({}, ...s.allOf.map((x) => deref(x).properties ?? {})) });
  if (s?.oneOf || s?.anyOf) return deref((s.oneOf ?? s.anyOf)[0]);
  return s ?? {};
}
const typeOf = (s) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type) ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
function sample(schema, depth = 0) {
  const s = deref(schema);
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'object': {
      const o = {};
      if (depth > 5) return o;
      for (const [k, v] of Object.entries(s.properties ?? {})) o[k] = sample(v, depth + 1);
      return o;
    }
    case 'array': return depth > 5 ? [] : [sample(s.items ?? {}, depth + 1)];
    case 'integer': return s.minimum ?? 1;
    case 'number': return s.minimum ?? 1.5;
    case 'boolean': return true;
    default:
      if (s.format === 'date') return '2026-12-01';
      if (s.format === 'date-time') return '2026-12-01T10:00:00Z';
      if (s.format === 'binary') return 'x';
      return 'Тестовое значение';
  }
}
/** Every path into the sample to a scalar, with its schema type: [['points', 0, 'text'], 'string'] … */
function leaves(value, schema, path = [], out = []) {
  const s = deref(schema);
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, s.items ?? {}, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, s.properties?.[k] ?? {}, [...path, k], out);
  else out.push([path, typeOf(s)]);
  return out;
}
function setAt(obj, path, v) {
  if (!path.length) return v;
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = v;
  return obj;
}

// ------------------------------------------------------------------------------------------ hostile values
// numbers as raw JSON tokens (JSON.stringify cannot write them): each is put in place of a marker string
const HUGE = ['1e99999999', '-1e99999999', '1e309', '9223372036854775808', '-9223372036854775809', '123456789012345678901234567890.123456789'];
const TINY = ['1e-99999999', '-1e-99999999', '0.000000000000000000000000000001'];
const LONG = 'Ш'.repeat(100000);
const STRINGS = [LONG, '', ' ', '\u0000', "' OR 1=1 --", '<script>alert(1)</script>', '../../../../etc/passwd', '%s%n%x', '😀'.repeat(1000), '\u202e\u0301'];
const WRONG = { string: [{}, [1]], integer: ['abc', {}, [], true, '1e99999999'], number: ['abc', {}, [], true], boolean: [{}, 'maybe', []], array: [{}, 'x', 5], object: ['x', 5, []] };
const PATH_IDS = ['0', '-1', '9223372036854775808', '99999999999999999999', '1e99999999', 'abc', '1.5', '%00', "1'", '999999999', 'x'.repeat(3000)];
const PAGES = ['-1', '-2147483649', '2147483648', '99999999999999999999', '1e99999999', 'abc', '1e-99999999', '0', ''];
const SIZES = ['0', '-5', '100000000', '2147483648', '1e99999999', 'NaN'];
const REAL_IDS = ['1', '2', '3', '4', '5', '6', '8', '10', '12', '20', '30', '50', '100', '300'];

let marker = 0;
const raws = new Map();
function rawToken(text) { const m = `@@RAW${marker++}@@`; raws.set(m, text); return m; }
function serialize(obj) {
  let json = JSON.stringify(obj);
  for (const [m, t] of raws) if (json.includes(m)) json = json.replace(`"${m}"`, t);
  raws.clear();
  return json;
}

// ------------------------------------------------------------------------------------------ operations
const ops = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? deref(p) : p));
    const content = op.requestBody?.content ?? {};
    ops.push({ method: method.toUpperCase(), path, id: op.operationId ?? `${method} ${path}`, params, content, write: method !== 'get' });
  }
}
log(`fuzz: ${ops.length} operations in ${args.spec}`);

/** One request: { op, role, defects[], method, path, headers, body, pieces } */
function build(op, role) {
  const defects = [];
  // the defect that must make a write fail
  const mustKinds = [];
  if (op.write) {
    const media = Object.keys(op.content);
    if (media.length) mustKinds.push('malformed', 'content-type');
    if (media.includes('application/json')) mustKinds.push('hostile-number', 'wrong-type');
    if (op.params.some((p) => p.in === 'path')) mustKinds.push('bad-path-id');
    mustKinds.push('no-token');
  }
  const must = op.write ? pick(mustKinds) : null;
  if (must) defects.push(must);

  let path = op.path;
  for (const p of op.params.filter((x) => x.in === 'path')) {
    let v;
    if (must === 'bad-path-id' || (!op.write && chance(0.4))) { v = pick(PATH_IDS); if (!defects.includes('bad-path-id')) defects.push('bad-path-id'); }
    else v = pick(REAL_IDS);
    path = path.replace(`{${p.name}}`, encodeURIComponent(v).replace(/%25/g, '%'));
  }
  const query = [];
  for (const p of op.params.filter((x) => x.in === 'query')) {
    if (!chance(0.5)) continue;
    const s = deref(p.schema ?? {});
    let v;
    if (chance(0.6)) {
      if (p.name === 'page') v = pick(PAGES);
      else if (p.name === 'size') v = pick(SIZES);
      else if (typeOf(s) === 'integer' || typeOf(s) === 'number') v = pick([...HUGE, ...TINY, 'abc', pick(REAL_IDS), '-1']);
      else if (typeOf(s) === 'boolean') v = pick(['maybe', '2', '']);
      else v = pick(['x'.repeat(2000), "' OR 1=1 --", '%00', '-nonexistent', 'ё😀', '', pick(HUGE)]);
      defects.push(`query:${p.name}`);
    } else v = s.enum ? s.enum[0] : sample(s);
    query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(v))}`);
  }
  if (query.length) path += `?${query.join('&')}`;

  const headers = {};
  if (must !== 'no-token') headers.authorization = `Bearer ${tokens[role]}`;
  else if (chance(0.5)) headers.authorization = pick(['Bearer abc.def.ghi', 'Bearer ', 'Basic YWRtaW46cm9zdG9r', `Bearer ${tokens[role].slice(0, -5)}xxxxx`]);
  let body = null;
  let pieces = 0;
  const media = Object.keys(op.content);
  if (media.length) {
    const type = pick(media);
    const schema = op.content[type].schema ?? {};
    if (type === 'application/json') {
      const obj = sample(schema);
      const fields = leaves(obj, schema);
      // hostile values in the fields of its schema (a must-reject one first if that is the defect)
      if (must === 'hostile-number') {
        const numeric = fields.filter(([, t]) => t === 'integer' || t === 'number');
        const [p] = numeric.length ? pick(numeric) : pick(fields.length ? fields : [[[]]]);
        setAt(obj, p, rawToken(pick(HUGE)));
      }
      if (must === 'wrong-type' && fields.length) {
        const [p, t] = pick(fields);
        setAt(obj, p, pick(WRONG[t] ?? WRONG.string));
      }
      for (const [p, t] of fields) {
        if (!chance(0.15)) continue;
        if (t === 'string') { setAt(obj, p, pick(STRINGS)); defects.push('string'); }
        else if (t === 'integer' || t === 'number') { setAt(obj, p, rawToken(pick([...TINY, ...HUGE, '-1', pick(REAL_IDS), '0']))); defects.push('number'); }
      }
      body = serialize(fields.length || typeof obj === 'object' ? obj : obj);
    } else if (type === 'text/csv') {
      body = `schoolInn,indicatorCode,value,numerator,denominator\n9102000001,${pick(['VPR_F2', 'X'.repeat(500)])},${pick([...HUGE, ...TINY, 'abc'])},,\n`;
      if (!must || must === 'bad-path-id' || must === 'no-token') defects.push('csv-values');
    } else if (type.startsWith('multipart/')) {
      const boundary = 'fuzzBoundary' + Math.floor(rnd() * 1e6);
      type && (headers['content-type'] = `multipart/form-data; boundary=${boundary}`);
      body = `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n${pick(STRINGS).slice(0, 5000)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${pick(['a.pdf', '../../x', 'ё'.repeat(300)])}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 junk\r\n--${boundary}--\r\n`;
      if (must === 'malformed') body = body.slice(0, Math.floor(body.length * rnd()));
    } else { // an XLSX upload: not a zip, a cut zip, or empty
      body = pick([Buffer.from('PK\u0003\u0004 not really a zip'), Buffer.from('garbage'), Buffer.alloc(0), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])]);
      defects.push('bad-xlsx');
    }
    if (!headers['content-type']) headers['content-type'] = type === 'application/json' ? pick(['application/json', 'application/json; charset=utf-8']) : type;
    if (must === 'malformed' && !type.startsWith('multipart/')) {
      const text = Buffer.isBuffer(body) ? body.toString('latin1') : body;
      body = pick([text.slice(0, Math.max(1, Math.floor(text.length * rnd()))), '{', '{"a":', '[1,2', 'null', '"just a string"', '\u0000\u0001', '{"version":1e99999999', text + '}}}', '{' + '"a":{'.repeat(3000)]);
      if (type !== 'application/json' && type !== 'text/csv') body = Buffer.from('PK\u0003\u0004');
    }
    if (must === 'content-type') headers['content-type'] = pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'image/png', 'application/json-patch+json', 'multipart/form-data']);
    if (chance(0.15)) { pieces = 2 + Math.floor(rnd() * 6); defects.push('pieces'); }
  } else if (op.write && chance(0.2)) {
    body = '{"unexpected": true}';
    headers['content-type'] = 'application/json';
  }
  return { op: `${op.method} ${op.path}`, role, defects, method: op.method, path, headers, body, pieces };
}

// ------------------------------------------------------------------------------------------ data snapshot
function snapshot() {
  const tables = sql(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`).map(([t]) => t);
  const rows = sql(tables.map((t) => `SELECT '${t}', count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x`).join(' UNION ALL '));
  return Object.fromEntries(rows.map(([t, n, md5]) => [t, { rows: +n, md5 }]));
}

// ------------------------------------------------------------------------------------------ run
const tokens = await allTokens(process.env.TOKEN_URL);
let tokensAt = Date.now();
const before = snapshot();
const plan = [];
for (let i = 0; i < args.requests; i++) plan.push([ops[i % ops.length], pick(Object.keys(tokens))]);
const results = [];
let next = 0;
const t0 = Date.now();
async function worker() {
  while (next < plan.length) {
    const i = next++;
    if (Date.now() - tokensAt > 600000) { tokensAt = Date.now(); Object.assign(tokens, await allTokens(process.env.TOKEN_URL)); }
    const r = build(...plan[i]);
    const res = await raw(new URL(args.base).origin, r.method, r.path, { headers: r.headers, body: r.body, pieces: r.pieces, timeoutMs: 60000 });
    results.push({ op: r.op, role: r.role, defects: r.defects, method: r.method, path: r.path.slice(0, 200), status: res.status, problem: isProblem(res),
      contentType: res.headers['content-type'] ?? null, ms: res.ms, detail: res.status >= 500 || res.status === 0 || (res.status >= 400 && !isProblem(res)) || (r.method !== 'GET' && res.status < 300) ? res.body.slice(0, 300) : undefined });
    if (results.length % 1000 === 0) log(`fuzz: ${results.length} of ${plan.length}`);
  }
}
await Promise.all(Array.from({ length: args.connections }, worker));
const seconds = (Date.now() - t0) / 1000;
const after = snapshot();

const changed = Object.keys({ ...before, ...after }).filter((t) => before[t]?.md5 !== after[t]?.md5 || before[t]?.rows !== after[t]?.rows)
  .map((t) => ({ table: t, rowsBefore: before[t]?.rows ?? null, rowsAfter: after[t]?.rows ?? null }));
const byOp = new Map();
for (const r of results) {
  const o = byOp.get(r.op) ?? { op: r.op, requests: 0, s5xx: 0, nonProblem4xx: 0, transport: 0, writesAccepted: 0, maxMs: 0, statuses: {}, examples: [] };
  o.requests++;
  o.statuses[r.status] = (o.statuses[r.status] ?? 0) + 1;
  o.maxMs = Math.max(o.maxMs, Math.round(r.ms));
  const bad = r.status >= 500 ? 's5xx' : r.status === 0 ? 'transport' : r.status >= 400 && !r.problem ? 'nonProblem4xx' : r.method !== 'GET' && r.status < 300 ? 'writesAccepted' : null;
  if (bad) { o[bad]++; if (o.examples.length < 3) o.examples.push({ kind: bad, role: r.role, defects: r.defects, path: r.path, status: r.status, contentType: r.contentType, detail: r.detail }); }
  byOp.set(r.op, o);
}
const perOp = [...byOp.values()];
const worst = perOp.filter((o) => o.s5xx + o.nonProblem4xx + o.transport + o.writesAccepted > 0)
  .sort((a, b) => (b.s5xx + b.nonProblem4xx + b.transport + b.writesAccepted) - (a.s5xx + a.nonProblem4xx + a.transport + a.writesAccepted));
const slowest = [...perOp].sort((a, b) => b.maxMs - a.maxMs).slice(0, 5).map((o) => ({ op: o.op, maxMs: o.maxMs }));
const statuses = {};
for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
const sum = (k) => perOp.reduce((a, o) => a + o[k], 0);
console.log(JSON.stringify({
  requests: results.length, operations: ops.length, roles: Object.keys(tokens), seconds, statuses,
  s5xx: sum('s5xx'), nonProblem4xx: sum('nonProblem4xx'), transportFailures: sum('transport'), writesAccepted: sum('writesAccepted'),
  reads: results.filter((r) => r.method === 'GET').length, writes: results.filter((r) => r.method !== 'GET').length,
  defects: results.reduce((a, r) => { for (const d of r.defects) a[d.replace(/^query:.*/, 'query')] = (a[d.replace(/^query:.*/, 'query')] ?? 0) + 1; return a; }, {}),
  tables: Object.keys(before).length, dataUnchanged: changed.length === 0, changed, worst: worst.slice(0, 15), slowest,
}, null, 1));
