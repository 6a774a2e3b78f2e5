#!/usr/bin/env node
// Makes the data large enough to kill an import in the middle of it: `schools` new schools in Республика Крым
// (through POST /schools/import, as a user would, 500 a file) and an open campaign over all of the region's schools with all
// of its indicators (through the API). Prints the campaign's id and size.
//   node faults/big.mjs --base … [--schools 3000]
import { parseArgs } from '../load/lib.mjs';
import { token, raw, sql, log } from './lib.mjs';
import { xlsx, schoolSheet } from './xlsx.mjs';

const args = parseArgs({ base: '', schools: 3000 });
const headers = { authorization: `Bearer ${await token(process.env.TOKEN_URL, 'admin')}` };
const t0 = Date.now();
// in files of 500 schools: one import of thousands of rows can outlast the 60 s transaction timeout on a busy machine
let imported = 0;
for (let done = 0; done < args.schools; done += 500) {
  const file = xlsx(schoolSheet({ newSchools: Math.min(500, args.schools - done), from: 500000 + done * 2, existing: false }));
  const answer = await raw(args.base, 'POST', '/schools/import', { headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: file });
  if (answer.status !== 200) throw new Error(`school import: HTTP ${answer.status} ${answer.body.slice(0, 500)}`);
  imported += JSON.parse(answer.body).created;
}
const importMs = Date.now() - t0;
const [[regionId, ministryId]] = sql(`SELECT r.id, (SELECT min(b.id) FROM body b WHERE b.region_id = r.id AND b.kind = 'MINISTRY') FROM region r WHERE r.name LIKE '%Крым%'`);
const indicators = sql(`SELECT id FROM indicator WHERE region_id = ${regionId} AND NOT retired ORDER BY id`).map(([id]) => ({ indicatorId: +id, required: false }));
const json = { ...headers, 'content-type': 'application/json' };
const created = await raw(args.base, 'POST', '/campaigns', { headers: json, body: JSON.stringify({
  name: 'Отказоустойчивость: большой мониторинг', academicYear: '2026/2027', orderNumber: 'F-1', orderDate: '2026-11-20', orderBodyId: +ministryId,
  regionId: +regionId, schoolScope: 'TERRITORY', indicators, opensOn: '2026-11-21', closesOn: '2026-12-25' }) });
if (created.status !== 201) throw new Error(`campaign: HTTP ${created.status} ${created.body.slice(0, 500)}`);
const c = JSON.parse(created.body);
const opened = await raw(args.base, 'POST', `/campaigns/${c.id}/transitions`, { headers: json, body: JSON.stringify({ to: 'OPEN', version: c.version }) });
if (opened.status !== 200) throw new Error(`open campaign: HTTP ${opened.status} ${opened.body.slice(0, 500)}`);
const [[schools]] = sql(`SELECT count(*) FROM campaign_school WHERE campaign_id = ${c.id}`);
log(`big: ${args.schools} schools imported in ${importMs} ms (${imported} created); campaign ${c.id}: ${schools} schools × ${indicators.length} indicators`);
console.log(JSON.stringify({ schoolsImported: args.schools, importMs, campaignId: c.id, schools: +schools, indicators: indicators.length }));
