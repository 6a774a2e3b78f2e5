#!/usr/bin/env node
// The figures of a bench/faults.sh run, from its work folder: a table for the terminal, then the same as markdown.
//   node faults/report.mjs /tmp/rostok-faults.XXXX
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const work = process.argv[2];
const read = (f) => (existsSync(join(work, f)) && readFileSync(join(work, f), 'utf8').trim() ? JSON.parse(readFileSync(join(work, f), 'utf8')) : null);
const env = Object.fromEntries(readFileSync(join(work, 'machine.env'), 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
const n = (x) => (x == null ? '—' : Number(x).toLocaleString('en-US').replace(/,/g, ' '));
const rows = []; // [figure, measured, goal, verdict]
const add = (figure, measured, goal, met) => rows.push([figure, measured, goal, met == null ? '' : met ? 'met' : '**NOT met**']);
const notMeasured = (figure) => rows.push([figure, 'not measured in this run', '', '']);

const fuzz = read('fuzz.json');
if (fuzz) {
  add('1. hostile requests (openapi.yaml, 5 roles)', `${n(fuzz.requests)} over ${fuzz.operations} operations in ${Math.round(fuzz.seconds)} s`, '≥ 10 000', fuzz.requests >= 10000);
  add('1. answers 5xx', n(fuzz.s5xx), '0', fuzz.s5xx === 0);
  add('1. answers 4xx not problem+json', n(fuzz.nonProblem4xx), '0', fuzz.nonProblem4xx === 0);
  add('1. no answer (connection closed / timeout)', n(fuzz.transportFailures), '0', fuzz.transportFailures === 0);
  add('1. hostile writes accepted (2xx)', n(fuzz.writesAccepted), '0', fuzz.writesAccepted === 0);
  add('1. data unchanged (rows + md5 of every table)', fuzz.dataUnchanged ? `yes (${fuzz.tables} tables)` : `NO: ${fuzz.changed.map((c) => `${c.table} ${c.rowsBefore}→${c.rowsAfter}`).join(', ')}`, 'yes', fuzz.dataUnchanged);
  add('1. slowest answer', `${n(fuzz.slowest[0]?.maxMs)} ms (${fuzz.slowest[0]?.op})`, '', null);
} else notMeasured('1. hostile requests');
const c = read('conflicts.json');
if (c) for (const [k, r] of Object.entries(c)) {
  add(`2. two writers, same version: ${k}`, `${r.exactlyOne409} of ${r.rounds} rounds exactly one 409; lost updates ${r.lostUpdates}; 409 not problem+json ${r.conflictsNotProblem}`, `${r.rounds} of ${r.rounds}, 0 lost`,
    r.exactlyOne409 === r.rounds && r.lostUpdates === 0 && r.versionNotAsAnswered === 0 && r.versionNotRaised === 0 && r.conflictsNotProblem === 0);
} else notMeasured('2. two writers');
const pg = read('postgres.json');
if (pg) {
  const d = pg.duringOutage;
  add('3. PostgreSQL down: requests answered 503 problem+json (Retry-After)', `${n(d.s503problem)} of ${n(d.requests)} (${n(d.s503withRetryAfter)} with Retry-After); 500: ${n(d.s500)}; ${pg.downSeconds.toFixed(1)} s down`, 'all 503', d.requests > 0 && d.s503problem === d.requests);
  add('3. recovery without a restart', pg.recoverySeconds == null ? 'never' : `first 200 ${pg.recoverySeconds.toFixed(1)} s after PostgreSQL was up; 5xx after that: ${pg.s5xxAfterRecovery}`, 'recovers', pg.recoverySeconds != null && pg.s5xxAfterRecovery === 0);
  add('3. acknowledged saves in the database', `${n(pg.acknowledged)} acknowledged, ${pg.schoolsWithLostWrite} lost`, '0 lost', pg.schoolsWithLostWrite === 0);
} else notMeasured('3. PostgreSQL restarted under load');
const kc = read('keycloak.json');
if (kc) {
  add('4. Keycloak stopped: calls with tokens issued before', `${n(kc.statuses[200] ?? 0)} of ${n(kc.calls)} answered 200 over ${kc.secondsAfterStop} s`, 'all', kc.okWithIssuedTokens);
  add('4. Keycloak stopped: a new login', `${kc.newLogin}; the SPA says «Вход в Росток временно недоступен» (startFailure.spec.ts)`, 'fails, clearly', kc.newLogin.startsWith('failed'));
} else notMeasured('4. Keycloak stopped');
const killLines = existsSync(join(work, 'kill.jsonl')) ? readFileSync(join(work, 'kill.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const checks = killLines.filter((k) => k.phase === 'check');
if (checks.length) for (const k of checks) {
  add(`5. SIGKILL in ${k.request} (${n(k.bytes)} bytes)`, `killed ${n(k.killedAfterMs)} ms after sending (writing seen); ${k.nothingStored ? 'nothing stored' : `CHANGED: ${k.changedTables.join(', ')}`}`, 'nothing stored', k.nothingStored && k.killedAfterMs != null);
} else notMeasured('5. SIGKILL in imports');
const rem = read('reminders.json');
if (rem) {
  add('6. two instances: reminders stored twice', `${rem.storedTwice} of ${n(rem.notifications)}; new reported by the instances: ${rem.instances.map((i) => i.reportedNew).join(' + ')} = ${rem.reportedNew}`, '0; sum = rows', rem.eachMadeOnce);
  add('6. two instances: job runs', rem.instances.map((i) => `${i.log}: ${i.runs} ran, ${i.skipped} skipped (lock held)`).join('; ') + `; runs that made reminders: ${rem.jobRunsThatMadeReminders}`, 'one run makes them', rem.jobRunsThatMadeReminders <= 1);
} else notMeasured('6. two instances');
const mem = read('memory.json');
if (mem) add(`7. resident memory under submission load (${mem.cmdline})`, `${mem.rssMaxMB} MB max (HWM ${mem.hwmMB} MB; ${mem.connections} writers, ${n(mem.requests)} saves, ${mem.requestsPerSecond}/s, ${mem.failed} failed)`, '≤ 400 MB', mem.rssMaxMB <= 400);
else notMeasured('7. resident memory');
const sd = read('shutdown.json');
if (sd) add('7. SIGTERM with requests in flight', `${sd.inFlightFailed} of ${sd.inFlight} in flight failed; exit ${sd.exitSeconds} s after; sent after the signal: ${JSON.stringify(sd.afterSignalStatuses)}; acknowledged lost ${sd.schoolsWithLostWrite}`, '0 failed', sd.inFlightFailed === 0 && sd.schoolsWithLostWrite === 0);
else notMeasured('7. graceful shutdown');

// ------------------------------------------------------------------------------------------ print
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log('\n' + rows.map((r) => r.map((x, i) => x.padEnd(widths[i])).join('  ')).join('\n') + '\n');
const md = [];
md.push(`Machine: ${env.cpus} cores, load average before ${env.loadavg_before}, after ${env.loadavg_after ?? '?'}; ${env.java}; backend ${env.java_opts}; Node ${env.node}. Run at ${env.date}.`, '');
md.push('| figure | measured | goal | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`));
if (fuzz?.worst?.length) {
  md.push('', '#### Worst offenders of the hostile requests (per operation)', '', '| operation | requests | 5xx | 4xx not problem | no answer | writes accepted | max ms | example |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const o of fuzz.worst.slice(0, 10)) {
    const e = o.examples[0];
    md.push(`| ${o.op} | ${o.requests} | ${o.s5xx} | ${o.nonProblem4xx} | ${o.transport} | ${o.writesAccepted} | ${o.maxMs} | ${e ? `${e.role}, ${e.defects.join('+')}: ${e.status} ${(e.contentType ?? '').split(';')[0]} ${(e.detail ?? '').replace(/\s+/g, ' ').slice(0, 120).replace(/\|/g, '\\|')}` : ''} |`);
  }
}
if (fuzz) {
  md.push('', `Statuses of the hostile requests: ${Object.entries(fuzz.statuses).map(([s, k]) => `${s}: ${n(k)}`).join(', ')}. Defects sent: ${Object.entries(fuzz.defects).map(([d, k]) => `${d} ${n(k)}`).join(', ')}. Slowest operations: ${fuzz.slowest.map((s) => `${s.op} ${n(s.maxMs)} ms`).join('; ')}.`);
}
console.log(md.join('\n'));
