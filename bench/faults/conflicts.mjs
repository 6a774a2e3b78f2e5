#!/usr/bin/env node
// Two writers on one record with the same version, `rounds` times each for a submission, a roadmap and a decision:
// exactly one of the two PUTs must win (200) and the other get 409 problem+json, and the stored record must be the
// winner's, with a higher version, the one the winner was answered with (no lost update).
//
//   node faults/conflicts.mjs --base http://localhost:8095/api/v1 [--rounds 100]      (TOKEN_URL, PG* from the environment)
import { parseArgs } from '../load/lib.mjs';
import { client, token, isProblem, sql, log } from './lib.mjs';

const args = parseArgs({ base: 'http://localhost:8095/api/v1', rounds: 100 });
const request = client(args.base, 4);
const bearer = `Bearer ${await token(process.env.TOKEN_URL, 'admin')}`;
const send = (method, path, body) => request(method, path, {
  headers: { authorization: bearer, 'content-type': 'application/json' }, body: body == null ? undefined : JSON.stringify(body) });
const json = async (method, path, body, expect = 200) => {
  const r = await send(method, path, body);
  if (r.status !== expect) throw new Error(`${method} ${path}: HTTP ${r.status} ${r.body.slice(0, 500)}`);
  return JSON.parse(r.body);
};

// ------------------------------------------------------------------------------------------ the records
const [[regionId, municipalityId, bodyId]] = sql(`
  SELECT m.region_id, m.id, b.id FROM municipality m JOIN body b ON b.municipality_id = m.id
  WHERE m.name LIKE '%Керчь%' ORDER BY b.id LIMIT 1`);
const [[campaignId, schoolId, indicatorId]] = sql(`
  SELECT c.id, cs.school_id, i.id FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  JOIN campaign_indicator ci ON ci.campaign_id = c.id JOIN indicator i ON i.id = ci.indicator_id AND i.value_type = 'COUNT'
  LEFT JOIN submission s ON s.campaign_id = c.id AND s.school_id = cs.school_id
  WHERE c.status = 'OPEN' AND (s.id IS NULL OR s.status IN ('DRAFT', 'RETURNED'))
  ORDER BY cs.school_id DESC, ci.position LIMIT 1`);
const roadmapInput = {
  title: 'Дорожная карта: два писателя', level: 'MUNICIPALITY', regionId: +regionId, municipalityId: +municipalityId, ownerBodyId: +bodyId,
  periodFrom: '2026-01-01', periodTo: '2027-12-31', approvalKind: 'ORDER', approvalNumber: '77', approvalDate: '2026-01-15',
  measures: [{ number: '1', text: 'Семинар по обмену опытом', deadlineText: 'весь период', responsible: [{ label: 'Управление образования', bodyId: +bodyId, allSchools: false }] }],
};
const decisionInput = {
  kind: 'COLLEGIUM_DECISION', number: '99/9', date: '2026-10-01', title: 'Решение: два писателя', issuerLabel: 'Коллегия управления образования',
  issuerBodyId: +bodyId, regionId: +regionId, municipalityId: +municipalityId,
  points: [{ number: '1', text: 'Провести совещание', deadlineText: 'ноябрь - декабрь', assignees: [{ label: 'Управлению образования', bodyId: +bodyId, allSchools: false }] }],
};
const roadmapId = (await json('POST', '/roadmaps', roadmapInput, 201)).id;
const decisionId = (await json('POST', '/decisions', decisionInput, 201)).id;

const kinds = {
  submission: {
    path: `/campaigns/${campaignId}/schools/${schoolId}/submission`,
    version: () => +(sql(`SELECT coalesce(max(version), 0) FROM submission WHERE campaign_id = ${campaignId} AND school_id = ${schoolId}`)[0][0]),
    body: (version, mark) => ({ version, values: [{ indicatorId: +indicatorId, value: mark }] }),
    stored: () => Number(sql(`SELECT v.value FROM submission s JOIN indicator_value v ON v.submission_id = s.id
      WHERE s.campaign_id = ${campaignId} AND s.school_id = ${schoolId} AND v.indicator_id = ${indicatorId}`)[0]?.[0]),
    mark: (round, writer) => round * 2 + writer,
  },
  roadmap: {
    path: `/roadmaps/${roadmapId}`,
    version: () => +sql(`SELECT version FROM roadmap WHERE id = ${roadmapId}`)[0][0],
    body: (version, mark) => ({ ...roadmapInput, title: mark, version }),
    stored: () => sql(`SELECT title FROM roadmap WHERE id = ${roadmapId}`)[0][0],
    mark: (round, writer) => `Дорожная карта: раунд ${round}, писатель ${'AB'[writer]}`,
  },
  decision: {
    path: `/decisions/${decisionId}`,
    version: () => +sql(`SELECT version FROM decision WHERE id = ${decisionId}`)[0][0],
    body: (version, mark) => ({ ...decisionInput, title: mark, version }),
    stored: () => sql(`SELECT title FROM decision WHERE id = ${decisionId}`)[0][0],
    mark: (round, writer) => `Решение: раунд ${round}, писатель ${'AB'[writer]}`,
  },
};

// ------------------------------------------------------------------------------------------ rounds
const out = {};
for (const [name, k] of Object.entries(kinds)) {
  const r = { rounds: 0, exactlyOne409: 0, both200: 0, both409: 0, otherStatus: 0, conflictsNotProblem: 0, lostUpdates: 0, versionNotAsAnswered: 0, versionNotRaised: 0, examples: [] };
  for (let round = 1; round <= args.rounds; round++) {
    const version = k.version();
    const marks = [k.mark(round, 0), k.mark(round, 1)];
    const answers = await Promise.all(marks.map((m) => send('PUT', k.path, k.body(version, m))));
    const statuses = answers.map((a) => a.status).sort();
    r.rounds++;
    if (statuses[0] === 200 && statuses[1] === 409) r.exactlyOne409++;
    else if (statuses[0] === 200 && statuses[1] === 200) r.both200++;
    else if (statuses[0] === 409 && statuses[1] === 409) r.both409++;
    else r.otherStatus++;
    answers.filter((a) => a.status === 409 && !isProblem(a)).forEach(() => r.conflictsNotProblem++);
    const winners = answers.map((a, i) => (a.status === 200 ? marks[i] : null)).filter((m) => m !== null);
    const stored = k.stored();
    if (winners.length === 1 && String(stored) !== String(winners[0])) r.lostUpdates++;
    const won = answers.find((a) => a.status === 200);
    const storedVersion = k.version();
    if (won && storedVersion !== JSON.parse(won.body).version) r.versionNotAsAnswered++;
    if (won && storedVersion <= version) r.versionNotRaised++;
    if (r.examples.length < 3 && !(statuses[0] === 200 && statuses[1] === 409)) r.examples.push({ round, statuses, bodies: answers.map((a) => a.body.slice(0, 200)) });
  }
  out[name] = r;
  log(`conflicts: ${name}: ${r.exactlyOne409} of ${r.rounds} rounds with exactly one 409, lost updates ${r.lostUpdates}`);
}
console.log(JSON.stringify(out, null, 1));
