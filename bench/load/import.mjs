#!/usr/bin/env node
// Bulk import benchmark: POST /api/v1/campaigns/{id}/values (text/csv `schoolInn,indicatorCode,value,numerator,
// denominator`, or JSON ValueRecord[]) — every school × every indicator of a campaign in one request. A region's
// campaign holds at most ~1,500 schools × 50 values, so the batch spans the largest regions until it reaches
// --values (default 250,000): for each, a fresh campaign (TERRITORY, the region's 50 indicators) is created and
// opened through the API, then its values are posted. Three passes: new values (created), the same batch again
// (must be all unchanged: the import is idempotent), changed values (updated). Then, in the same run, the rows
// the import stored are COPYed by psql into an identical scratch table (LIKE indicator_value INCLUDING ALL), and
// the API's rate is compared with COPY's. Also checks that every value is stored once, as sent.
//
//   node load/import.mjs [--base http://localhost:8090/api/v1] [--values 250000] [--format csv|json]
//        [--parallel 1] [--seed 11] [--work /tmp/dir]
import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, tokens, sql, psqlScript, prng, valueFor, parseArgs, log } from './lib.mjs';

const args = parseArgs({
  base: 'http://localhost:8090/api/v1', tokenUrl: 'http://localhost:8180/realms/rostok/protocol/openid-connect/token',
  values: 250000, format: 'csv', parallel: 1, seed: 11, work: '', maxSeconds: 900,
});
const work = args.work || mkdtempSync(join(tmpdir(), 'rostok-bench-import-'));
mkdirSync(work, { recursive: true });
const rnd = prng(args.seed);
const request = client(args.base, Math.max(2, args.parallel));
const bearer = tokens({ tokenUrl: args.tokenUrl });
const deadline = Date.now() + args.maxSeconds * 1000;

async function api(method, path, body, contentType = 'application/json') {
  const res = await request(method, path, {
    headers: { authorization: await bearer(), accept: 'application/json', ...(body != null ? { 'content-type': contentType } : {}) },
    body: body == null ? null : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  return res;
}
function must(res, what, ...ok) {
  if (!ok.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${res.body.slice(0, 1500)}`);
  return res.body ? JSON.parse(res.body) : null;
}

// ------------------------------------------------------------------------------------------ campaigns
// the largest regions, until their schools × indicators reach the wanted batch
const regions = [];
let planned = 0;
for (const [regionId, ministryId, schools, indicators] of sql(`
  SELECT r.id, (SELECT min(b.id) FROM body b WHERE b.region_id = r.id AND b.kind = 'MINISTRY'),
         (SELECT count(*) FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE m.region_id = r.id),
         (SELECT count(*) FROM indicator i WHERE i.region_id = r.id AND NOT i.retired)
  FROM region r ORDER BY 3 DESC, r.id`)) {
  if (planned >= args.values) break;
  regions.push({ regionId: +regionId, ministryId: +ministryId, schools: +schools, indicators: +indicators });
  planned += +schools * +indicators;
}

const campaigns = [];
const createMs = [];
for (const r of regions) {
  const items = sql(`SELECT id FROM indicator WHERE region_id = ${r.regionId} AND NOT retired ORDER BY id`).map(([id]) => ({ indicatorId: +id, required: true }));
  const t0 = Date.now();
  const created = must(await api('POST', '/campaigns', {
    name: `Бенчмарк: загрузка значений из региональной системы, регион ${r.regionId}`, academicYear: '2026/2027',
    orderNumber: `B-${r.regionId}`, orderDate: '2026-11-20', orderBodyId: r.ministryId, regionId: r.regionId,
    schoolScope: 'TERRITORY', indicators: items, opensOn: '2026-11-21', closesOn: '2026-12-25',
  }), 'create campaign', 201);
  must(await api('POST', `/campaigns/${created.id}/transitions`, { to: 'OPEN', version: created.version }), 'open campaign', 200);
  createMs.push(Date.now() - t0);
  campaigns.push({ ...r, id: created.id });
}
log(`campaigns: ${campaigns.map((c) => `${c.id} (region ${c.regionId}, ${c.schools} schools)`).join(', ')}`);

// the batch: every school of the campaign × every indicator
const inds = new Map(sql(`SELECT ci.campaign_id, i.code, i.value_type, i.min_value, i.max_value FROM campaign_indicator ci
  JOIN indicator i ON i.id = ci.indicator_id WHERE ci.campaign_id IN (${campaigns.map((c) => c.id).join(',')}) ORDER BY ci.campaign_id, ci.position`)
  .reduce((m, [cid, code, valueType, min, max]) => m.set(+cid, [...(m.get(+cid) ?? []), { code, valueType, min, max }]), new Map()));
for (const c of campaigns) {
  c.inns = sql(`SELECT s.inn FROM campaign_school cs JOIN school s ON s.id = cs.school_id WHERE cs.campaign_id = ${c.id} ORDER BY s.inn`).map(([inn]) => inn);
  c.indicators = inds.get(c.id);
}
function batch(c) {
  const rows = [];
  for (const inn of c.inns) for (const ind of c.indicators) rows.push({ inn, code: ind.code, ...valueFor(ind, rnd) });
  return rows;
}
function encode(rows) {
  if (args.format === 'json') {
    return `[${rows.map((r) => (r.numerator != null
      ? `{"schoolInn":"${r.inn}","indicatorCode":"${r.code}","numerator":${r.numerator},"denominator":${r.denominator}}`
      : `{"schoolInn":"${r.inn}","indicatorCode":"${r.code}","value":${r.value}}`)).join(',')}]`;
  }
  // a percent is given by its parts; the value column is left empty for it
  return `schoolInn,indicatorCode,value,numerator,denominator\n${rows.map((r) => (r.numerator != null
    ? `${r.inn},${r.code},,${r.numerator},${r.denominator}` : `${r.inn},${r.code},${r.value},,`)).join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------ passes
async function pass(name, bodies) {
  const per = [];
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: args.parallel }, async () => {
    while (next < bodies.length && Date.now() < deadline) {
      const b = bodies[next++];
      const res = await api('POST', `/campaigns/${b.campaign.id}/values`, b.body, args.format === 'json' ? 'application/json' : 'text/csv');
      per.push({ campaignId: b.campaign.id, rows: b.rows.length, bytes: b.body.length, status: res.status, ms: Math.round(res.ms),
        result: res.status === 200 ? JSON.parse(res.body) : res.body.slice(0, 800) });
    }
  }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const values = per.filter((p) => p.status === 200).reduce((a, p) => a + p.rows, 0);
  const sum = (k) => per.reduce((a, p) => a + (p.status === 200 ? p.result[k] ?? 0 : 0), 0);
  const r = { pass: name, requests: per.length, failed: per.filter((p) => p.status !== 200).length, values,
    seconds: Math.round(seconds * 100) / 100, valuesPerSecond: Math.round(values / seconds),
    created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged'), perRequest: per };
  log(`${name}: ${JSON.stringify({ ...r, perRequest: per.map((p) => `${p.campaignId}:${p.status}:${p.rows}r/${p.ms}ms`) })}`);
  return r;
}

const first = campaigns.map((c) => ({ campaign: c, rows: batch(c) }));
first.forEach((b) => { b.body = encode(b.rows); });
const p1 = await pass('new values', first);
const p2 = await pass('same batch again', first);
const second = campaigns.map((c) => ({ campaign: c, rows: batch(c) }));
second.forEach((b) => { b.body = encode(b.rows); });
const p3 = await pass('changed values', second);

// ------------------------------------------------------------------------------------------ check + COPY
const sentFile = join(work, 'import-sent.tsv');
writeFileSync(sentFile, `${second.flatMap((b) => b.rows.map((r) => `${b.campaign.id}\t${r.inn}\t${r.code}\t${r.value}\t${r.numerator ?? '\\N'}\t${r.denominator ?? '\\N'}`)).join('\n')}\n`);
const ids = campaigns.map((c) => c.id).join(',');
const rowsFile = join(work, 'import-rows.csv');
const out = await psqlScript(`
CREATE TEMP TABLE sent (campaign_id bigint, inn text, code text, value numeric, numerator int, denominator int);
\\copy sent FROM '${sentFile}'
ANALYZE sent;
SELECT json_build_object(
  'valuesSent', (SELECT count(*) FROM sent),
  'valuesFoundAsSent', (SELECT count(*) FROM sent x JOIN school s ON s.inn = x.inn
      JOIN submission sub ON sub.campaign_id = x.campaign_id AND sub.school_id = s.id
      JOIN indicator i ON i.code = x.code AND i.id IN (SELECT indicator_id FROM campaign_indicator WHERE campaign_id = x.campaign_id)
      JOIN indicator_value v ON v.submission_id = sub.id AND v.indicator_id = i.id
      WHERE v.value = x.value AND v.numerator IS NOT DISTINCT FROM x.numerator AND v.denominator IS NOT DISTINCT FROM x.denominator),
  'storedValueRows', (SELECT count(*) FROM indicator_value v JOIN submission sub ON sub.id = v.submission_id WHERE sub.campaign_id IN (${ids})),
  'duplicateSubmissions', (SELECT count(*) FROM (SELECT campaign_id, school_id FROM submission WHERE campaign_id IN (${ids}) GROUP BY 1, 2 HAVING count(*) > 1) d)
);
\\copy (SELECT v.submission_id, v.indicator_id, v.value, v.numerator, v.denominator FROM indicator_value v JOIN submission sub ON sub.id = v.submission_id WHERE sub.campaign_id IN (${ids}) ORDER BY 1, 2) TO '${rowsFile}' WITH (FORMAT csv)
`);
const verify = JSON.parse(out.trim());
verify.ok = verify.valuesSent === verify.valuesFoundAsSent && verify.storedValueRows === verify.valuesSent && verify.duplicateSubmissions === 0;
log(`verify: ${JSON.stringify(verify)}`);

// COPY of the same rows by psql into a scratch table identical to indicator_value (columns, defaults, key, checks
// and the same foreign keys, which PostgreSQL checks row by row as it does for the import), timed by psql itself;
// also without the foreign keys, for reference. Each twice; the better one counts.
async function copyInto(withForeignKeys) {
  const timing = await psqlScript(`
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_copy_scratch;
CREATE TABLE bench_copy_scratch (LIKE indicator_value INCLUDING ALL);
${withForeignKeys ? "SELECT format('ALTER TABLE bench_copy_scratch ADD %s', pg_get_constraintdef(oid)) FROM pg_constraint WHERE conrelid = 'indicator_value'::regclass AND contype = 'f' \\gexec" : ''}
\\timing on
\\copy bench_copy_scratch (submission_id, indicator_id, value, numerator, denominator) FROM '${rowsFile}' WITH (FORMAT csv)
\\timing off
SELECT count(*) FROM bench_copy_scratch;
DROP TABLE bench_copy_scratch;
`);
  const ms = Number(/Time: ([\d.]+) ms/.exec(timing)[1]);
  const rows = Number(timing.trim().split('\n').filter((l) => /^\d+$/.test(l.trim())).pop());
  return { foreignKeys: withForeignKeys, rows, ms: Math.round(ms), valuesPerSecond: Math.round(rows / (ms / 1000)) };
}
const copies = [];
for (const fk of [true, false, true, false]) copies.push(await copyInto(fk));
const best = (fk) => copies.filter((c) => c.foreignKeys === fk).reduce((a, b) => (b.valuesPerSecond > a.valuesPerSecond ? b : a));
const copy = best(true);
const copyWithoutForeignKeys = best(false);
log(`copy: ${JSON.stringify(copies)}`);

console.log(JSON.stringify({
  format: args.format, parallel: args.parallel, campaigns: campaigns.map((c) => ({ id: c.id, regionId: c.regionId, schools: c.schools, values: c.schools * c.indicators.length })),
  campaignCreateAndOpenMs: createMs, passes: [p1, p2, p3], copy, copyWithoutForeignKeys, copies,
  ratio: { newValues: Math.round((p1.valuesPerSecond / copy.valuesPerSecond) * 1000) / 1000,
    changedValues: Math.round((p3.valuesPerSecond / copy.valuesPerSecond) * 1000) / 1000 },
  verify,
}));
