#!/usr/bin/env node
// PostgreSQL restarted under load: writers keep saving submissions; after `before` s the database is stopped for
// `down` s and started again; the run goes on `after` s more. Reports what the requests got during the outage
// (503 problem+json with Retry-After is the goal, never 500), how long the service took to answer 200 again
// without a restart, and whether every acknowledged save is in the database.
//
//   node faults/outage.mjs --base … --stop "pg_ctlcluster 15 faults stop -m fast" --start "pg_ctlcluster 15 faults start"
import { execSync } from 'node:child_process';
import { parseArgs } from '../load/lib.mjs';
import { writers, checkAcknowledged, sleep, log } from './lib.mjs';

const args = parseArgs({ base: '', connections: 8, before: 8, down: 6, after: 20, stop: '', start: '' });
const w = await writers({ base: args.base, tokenUrl: process.env.TOKEN_URL, count: args.connections, seconds: args.before + args.down + args.after + 60 });
await sleep(args.before * 1000);
const stopAt = Date.now() - w.t0;
execSync(args.stop, { stdio: 'inherit' });
const downAt = Date.now() - w.t0;
log(`outage: PostgreSQL stopped at ${(downAt / 1000).toFixed(1)} s`);
await sleep(args.down * 1000);
execSync(args.start, { stdio: 'inherit' });
const upAt = Date.now() - w.t0;
log(`outage: PostgreSQL started at ${(upAt / 1000).toFixed(1)} s`);
await sleep(args.after * 1000);
w.stop();
await w.done;

const during = w.events.filter((e) => e.sent >= stopAt && e.answered <= upAt);
const firstOk = w.events.filter((e) => e.sent >= upAt && e.status === 200).sort((a, b) => a.answered - b.answered)[0];
const afterUp = w.events.filter((e) => e.sent >= upAt);
const count = (list, f) => list.filter(f).length;
const statuses = (list) => list.reduce((a, e) => { a[e.status] = (a[e.status] ?? 0) + 1; return a; }, {});
console.log(JSON.stringify({
  requests: w.events.length, downSeconds: (upAt - downAt) / 1000,
  before: statuses(w.events.filter((e) => e.answered < stopAt)),
  duringOutage: { requests: during.length, statuses: statuses(during), s503problem: count(during, (e) => e.status === 503 && e.problem),
    s503withRetryAfter: count(during, (e) => e.status === 503 && e.retryAfter), s500: count(during, (e) => e.status === 500), other: count(during, (e) => e.status !== 503) },
  inFlightAtStop: statuses(w.events.filter((e) => e.sent < stopAt && e.answered >= stopAt)),
  straddling: statuses(w.events.filter((e) => e.sent < upAt && e.answered > upAt)),
  afterRestart: statuses(afterUp), s5xxAfterRecovery: firstOk ? count(afterUp, (e) => e.sent > firstOk.answered && e.status >= 500) : null,
  recoverySeconds: firstOk ? (firstOk.answered - upAt) / 1000 : null,
  ...checkAcknowledged(w),
}, null, 1));
