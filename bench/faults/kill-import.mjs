#!/usr/bin/env node
// The backend killed (SIGKILL) in the middle of an import: `--what schools` (POST /schools/import, an XLSX of
// 1,500 new schools), `campaign` (POST /campaigns/{id}/import, the
// filled template of an open campaign: every school × every indicator) or `values` (POST /campaigns/{id}/values, the
// same as one large CSV). The signal is sent as soon as the import's transaction is seen writing in
// pg_stat_activity. Run again with --check 1 after the backend is back: the tables it writes must be exactly as
// before (row counts and md5), i.e. nothing of the import is stored.
//
//   node faults/kill-import.mjs --base … --pid <java pid> --what schools|campaign|values     then   --check 1
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../load/lib.mjs';
import { token, raw, sql, sleep, log } from './lib.mjs';
import { xlsx, schoolSheet } from './xlsx.mjs';

const args = parseArgs({ base: '', pid: 0, what: 'schools', check: 0, newSchools: 1500 });
const stateFile = join(process.env.FAULTS_WORK ?? '/tmp', `kill-${args.what}.state.json`);
const TABLES = { schools: ['school', 'audit_event'], campaign: ['submission', 'indicator_value', 'audit_event'], values: ['submission', 'indicator_value', 'audit_event'] }[args.what];
const snapshot = () => Object.fromEntries(sql(TABLES.map((t) => `SELECT '${t}', count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x`).join(' UNION ALL '))
  .map(([t, n, md5]) => [t, { rows: +n, md5 }]));

if (args.check) {
  const state = JSON.parse(readFileSync(stateFile, 'utf8'));
  const after = snapshot();
  const changed = TABLES.filter((t) => after[t].md5 !== state.before[t].md5);
  console.log(JSON.stringify({ what: args.what, phase: 'check', ...state.result, rowsBefore: Object.fromEntries(TABLES.map((t) => [t, state.before[t].rows])),
    rowsAfter: Object.fromEntries(TABLES.map((t) => [t, after[t].rows])), changedTables: changed, nothingStored: changed.length === 0 }));
  process.exit(0);
}

// ------------------------------------------------------------------------------------------ the file
let path;
let type;
let body;
const [[campaignId]] = sql(`SELECT id FROM campaign WHERE status = 'OPEN' ORDER BY (SELECT count(*) FROM campaign_school cs WHERE cs.campaign_id = campaign.id) DESC LIMIT 1`);
if (args.what === 'schools') {
  // new schools only: the import checks every row before its first write, ~10 ms a row here, and one transaction may
  // last 60 s — a file of thousands of rows is refused (500, rolled back) before there is anything to interrupt
  const rows = schoolSheet({ newSchools: args.newSchools, from: 100000, existing: false });
  path = '/schools/import';
  type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  body = xlsx(rows);
} else {
  const indicators = sql(`SELECT i.code, i.value_type, coalesce(i.min_value, 0), coalesce(i.max_value, 100) FROM campaign_indicator ci JOIN indicator i ON i.id = ci.indicator_id
    WHERE ci.campaign_id = ${campaignId} ORDER BY ci.position`);
  const schools = sql(`SELECT s.inn FROM campaign_school cs JOIN school s ON s.id = cs.school_id
    LEFT JOIN submission sub ON sub.campaign_id = cs.campaign_id AND sub.school_id = cs.school_id
    WHERE cs.campaign_id = ${campaignId} AND (sub.id IS NULL OR sub.status IN ('DRAFT', 'RETURNED')) ORDER BY s.inn`).map(([x]) => x);
  const cell = (ind, k) => {
    const [, vt, lo, hi] = ind;
    if (vt === 'PERCENT') return [String(5 + (k % 7)), '20'];
    if (vt === 'BOOLEAN') return [String(k % 2)];
    const span = Math.max(1, Math.floor(Number(hi) - Number(lo)));
    return [String(Number(lo) + (k % span))];
  };
  if (args.what === 'values') {
    const lines = ['schoolInn,indicatorCode,value,numerator,denominator'];
    schools.forEach((s, k) => indicators.forEach((ind) => {
      const c = cell(ind, k + 3);
      lines.push(ind[1] === 'PERCENT' ? `${s},${ind[0]},,${c[0]},${c[1]}` : `${s},${ind[0]},${c[0]},,`);
    }));
    path = `/campaigns/${campaignId}/values`;
    type = 'text/csv';
    body = lines.join('\n') + '\n';
  } else {
    const header = ['ИНН'];
    indicators.forEach((ind) => (ind[1] === 'PERCENT' ? header.push(`${ind[0]}:числитель`, `${ind[0]}:знаменатель`) : header.push(ind[0])));
    const rows = [header, ['Школа'], ['']];
    schools.forEach((s, k) => rows.push([s, ...indicators.flatMap((ind) => cell(ind, k + 5).map(Number))]));
    path = `/campaigns/${campaignId}/import`;
    type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    body = xlsx(rows);
  }
}
const before = snapshot();

// ------------------------------------------------------------------------------------------ send, watch, kill
const bearer = `Bearer ${await token(process.env.TOKEN_URL, 'admin')}`;
const t0 = Date.now();
let answer = null;
const pending = raw(args.base, 'POST', path, { headers: { authorization: bearer, 'content-type': type }, body, timeoutMs: 300000 }).then((r) => { answer = r; });
let killedAt = null;
let seen = null;
while (!answer && Date.now() - t0 < 120000) {
  // the import's transaction has written: an open transaction of the backend that holds a transaction id
  const rows = sql(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
    AND backend_xid IS NOT NULL`);
  if (+rows[0][0] > 0) { seen = Date.now() - t0; process.kill(args.pid, 'SIGKILL'); killedAt = Date.now() - t0; break; }
  await sleep(5);
}
await pending;
const result = { what: args.what, bytes: body.length, request: `POST ${path}`, killedAfterMs: killedAt, writingSeenAfterMs: seen,
  answerBeforeKill: killedAt == null ? answer?.status ?? null : null, clientSaw: answer?.status === 0 ? answer.body : answer?.status };
if (killedAt == null) { process.kill(args.pid, 'SIGKILL'); result.note = 'the import ended before it was seen writing; killed afterwards'; }
writeFileSync(stateFile, JSON.stringify({ before, result }));
log(`kill: ${args.what}: ${body.length} bytes, killed after ${killedAt} ms`);
console.log(JSON.stringify({ phase: 'kill', ...result }));
