import type { Me } from '@/services/types'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, page, problem, type SentRequest } from '@/test/fakeApi'
import { FEODOSIA, KERCH, SCHOOL_1 } from '@/test/fixtures'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolRegistry from './SchoolRegistry.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

type Routes = Parameters<typeof fakeApi>[0]

async function openList(path: string, routes: Routes = {}, me?: Me) {
  const server = fakeApi({
    'GET /api/v1/schools': page([SCHOOL_1], 1),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
    ...routes,
  })
  const options = renderOptions({ path, me })
  await options.ready
  const wrapper = mount(SchoolRegistry, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server, router: options.router }
}

const params = (r: SentRequest) => Object.fromEntries(r.url.searchParams)

describe('SchoolRegistry', () => {
  it('asks the API for exactly the view in the URL', async () => {
    const { server } = await openList('/schools?municipalityId=2&type=SECONDARY&settlement=URBAN&sort=-pupils&page=2&size=10&q=Садовая')
    const lists = server.to('GET', '/api/v1/schools')
    expect(lists).toHaveLength(1)
    expect(params(lists[0])).toEqual({
      municipalityId: '2',
      type: 'SECONDARY',
      settlement: 'URBAN',
      sort: '-pupils',
      page: '1',
      size: '10',
      q: 'Садовая',
    })
  })

  it('puts a typed search into the URL after a pause, back on page 1, and reloads', async () => {
    const { wrapper, server, router } = await openList('/schools?page=3')
    await wrapper.find('[data-testid="filter-q"] input').setValue('гимназия')
    expect(router.currentRoute.value.query.q).toBeUndefined()

    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'гимназия' }), { timeout: 10000 })
    await settle()
    const last = server.to('GET', '/api/v1/schools').at(-1)!
    expect(params(last)).toMatchObject({ q: 'гимназия', page: '0' })
  })

  it('shows the empty state and resets the filters', async () => {
    const { wrapper, router } = await openList('/schools?type=LYCEUM&q=нет', { 'GET /api/v1/schools': page([], 0) })
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Школы не найдены')

    await wrapper.find('[data-testid="reset-filters"]').trigger('click')
    await settle()
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('shows an error with a retry that loads again', async () => {
    let calls = 0
    const { wrapper } = await openList('/schools', {
      'GET /api/v1/schools': () =>
        ++calls === 1
          ? problem({ type: '/problems/internal', title: 'Ошибка сервера', status: 500, detail: 'База данных недоступна' })
          : page([SCHOOL_1], 1),
    })
    expect(wrapper.find('[data-testid="error-state"]').text()).toContain('База данных недоступна')

    await wrapper.find('[data-testid="retry"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="error-state"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="school-link"]').text()).toBe('МБОУ СОШ №1')
  })

  it('offers import and creation to an analyst but not to school staff', async () => {
    const analyst = await openList('/schools')
    expect(analyst.wrapper.find('[data-testid="import-open"]').exists()).toBe(true)
    expect(analyst.wrapper.find('[data-testid="school-add"]').exists()).toBe(true)
    analyst.wrapper.unmount()

    const staff = await openList('/schools', {}, SCHOOL_STAFF)
    expect(staff.wrapper.find('[data-testid="import-open"]').exists()).toBe(false)
    expect(staff.wrapper.find('[data-testid="school-add"]').exists()).toBe(false)
    expect(staff.wrapper.find('[data-testid="export-csv"]').exists()).toBe(true)
  })
})
