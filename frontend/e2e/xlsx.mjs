// Filled sheets for the browser tests that upload one, written by ExcelJS as Excel would save them.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'

/** The bytes of a workbook whose one sheet holds `rows` (arrays of texts; the first is the header). */
export async function xlsx(rows, sheet = 'Лист1') {
  const workbook = new ExcelJS.Workbook()
  const worksheet = workbook.addWorksheet(sheet)
  rows.forEach((cells) => worksheet.addRow(cells.map((v) => (v === '' || v == null ? null : String(v)))))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The same written to a temporary file, for a file input; its path. */
export async function xlsxFile(name, rows) {
  const path = join(tmpdir(), `${name}-${process.pid}-${Date.now()}.xlsx`)
  await writeFile(path, await xlsx(rows))
  return path
}
