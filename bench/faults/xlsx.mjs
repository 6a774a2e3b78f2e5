// A minimal XLSX writer (one sheet, inline strings and numbers, deflated zip) — enough for the imports' files.
import { crc32, deflateRawSync } from 'node:zlib';
import { sql } from '../load/lib.mjs';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
function col(i) { let s = ''; for (i += 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s; return s; }

/** rows: arrays of cells (string → inline string, number → number, null → empty). */
export function xlsx(rows, sheetName = 'Лист1') {
  const sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  rows.forEach((cells, r) => {
    sheet.push(`<row r="${r + 1}">`);
    cells.forEach((v, c) => {
      if (v == null || v === '') return;
      const ref = `${col(c)}${r + 1}`;
      sheet.push(typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`);
    });
    sheet.push('</row>');
  });
  sheet.push('</sheetData></worksheet>');
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheet.join(''),
  });
}

/** A zip of deflated entries. */
function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const plain = Buffer.from(text, 'utf8');
    const data = deflateRawSync(plain);
    const fname = Buffer.from(name, 'utf8');
    const crc = crc32(plain);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(plain.length, 22);
    local.writeUInt16LE(fname.length, 26); local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(0x0800, 8); dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(0, 12); dir.writeUInt32LE(crc, 16); dir.writeUInt32LE(data.length, 20); dir.writeUInt32LE(plain.length, 24);
    dir.writeUInt16LE(fname.length, 28); dir.writeUInt32LE(offset, 42);
    parts.push(local, fname, data);
    central.push(dir, fname);
    offset += local.length + fname.length + data.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dirBuf.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBuf, end]);
}

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
/** A valid 10-digit INN of a legal entity in region 91 (Crimea): the tenth digit is the check digit. */
export function inn(n) {
  const d = String(910000000 + n).slice(0, 9).split('').map(Number);
  return d.join('') + ((d.reduce((a, x, i) => a + x * INN_WEIGHTS[i], 0) % 11) % 10);
}

/**
 * The rows of a school import sheet: every school already there (with its principal renamed when changePrincipals
 * is given) and `newSchools` new ones in the first municipality of Республика Крым, numbered from `from`.
 */
export function schoolSheet({ changePrincipals = null, newSchools = 0, from = 0, existing = true }) {
  const schools = sql(`SELECT s.inn, s.short_name, s.full_name, s.type, s.settlement, coalesce(s.address, ''), s.principal, s.pupils, s.teachers, m.oktmo
    FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE m.oktmo IS NOT NULL ORDER BY s.id`);
  const known = new Set(schools.map((s) => s[0]));
  const [[oktmo]] = sql(`SELECT m.oktmo FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.name LIKE '%Крым%' AND m.oktmo IS NOT NULL ORDER BY m.id LIMIT 1`);
  const rows = [['ИНН', 'Краткое наименование', 'Полное наименование', 'Тип', 'Местность', 'Адрес', 'Директор', 'Обучающихся', 'Педагогов', 'ОКТМО']];
  if (existing) {
    for (const [i, s] of schools.entries()) rows.push([s[0], s[1], s[2], s[3], s[4], s[5], changePrincipals ? `${changePrincipals} ${i}` : s[6], +s[7] || 100, +s[8] || 10, s[9]]);
  }
  for (let n = from, added = 0; added < newSchools; n++) {
    const x = inn(n);
    if (known.has(x)) continue;
    known.add(x);
    rows.push([x, `МБОУ СОШ № ${n} (импорт)`, `Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № ${n}»`, 'SECONDARY', 'URBAN', `ул. Импортная, ${n}`, `Директор ${n}`, 300, 25, oktmo]);
    added++;
  }
  return rows;
}
