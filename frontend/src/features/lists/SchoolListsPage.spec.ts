import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, page } from '@/test/fakeApi'
import { pick } from '@/test/pick'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolListsPage from './SchoolListsPage.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const LISTS = [
  { id: 12, regionId: 1, kind: 'LOW_RESULTS', year: 2021, title: 'Перечень ШНОР на 2021 год', status: 'APPROVED', included: 3, proposed: 4, orderNumber: '01-12/345', orderDate: '2021-01-15', version: 5 },
  { id: 13, regionId: 1, kind: 'UNFAVOURABLE_CONDITIONS', year: 2021, title: 'Перечень ШНСУ на 2021 год', status: 'DRAFT', included: 2, proposed: 2, version: 1 },
  { id: 10, regionId: 1, kind: 'LOW_RESULTS', year: 2020, title: 'Перечень ШНОР на 2020 год', status: 'APPROVED', included: 5, proposed: 5, orderNumber: '77', orderDate: '2020-01-20', version: 2 },
]

/** The server's filters by kind, year and status, on the three lists. */
async function render(me: Me = ANALYST) {
  const server = fakeApi({
    'GET /api/v1/school-lists': (req) => {
      const q = req.url.searchParams
      const found = LISTS.filter(
        (l) => (!q.get('kind') || l.kind === q.get('kind')) && (!q.get('year') || String(l.year) === q.get('year')) && (!q.get('status') || l.status === q.get('status')),
      )
      return page(found)
    },
  })
  const options = renderOptions({ path: '/lists', me })
  await options.ready
  const wrapper = mount(SchoolListsPage, { global: options.global, attachTo: document.body })
  await settle()
  return Object.assign(wrapper, { server })
}
const titles = (wrapper: Awaited<ReturnType<typeof render>>) => wrapper.findAll('[data-testid="list-link"]').map((a) => a.text())
const lastQuery = (wrapper: Awaited<ReturnType<typeof render>>) => Object.fromEntries(wrapper.server.to('GET', '/api/v1/school-lists').at(-1)!.url.searchParams)

describe('SchoolListsPage', () => {
  it('lists the lists by year and kind with their status, counts and order', async () => {
    const wrapper = await render()
    expect(lastQuery(wrapper)).toEqual({ page: '0', size: '25', sort: '-year,kind' })
    expect(titles(wrapper)).toEqual(['Перечень ШНОР на 2021 год', 'Перечень ШНСУ на 2021 год', 'Перечень ШНОР на 2020 год'])
    expect(wrapper.find('[data-testid="lists-total"]').attributes('data-total')).toBe('3')
    const first = wrapper.findAll('[data-testid="lists-table"] tbody tr')[0]
    expect(first.text()).toContain('ШНОР')
    expect(first.text()).toContain('Утверждён')
    expect(first.text()).toContain('3 из 4')
    expect(first.text()).toContain('Приказ № 01-12/345 от 15.01.2021')
    expect(wrapper.find('[data-testid="list-link"]').attributes('href')).toBe('/lists/12')
    expect(wrapper.find('[data-testid="list-new"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="rules-link"]').exists()).toBe(true)
  })

  it('filters by kind, year and status on the server', async () => {
    const wrapper = await render()
    await pick(wrapper.find('[data-testid="filter-kind"]'), '', 'Школы с низкими образовательными результатами (ШНОР)')
    expect(lastQuery(wrapper)).toMatchObject({ page: '0', kind: 'LOW_RESULTS' })
    expect(titles(wrapper)).toEqual(['Перечень ШНОР на 2021 год', 'Перечень ШНОР на 2020 год'])
    await pick(wrapper.find('[data-testid="filter-year"]'), '', '2020')
    expect(lastQuery(wrapper)).toMatchObject({ kind: 'LOW_RESULTS', year: '2020' })
    expect(titles(wrapper)).toEqual(['Перечень ШНОР на 2020 год'])
    await pick(wrapper.find('[data-testid="filter-status"]'), '', 'Проект')
    expect(lastQuery(wrapper)).toMatchObject({ kind: 'LOW_RESULTS', year: '2020', status: 'DRAFT' })
    expect(titles(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Перечней')
    await wrapper.find('[data-testid="reset-filters"]').trigger('click')
    await settle()
    expect(lastQuery(wrapper)).toEqual({ page: '0', size: '25', sort: '-year,kind' })
    expect(titles(wrapper)).toHaveLength(3)
  })

  it('gives school staff no drafting', async () => {
    const wrapper = await render(SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="list-new"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="rules-link"]').exists()).toBe(false)
  })
})
