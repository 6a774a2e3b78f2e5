import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { XLSX_TYPE } from '@/services/api'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolImportDialog from './SchoolImportDialog.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function openDialog(routes: Parameters<typeof fakeApi>[0]) {
  const server = fakeApi(routes)
  const options = renderOptions({ path: '/schools' })
  await options.ready
  const wrapper = mount(SchoolImportDialog, { props: { modelValue: true }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"] input[type="file"]')!
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
}

const q = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const sheet = (bytes = 2048) => new File([new Uint8Array(bytes).fill(7)], 'schools.xlsx', { type: XLSX_TYPE })

describe('SchoolImportDialog', () => {
  it('uploads the file as the raw body with the xlsx type and reports the counts', async () => {
    const { wrapper, server } = await openDialog({ 'POST /api/v1/schools/import': json({ created: 2, updated: 5, unchanged: 1 }) })
    choose(sheet(2048))
    await settle()
    q('import-upload')!.click()
    await settle()

    const sent = server.to('POST', '/api/v1/schools/import')
    expect(sent).toHaveLength(1)
    expect(sent[0].contentType).toBe(XLSX_TYPE)
    expect(sent[0].bodySize).toBe(2048)
    expect(q('import-success')!.textContent).toContain('добавлено 2, обновлено 5')
    expect(wrapper.emitted('imported')).toHaveLength(1)
  })

  it('lists every rejected row with its column and says nothing was imported', async () => {
    const { wrapper } = await openDialog({
      'POST /api/v1/schools/import': problem({
        type: '/problems/import-rejected',
        title: 'Файл не принят',
        status: 422,
        errors: [
          { row: 3, column: 'ИНН', message: 'ИНН должен состоять из 10 цифр' },
          { row: 7, column: 'ОКТМО', message: 'Неизвестный код ОКТМО 99999999' },
          { row: 12, column: 'Тип', message: 'Неизвестный тип «Колледж»' },
        ],
      }),
    })
    choose(sheet())
    await settle()
    q('import-upload')!.click()
    await settle()

    expect(q('import-message')!.textContent).toContain('ничего не загружено')
    expect(q('import-message')!.textContent).toContain('3 ошибки')
    const rows = [...document.querySelectorAll('[data-testid="import-errors"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    )
    expect(rows).toEqual([
      ['3', 'ИНН', 'ИНН должен состоять из 10 цифр'],
      ['7', 'ОКТМО', 'Неизвестный код ОКТМО 99999999'],
      ['12', 'Тип', 'Неизвестный тип «Колледж»'],
    ])
    expect(q('import-success')).toBeNull()
    expect(wrapper.emitted('imported')).toBeUndefined()
  })

  it('says clearly that a file over 5 MB is too large (413)', async () => {
    await openDialog({
      'POST /api/v1/schools/import': problem({ type: '/problems/too-large', title: 'Слишком большой файл', status: 413 }),
    })
    choose(sheet())
    await settle()
    q('import-upload')!.click()
    await settle()
    expect(q('import-message')!.textContent).toContain('Файл слишком большой: допускается не больше 5 МБ')
  })
})
