import { mount, type VueWrapper } from '@vue/test-utils'
import { VAutocomplete } from 'vuetify/components'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { CRIMEA_BODIES } from '@/test/bodyFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { FEODOSIA, KERCH, SCHOOL_1 } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolPicker from '@/features/schools/SchoolPicker.vue'
import RecommendationList from './RecommendationList.vue'
import { DONE, ISSUED, OVERDUE } from './recommendationFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const LIST = '/api/v1/recommendations'

async function render(me: Me, routes: Parameters<typeof fakeApi>[0] = {}, path = '/recommendations') {
  const server = fakeApi({
    // the server's filters by status and to the overdue; a page of 25 of them, 40 in all, unless a filter narrows them
    [`GET ${LIST}`]: (req) => {
      const status = req.url.searchParams.get('status')
      const overdue = req.url.searchParams.get('overdue') === 'true'
      const found = [OVERDUE, ISSUED, DONE].filter((r) => (!status || r.status === status) && (!overdue || r.overdue))
      const size = Number(req.url.searchParams.get('size') ?? 50)
      return page(found.slice(0, size), status || overdue ? found.length : 40)
    },
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
    'GET /api/v1/bodies': page(CRIMEA_BODIES),
    'GET /api/v1/schools': page([SCHOOL_1, { ...SCHOOL_1, id: 6, shortName: 'МБОУ «Гимназия № 1»' }]),
    'GET /api/v1/schools/5': json(SCHOOL_1),
    [`GET ${LIST}/34`]: json({ ...ISSUED, id: 34 }),
    ...routes,
  })
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(RecommendationList, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

const q = <T extends HTMLElement = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)
async function click(el: Element | null) {
  ;(el as HTMLElement).click()
  await settle()
}
function typeInto(selector: string, value: string) {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!
  el.value = value
  el.dispatchEvent(new Event('input'))
}
/** Types into the school picker (its search, as Vuetify hands it over) and picks the school offered with this name. */
async function pickSchool(wrapper: VueWrapper, text: string, title: string) {
  const autocomplete = wrapper.findComponent(SchoolPicker).findComponent(VAutocomplete)
  autocomplete.vm.$emit('update:search', text)
  await new Promise((r) => setTimeout(r, 350))
  await settle()
  document.querySelector('[data-testid="school-picker"] .v-field')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))
  await settle()
  const options = [...document.querySelectorAll<HTMLElement>('.v-overlay--active [role="option"]')]
  const option = options.find((o) => o.querySelector('.v-list-item-title')?.textContent?.trim() === title)
  if (!option) throw new Error(`no «${title}» in ${options.map((o) => o.textContent).join(' | ')}`)
  option.click()
  await settle()
}

describe('RecommendationList', () => {
  it('lists a page of them by deadline with the overdue marked, the addressee, the basis and the report', async () => {
    const { wrapper, server } = await render(ANALYST)
    const reads = server.to('GET', LIST).map((r) => Object.fromEntries(r.url.searchParams))
    expect(reads).toContainEqual({ page: '0', size: '25', sort: 'deadline' })
    // the overdue are counted by the server: one more read, of their total only
    expect(reads).toContainEqual({ overdue: 'true', size: '1' })
    const rows = wrapper.findAll('[data-testid="recommendation-row"]')
    expect(rows.map((r) => [r.attributes('data-id'), r.attributes('data-overdue')])).toEqual([['32', 'true'], ['31', 'false'], ['33', 'false']])
    expect(rows[0].find('[data-testid="recommendation-row-overdue"]').text()).toBe('просрочено')
    expect(rows[0].find('[data-testid="recommendation-row-addressee"]').text()).toBe('УО г. Керчи')
    expect(rows[1].find('[data-testid="recommendation-link"]').attributes('href')).toBe('/recommendations/31')
    expect(rows[1].text()).toContain('Анализ данных мониторинга: ВПР 2026: слабая позиция по математике')
    expect(rows[2].find('[data-testid="recommendation-row-report"]').text()).toBe('Отчёт: Семинар проведён 25.11.2026, участвовали 12 учителей')
    expect(rows[2].find('[data-testid="recommendation-status"]').text()).toBe('Выполнена')
    expect(wrapper.find('[data-testid="recommendation-total"]').text()).toBe('40 рекомендаций')
    expect(wrapper.find('[data-testid="recommendation-overdue-total"]').text()).toBe('просрочено: 1')
  })

  it('filters by status and to the overdue on the server, the filters in the URL', async () => {
    const { wrapper, server, router } = await render(ANALYST)
    await router.replace({ name: 'recommendations', query: { status: 'ACCEPTED' } })
    await settle()
    expect(Object.fromEntries(server.to('GET', LIST).filter((r) => r.url.searchParams.get('size') === '25').at(-1)!.url.searchParams)).toEqual({
      status: 'ACCEPTED', page: '0', size: '25', sort: 'deadline',
    })
    expect(wrapper.findAll('[data-testid="recommendation-row"]').map((r) => r.attributes('data-id'))).toEqual(['32'])
    expect(wrapper.find('[data-testid="recommendation-total"]').text()).toBe('1 рекомендация')
    await router.replace({ name: 'recommendations', query: { overdue: '1' } })
    await settle()
    expect(server.to('GET', LIST).at(-1)?.url.searchParams.get('overdue')).toBe('true')
    expect(wrapper.findAll('[data-testid="recommendation-row"]').map((r) => r.attributes('data-id'))).toEqual(['32'])
    expect(wrapper.find('[data-testid="recommendation-overdue-total"]').text()).toBe('просрочено: 1')
    await click(q('filter-reset'))
    expect(router.currentRoute.value.fullPath).toBe('/recommendations')
  })

  it('sorts on the server: the deadline the other way round when its column is clicked', async () => {
    const { wrapper, server } = await render(ANALYST)
    const headers = wrapper.findAll('[data-testid="recommendation-table"] thead th')
    await headers.find((th) => th.text().includes('Срок'))!.trigger('click')
    await settle()
    expect(server.to('GET', LIST).at(-1)!.url.searchParams.get('sort')).toBe('-deadline')
    expect(headers.find((th) => th.text().includes('Адресат'))!.classes()).not.toContain('v-data-table__th--sortable')
  })

  it('lets the analyst issue one to a school found by name, then opens it', async () => {
    const { wrapper, server, router } = await render(ANALYST, { [`POST ${LIST}`]: json({ ...ISSUED, id: 34 }, 201) })
    await click(q('recommendation-issue'))
    expect(q('issue-dialog')).not.toBeNull()
    expect([...document.querySelectorAll('[data-testid^="issue-kind-"]')].map((e) => e.getAttribute('data-testid'))).toEqual([
      'issue-kind-SCHOOL', 'issue-kind-MUNICIPALITY', 'issue-kind-BODY',
    ])
    await click(q('issue-send'))
    expect(server.to('POST', LIST)).toHaveLength(0)
    expect(q('issue-school')!.textContent).toContain('Укажите адресата')
    expect(q('issue-text')!.textContent).toContain('Напишите рекомендацию')

    await pickSchool(wrapper, 'Гимназ', 'МБОУ «Гимназия № 1»')
    const searches = server.to('GET', '/api/v1/schools').map((r) => r.url.searchParams)
    expect(searches.some((p) => p.get('q') === 'Гимназ' && p.get('regionId') === '1')).toBe(true)
    typeInto('[data-testid="issue-basis"] input', 'Итоги ВПР 2026')
    typeInto('[data-testid="issue-text"] textarea', 'Провести семинар для учителей математики')
    typeInto('[data-testid="issue-deadline"] input', '2026-12-20')
    await settle()
    await click(q('issue-send'))
    expect(JSON.parse(server.to('POST', LIST)[0].body)).toEqual({
      addresseeKind: 'SCHOOL', schoolId: 6, basisKind: 'OTHER', basis: 'Итоги ВПР 2026', text: 'Провести семинар для учителей математики', deadline: '2026-12-20',
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/recommendations/34'), { timeout: 10000 })
  })

  it('opens the dialog filled in from a link and shows the server’s field errors next to the fields', async () => {
    const { server } = await render(
      ANALYST,
      {
        [`POST ${LIST}`]: problem({
          type: '/problems/validation', title: 'Ошибка в данных', status: 400, detail: 'Проверьте данные',
          errors: [{ field: 'analysisRunId', message: 'Анализ 3 не найден' }, { field: 'deadline', message: 'Срок не может быть в прошлом' }],
        }),
      },
      '/recommendations?issue=1&schoolId=5&analysisRunId=3',
    )
    expect(q('issue-dialog')).not.toBeNull()
    expect(server.to('GET', '/api/v1/schools/5')).toHaveLength(1)
    expect(document.querySelector<HTMLInputElement>('[data-testid="issue-analysis"] input')!.value).toBe('3')
    typeInto('[data-testid="issue-text"] textarea', 'Провести семинар')
    typeInto('[data-testid="issue-deadline"] input', '2020-01-01')
    await settle()
    await click(q('issue-send'))
    expect(JSON.parse(server.to('POST', LIST)[0].body)).toMatchObject({ addresseeKind: 'SCHOOL', schoolId: 5, basisKind: 'ANALYSIS', analysisRunId: 3 })
    expect(q('issue-analysis')!.textContent).toContain('Анализ 3 не найден')
    expect(q('issue-deadline')!.textContent).toContain('Срок не может быть в прошлом')
    expect(q('issue-message')!.textContent).toContain('Проверьте данные')
    expect(q('issue-dialog')).not.toBeNull()
  })

  it('offers a coordinator the municipality’s schools and bodies only', async () => {
    const { server } = await render(COORDINATOR)
    expect(q('filter-municipality')).toBeNull()
    await click(q('recommendation-issue'))
    expect(q('issue-kind-MUNICIPALITY')).toBeNull()
    expect(server.to('GET', '/api/v1/schools').at(-1)?.url.searchParams.get('municipalityId')).toBe('2')
    await click(q('issue-kind-BODY')!.querySelector('input'))
    document.querySelector('[data-testid="issue-body"] .v-field')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))
    await settle()
    const titles = [...document.querySelectorAll('.v-overlay--active [role="option"] .v-list-item-title')].map((e) => e.textContent?.trim())
    expect(titles).toEqual(['УО г. Керчи', 'МБУ ДПО «ИМЦ» г. Керчи'])
  })

  it('gives school staff no issue button and no municipality filter', async () => {
    const { wrapper } = await render(SCHOOL_STAFF, { [`GET ${LIST}`]: page([]) })
    expect(q('recommendation-issue')).toBeNull()
    expect(q('filter-municipality')).toBeNull()
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Когда вам дадут адресную рекомендацию')
  })
})
