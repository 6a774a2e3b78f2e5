#!/usr/bin/env node
// List endpoint benchmark: GET requests of a list endpoint from `connections` concurrent keep-alive connections,
// closed loop, for a warm-up and then a measured time; each request for a random filter value.
//
//   node load/lists.mjs --path '/schools?municipalityId={m}&size=50' [--base http://localhost:8090/api/v1]
//        [--connections 64] [--warmupSeconds 10] [--seconds 20] [--seed 7] [--user admin]
//
// `{m}` in the path is replaced by a random municipality id, `{r}` by a random region id and `{c}` by a random
// campaign id of the database (PG* environment variables). Every answer must be 200 with a list of items (an
// error stops the run: a benchmark of error pages measures nothing). Result: one JSON object on stdout.
import { client, tokens, sql, summary, prng, parseArgs, log } from './lib.mjs';

const args = parseArgs({
  base: 'http://localhost:8090/api/v1', tokenUrl: 'http://localhost:8180/realms/rostok/protocol/openid-connect/token',
  path: '/schools?municipalityId={m}&size=50', connections: 64, warmupSeconds: 10, seconds: 20, seed: 7, user: 'admin',
});
const rnd = prng(args.seed);
const request = client(args.base, args.connections);
const bearer = tokens({ tokenUrl: args.tokenUrl, username: args.user });
const ids = {
  m: () => sql('SELECT id FROM municipality ORDER BY id').map(([id]) => id),
  r: () => sql('SELECT id FROM region ORDER BY id').map(([id]) => id),
  c: () => sql('SELECT id FROM campaign ORDER BY id').map(([id]) => id),
};
const pools = {};
for (const key of Object.keys(ids)) if (args.path.includes(`{${key}}`)) pools[key] = ids[key]();
const pick = (list) => list[Math.floor(rnd() * list.length)];
const nextPath = () => args.path.replace(/\{(\w)\}/g, (_, key) => pick(pools[key]));

async function run(seconds, latencies) {
  const until = Date.now() + seconds * 1000;
  let count = 0;
  let items = 0;
  async function connection() {
    while (Date.now() < until) {
      const path = nextPath();
      const res = await request('GET', path, { headers: { authorization: await bearer(), accept: 'application/json' } });
      if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
      if (latencies) {
        latencies.push(res.ms);
        items += JSON.parse(res.body).items.length;
      }
      count++;
    }
  }
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: args.connections }, connection));
  return { count, items, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

log(`lists: ${args.path}, ${args.connections} connections, warm-up ${args.warmupSeconds} s`);
await run(args.warmupSeconds, null);
log(`lists: measuring ${args.seconds} s`);
const latencies = [];
const measured = await run(args.seconds, latencies);
const result = {
  path: args.path, connections: args.connections,
  requests: measured.count, requestsPerSecond: Math.round((measured.count / measured.seconds) * 10) / 10,
  itemsPerRequest: Math.round((measured.items / Math.max(1, measured.count)) * 10) / 10,
  latencyMs: summary(latencies),
};
console.log(JSON.stringify(result));
process.exit(0);
