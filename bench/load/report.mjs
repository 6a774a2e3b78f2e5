#!/usr/bin/env node
// Prints the figures of one bench/run.sh run: a plain table with the targets, then RESULTS.md-style markdown.
//   node load/report.mjs <work folder of the run>
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const json = (f) => (existsSync(join(dir, f)) ? JSON.parse(readFileSync(join(dir, f), 'utf8')) : null);
const jsonl = (f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const machine = Object.fromEntries(readFileSync(join(dir, 'machine.env'), 'utf8').split('\n').filter(Boolean)
  .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
const load = json('load.json');
const sizes = json('sizes.json') ?? [];
const dbsize = existsSync(join(dir, 'dbsize.txt')) ? Number(readFileSync(join(dir, 'dbsize.txt'), 'utf8')) : null;
const put = json('put.json');
const warm = json('put-warmup.json');
const rates = readdirSync(dir).filter((f) => /^put-rate-\d+\.json$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0])).map((f) => json(f));
const imp = json('import.json');
const cpu = Object.fromEntries(jsonl('cpu.jsonl').map((c) => [c.phase, c]));
const pg = Object.fromEntries(jsonl('pgstat.jsonl').map((c) => [c.phase, c]));
const tables = Object.fromEntries(jsonl('pgtables.jsonl').map((c) => [c.phase, c]));
/** Per-table counters of a phase divided by `per`: [table, seq scans, seq rows, idx scans, idx rows, ins, upd, hot, del]. */
function tableRates(phase, per) {
  const t = tables[phase];
  if (!t || !per) return [];
  return Object.keys(t.after).map((name) => [name, ...t.after[name].map((x, i) => (x - (t.before?.[name]?.[i] ?? 0)) / per)])
    .filter((r) => r.slice(1).some((x) => x > 0.005)).sort((a, b) => b[2] - a[2] || b[3] - a[3]);
}
const f2 = (x) => (x >= 100 ? Math.round(x).toString() : x.toFixed(2));

const n = (x) => (x == null ? '—' : Number(x).toLocaleString('en-US').replace(/,/g, ' '));
const mb = (b) => (b < 1048576 ? `${Math.round(b / 1024)} kB` : `${(b / 1048576).toFixed(b < 10485760 ? 1 : 0)} MB`);
const yes = (ok) => (ok ? 'met' : 'NOT met');

// ------------------------------------------------------------------------------------------ figures
const figures = [];
const totalValues = load?.rows?.indicator_value;
figures.push(['data set: indicator values', n(totalValues), '≈ 8 M', '']);
figures.push(['generate + load (COPY, keys, ANALYZE)', `${load?.seconds} s`, 'COPY speed', '']);
figures.push(['database size', dbsize ? mb(dbsize) : '—', '', '']);
if (put) {
  const m = put.measured;
  figures.push([`PUT submission, ${m.connections} conn: p50`, `${m.latencyMs.p50} ms`, '', '']);
  figures.push([`PUT submission, ${m.connections} conn: p99`, `${m.latencyMs.p99} ms`, '≤ 50 ms', yes(m.latencyMs.p99 <= 50)]);
  figures.push(['PUT submission: throughput', `${m.requestsPerSecond} req/s (${n(m.valuesPerSecond)} values/s)`, '', '']);
  figures.push(['PUT submission: errors', `${m.sent - m.ok} of ${m.sent}`, '0', yes(m.sent === m.ok)]);
  const allOk = put.verify.ok && (warm?.verify.ok ?? true) && rates.every((r) => r.verify.ok);
  const checked = put.verify.valuesSent + (warm?.verify.valuesSent ?? 0) + rates.reduce((a, r) => a + r.verify.valuesSent, 0);
  figures.push(['PUT submission: values lost/duplicated', allOk ? `0 of ${n(checked)} (checked in PostgreSQL)` : 'SEE BELOW', '0', yes(allOk)]);
}
for (const r of rates) {
  const m = r.measured;
  figures.push([`PUT submission, ${m.mode}: p50 / p99`, `${m.latencyMs.p50} / ${m.latencyMs.p99} ms`, '', '']);
}
if (imp) {
  const [p1, p2, p3] = imp.passes;
  figures.push([`import ${imp.format.toUpperCase()}, new values`, `${n(p1.valuesPerSecond)} values/s (${n(p1.values)} in ${p1.seconds} s)`, '≥ 50 000/s', yes(p1.valuesPerSecond >= 50000)]);
  figures.push(['import, same batch again (unchanged)', `${n(p2.valuesPerSecond)} values/s`, '', '']);
  figures.push(['import, changed values', `${n(p3.valuesPerSecond)} values/s`, '≥ 50 000/s', yes(p3.valuesPerSecond >= 50000)]);
  figures.push(['COPY of the same rows, identical table', `${n(imp.copy.valuesPerSecond)} values/s`, '', '']);
  if (imp.copyWithoutForeignKeys) figures.push(['COPY, same table without foreign keys', `${n(imp.copyWithoutForeignKeys.valuesPerSecond)} values/s`, '', '']);
  figures.push(['import ÷ COPY (new / changed)', `${imp.ratio.newValues} / ${imp.ratio.changedValues}`, '≥ 0.3', yes(imp.ratio.newValues >= 0.3 && imp.ratio.changedValues >= 0.3)]);
  figures.push(['import: values stored as sent', imp.verify.ok ? 'yes (checked in PostgreSQL)' : 'NO, see below', '', yes(imp.verify.ok)]);
}
const w = [0, 1, 2, 3].map((i) => Math.max(...figures.map((f) => String(f[i]).length), ['figure', 'measured', 'target', ''][i].length));
const line = (f) => f.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd();
console.log(line(['figure', 'measured', 'target', '']));
console.log(line(w.map((x) => '-'.repeat(x))));
figures.forEach((f) => console.log(line(f)));
console.log('');

// ------------------------------------------------------------------------------------------ markdown
const md = [];
md.push(`## Run of ${machine.date}`, '');
md.push(`Machine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory}; PostgreSQL ${machine.postgres} (${machine.pg_settings});`
  + ` ${machine.java}; Node ${machine.node}. Load average before ${machine.loadavg_before}, after ${machine.loadavg_after ?? '—'}.`
  + ` Backend started in ${machine.backend_start_seconds} s.`, '');
md.push('| figure | measured | target | |', '|---|---|---|---|');
figures.forEach((f) => md.push(`| ${f.join(' | ')} |`));
md.push('');

md.push('### Data set', '');
md.push(`Generated and loaded in **${load?.seconds} s** (one psql session: \`COPY ... FROM STDIN (FREEZE)\` per table, keys and indexes`
  + ` rebuilt afterwards, \`VACUUM (ANALYZE)\`). Generator alone: ${load?.rows?.generator_seconds} s of wall time, running alongside the COPY.`
  + (cpu.load ? ` Machine CPU busy ${cpu.load.machineBusyPercent}% during the load.` : ''), '');
md.push('| table | rows | heap | indexes | total |', '|---|---:|---:|---:|---:|');
for (const s of sizes) md.push(`| ${s.table} | ${n(s.rows)} | ${mb(s.heap)} | ${mb(s.indexes)} | ${mb(s.total)} |`);
md.push(`| **database** | | | | **${dbsize ? mb(dbsize) : '—'}** |`, '');

const putRow = (r, name) => {
  const m = r.measured;
  const c = cpu[name];
  const all = m.sent + (r.warmup?.sent ?? 0); // the phase's CPU covers its warm-up too
  return `| ${m.mode} | ${m.connections} | ${n(m.ok)} | ${m.seconds} s | ${m.requestsPerSecond} | ${n(m.valuesPerSecond)} | ${m.latencyMs.p50} | ${m.latencyMs.p90} | ${m.latencyMs.p99} | ${m.latencyMs.max} | ${m.sent - m.ok} | ${c ? `${(1000 * c.backendCpuSeconds / all).toFixed(1)} / ${(1000 * c.postgresCpuSeconds / all).toFixed(1)} ms; ${c.machineBusyPercent}%` : '—'} |`;
};
if (put) {
  md.push('### Submission saves', '');
  md.push(`\`PUT /api/v1/campaigns/{id}/schools/{schoolId}/submission\` with all ${put.valuesPerRequest} values of the form, every request for a`
    + ` different school of an open campaign (started from: ${Object.entries(put.targetsByStatus).map(([k, v]) => `${v} ${k}`).join(', ')}),`
    + ` admin token, keep-alive connections.`
    + (warm ? ` A warm-up run of ${n(warm.measured.ok)} such requests came first (not counted; ${warm.measured.requestsPerSecond} req/s, p99 ${warm.measured.latencyMs.p99} ms${cpu['put-warmup'] ? `, backend JVM ${(1000 * cpu['put-warmup'].backendCpuSeconds / warm.measured.sent).toFixed(1)} ms CPU per request while the JIT compiles` : ''}).` : ''), '');
  md.push('| mode | conn | requests | time | req/s | values/s | p50 ms | p90 ms | p99 ms | max ms | errors | CPU per request: JVM / PostgreSQL; machine busy |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  md.push(putRow(put, 'put'));
  rates.forEach((r) => md.push(putRow(r, `put-rate-${r.measured.mode.match(/\d+/)[0]}`)));
  md.push('');
  if (rates.length) md.push(`Open-loop runs: each after ${rates.map((r) => n(r.warmup?.ok ?? 0)).join(' / ')} warm-up requests at the same rate;`
    + ' latency counted from the moment each request was due. CPU per request includes that warm-up.', '');
  const v = put.verify;
  md.push(`Check in PostgreSQL after the measured run: ${n(v.requestsSaved)} saved submissions, ${n(v.valuesSent)} values sent,`
    + ` ${n(v.valuesFoundAsSent)} found exactly as sent, ${v.valuesMissing} missing, ${v.valuesDifferent} different,`
    + ` ${v.submissionsWithOtherRowCount} submissions with another number of rows than sent, ${v.duplicateValueRows} duplicate value rows,`
    + ` ${v.duplicateSubmissions} duplicate submissions; versions not incremented by exactly one: ${v.versionNotIncrementedByOne}.`
    + ` **${v.ok ? 'No value lost or duplicated.' : 'VALUES LOST OR WRONG.'}**`, '');
  if (warm && !warm.verify.ok) md.push(`**The warm-up run's check failed:** \`${JSON.stringify(warm.verify)}\``, '');
  for (const r of rates) if (!r.verify.ok) md.push(`**The check of the ${r.measured.mode} run failed:** \`${JSON.stringify(r.verify)}\``, '');
  if (put.measured.errorSample) md.push(`First error: \`${put.measured.errorSample.replace(/`/g, "'")}\``, '');
  const p = pg.put;
  const reqs = put.measured.sent;
  const c = cpu.put;
  if (c && reqs) {
    md.push(`CPU per request of the measured run: backend JVM **${(1000 * c.backendCpuSeconds / reqs).toFixed(1)} ms**, PostgreSQL sessions of the`
      + ` bench database **${(1000 * c.postgresCpuSeconds / reqs).toFixed(1)} ms**, load driver ${put.measured.driverCpuMsPerRequest ?? '—'} ms,`
      + ` whole machine ${(1000 * c.machineBusySeconds / reqs).toFixed(1)} ms (the rest is whatever else ran on the machine). In a closed loop the mean latency is connections ÷ throughput`
      + ` (Little's law), so with ${put.measured.connections} connections a p99 of 50 ms needs roughly ${Math.round(put.measured.connections / 0.04)} requests/s,`
      + ` i.e. under ${(2000 * 0.04 / put.measured.connections).toFixed(1)} ms of CPU per request on ${machine.cpus} cores.`, '');
  }
  if (p && reqs) {
    md.push(`PostgreSQL per request of the measured run (pg_stat_database; the figures include the check queries afterwards): ${(p.commits / reqs).toFixed(2)} commits,`
      + ` ${(p.tupFetched / reqs).toFixed(0)} rows fetched, ${(p.tupReturned / reqs).toFixed(0)} rows returned by scans,`
      + ` ${(p.tupInserted / reqs).toFixed(1)} inserted, ${(p.tupUpdated / reqs).toFixed(1)} updated, ${(p.tupDeleted / reqs).toFixed(1)} deleted.`, '');
    const rows = tableRates('put', reqs);
    if (rows.length) {
      md.push('Per request, by table (pg_stat_user_tables; with the check queries, which account for the rows read by sequential scans of `submission`):', '', '| table | seq scans | rows read by seq scans | index scans | rows fetched by index | inserted | updated | (HOT) | deleted |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
      rows.forEach((r) => md.push(`| ${r[0]} | ${r.slice(1).map(f2).join(' | ')} |`));
      md.push('');
    }
  }
}
if (imp) {
  md.push('### Bulk import', '');
  md.push(`\`POST /api/v1/campaigns/{id}/values\` (${imp.format === 'csv' ? 'text/csv' : 'application/json'}), one request per campaign,`
    + ` ${imp.parallel} at a time: every school × every indicator of a fresh campaign in each of the ${imp.campaigns.length} largest regions`
    + ` (${imp.campaigns.map((c) => `${n(c.schools)} schools`).join(', ')}). Creating and opening each campaign through the API took`
    + ` ${imp.campaignCreateAndOpenMs.join(', ')} ms.`, '');
  md.push('| pass | values | time | values/s | created | updated | unchanged | per request (ms) |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const p of imp.passes) {
    md.push(`| ${p.pass} | ${n(p.values)} | ${p.seconds} s | **${n(p.valuesPerSecond)}** | ${n(p.created)} | ${n(p.updated)} | ${n(p.unchanged)} | ${p.perRequest.map((r) => (r.status === 200 ? r.ms : `HTTP ${r.status}`)).join(', ')} |`);
  }
  const tries = (fk) => imp.copies.filter((c) => c.foreignKeys === fk).map((c) => c.ms).join(', ');
  md.push(`| psql COPY of the same rows into a table identical to indicator_value (key, checks, both foreign keys) | ${n(imp.copy.rows)} | ${(imp.copy.ms / 1000).toFixed(2)} s | **${n(imp.copy.valuesPerSecond)}** | | | | best of ${tries(true)} |`);
  if (imp.copyWithoutForeignKeys) {
    const w = imp.copyWithoutForeignKeys;
    md.push(`| the same COPY without the two foreign keys (for reference) | ${n(w.rows)} | ${(w.ms / 1000).toFixed(2)} s | ${n(w.valuesPerSecond)} | | | | best of ${tries(false)} |`);
  }
  md.push('');
  const w = imp.copyWithoutForeignKeys;
  md.push(`Ratio import ÷ COPY into the identical table: **${imp.ratio.newValues}** for new values, **${imp.ratio.changedValues}** for changed values`
    + (w ? ` (against the COPY without foreign keys: ${(imp.passes[0].valuesPerSecond / w.valuesPerSecond).toFixed(3)} and ${(imp.passes[2].valuesPerSecond / w.valuesPerSecond).toFixed(3)}).` : '.')
    + ` Stored values checked against the last batch: ${n(imp.verify.valuesFoundAsSent)} of ${n(imp.verify.valuesSent)} as sent,`
    + ` ${n(imp.verify.storedValueRows)} value rows in those campaigns, ${imp.verify.duplicateSubmissions} duplicate submissions.`
    + (cpu.import ? ` Machine CPU busy ${cpu.import.machineBusyPercent}% during the import phase (campaign set-up, three passes, checks and COPYs):`
      + ` backend ${cpu.import.backendCpuSeconds} s, PostgreSQL sessions of the bench database ${cpu.import.postgresCpuSeconds} s of CPU.` : ''), '');
  const failed = imp.passes.flatMap((p) => p.perRequest.filter((r) => r.status !== 200));
  if (failed.length) md.push(`Failed import request: HTTP ${failed[0].status} \`${String(failed[0].result).slice(0, 500).replace(/`/g, "'")}\``, '');
}
console.log(md.join('\n'));
