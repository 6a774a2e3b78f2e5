#!/usr/bin/env node
// Resident memory of the backend (VmRSS and VmHWM from /proc) while writers save submissions for `seconds`.
//   node faults/memory.mjs --base … --pid <backend java pid> [--seconds 60] [--connections 16]
import { readFileSync } from 'node:fs';
import { parseArgs } from '../load/lib.mjs';
import { writers, sleep } from './lib.mjs';

const args = parseArgs({ base: '', pid: 0, seconds: 60, connections: 16 });
const kb = (field) => +(readFileSync(`/proc/${args.pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
const rssBefore = kb('VmRSS');
const w = await writers({ base: args.base, tokenUrl: process.env.TOKEN_URL, count: args.connections, seconds: args.seconds });
let max = 0;
const samples = [];
while (Date.now() - w.t0 < args.seconds * 1000) {
  const rss = kb('VmRSS');
  max = Math.max(max, rss);
  samples.push(rss);
  await sleep(500);
}
await w.done;
const ok = w.events.filter((e) => e.status === 200).length;
console.log(JSON.stringify({
  seconds: args.seconds, connections: args.connections, requests: w.events.length, ok, failed: w.events.length - ok,
  requestsPerSecond: Math.round((w.events.length / args.seconds) * 10) / 10,
  rssBeforeMB: Math.round(rssBefore / 1024), rssMaxMB: Math.round(max / 1024), rssEndMB: Math.round(kb('VmRSS') / 1024), hwmMB: Math.round(kb('VmHWM') / 1024),
  cmdline: readFileSync(`/proc/${args.pid}/cmdline`, 'utf8').split('\0').filter((a) => a.startsWith('-X')).join(' '),
}, null, 1));
