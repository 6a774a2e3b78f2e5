#!/usr/bin/env node
// Keycloak stopped: tokens issued before keep working (the backend verifies them with the keys it has cached), a
// new login fails. Gets every role's token, stops Keycloak (SIGTERM to its java process, then waits), then calls
// the API with those tokens for `seconds` and tries to log in.
//   node faults/keycloak.mjs --base … --kcPid <Keycloak's java pid> [--seconds 20]
import { existsSync } from 'node:fs';
import { parseArgs } from '../load/lib.mjs';
import { allTokens, token, raw, isProblem, sleep, log } from './lib.mjs';

const args = parseArgs({ base: '', kcPid: 0, seconds: 20 });
const tokens = await allTokens(process.env.TOKEN_URL);
const paths = { admin: '/schools?size=5', 'analyst.crimea': '/campaigns', 'coord.kerch': '/my-work', 'school.kerch1': '/me', integrator: '/schools?size=5' };
process.kill(args.kcPid, 'SIGTERM');
for (let i = 0; i < 100 && existsSync(`/proc/${args.kcPid}`); i++) await sleep(200);
if (existsSync(`/proc/${args.kcPid}`)) process.kill(args.kcPid, 'SIGKILL');
log('keycloak: stopped');
const t0 = Date.now();
const statuses = {};
let calls = 0;
while (Date.now() - t0 < args.seconds * 1000) {
  for (const [role, path] of Object.entries(paths)) {
    const r = await raw(args.base, 'GET', path, { headers: { authorization: `Bearer ${tokens[role]}` } });
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    calls++;
  }
  await sleep(200);
}
let login;
try { await token(process.env.TOKEN_URL, 'admin'); login = 'succeeded'; } catch (e) { login = `failed: ${e.cause?.code ?? e.message}`; }
// a token the backend has never seen, signed by nobody it knows: still a clean 401
const bogus = await raw(args.base, 'GET', '/me', { headers: { authorization: `Bearer ${tokens.admin.slice(0, -10)}AAAAAAAAAA` } });
console.log(JSON.stringify({ secondsAfterStop: args.seconds, calls, statuses, okWithIssuedTokens: statuses[200] === calls,
  newLogin: login, forgedToken: { status: bogus.status, problem: isProblem(bogus) } }, null, 1));
