#!/usr/bin/env node
// Generates Rostok's national-scale bench data set and writes it to stdout as a psql script of
// `COPY <table> (...) FROM STDIN` blocks, one per table, in dependency order. Pipe it into psql between
// sql/load-begin.sql and sql/load-end.sql (run.sh does), which wrap it in one transaction, drop and rebuild
// the keys and indexes around it, and let the COPYs use FREEZE.
//
//   node gen/generate.mjs [--schools 40000] [--municipalities 2400] [--campaigns 4] [--seed 42]
//                         [--indicators ../../shared/data/indicators.tsv] [--no-freeze]
//
// Deterministic for a given seed. A summary (row counts) goes to stderr as one JSON line.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REGIONS, STEMS, VILLAGES, STREETS, SURNAMES, FEMALE_NAMES, MALE_NAMES, PATRONYMIC_STEMS, EXTRA_INDICATORS,
} from './places.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

// ------------------------------------------------------------------------------------------ arguments
const args = { schools: 40000, municipalities: 2400, campaigns: 4, seed: 42, freeze: true,
  indicators: resolve(HERE, '../../../shared/data/indicators.tsv') };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--no-freeze') args.freeze = false;
  else if (a === '--indicators') args.indicators = process.argv[++i];
  else if (a.startsWith('--') && a.slice(2) in args) args[a.slice(2)] = Number(process.argv[++i]);
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (args.campaigns < 1 || args.campaigns > 4) { console.error('--campaigns is 1..4'); process.exit(2); }

// ------------------------------------------------------------------------------------------ randomness
let seed = args.seed >>> 0 || 1;
function rnd() { // mulberry32
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function normal() { // Box–Muller, one of the pair
  let u = 0;
  while (u === 0) u = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
function poisson(lambda) {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do { k++; p *= rnd(); } while (p > l);
  return k - 1;
}
function weighted(entries) { // [[item, weight], ...]
  let total = 0;
  for (const [, w] of entries) total += w;
  let x = rnd() * total;
  for (const [item, w] of entries) { x -= w; if (x < 0) return item; }
  return entries[entries.length - 1][0];
}
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}
/** Splits `total` into integer parts proportional to `weights` (largest remainder), each at least `min`. */
function apportion(total, weights, min = 0) {
  const n = weights.length;
  const rest = total - min * n;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) parts[order[k][1]]++;
  return parts.map((p) => p + min);
}

// ------------------------------------------------------------------------------------------ output
const out = process.stdout;
let buf = '';
async function flush(force = false) {
  if (buf.length === 0 || (!force && buf.length < 1 << 20)) return;
  const chunk = buf;
  buf = '';
  if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
}
const counts = {};
let currentTable = null;
function begin(table, columns) {
  currentTable = table;
  counts[table] = 0;
  buf += `COPY ${table} (${columns.join(', ')}) FROM STDIN${args.freeze ? ' WITH (FREEZE)' : ''};\n`;
}
async function row(line) { // line: already tab-separated
  buf += line;
  buf += '\n';
  counts[currentTable]++;
  if (buf.length >= 1 << 20) await flush();
}
function end() { buf += '\\.\n'; }
/** COPY text escaping (the generated names never contain these, but addresses of real data could). */
const esc = (s) => (s == null ? '\\N' : String(s).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
const nul = (v) => (v == null ? '\\N' : v);

// ------------------------------------------------------------------------------------------ helpers
const WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
/** A legal entity's INN: nine digits and the check digit (weights 2,4,10,3,5,9,4,6,8; sum mod 11 mod 10). */
function inn(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * WEIGHTS[i];
  return nine + ((sum % 11) % 10);
}
const innSerial = new Map(); // region code + inspection -> next serial
function nextInn(regionCode, inspection) {
  const key = regionCode + String(inspection).padStart(2, '0');
  const n = innSerial.get(key) ?? int(100, 20000);
  innSerial.set(key, n + int(1, 9));
  if (n > 99999) throw new Error(`INN serials exhausted for ${key}`);
  return inn(key + String(n).padStart(5, '0'));
}
const fold = (s) => s.toLowerCase().replaceAll('ё', 'е');
const searchable = (...parts) => fold(parts.filter((p) => p != null && p.trim() !== '').join(' '));
function person() {
  const female = rnd() < 0.78;
  const surname = pick(SURNAMES);
  const pat = pick(PATRONYMIC_STEMS);
  return female
    ? `${surname}а ${pick(FEMALE_NAMES)} ${pat}на`
    : `${surname} ${pick(MALE_NAMES)} ${pat}ич`;
}
const pad2 = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
const ts = (d) => `${day(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}+00`;
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
const withTime = (d) => new Date(d.getTime() + int(6 * 3600, 15 * 3600) * 1000);

// ------------------------------------------------------------------------------------------ indicators
function readIndicators(path) {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  const rows = lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
  return rows.map((r) => [r.code, r.category, r.name_ru, r.unit, r.value_type, r.direction]);
}
const BASE = readIndicators(args.indicators);
const CATALOGUE = [...BASE, ...EXTRA_INDICATORS.slice(0, Math.max(0, 50 - BASE.length))]
  .map(([code, category, name, unit, valueType, direction]) => ({ code, category, name, unit, valueType, direction }));
if (CATALOGUE.length !== 50) console.error(`note: ${CATALOGUE.length} indicators per region`);

// How a school's values come about: a latent quality q and social disadvantage s per school (N(0,1)), a
// base share p, loadings on q and s (on the logit scale), and what the share is counted among.
const PERCENT_MODEL = {
  VPR_F2: [0.08, -0.6, 0.3, 'vpr'], VPR_Q45: [0.45, 0.5, -0.2, 'vpr'], VPR_BASIC_OK: [0.88, 0.6, -0.3, 'vpr'],
  OGE_F2_RU: [0.04, -0.7, 0.3, 'oge'], OGE_F2_MA: [0.07, -0.7, 0.3, 'oge'], OGE_NOCERT: [0.015, -0.6, 0.3, 'oge'],
  EGE_BELOWMIN_RU: [0.01, -0.6, 0.2, 'ege'], EGE_BELOWMIN_MA: [0.03, -0.6, 0.2, 'ege'],
  EGE_80PLUS: [0.08, 0.7, -0.2, 'ege'], EGE_NOCERT: [0.01, -0.5, 0.2, 'ege'],
  SUCC_RATE: [0.97, 0.6, -0.3, 'pupils'], QUAL_RATE: [0.45, 0.5, -0.3, 'pupils'], ACAD_DEBT: [0.02, -0.6, 0.3, 'pupils'],
  REPEAT: [0.005, -0.5, 0.3, 'pupils'], RISK_GROUP: [0.1, -0.5, 0.4, 'pupils'],
  OBJ_CONFIRM: [0.7, 0.3, 0, 'vpr'], OBJ_GAP2: [0.04, -0.3, 0.1, 'vpr'],
  CTX_PARENTS_HE: [0.3, 0.3, -0.7, 'pupils'], CTX_SINGLE: [0.22, 0, 0.5, 'pupils'], CTX_UNEMPL: [0.08, 0, 0.7, 'pupils'],
  CTX_LOWINC: [0.15, 0, 0.7, 'pupils'], CTX_REGISTERED: [0.02, -0.2, 0.5, 'pupils'],
  CTX_NONNATIVE: [0.05, 0, 0.4, 'pupils'], CTX_OVZ: [0.06, 0, 0.2, 'pupils'],
  ST_CAT: [0.55, 0.3, -0.2, 'teachers'], ST_AGE: [0.22, 0, 0.2, 'teachers'], ST_PK3: [0.85, 0.3, -0.1, 'teachers'],
  ST_DEFDIAG: [0.4, 0.3, 0, 'teachers'], ST_IOM: [0.25, 0.3, 0, 'teachers'], ST_TURNOVER: [0.08, -0.3, 0.3, 'teachers'],
  CHRON_ABS: [0.07, -0.4, 0.4, 'pupils'], EXTRA_COVER: [0.6, 0.4, -0.2, 'risk'],
  M_ACT_ONTIME: [0.75, 0.4, -0.2, 'actions'], M_REC_DONE: [0.7, 0.4, -0.2, 'actions'], VPR_PART: [0.93, 0.2, -0.2, 'vpr'],
  ST_MENTOR: [0.8, 0.2, 0, 'teachers'],
};
const logit = (p) => Math.log(p / (1 - p));
for (const m of Object.values(PERCENT_MODEL)) m[0] = logit(m[0]);

function denominator(kind, school) {
  switch (kind) {
    case 'pupils': return school.pupils;
    case 'vpr': return Math.max(1, Math.round(school.pupils * 0.42));
    case 'oge': return Math.max(1, Math.round((school.pupils / 11) * (0.8 + 0.3 * rnd())));
    case 'ege': return Math.max(1, Math.round((school.pupils / 24) * (0.7 + 0.5 * rnd())));
    case 'teachers': return school.teachers;
    case 'risk': return Math.max(1, Math.round(school.pupils * 0.1));
    default: return int(10, 40);
  }
}
/** num/den*100 rounded half-up to 4 places, as text, with integer arithmetic only. */
function percent(num, den) {
  const q = Math.floor((num * 2000000 + den) / (2 * den));
  return `${Math.floor(q / 10000)}.${String(q % 10000).padStart(4, '0')}`;
}
const bool = (p) => (rnd() < p ? '1' : '0');
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
/** One value as the COPY columns value, numerator, denominator. */
function valueOf(ind, school, drift) {
  const q = school.q + drift;
  const s = school.s;
  const m = PERCENT_MODEL[ind.code];
  if (m) {
    const den = denominator(m[3], school);
    const p = 1 / (1 + Math.exp(-(m[0] + m[1] * q + m[2] * s + 0.35 * normal())));
    const num = clamp(Math.round(den * p + Math.sqrt(den * p * (1 - p)) * normal()), 0, den);
    return `${percent(num, den)}\t${num}\t${den}`;
  }
  let v;
  switch (ind.code) {
    case 'OBJ_MEDAL_EGE': v = String(poisson(0.3)); break;
    case 'CTX_STUDENTS': v = String(Math.max(1, school.pupils + Math.round(school.pupils * 0.03 * normal()))); break;
    case 'ST_VAC': v = String(poisson(clamp(0.5 + 0.5 * s, 0.05, 3))); break;
    case 'M_VISITS': v = String(poisson(q < -0.5 ? 6 : 3)); break;
    case 'CTX_HOME_ED': v = String(poisson(clamp(school.pupils / 200, 0.05, 8))); break;
    case 'OLYMP_REG': v = String(poisson(clamp(0.5 + q, 0.05, 5))); break;
    case 'EGE_AVG_RU': v = clamp(68 + 6 * q - 2 * s + 3 * normal(), 36, 98).toFixed(2); break;
    case 'EGE_AVG_MA': v = clamp(55 + 7 * q - 2 * s + 4 * normal(), 27, 98).toFixed(2); break;
    case 'CTX_DIST': v = (school.rural ? clamp(40 + 35 * normal(), 3, 400) : clamp(2 + 2 * normal(), 0, 15)).toFixed(1); break;
    case 'RES_PC': v = clamp(6 + 3 * s + 2 * normal(), 1, 60).toFixed(1); break;
    case 'OBJ_OBSERVED': v = bool(0.9); break;
    case 'CTX_RURAL': v = school.rural ? '1' : '0'; break;
    case 'M_PROGRAM': v = bool(q < -0.5 ? 0.95 : 0.7); break;
    case 'M_PARTNER': v = bool(q < -0.5 ? 0.6 : 0.3); break;
    case 'M_PSYCH': v = bool(0.7); break;
    default: // an indicator of another catalogue: a value in its type's range
      v = ind.valueType === 'BOOLEAN' ? bool(0.5) : ind.valueType === 'COUNT' ? String(poisson(3)) : (50 + 10 * normal()).toFixed(2);
  }
  return `${v}\t\\N\t\\N`;
}
function limits(ind) {
  switch (ind.valueType) {
    case 'PERCENT': return ['0', '100', '5'];
    case 'COUNT': return ['0', null, null];
    case 'BOOLEAN': return ['0', '1', null];
    default: return ['0', ind.code === 'CTX_DIST' ? '1000' : '100', null];
  }
}

// ------------------------------------------------------------------------------------------ registry
const SCHOOL_TYPES = {
  URBAN: [['SECONDARY', 55], ['GYMNASIUM', 12], ['LYCEUM', 8], ['ADVANCED', 8], ['EDUCATION_CENTRE', 4],
    ['BOARDING', 3], ['ADAPTED', 5], ['BASIC', 3], ['PRIMARY', 2]],
  RURAL: [['SECONDARY', 55], ['BASIC', 30], ['PRIMARY', 10], ['BOARDING', 2], ['ADAPTED', 1], ['EDUCATION_CENTRE', 2]],
};
const OWNERSHIP = {
  МБОУ: 'Муниципальное бюджетное общеобразовательное учреждение',
  МАОУ: 'Муниципальное автономное общеобразовательное учреждение',
  МКОУ: 'Муниципальное казённое общеобразовательное учреждение',
  ГБОУ: 'Государственное бюджетное общеобразовательное учреждение',
  ГКОУ: 'Государственное казённое общеобразовательное учреждение',
};
function schoolNames(type, rural, number, village) {
  const own = type === 'BOARDING' || type === 'ADAPTED' ? pick(['ГБОУ', 'ГКОУ'])
    : rural ? pick(['МБОУ', 'МКОУ', 'МКОУ']) : pick(['МБОУ', 'МБОУ', 'МАОУ']);
  const at = rural ? `с. ${village}` : `№${number}`;
  const [short, long] = {
    PRIMARY: [`НОШ ${at}`, `«Начальная общеобразовательная школа ${at}»`],
    BASIC: [`ООШ ${at}`, `«Основная общеобразовательная школа ${at}»`],
    SECONDARY: [`СОШ ${at}`, `«Средняя общеобразовательная школа ${at}»`],
    ADVANCED: [`СОШ с УИОП №${number}`, `«Средняя общеобразовательная школа с углублённым изучением отдельных предметов №${number}»`],
    GYMNASIUM: [`«Гимназия №${number}»`, `«Гимназия №${number}»`],
    LYCEUM: [`«Лицей №${number}»`, `«Лицей №${number}»`],
    BOARDING: [`«Школа-интернат ${at}»`, `«Общеобразовательная школа-интернат ${at}»`],
    EDUCATION_CENTRE: [`«Центр образования ${at}»`, `«Центр образования ${at}»`],
    ADAPTED: [`«Школа №${number} для обучающихся с ОВЗ»`, `«Адаптированная общеобразовательная школа №${number}»`],
  }[type];
  return [`${own} ${short}`, `${OWNERSHIP[own]} ${long}`];
}
/** «Берёзов» -> district «Берёзовский», town «Берёзовск»; «Никольск» -> «Никольский», «Никольск». */
const adjective = (stem) => (/[сц]к$/.test(stem) ? `${stem}ий` : `${stem}ский`);
const townOf = (stem) => (stem.endsWith('к') ? stem : `${stem}ск`);

const regions = [];
const municipalities = [];
const bodies = [];
const schools = [];
const regionWeights = REGIONS.map(([, , w]) => w);
const schoolsPerRegion = apportion(args.schools, regionWeights, 5);
const munisPerRegion = apportion(args.municipalities, regionWeights.map((w) => w ** 0.8), 3);

REGIONS.forEach(([code, name], ri) => {
  const region = { id: ri + 1, code, name, municipalities: [], schools: [], indicators: [] };
  regions.push(region);
  const stems = shuffle([...STEMS]);
  const nm = munisPerRegion[ri];
  const urbanShare = code === '77' || code === '78' || code === '92' ? 1 : 0.2;
  for (let i = 0; i < nm; i++) {
    const stem = stems[i % stems.length] + (i >= stems.length ? `-${Math.floor(i / stems.length) + 1}` : '');
    const kind = i === 0 || rnd() < urbanShare ? 'URBAN_DISTRICT' : rnd() < 0.6 ? 'MUNICIPAL_DISTRICT' : 'MUNICIPAL_OKRUG';
    const town = townOf(stem);
    const muniName = kind === 'URBAN_DISTRICT' ? `Городской округ ${town}`
      : `${adjective(stem)} муниципальный ${kind === 'MUNICIPAL_DISTRICT' ? 'район' : 'округ'}`;
    const m = {
      id: municipalities.length + 1, region, oktmo: `${10 + ri}${String(600 + i).padStart(3, '0')}000`,
      name: muniName, kind, town, inspection: (i % 98) + 1, schools: [], weight: i === 0 ? 0 : 0.3 + 1.4 * rnd(),
    };
    municipalities.push(m);
    region.municipalities.push(m);
  }
  // the capital (the first municipality) gets about a fifth of the region's schools
  const ns = schoolsPerRegion[ri];
  const rest = region.municipalities.slice(1).reduce((a, m) => a + m.weight, 0);
  region.municipalities[0].weight = Math.max(rest / 4, 0.01);
  const perMuni = apportion(ns, region.municipalities.map((m) => m.weight), 1);

  const ministry = {
    id: bodies.length + 1, inn: nextInn(code, 1), kind: 'MINISTRY', region, municipality: null,
    short: `Минобразования (${name})`, full: `Министерство образования — ${name}`, head: person(),
    address: `${int(100, 699)}000, ${name}, г. ${region.municipalities[0].town}, ул. ${pick(STREETS)}, ${int(1, 60)}`,
  };
  bodies.push(ministry);
  region.ministry = ministry;
  bodies.push({
    id: bodies.length + 1, inn: nextInn(code, 1), kind: 'METHODOLOGICAL_CENTRE', region, municipality: null,
    short: 'ГАУ ДПО «ИРО»', full: `ГАУ ДПО «Институт развития образования» — ${name}`, head: person(),
    address: `${int(100, 699)}000, ${name}, г. ${region.municipalities[0].town}, ул. ${pick(STREETS)}, ${int(1, 60)}`,
  });

  region.municipalities.forEach((m, mi) => {
    const postcode = `${int(100, 699)}${int(0, 9)}`;
    bodies.push({
      id: bodies.length + 1, inn: nextInn(code, m.inspection), kind: 'EDUCATION_AUTHORITY', region, municipality: m,
      short: `УО (${m.name})`, full: `Управление образования администрации — ${m.name}`, head: person(),
      address: `${postcode}00, ${name}, г. ${m.town}, ул. ${pick(STREETS)}, ${int(1, 60)}`,
    });
    const urbanMuni = m.kind === 'URBAN_DISTRICT';
    const villages = shuffle([...VILLAGES]);
    let number = 0;
    for (let k = 0; k < perMuni[mi]; k++) {
      const rural = urbanMuni ? rnd() < 0.08 : rnd() < 0.7;
      const type = weighted(SCHOOL_TYPES[rural ? 'RURAL' : 'URBAN']);
      number += 1;
      const village = villages[k % villages.length];
      const [shortName, fullName] = schoolNames(type, rural, number, village);
      const pupils = rural
        ? { SECONDARY: int(60, 420), BASIC: int(15, 120), PRIMARY: int(5, 45) }[type] ?? int(40, 200)
        : { SECONDARY: int(450, 1500), GYMNASIUM: int(500, 1100), LYCEUM: int(450, 1000), ADVANCED: int(500, 1200),
          EDUCATION_CENTRE: int(700, 2200), BOARDING: int(80, 300), ADAPTED: int(60, 250), BASIC: int(100, 400),
          PRIMARY: int(100, 350) }[type];
      const teachers = Math.max(3, Math.round(pupils / (rural ? 9 : 15) + 3 + 2 * normal()));
      const place = rural ? `${m.name}, с. ${village}` : `г. ${m.town}`;
      const s = {
        id: schools.length + 1, inn: nextInn(code, m.inspection), municipality: m, shortName, fullName, type,
        rural, pupils, teachers,
        address: `${postcode}${int(0, 9)}${int(0, 9)}, ${name}, ${place}, ул. ${pick(STREETS)}, ${int(1, 120)}`,
        principal: rnd() < 0.98 ? person() : null,
        q: normal() - (rural ? 0.3 : 0), s: normal() + (rural ? 0.4 : 0),
      };
      schools.push(s);
      m.schools.push(s);
      region.schools.push(s);
    }
  });
});

// ------------------------------------------------------------------------------------------ campaigns
const TODAY = new Date(Date.UTC(2026, 10, 24));
const YEARS = [2023, 2024, 2025, 2026].slice(4 - args.campaigns);
// a campaign's status by its year: the current one is open, the one before closed, older ones published
const statusOf = (year) => (year === 2026 ? 'OPEN' : year === 2025 ? 'CLOSED' : 'PUBLISHED');
const campaigns = [];
for (const region of regions) {
  for (const year of YEARS) {
    const opens = new Date(Date.UTC(year, 9, 1));
    campaigns.push({
      id: campaigns.length + 1, region, year, status: statusOf(year),
      name: `Ежегодный мониторинг по выявлению школ с низкими образовательными результатами (ШНОР/ШНСУ), ${year}/${year + 1} уч. год`,
      orderNumber: `${int(100, 1999)}-о`, orderDate: addDays(opens, -int(7, 20)), opens, closes: new Date(Date.UTC(year, 11, 20)),
    });
  }
}

// ------------------------------------------------------------------------------------------ emit
async function main() {
  const t0 = Date.now();
  buf += '\\set ON_ERROR_STOP on\n';

  begin('region', ['id', 'code', 'name']);
  for (const r of regions) await row(`${r.id}\t${r.code}\t${esc(r.name)}`);
  end();

  begin('municipality', ['id', 'region_id', 'oktmo', 'name', 'kind']);
  for (const m of municipalities) await row(`${m.id}\t${m.region.id}\t${m.oktmo}\t${esc(m.name)}\t${m.kind}`);
  end();

  begin('body', ['id', 'inn', 'kind', 'short_name', 'full_name', 'region_id', 'municipality_id', 'head', 'address']);
  for (const b of bodies) {
    await row(`${b.id}\t${b.inn}\t${b.kind}\t${esc(b.short)}\t${esc(b.full)}\t${b.region.id}\t${b.municipality ? b.municipality.id : '\\N'}\t${esc(b.head)}\t${esc(b.address)}`);
  }
  end();

  begin('school', ['id', 'inn', 'short_name', 'full_name', 'type', 'settlement', 'address', 'principal', 'pupils',
    'teachers', 'municipality_id', 'search_text']);
  for (const s of schools) {
    const search = searchable(s.shortName, s.fullName, s.address, s.principal, s.inn);
    await row(`${s.id}\t${s.inn}\t${esc(s.shortName)}\t${esc(s.fullName)}\t${s.type}\t${s.rural ? 'RURAL' : 'URBAN'}\t${esc(s.address)}\t${esc(s.principal)}\t${s.pupils}\t${s.teachers}\t${s.municipality.id}\t${esc(search)}`);
  }
  end();

  begin('indicator', ['id', 'region_id', 'code', 'revision', 'retired', 'name', 'description', 'category', 'unit',
    'value_type', 'direction', 'min_value', 'max_value', 'min_sample', 'created_at', 'updated_at']);
  let indicatorId = 0;
  for (const r of regions) {
    for (const ind of CATALOGUE) {
      const [lo, hi, sample] = limits(ind);
      const id = ++indicatorId;
      r.indicators.push({ ...ind, id });
      await row(`${id}\t${r.id}\t${ind.code}\t1\tf\t${esc(ind.name)}\t\\N\t${ind.category}\t${esc(ind.unit)}\t${ind.valueType}\t${ind.direction}\t${nul(lo)}\t${nul(hi)}\t${nul(sample)}\t2023-09-01 10:00:00+00\t2023-09-01 10:00:00+00`);
    }
  }
  end();

  begin('campaign', ['id', 'name', 'academic_year', 'order_number', 'order_date', 'order_body_id', 'region_id',
    'municipality_id', 'school_scope', 'opens_on', 'closes_on', 'status', 'version', 'created_at', 'updated_at']);
  for (const c of campaigns) {
    const version = { OPEN: 1, CLOSED: 2, PUBLISHED: 3 }[c.status];
    await row(`${c.id}\t${esc(c.name)}\t${c.year}/${c.year + 1}\t${c.orderNumber}\t${day(c.orderDate)}\t${c.region.ministry.id}\t${c.region.id}\t\\N\tTERRITORY\t${day(c.opens)}\t${day(c.closes)}\t${c.status}\t${version}\t${ts(withTime(c.orderDate))}\t${ts(withTime(c.opens))}`);
  }
  end();

  begin('campaign_transition', ['campaign_id', 'from_status', 'to_status', 'actor', 'occurred_at']);
  for (const c of campaigns) {
    const actor = `analyst.${c.region.code}`;
    const steps = [['\\N', 'DRAFT', c.orderDate], ['DRAFT', 'OPEN', c.opens]];
    if (c.status !== 'OPEN') steps.push(['OPEN', 'CLOSED', addDays(c.closes, 10)]);
    if (c.status === 'PUBLISHED') steps.push(['CLOSED', 'PUBLISHED', addDays(c.closes, 40)]);
    for (const [from, to, at] of steps) await row(`${c.id}\t${from}\t${to}\t${actor}\t${ts(withTime(at))}`);
  }
  end();

  begin('campaign_indicator', ['campaign_id', 'indicator_id', 'position', 'required']);
  for (const c of campaigns) {
    let pos = 0;
    for (const ind of c.region.indicators) {
      await row(`${c.id}\t${ind.id}\t${++pos}\t${ind.category === 'CONTEXT' && ind.valueType !== 'PERCENT' ? 'f' : 't'}`);
    }
  }
  end();

  begin('campaign_school', ['campaign_id', 'school_id']);
  for (const c of campaigns) for (const s of c.region.schools) await row(`${c.id}\t${s.id}`);
  end();

  // Submissions: who handed in what. Published campaigns: everyone accepted; the closed one: nearly everyone;
  // the open one: a tenth not started, drafts (some partial), submitted, returned, a few accepted.
  const submissions = [];
  for (const c of campaigns) {
    const drift = (c.year - 2023) * 0.05;
    for (const s of c.region.schools) {
      let status;
      if (c.status === 'PUBLISHED') status = 'ACCEPTED';
      else if (c.status === 'CLOSED') status = rnd() < 0.97 ? 'ACCEPTED' : 'SUBMITTED';
      else status = weighted([[null, 6], ['DRAFT', 45], ['SUBMITTED', 32], ['RETURNED', 5], ['ACCEPTED', 12]]);
      if (status === null) continue;
      submissions.push({ id: submissions.length + 1, c, s, status, drift, partial: status === 'DRAFT' && rnd() < 0.2 });
    }
  }
  begin('submission', ['id', 'campaign_id', 'school_id', 'status', 'review_comment', 'submitted_at', 'submitted_by',
    'reviewed_at', 'reviewed_by', 'version', 'created_at', 'updated_at']);
  for (const sub of submissions) {
    const { c, s, status } = sub;
    const span = Math.max(1, Math.round((Math.min(c.closes, TODAY) - c.opens) / 86400000));
    const created = withTime(addDays(c.opens, int(0, Math.floor(span / 2))));
    const submitted = status === 'DRAFT' ? null : withTime(addDays(created, int(1, Math.max(1, span - Math.floor(span / 2)))));
    const reviewed = status === 'ACCEPTED' || status === 'RETURNED' ? new Date(Math.min(TODAY - 3600000, submitted.getTime() + int(1, 10) * 86400000)) : null;
    const version = { DRAFT: int(1, 4), SUBMITTED: int(2, 5), RETURNED: int(3, 6), ACCEPTED: int(3, 6) }[status];
    sub.submitted = submitted;
    sub.reviewed = reviewed;
    const comment = status === 'RETURNED' ? 'Проверьте знаменатели долей: не совпадают с численностью обучающихся' : null;
    await row(`${sub.id}\t${c.id}\t${s.id}\t${status}\t${esc(comment)}\t${submitted ? ts(submitted) : '\\N'}\t${submitted ? `school.${s.inn}` : '\\N'}\t${reviewed ? ts(reviewed) : '\\N'}\t${reviewed ? `coord.${s.municipality.oktmo}` : '\\N'}\t${version}\t${ts(created)}\t${ts(reviewed ?? submitted ?? created)}`);
  }
  end();

  begin('submission_review', ['submission_id', 'action', 'comment', 'actor', 'occurred_at']);
  for (const sub of submissions) {
    if (!sub.submitted) continue;
    await row(`${sub.id}\tSUBMIT\t\\N\tschool.${sub.s.inn}\t${ts(sub.submitted)}`);
    if (sub.status === 'ACCEPTED') await row(`${sub.id}\tACCEPT\t\\N\tcoord.${sub.s.municipality.oktmo}\t${ts(sub.reviewed)}`);
    if (sub.status === 'RETURNED') await row(`${sub.id}\tRETURN\tПроверьте знаменатели долей\tcoord.${sub.s.municipality.oktmo}\t${ts(sub.reviewed)}`);
  }
  end();

  begin('indicator_value', ['submission_id', 'indicator_id', 'value', 'numerator', 'denominator', 'updated_at']);
  for (const sub of submissions) {
    const at = ts(sub.submitted ?? withTime(addDays(sub.c.opens, 20)));
    const inds = sub.c.region.indicators;
    const keep = sub.partial ? int(10, inds.length - 1) : inds.length;
    for (let i = 0; i < keep; i++) {
      const ind = inds[i];
      await row(`${sub.id}\t${ind.id}\t${valueOf(ind, sub.s, sub.drift)}\t${at}`);
    }
  }
  end();

  await flush(true);
  counts.generator_seconds = (Date.now() - t0) / 1000;
  process.stderr.write(`${JSON.stringify(counts)}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
