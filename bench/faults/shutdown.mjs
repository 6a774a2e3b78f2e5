#!/usr/bin/env node
// Graceful shutdown: writers save submissions; after `warm` s the backend gets SIGTERM. Every request that was in
// flight then (sent before, answered after) must succeed; requests sent after the signal may be refused. Also how
// long the process took to exit. Afterwards every acknowledged save must be in the database.
//   node faults/shutdown.mjs --base … --pid <backend java pid> [--connections 16] [--warm 6]
import { existsSync } from 'node:fs';
import { parseArgs } from '../load/lib.mjs';
import { writers, checkAcknowledged, sleep, log } from './lib.mjs';

const args = parseArgs({ base: '', pid: 0, connections: 16, warm: 6 });
const w = await writers({ base: args.base, tokenUrl: process.env.TOKEN_URL, count: args.connections, seconds: args.warm + 40 });
await sleep(args.warm * 1000);
const termAt = Date.now() - w.t0;
process.kill(args.pid, 'SIGTERM');
log(`shutdown: SIGTERM at ${(termAt / 1000).toFixed(1)} s`);
let exitedAt = null;
while (Date.now() - w.t0 < termAt + 60000) {
  if (!existsSync(`/proc/${args.pid}`)) { exitedAt = Date.now() - w.t0; break; }
  await sleep(100);
}
w.stop();
await w.done;
const inFlight = w.events.filter((e) => e.sent < termAt && e.answered >= termAt);
const afterSignal = w.events.filter((e) => e.sent >= termAt);
const statuses = (list) => list.reduce((a, e) => { a[e.status] = (a[e.status] ?? 0) + 1; return a; }, {});
console.log(JSON.stringify({
  requestsBefore: w.events.filter((e) => e.answered < termAt).length,
  inFlight: inFlight.length, inFlightFailed: inFlight.filter((e) => e.status !== 200).length, inFlightStatuses: statuses(inFlight),
  sentAfterSignal: afterSignal.length, afterSignalStatuses: statuses(afterSignal),
  exitSeconds: exitedAt == null ? null : (exitedAt - termAt) / 1000,
  ...checkAcknowledged(w),
}, null, 1));
