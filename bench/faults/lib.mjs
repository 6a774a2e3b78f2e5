// Shared by the fault drivers: every role's token, a raw HTTP request that can send its body in pieces, a
// problem+json check, and a writer that keeps saving submissions and remembers which saves were acknowledged.
import http from 'node:http';
import { client, sql, sleep, log } from '../load/lib.mjs';

export { client, sql, sleep, log };

export const ROLES = ['admin', 'analyst.crimea', 'coord.kerch', 'school.kerch1', 'integrator'];

/** An access token for a demo user (password grant of rostok-tests) or the integrator (client credentials). */
export async function token(tokenUrl, role) {
  const form = role === 'integrator'
    ? { grant_type: 'client_credentials', client_id: 'rostok-integrator', client_secret: 'rostok-integrator-secret' }
    : { grant_type: 'password', client_id: 'rostok-tests', username: role, password: 'rostok' };
  const res = await fetch(tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  if (!res.ok) throw new Error(`token for ${role}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}
export async function allTokens(tokenUrl) {
  const out = {};
  for (const role of ROLES) out[role] = await token(tokenUrl, role);
  return out;
}

export const isProblem = (res) => /^application\/problem\+json/i.test(res.headers['content-type'] ?? '');

/**
 * One request on a fresh connection; the body may be sent in `pieces` (chunked, with a pause between them).
 * Never rejects: a transport failure comes back as status 0 with the error's message.
 */
export function raw(base, method, path, { headers = {}, body = null, pieces = 0, timeoutMs = 120000 } = {}) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const payload = body == null ? null : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const h = { ...headers };
    if (payload && !pieces) h['content-length'] = payload.length;
    const req = http.request({ host: url.hostname, port: url.port, method, path: url.pathname.replace(/\/$/, '') + path, headers: h, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on('error', (e) => resolve({ status: 0, headers: {}, body: String(e.message), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, headers: {}, body: String(e.message), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    if (!payload) { req.end(); return; }
    if (!pieces) { req.end(payload); return; }
    (async () => {
      const size = Math.max(1, Math.ceil(payload.length / pieces));
      for (let i = 0; i < payload.length; i += size) {
        req.write(payload.subarray(i, i + size));
        await sleep(5);
      }
      req.end();
    })();
  });
}

/**
 * Writers: each owns one school of an open campaign and saves its submission again and again (one COUNT value set
 * to a running number), with the version the last answer gave. Remembers every save that was acknowledged (200)
 * and every one that failed, with when it was sent, so that the database can be checked afterwards.
 */
export async function writers({ base, tokenUrl, count, seconds, onTick }) {
  const targets = sql(`
    SELECT c.id, cs.school_id, coalesce(s.version, 0), i.id
    FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
    LEFT JOIN submission s ON s.campaign_id = c.id AND s.school_id = cs.school_id
    JOIN LATERAL (SELECT i.id FROM campaign_indicator ci JOIN indicator i ON i.id = ci.indicator_id
                  WHERE ci.campaign_id = c.id AND i.value_type = 'COUNT' ORDER BY ci.position LIMIT 1) i ON true
    WHERE c.status = 'OPEN' AND (s.id IS NULL OR s.status IN ('DRAFT', 'RETURNED'))
    ORDER BY c.id, cs.school_id LIMIT ${count}`).map(([c, s, v, i]) => ({ campaignId: +c, schoolId: +s, version: +v, indicatorId: +i }));
  if (targets.length < count) throw new Error(`only ${targets.length} editable submissions`);
  const request = client(base, count);
  let bearer = `Bearer ${await token(tokenUrl, 'admin')}`;
  const events = [];
  const t0 = Date.now();
  let next = 1;
  let stop = false;
  const loops = targets.map(async (t) => {
    while (!stop && Date.now() - t0 < seconds * 1000) {
      const n = next++;
      const sent = Date.now() - t0;
      let res;
      try {
        res = await request('PUT', `/campaigns/${t.campaignId}/schools/${t.schoolId}/submission`, {
          headers: { authorization: bearer, 'content-type': 'application/json' },
          body: JSON.stringify({ version: t.version, values: [{ indicatorId: t.indicatorId, value: n }] }),
        });
      } catch (e) {
        res = { status: 0, headers: {}, body: String(e.message), ms: Date.now() - t0 - sent };
      }
      const ev = { schoolId: t.schoolId, campaignId: t.campaignId, n, sent, answered: Date.now() - t0, status: res.status, problem: isProblem(res), retryAfter: res.headers['retry-after'] ?? null };
      events.push(ev);
      if (res.status === 200) t.version = JSON.parse(res.body).version;
      else if (res.status === 409) t.version = +(sql(`SELECT version FROM submission WHERE campaign_id=${t.campaignId} AND school_id=${t.schoolId}`)[0]?.[0] ?? 0);
      else await sleep(200);
      onTick?.(ev);
    }
  });
  return { targets, events, t0, stop: () => { stop = true; }, done: Promise.all(loops) };
}

/**
 * After the writers: for each school, the value stored must be its last acknowledged one, or one sent after it
 * whose answer was not 200 (it may have committed before the answer was lost) — never an older one.
 */
export function checkAcknowledged(w) {
  const stored = new Map(sql(`
    SELECT s.school_id, v.value FROM submission s JOIN indicator_value v ON v.submission_id = s.id
    WHERE (s.campaign_id, s.school_id, v.indicator_id) IN (${w.targets.map((t) => `(${t.campaignId},${t.schoolId},${t.indicatorId})`).join(',')})`)
    .map(([s, v]) => [+s, Number(v)]));
  let acknowledged = 0;
  let lost = 0;
  const lostExamples = [];
  for (const t of w.targets) {
    const mine = w.events.filter((e) => e.schoolId === t.schoolId);
    const acked = mine.filter((e) => e.status === 200);
    acknowledged += acked.length;
    if (!acked.length) continue;
    const last = acked[acked.length - 1];
    const allowed = new Set([last.n, ...mine.filter((e) => e.n > last.n && e.status !== 200).map((e) => e.n)]);
    if (!allowed.has(stored.get(t.schoolId))) { lost++; lostExamples.push({ schoolId: t.schoolId, lastAcknowledged: last.n, stored: stored.get(t.schoolId) ?? null }); }
  }
  return { acknowledged, schoolsWithLostWrite: lost, lostExamples: lostExamples.slice(0, 5) };
}
