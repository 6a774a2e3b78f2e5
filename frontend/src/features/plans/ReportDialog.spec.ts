import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem, type SentRequest } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import ReportDialog from './ReportDialog.vue'
import { reportForm, reportOnMeasure, type ReportFields } from './plansApi'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const REPORTS = '/api/v1/roadmaps/3/measures/41/reports'

async function openDialog(reply: Parameters<typeof fakeApi>[0][string], props: Record<string, unknown> = {}) {
  const server = fakeApi({ [`POST ${REPORTS}`]: reply })
  const options = renderOptions({ path: '/plans/roadmaps/3', me: COORDINATOR })
  await options.ready
  const wrapper = mount(ReportDialog, {
    props: {
      modelValue: true,
      title: 'Отчёт по мероприятию 14',
      send: (fields: ReportFields) => reportOnMeasure(3, 41, fields),
      withStatus: true,
      status: 'PLANNED',
      occurrences: [
        { due: '2021-10-31', done: true, reports: 1 },
        { due: '2022-10-31', done: false, reports: 0, overdue: true },
        { due: '2023-10-31', done: false, reports: 0 },
      ],
      ...props,
    },
    global: options.global,
    attachTo: document.body,
  })
  await settle()
  return { wrapper, server }
}

const q = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
function type(text: string) {
  const area = document.querySelector<HTMLTextAreaElement>('[data-testid="report-text"] textarea')!
  area.value = text
  area.dispatchEvent(new Event('input'))
}
function choose(...files: File[]) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="report-files"] input[type="file"]')!
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}
const pdf = (name = 'protokol.pdf') => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' })
const parts = (sent: SentRequest) => new Response(sent.body, { headers: { 'Content-Type': sent.contentType ?? '' } }).formData()

describe('reportForm', () => {
  it('names each file part after the file', () => {
    const form = reportForm({ text: 'Сделано', status: 'DONE', files: [pdf(), pdf('akt.pdf')] })
    expect(form.getAll('files').map((f) => (f as File).name)).toEqual(['protokol.pdf', 'akt.pdf'])
    expect(form.has('occurrenceDue')).toBe(false)
  })
})

describe('ReportDialog', () => {
  it('sends text, status, the chosen occurrence and each file as multipart/form-data', async () => {
    const { wrapper, server } = await openDialog(json({ id: 9, text: 'Проведено совещание' }))
    type('  Проведено совещание  ')
    choose(pdf(), new File(['a;b'], 'spisok.csv', { type: 'text/csv' }))
    await settle()
    q('report-send')!.click()
    await settle()

    const [sent] = server.to('POST', REPORTS)
    expect(sent.contentType).toMatch(/^multipart\/form-data; boundary=/)
    const form = await parts(sent)
    expect(form.get('text')).toBe('Проведено совещание')
    expect(form.get('status')).toBe('PLANNED')
    expect(form.get('occurrenceDue')).toBe('2022-10-31')
    const files = form.getAll('files') as File[]
    expect(await Promise.all(files.map((f) => f.text()))).toEqual(['%PDF-1.4 test', 'a;b'])
    expect(wrapper.emitted('sent')).toHaveLength(1)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false])
  })

  it('offers the occurrences with how each stands, the earliest not done first, and sends the one chosen', async () => {
    const { server } = await openDialog(json({ id: 9 }))
    expect(q('report-occurrence')!.textContent).toContain('31.10.2022 — просрочено')
    const select = q('report-occurrence')!.querySelector<HTMLElement>('[role="combobox"]') ?? q('report-occurrence')!
    select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))
    select.click()
    await settle()
    const titles = [...document.querySelectorAll('.v-overlay--active [role="option"] .v-list-item-title')].map((e) => e.textContent?.trim())
    expect(titles).toEqual(['31.10.2021 — выполнено', '31.10.2022 — просрочено', '31.10.2023 — предстоит'])
    ;(document.querySelectorAll<HTMLElement>('.v-overlay--active [role="option"]')[2]).click()
    await settle()
    type('Проведён семинар')
    q('report-send')!.click()
    await settle()
    expect((await parts(server.to('POST', REPORTS)[0])).get('occurrenceDue')).toBe('2023-10-31')
  })

  it('sends neither status nor occurrence for a decision point', async () => {
    const { server } = await openDialog(json({ id: 9 }), { withStatus: false, occurrences: [] })
    expect(q('report-status')).toBeNull()
    expect(q('report-occurrence')).toBeNull()
    type('Сделано')
    q('report-send')!.click()
    await settle()
    const form = await parts(server.to('POST', REPORTS)[0])
    expect([...form.keys()]).toEqual(['text'])
  })

  it('shows the server’s 400 messages next to the file input and keeps the dialog open', async () => {
    const { wrapper } = await openDialog(
      problem({
        status: 400,
        title: 'Bad Request',
        detail: 'Файлы не приняты',
        errors: [{ field: 'files', message: 'Файл «protokol.pdf» не похож на PDF' }],
      }),
    )
    type('Проведено совещание')
    choose(pdf())
    await settle()
    q('report-send')!.click()
    await settle()
    expect(q('report-files')!.textContent).toContain('Файл «protokol.pdf» не похож на PDF')
    expect(q('report-message')!.textContent).toContain('Файлы не приняты')
    expect(wrapper.emitted('sent')).toBeUndefined()
  })

  it('refuses before sending: no text, more than 5 files, a file over 10 MB or of another type', async () => {
    const { server } = await openDialog(json({}))
    q('report-send')!.click()
    await settle()
    expect(q('report-text')!.textContent).toContain('Опишите, что сделано')

    type('Сделано')
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' })
    choose(big, new File(['MZ'], 'virus.exe'))
    await settle()
    q('report-send')!.click()
    await settle()
    const text = q('report-files')!.textContent
    expect(text).toContain('Файл «big.pdf» больше 10 МБ')
    expect(text).toContain('Файл «virus.exe»: такой тип не принимается')
    choose(...Array.from({ length: 6 }, (_, i) => pdf(`f${i}.pdf`)))
    await settle()
    expect(q('report-files')!.textContent).toContain('Не больше 5 файлов')
    q('report-send')!.click()
    await settle()
    expect(server.sent).toHaveLength(0)
  })
})
