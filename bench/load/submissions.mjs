#!/usr/bin/env node
// Submission save benchmark: PUT /api/v1/campaigns/{id}/schools/{schoolId}/submission with every value of the
// campaign's form (50), each request for a different school, from `connections` concurrent keep-alive
// connections. Bounded by a request count and by time. Afterwards checks in PostgreSQL that each value of
// each successful request is stored exactly once, as sent, and that nothing else is in those submissions.
//
//   node load/submissions.mjs [--base http://localhost:8090/api/v1] [--connections 32] [--warmup 400]
//        [--requests 4000] [--maxSeconds 120] [--rate 0] [--seed 7] [--work /tmp/dir]
//
// --rate 0: closed loop (each connection sends its next request as soon as the last one answered) — the
// throughput the service sustains and the latency at that saturation. --rate R: open loop at R requests/s
// over the same connections, latency counted from the moment a request was due (no coordinated omission).
// Results: one JSON object on stdout; progress on stderr. PG* environment variables select the database.
import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { client, tokens, sql, psqlScript, summary, prng, valueFor, percentText, parseArgs, log, cpuSnapshot, cpuPerRequest } from './lib.mjs';

const args = parseArgs({
  base: 'http://localhost:8090/api/v1', tokenUrl: 'http://localhost:8180/realms/rostok/protocol/openid-connect/token',
  connections: 32, warmup: 400, requests: 4000, maxSeconds: 120, rate: 0, seed: 7, work: '',
  exclude: 'Бенчмарк%', watchPid: 0,
});
const work = args.work || mkdtempSync(join(tmpdir(), 'rostok-bench-put-'));
mkdirSync(work, { recursive: true });
const rnd = prng(args.seed);
const request = client(args.base, args.connections);
const bearer = tokens({ tokenUrl: args.tokenUrl });

// ------------------------------------------------------------------------------------------ targets
// Schools whose submission in an open campaign may be saved now: not started, draft or returned — each once.
const want = args.warmup + args.requests;
const targets = sql(`
  SELECT c.id, cs.school_id, coalesce(s.version, 0), coalesce(s.status, 'NOT_STARTED')
  FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  LEFT JOIN submission s ON s.campaign_id = c.id AND s.school_id = cs.school_id
  WHERE c.status = 'OPEN' AND c.name NOT LIKE '${args.exclude.replace(/'/g, "''")}'
    AND (s.id IS NULL OR s.status IN ('DRAFT', 'RETURNED'))
  ORDER BY md5(c.id || ':' || cs.school_id || ':${args.seed}') LIMIT ${want}`)
  .map(([campaignId, schoolId, version, status]) => ({ campaignId: +campaignId, schoolId: +schoolId, version: +version, status }));
if (targets.length < want) throw new Error(`only ${targets.length} editable (campaign, school) pairs, ${want} wanted`);
const forms = new Map();
for (const [campaignId, id, code, valueType, min, max] of sql(`
  SELECT ci.campaign_id, i.id, i.code, i.value_type, i.min_value, i.max_value
  FROM campaign_indicator ci JOIN indicator i ON i.id = ci.indicator_id JOIN campaign c ON c.id = ci.campaign_id
  WHERE c.status = 'OPEN' ORDER BY ci.campaign_id, ci.position`)) {
  if (!forms.has(+campaignId)) forms.set(+campaignId, []);
  forms.get(+campaignId).push({ id: +id, code, valueType, min, max });
}

// Bodies are built before the clock starts, so that the driver spends its CPU on sending.
const sent = []; // TSV lines of what each successful request saved
for (const t of targets) {
  const form = forms.get(t.campaignId);
  const values = form.map((ind) => ({ ind, ...valueFor(ind, rnd) }));
  t.body = `{"version":${t.version},"values":[${values.map((v) => (v.ind.valueType === 'PERCENT'
    ? `{"indicatorId":${v.ind.id},"numerator":${v.numerator},"denominator":${v.denominator}}`
    : `{"indicatorId":${v.ind.id},"value":${v.value}}`)).join(',')}]}`;
  t.rows = values.map((v) => `${t.campaignId}\t${t.schoolId}\t${v.ind.id}\t${v.valueType === 'PERCENT' ? percentText(v.numerator, v.denominator) : v.value}\t${v.numerator ?? '\\N'}\t${v.denominator ?? '\\N'}`);
  t.values = values.length;
}
const valuesPerRequest = targets[0].values;

// ------------------------------------------------------------------------------------------ phases
async function put(t, headers) {
  const res = await request('PUT', `/campaigns/${t.campaignId}/schools/${t.schoolId}/submission`, { headers, body: t.body });
  return res;
}

async function phase(name, list, { rate = 0 } = {}) {
  const latencies = [];
  const errors = {};
  let errorSample = null;
  let ok = 0;
  let next = 0;
  const deadline = Date.now() + args.maxSeconds * 1000;
  const headers = { 'content-type': 'application/json', accept: 'application/json', authorization: await bearer() };
  const watched = args.watchPid ? [args.watchPid] : [];
  const machineBefore = cpuSnapshot(watched);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
  async function one(t, due) {
    headers.authorization = await bearer();
    let res;
    try {
      res = await put(t, headers);
    } catch (e) {
      res = { status: `error ${e.code ?? e.message}`, body: '' };
    }
    const latency = ms() - due;
    if (res.status === 200) {
      ok++;
      latencies.push(latency);
      for (const r of t.rows) sent.push(r);
      t.saved = true;
    } else {
      errors[res.status] = (errors[res.status] ?? 0) + 1;
      errorSample ??= `${res.status} ${String(res.body).slice(0, 400)}`;
    }
  }
  if (rate > 0) { // open loop: request i is due at i/rate seconds
    const inflight = [];
    for (let i = 0; i < list.length && Date.now() < deadline; i++) {
      const due = (i * 1000) / rate;
      const wait = due - ms();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inflight.push(one(list[i], due));
    }
    await Promise.all(inflight);
  } else { // closed loop
    await Promise.all(Array.from({ length: args.connections }, async () => {
      while (next < list.length && Date.now() < deadline) {
        const t = list[next++];
        const due = ms();
        await one(t, due);
      }
    }));
  }
  const seconds = ms() / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const spent = cpuPerRequest(machineBefore, cpuSnapshot(watched), ok);
  const result = {
    phase: name, mode: rate > 0 ? `open loop ${rate}/s` : 'closed loop', connections: args.connections,
    sent: ok + Object.values(errors).reduce((a, b) => a + b, 0), ok, errors, errorSample,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((ok / seconds) * 10) / 10,
    valuesPerSecond: Math.round((ok * valuesPerRequest) / seconds),
    latencyMs: summary(latencies),
    driverCpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, ok)) * 100) / 100,
    // the machine's CPU per saved request: all of it, the watched process's (--watchPid, the backend) and PostgreSQL's
    cpu: spent,
  };
  log(`${name}: ${JSON.stringify(result)}`);
  return result;
}

// ------------------------------------------------------------------------------------------ check
async function verify() {
  const file = join(work, 'put-sent.tsv');
  writeFileSync(file, sent.length ? `${sent.join('\n')}\n` : '');
  const saved = targets.filter((t) => t.saved);
  const versions = join(work, 'put-versions.tsv');
  writeFileSync(versions, saved.map((t) => `${t.campaignId}\t${t.schoolId}\t${t.version}\t${t.values}`).join('\n') + (saved.length ? '\n' : ''));
  const out = await psqlScript(`
CREATE TEMP TABLE sent (campaign_id bigint, school_id bigint, indicator_id bigint, value numeric, numerator int, denominator int);
CREATE TEMP TABLE saved (campaign_id bigint, school_id bigint, version bigint, values_sent int);
\\copy sent FROM '${file}'
\\copy saved FROM '${versions}'
ANALYZE sent; ANALYZE saved;
SELECT json_build_object(
  'requestsSaved', (SELECT count(*) FROM saved),
  'valuesSent', (SELECT count(*) FROM sent),
  'valuesFoundAsSent', (SELECT count(*) FROM sent s JOIN submission sub USING (campaign_id, school_id)
      JOIN indicator_value v ON v.submission_id = sub.id AND v.indicator_id = s.indicator_id
      WHERE v.value = s.value AND v.numerator IS NOT DISTINCT FROM s.numerator AND v.denominator IS NOT DISTINCT FROM s.denominator),
  'valuesMissing', (SELECT count(*) FROM sent s LEFT JOIN submission sub USING (campaign_id, school_id)
      LEFT JOIN indicator_value v ON v.submission_id = sub.id AND v.indicator_id = s.indicator_id WHERE v.indicator_id IS NULL),
  'valuesDifferent', (SELECT count(*) FROM sent s JOIN submission sub USING (campaign_id, school_id)
      JOIN indicator_value v ON v.submission_id = sub.id AND v.indicator_id = s.indicator_id
      WHERE v.value IS DISTINCT FROM s.value OR v.numerator IS DISTINCT FROM s.numerator OR v.denominator IS DISTINCT FROM s.denominator),
  'submissionsWithOtherRowCount', (SELECT count(*) FROM saved x JOIN submission sub USING (campaign_id, school_id)
      WHERE (SELECT count(*) FROM indicator_value v WHERE v.submission_id = sub.id) <> x.values_sent),
  'duplicateValueRows', (SELECT count(*) FROM (SELECT v.submission_id, v.indicator_id FROM saved x
      JOIN submission sub USING (campaign_id, school_id) JOIN indicator_value v ON v.submission_id = sub.id
      GROUP BY 1, 2 HAVING count(*) > 1) d),
  'duplicateSubmissions', (SELECT count(*) FROM (SELECT campaign_id, school_id FROM submission GROUP BY 1, 2 HAVING count(*) > 1) d),
  'savedSubmissionsMissing', (SELECT count(*) FROM saved x LEFT JOIN submission sub USING (campaign_id, school_id) WHERE sub.id IS NULL),
  'versionNotIncrementedByOne', (SELECT count(*) FROM saved x JOIN submission sub USING (campaign_id, school_id) WHERE sub.version <> x.version + 1),
  'statusNotDraft', (SELECT count(*) FROM saved x JOIN submission sub USING (campaign_id, school_id) WHERE sub.status <> 'DRAFT' AND sub.status <> 'RETURNED')
);`);
  const v = JSON.parse(out.trim());
  v.ok = v.valuesSent === v.valuesFoundAsSent && v.valuesMissing === 0 && v.valuesDifferent === 0
    && v.submissionsWithOtherRowCount === 0 && v.duplicateValueRows === 0 && v.duplicateSubmissions === 0
    && v.savedSubmissionsMissing === 0;
  log(`verify: ${JSON.stringify(v)}`);
  return v;
}

// ------------------------------------------------------------------------------------------ main
const startedFrom = targets.reduce((m, t) => ({ ...m, [t.status]: (m[t.status] ?? 0) + 1 }), {});
log(`targets: ${targets.length} (${JSON.stringify(startedFrom)}), ${valuesPerRequest} values each, ${args.connections} connections`);
// the warm-up runs in the same mode as the measured run (an open loop at the same rate, or a closed loop)
const warm = args.warmup > 0 ? await phase('warm-up', targets.slice(0, args.warmup), { rate: args.rate }) : null;
const measured = await phase('measured', targets.slice(args.warmup), { rate: args.rate });
const check = await verify();
console.log(JSON.stringify({ valuesPerRequest, targetsByStatus: startedFrom, warmup: warm, measured, verify: check }));
