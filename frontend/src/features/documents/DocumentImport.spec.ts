import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, json, page, problem, type SentRequest } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ADMIN } from '@/test/bodyFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { DocumentDraft } from './documentsApi'
import DocumentImport from './DocumentImport.vue'
import { placeWarnings, rowPaths, rowsFromPoints, toPointInputs } from './importDraft'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const LINES = [
  'КОЛЛЕГИЯ УПРАВЛЕНИЯ ОБРАЗОВАНИЯ',
  'РЕШЕНИЕ',
  '№ 5/3',
  '21.10.2020',
  'РЕШИЛА:',
  '3. МБУ ДПО «ИМЦ» (Н.Ш.Кокиева):',
  '3.1. Провести мониторинг эффективности.',
  'Срок: январь 2021г.',
  '3.2. Внести коррективы в Дорожную карту.',
  'Срок: февраль 2020 г.',
]

/** Seed 000 in short: point 3 with two sub-points, one deadline before the decision's date. */
const DRAFT: DocumentDraft = {
  type: 'DECISION',
  fileName: 'reshenie.txt',
  format: 'TXT',
  lines: LINES,
  decision: {
    kind: 'COLLEGIUM_DECISION',
    number: '5/3',
    date: '2020-10-21',
    title: 'О работе с ОО с низкими образовательными результатами',
    issuerLabel: 'Коллегия управления образования Администрации города Керчи',
    regionId: 1,
    municipalityId: 2,
    points: [
      {
        number: '3',
        text: 'МБУ ДПО «ИМЦ»:',
        assignees: [{ label: 'МБУ ДПО «ИМЦ»', person: 'Н.Ш.Кокиева', bodyId: 11 }],
        source: { from: 6, to: 6 },
        points: [
          { number: '3.1', text: 'Провести мониторинг эффективности.', deadlineText: 'январь 2021г.', assignees: [], points: [], source: { from: 7, to: 8 } },
          { number: '3.2', text: 'Внести коррективы в Дорожную карту.', deadlineText: 'февраль 2020 г.', assignees: [{ label: 'Комитет' }], points: [], source: { from: 9, to: 10 } },
        ],
      },
    ],
  },
  warnings: [
    { number: '3.2', kind: 'DEADLINE_BEFORE_DOCUMENT', message: 'Срок «февраль 2020 г.» раньше даты самого документа (21.10.2020)', line: 10 },
    { kind: 'MISSING', message: 'Не найден контроль исполнения' },
  ],
}

async function render(routes: Parameters<typeof fakeApi>[0], me: Me = COORDINATOR, path = '/documents/import') {
  const server = fakeApi(routes)
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(DocumentImport, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

const seed = () => new File([LINES.join('\n')], 'reshenie.txt', { type: 'text/plain' })
function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"] input[type="file"]')!
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
}
/** The parts of a multipart body as sent: name, content type, text (jsdom's FormData loses file names on the way). */
function parts(sent: SentRequest) {
  const boundary = /boundary=(.+)$/.exec(sent.contentType ?? '')![1]
  const found = new Map<string, { type?: string; text: string }>()
  for (const chunk of sent.body.split(`--${boundary}`)) {
    const [head, ...rest] = chunk.split('\r\n\r\n')
    const name = /name="([^"]+)"/.exec(head)?.[1]
    if (name) found.set(name, { type: /Content-Type: (.+)/i.exec(head)?.[1]?.trim(), text: rest.join('\r\n\r\n').replace(/\r\n$/, '') })
  }
  return found
}

async function upload(wrapper: Awaited<ReturnType<typeof render>>['wrapper'], file = seed()) {
  choose(file)
  await settle()
  await wrapper.find('[data-testid="import-form"]').trigger('submit')
  await settle()
}

const item = (wrapper: Awaited<ReturnType<typeof render>>['wrapper'], number: string) => wrapper.find(`[data-testid="import-item"][data-number="${number}"]`)

describe('DocumentImport', () => {
  it('reads the uploaded file into a draft shown beside its numbered lines, sub-points indented', async () => {
    const { wrapper, server } = await render({ 'POST /api/v1/documents/drafts': json(DRAFT) }, COORDINATOR, '/documents/import?type=DECISION')
    expect(wrapper.find('[data-testid="document-import"]').attributes('data-step')).toBe('file')
    await upload(wrapper)

    const [sent] = server.to('POST', '/api/v1/documents/drafts')
    expect(sent.contentType).toMatch(/^multipart\/form-data; boundary=/)
    const form = parts(sent)
    expect(form.get('file')?.text).toBe(LINES.join('\n'))
    expect(form.get('type')?.text).toBe('DECISION')
    expect(form.has('regionId')).toBe(false)

    expect(wrapper.find('[data-testid="document-import"]').attributes('data-step')).toBe('draft')
    const lines = wrapper.findAll('[data-testid="import-line"]')
    expect(lines).toHaveLength(LINES.length)
    expect(lines[9].text()).toBe('10Срок: февраль 2020 г.')
    expect(wrapper.find('[data-testid="import-number"] input').element).toHaveProperty('value', '5/3')
    expect(wrapper.find('[data-testid="import-date"] input').element).toHaveProperty('value', '2020-10-21')
    expect(wrapper.findAll('[data-testid="import-item"]').map((w) => [w.attributes('data-number'), w.attributes('data-depth')])).toEqual([
      ['3', '0'],
      ['3.1', '1'],
      ['3.2', '1'],
    ])
    const people = item(wrapper, '3').findAll('[data-testid="import-item-person"]')
    expect(people[0].attributes('data-resolved')).toBe('true')
    expect(item(wrapper, '3.2').find('[data-testid="import-item-person"]').attributes('data-resolved')).toBe('false')
    expect(wrapper.find('[data-testid="import-territory"]').exists()).toBe(false)

    // Focus in an item marks its source lines.
    await item(wrapper, '3.1').find('[data-testid="import-item-text"] textarea').trigger('focusin')
    expect(wrapper.findAll('[data-testid="import-line"][data-active="true"]').map((l) => l.attributes('data-line'))).toEqual(['7', '8'])
  })

  it('shows a warning at its item, the rest on top, and drops a deadline warning once the deadline is changed', async () => {
    const { wrapper } = await render({ 'POST /api/v1/documents/drafts': json(DRAFT) })
    await upload(wrapper)
    const warned = item(wrapper, '3.2').findAll('[data-testid="import-item-warning"]')
    expect(warned).toHaveLength(1)
    expect(warned[0].text()).toContain('раньше даты самого документа')
    expect(item(wrapper, '3.1').find('[data-testid="import-item-warning"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="import-warnings"]').text()).toContain('Не найден контроль исполнения')

    await item(wrapper, '3.2').find('[data-testid="import-item-deadline"] input').setValue('февраль 2021 г.')
    expect(item(wrapper, '3.2').find('[data-testid="import-item-warning"]').exists()).toBe(false)
  })

  it('saves the edited decision with the same file and opens it', async () => {
    const { wrapper, server, router } = await render({
      'POST /api/v1/documents/drafts': json(DRAFT),
      'POST /api/v1/documents/decisions': json({ id: 77, number: '5/3' }, 201),
      'GET /api/v1/decisions/77': json({ id: 77, number: '5/3', points: [] }),
    })
    const file = seed()
    await upload(wrapper, file)
    await item(wrapper, '3.2').find('[data-testid="import-item-deadline"] input').setValue('февраль 2021 г.')
    await item(wrapper, '3.2').find('[data-testid="import-item-person"] input').setValue('МБУ ДПО «ИМЦ»')
    await wrapper.find('[data-testid="import-title"] textarea').setValue('О работе со школами')
    await wrapper.find('[data-testid="import-draft"]').trigger('submit')
    await settle()

    const [sent] = server.to('POST', '/api/v1/documents/decisions')
    const form = parts(sent)
    expect(form.get('file')?.text).toBe(LINES.join('\n'))
    const part = form.get('decision')!
    expect(part.type).toBe('application/json')
    const input = JSON.parse(part.text)
    expect(input).toMatchObject({ kind: 'COLLEGIUM_DECISION', number: '5/3', date: '2020-10-21', title: 'О работе со школами', regionId: 1, municipalityId: 2 })
    expect(input.points).toEqual([
      {
        number: '3',
        text: 'МБУ ДПО «ИМЦ»:',
        assignees: [{ label: 'МБУ ДПО «ИМЦ»', person: 'Н.Ш.Кокиева', bodyId: 11 }],
        points: [
          { number: '3.1', text: 'Провести мониторинг эффективности.', deadlineText: 'январь 2021г.', assignees: [], points: [] },
          { number: '3.2', text: 'Внести коррективы в Дорожную карту.', deadlineText: 'февраль 2021 г.', assignees: [{ label: 'МБУ ДПО «ИМЦ»' }], points: [] },
        ],
      },
    ])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/control/decisions/77'), { timeout: 10000 })
  })

  it('shows the server’s field errors on save at their items', async () => {
    const { wrapper } = await render({
      'POST /api/v1/documents/drafts': json(DRAFT),
      'POST /api/v1/documents/decisions': problem({
        status: 400,
        title: 'Bad Request',
        detail: 'Проверьте поля',
        errors: [{ field: 'decision.points[0].points[1].deadlineText', message: 'Срок не прочитан' }, { field: 'points[0].points[1].text', message: 'Слишком длинный текст' }],
      }),
    })
    await upload(wrapper)
    await wrapper.find('[data-testid="import-draft"]').trigger('submit')
    await settle()
    expect(item(wrapper, '3.2').find('[data-testid="import-item-error"]').text()).toBe('Слишком длинный текст')
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Проверьте поля')
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Срок не прочитан')
  })

  it('shows the problem of a bad file and stays on the file step', async () => {
    const { wrapper, server } = await render({
      'POST /api/v1/documents/drafts': problem({
        status: 400,
        title: 'Некорректный запрос',
        detail: 'Проверьте поля запроса',
        errors: [{ field: 'file', message: 'Файл пуст: в нём нет текста' }],
      }),
    })
    await upload(wrapper, new File([''], 'pusto.txt', { type: 'text/plain' }))
    expect(server.to('POST', '/api/v1/documents/drafts')).toHaveLength(1)
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Файл пуст: в нём нет текста')
    expect(wrapper.find('[data-testid="document-import"]').attributes('data-step')).toBe('file')
    expect(wrapper.find('[data-testid="import-draft"]').exists()).toBe(false)
  })

  it('asks for a file before sending anything', async () => {
    const { wrapper, server } = await render({})
    await wrapper.find('[data-testid="import-form"]').trigger('submit')
    await settle()
    expect(server.sent).toHaveLength(0)
    expect(wrapper.find('[data-testid="import-file"]').text()).toContain('Выберите файл')
  })

  it('has the territory chosen where the document names none, and reads the file again with it', async () => {
    const roadmap: DocumentDraft = {
      type: 'ROADMAP',
      fileName: 'karta.txt',
      lines: ['Дорожная карта', '1\tСовещание\tдекабрь\tИМЦ'],
      roadmap: { title: 'Дорожная карта', periodFrom: '2021-01-01', periodTo: '2021-12-31', measures: [{ number: '1', text: 'Совещание', deadlineText: 'декабрь', responsible: [{ label: 'ИМЦ' }], source: { from: 2, to: 2 } }] },
      warnings: [{ kind: 'MISSING', message: 'Территория не найдена' }],
    }
    const calls: DocumentDraft[] = [roadmap, { ...roadmap, roadmap: { ...roadmap.roadmap, regionId: 1, municipalityId: 2 } }]
    const { wrapper, server, router } = await render(
      {
        'POST /api/v1/documents/drafts': () => json(calls.shift()),
        'GET /api/v1/regions': page([{ id: 1, name: 'Республика Крым' }]),
        'GET /api/v1/municipalities': page([{ id: 2, name: 'Городской округ Керчь', regionId: 1 }]),
        'POST /api/v1/documents/roadmaps': json({ id: 40 }, 201),
        'GET /api/v1/roadmaps/40': json({ id: 40, title: 'Дорожная карта', measures: [] }),
      },
      ADMIN,
    )
    await upload(wrapper)
    expect(wrapper.find('[data-testid="import-territory"]').exists()).toBe(true)
    const territory = wrapper.findComponent({ name: 'TerritoryFields' })
    territory.vm.$emit('update:regionId', 1)
    await settle()
    territory.vm.$emit('update:municipalityId', 2)
    await settle()
    await wrapper.find('[data-testid="import-reread"]').trigger('click')
    await settle()
    const again = parts(server.to('POST', '/api/v1/documents/drafts')[1])
    expect([again.get('regionId')?.text, again.get('municipalityId')?.text, again.get('type')?.text]).toEqual(['1', '2', 'ROADMAP'])

    await wrapper.find('[data-testid="import-draft"]').trigger('submit')
    await settle()
    const saved = parts(server.to('POST', '/api/v1/documents/roadmaps')[0])
    const input = JSON.parse(saved.get('roadmap')!.text)
    expect(input).toMatchObject({ title: 'Дорожная карта', level: 'MUNICIPALITY', regionId: 1, municipalityId: 2, periodFrom: '2021-01-01', periodTo: '2021-12-31' })
    expect(input.measures).toEqual([{ number: '1', text: 'Совещание', deadlineText: 'декабрь', responsible: [{ label: 'ИМЦ' }], indicators: [] }])
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/plans/roadmaps/40'), { timeout: 10000 })
  })
})

describe('importDraft', () => {
  it('nests the rows back as the draft had them and names each row’s place in the input', () => {
    const rows = rowsFromPoints(DRAFT.decision!.points)
    expect(toPointInputs(rows).map((p) => [p.number, p.points?.map((c) => c.number)])).toEqual([['3', ['3.1', '3.2']]])
    expect(rowPaths(rows, 'points')).toEqual(['points[0]', 'points[0].points[0]', 'points[0].points[1]'])
  })

  it('places a warning by its line, else by its number; one of no item goes on top', () => {
    const rows = rowsFromPoints([
      { number: '3.2', text: 'a', source: { from: 1, to: 2 } },
      { number: '3.2', text: 'b', source: { from: 3, to: 4 } },
    ])
    const placed = placeWarnings(
      [
        { number: '3.2', kind: 'DEADLINE_BEFORE_DOCUMENT', message: 'x', line: 4 },
        { number: '3.2', kind: 'DUPLICATE_NUMBER', message: 'y' },
        { kind: 'STRAY_TEXT', message: 'z', line: 9 },
      ],
      rows,
    )
    expect(placed.byRow[0].map((w) => w.message)).toEqual(['y'])
    expect(placed.byRow[1].map((w) => w.message)).toEqual(['x', 'y'])
    expect(placed.general.map((w) => w.message)).toEqual(['z'])
  })
})
