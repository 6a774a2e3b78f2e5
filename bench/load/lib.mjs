// Shared pieces of the load drivers: a keep-alive HTTP client on node:http (no packages), an admin token
// that renews itself, psql for set-up queries and checks, percentiles, and a small deterministic PRNG.
import http from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export function parseArgs(defaults) {
  const args = { ...defaults };
  for (let i = 2; i < process.argv.length; i++) {
    const key = process.argv[i].replace(/^--/, '');
    if (!(key in defaults)) throw new Error(`unknown argument ${process.argv[i]}`);
    const raw = process.argv[++i];
    args[key] = typeof defaults[key] === 'number' ? Number(raw) : raw;
  }
  return args;
}

// ------------------------------------------------------------------------------------------ HTTP
/** Only localhost is ever targeted. */
export function client(baseUrl, maxSockets) {
  const url = new URL(baseUrl);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) throw new Error(`refusing non-local target ${baseUrl}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  return function request(method, path, { headers = {}, body } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body == null ? null : Buffer.isBuffer(body) ? body : Buffer.from(body);
      const started = process.hrtime.bigint();
      const req = http.request({
        host: url.hostname, port: url.port, method, path: url.pathname.replace(/\/$/, '') + path, agent,
        headers: { ...headers, ...(payload ? { 'content-length': payload.length } : {}) },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({
          status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'),
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        }));
        res.on('error', reject);
      });
      req.setTimeout(300000, () => req.destroy(new Error(`timeout ${method} ${path}`)));
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  };
}

// ------------------------------------------------------------------------------------------ token
/** An admin access token from Keycloak (password grant of the test client), renewed after `maxAgeSeconds`. */
export function tokens({ tokenUrl, clientId = 'rostok-tests', username = 'admin', password = 'rostok', maxAgeSeconds = 240 }) {
  let token = null;
  let obtained = 0;
  let pending = null;
  async function fetchToken() {
    const res = await fetch(tokenUrl, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password }),
    });
    if (!res.ok) throw new Error(`token: HTTP ${res.status} ${await res.text()}`);
    const json = await res.json();
    token = json.access_token;
    obtained = Date.now();
    // renew well before it expires, whatever the realm's lifetime
    maxAgeSeconds = Math.min(maxAgeSeconds, Math.max(30, (json.expires_in ?? 300) - 60));
    return token;
  }
  return async function bearer() {
    if (token && Date.now() - obtained < maxAgeSeconds * 1000) return `Bearer ${token}`;
    pending ??= fetchToken().finally(() => { pending = null; });
    return `Bearer ${await pending}`;
  };
}

// ------------------------------------------------------------------------------------------ psql
/** Runs SQL through psql (connection from PG* environment variables) and returns rows of text cells. */
export function sql(query) {
  const out = execFileSync('psql', ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', query],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}
/** Runs a psql script (stdin) and resolves with its stdout. */
export function psqlScript(script) {
  return new Promise((resolve, reject) => {
    const p = spawn('psql', ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${err}`))));
    p.stdin.end(script);
  });
}

// ------------------------------------------------------------------------------------------ CPU
/**
 * Clock ticks so far (Linux /proc): the machine's idle and busy time, the processes given (e.g. the backend) and every
 * PostgreSQL process. Two snapshots around a load say whether the machine was busy and who spent it.
 */
export function cpuSnapshot(pids = []) {
  const ticks = (pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = f.slice(f.lastIndexOf(')') + 2).split(' '); // after the name, which may hold spaces
      return +fields[11] + +fields[12]; // utime, stime
    } catch { return 0; }
  };
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try { if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres += ticks(pid); } catch { /* gone */ }
  }
  return { idle: cpu[3] + cpu[4], busy: cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6], processes: pids.reduce((t, p) => t + ticks(p), 0), postgres };
}

/** What a load between two snapshots cost per request, in ms of CPU (100 clock ticks a second, Linux's USER_HZ). */
export function cpuPerRequest(before, after, requests) {
  const ms = (t) => Math.round(((t * 10) / Math.max(1, requests)) * 100) / 100;
  const idle = after.idle - before.idle;
  const busy = after.busy - before.busy;
  return {
    idlePercent: Math.round((100 * idle) / Math.max(1, idle + busy)),
    machineMs: ms(busy), watchedMs: ms(after.processes - before.processes), postgresMs: ms(after.postgres - before.postgres),
  };
}

// ------------------------------------------------------------------------------------------ numbers
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
export function summary(latencies) {
  const s = Float64Array.from(latencies).sort();
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  const r = (x) => (x == null ? null : Math.round(x * 10) / 10);
  return { count: s.length, mean: r(mean), p50: r(percentile(s, 50)), p90: r(percentile(s, 90)), p99: r(percentile(s, 99)), max: r(s[s.length - 1]) };
}
export function prng(seed) {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A plausible value for an indicator (valueType, minValue, maxValue) as the API takes it, and as it will be
 * stored: {value, numerator, denominator} with value = num/den*100 rounded half-up to 4 places for a percent.
 */
export function valueFor(ind, rnd) {
  const lo = ind.min == null || ind.min === '' ? 0 : Number(ind.min);
  const hi = ind.max == null || ind.max === '' ? null : Number(ind.max);
  switch (ind.valueType) {
    case 'PERCENT': {
      const den = 5 + Math.floor(rnd() * 400);
      const num = Math.floor(rnd() * (den + 1));
      return { value: percentText(num, den), numerator: num, denominator: den };
    }
    case 'COUNT': return { value: String(Math.floor(lo + rnd() * Math.min(50, (hi ?? lo + 50) - lo + 1))), numerator: null, denominator: null };
    case 'BOOLEAN': return { value: rnd() < 0.5 ? '0' : '1', numerator: null, denominator: null };
    default: { // SCORE: two decimals inside the range
      const top = hi ?? lo + 100;
      const cents = Math.floor(rnd() * (top - lo) * 100);
      return { value: (lo + cents / 100).toFixed(2), numerator: null, denominator: null };
    }
  }
}
export function percentText(num, den) {
  const q = Math.floor((num * 2000000 + den) / (2 * den));
  return `${Math.floor(q / 10000)}.${String(q % 10000).padStart(4, '0')}`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
