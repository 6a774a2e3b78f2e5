// The floor of bench/accounts-bulk.sh: accounts made straight through Keycloak's admin API, one after the other, as the
// client rostok-accounts — the same two calls a Rostok creation makes (the user with its attributes, its realm role).
//   node keycloak-accounts.mjs create KEYCLOAK_URL TAG COUNT INNS.txt ROLE   → prints the seconds
//   node keycloak-accounts.mjs delete KEYCLOAK_URL TAG                      → deletes every account whose e-mail has TAG
import { readFileSync } from 'node:fs';

const [, , command, server, tag, countText, innsFile] = process.argv;
const realm = `${server}/admin/realms/rostok`;

async function token() {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'rostok-accounts',
    client_secret: process.env.ROSTOK_ACCOUNTS_SECRET || 'rostok-accounts-secret' });
  const r = await fetch(`${server}/realms/rostok/protocol/openid-connect/token`, { method: 'POST', body });
  if (!r.ok) throw new Error(`token: ${r.status}`);
  return (await r.json()).access_token;
}

async function call(auth, method, path, body) {
  const r = await fetch(`${realm}${path}`, { method, headers: { Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (!r.ok && r.status !== 404) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r;
}

if (command === 'create') {
  const inns = readFileSync(innsFile, 'utf8').split('\n').filter(Boolean);
  let auth = await token();
  let role = null; // the realm's roles are not readable with user management alone: the ones a user may be given are
  const started = performance.now();
  for (let i = 1; i <= Number(countText); i++) {
    if (i % 200 === 0) auth = await token(); // tokens live 15 minutes; a fresh one now and then, as the admin client does
    const email = `${tag}-${i}@example.test`;
    const r = await call(auth, 'POST', '/users', { username: email, email, firstName: 'Анна', lastName: 'Сотрудникова', enabled: true,
      requiredActions: ['UPDATE_PASSWORD'], attributes: { region_id: ['91'], org_id: [inns[i % inns.length]], middle_name: ['Петровна'] } });
    const id = r.headers.get('location').split('/').pop();
    role ??= (await (await call(auth, 'GET', `/users/${id}/role-mappings/realm/available`)).json()).find((x) => x.name === 'school-staff');
    await call(auth, 'POST', `/users/${id}/role-mappings/realm`, [role]);
  }
  console.log(((performance.now() - started) / 1000).toFixed(1));
} else if (command === 'delete') {
  const auth = await token();
  const users = await (await call(auth, 'GET', `/users?search=${encodeURIComponent(tag)}&max=100000&briefRepresentation=true`)).json();
  for (const u of users) await call(auth, 'DELETE', `/users/${u.id}`);
  console.log(users.length);
} else {
  throw new Error('usage: create|delete');
}
