import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, page } from '@/test/fakeApi'
import { FEODOSIA, KERCH } from '@/test/fixtures'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { pick } from '@/test/pick'
import { ANALYST, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import type { Me } from '@/services/types'
import PartnershipList from './PartnershipList.vue'
import { AGREED, SUBMITTED } from './partnershipFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function render(me: Me = ANALYST) {
  const server = fakeApi({
    'GET /api/v1/partnerships': page([AGREED, { ...SUBMITTED, id: 32, weakSchoolName: 'МБОУ СОШ №2', partnerMunicipalityName: 'Городской округ Феодосия' }], 27),
    'GET /api/v1/municipalities': page([KERCH, FEODOSIA]),
    'GET /api/v1/partnerships/plan': new Response('xlsx', {
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="partnership-plan-2026-11-24.xlsx"' },
    }),
  })
  const options = renderOptions({ path: '/partnerships', me })
  await options.ready
  const wrapper = mount(PartnershipList, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('PartnershipList', () => {
  it('lists a page of the partnerships, the latest changed first, with their status and the overdue plan', async () => {
    const { wrapper, server } = await render()
    expect(Object.fromEntries(server.to('GET', '/api/v1/partnerships')[0].url.searchParams)).toEqual({ page: '0', size: '25', sort: '-updatedAt' })
    expect(wrapper.find('[data-testid="partnerships-total"]').attributes('data-total')).toBe('27')
    expect(wrapper.find('[data-testid="partnerships-total"]').text()).toBe('27 партнёрств')
    const rows = wrapper.findAll('[data-testid="partnership-table"] tbody tr')
    expect(rows[0].text()).toContain('МБОУ СОШ №1')
    expect(rows[0].find('[data-testid="partnership-overdue"]').text()).toBe('План просрочен')
    expect(rows[0].text()).toContain('№ 17-П от 05.10.2026')
    expect(rows[1].text()).toContain('Городской округ Феодосия')
    expect(rows[1].find('[data-testid="partnership-overdue"]').exists()).toBe(false)
    expect(rows[0].find('[data-testid="partnership-link"]').attributes('href')).toBe('/partnerships/31')
  })

  it('filters by status and municipality on the server, and downloads the combined plan for the municipality', async () => {
    const { wrapper, server } = await render()
    await pick(wrapper.find('[data-testid="filter-status"]'), '', 'План на согласовании')
    await pick(wrapper.find('[data-testid="filter-municipality"]'), 'Керч', 'Городской округ Керчь')
    expect(Object.fromEntries(server.to('GET', '/api/v1/partnerships').at(-1)!.url.searchParams)).toEqual({
      page: '0', size: '25', sort: '-updatedAt', status: 'PLAN_SUBMITTED', municipalityId: '2',
    })
    URL.createObjectURL = vi.fn(() => 'blob:plan')
    URL.revokeObjectURL = vi.fn()
    await wrapper.find('[data-testid="partnership-export"]').trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/partnerships/plan')[0].url.searchParams.get('municipalityId')).toBe('2')
    expect(wrapper.find('[data-testid="partnership-export-error"]').exists()).toBe(false)
  })

  it('sorts on the server by the column clicked and turns the page there', async () => {
    const { wrapper, server } = await render()
    const headers = wrapper.findAll('[data-testid="partnership-table"] thead th')
    const partner = headers.find((th) => th.text().includes('Школа-партнёр'))!
    await partner.trigger('click')
    await settle()
    expect(server.to('GET', '/api/v1/partnerships').at(-1)!.url.searchParams.get('sort')).toBe('partnerSchoolName')
    const agreement = headers.find((th) => th.text().includes('Соглашение'))!
    expect(agreement.classes()).not.toContain('v-data-table__th--sortable')
    await wrapper.find('[data-testid="partnership-table"] .v-pagination__next button').trigger('click')
    await settle()
    expect(Object.fromEntries(server.to('GET', '/api/v1/partnerships').at(-1)!.url.searchParams)).toEqual({ page: '1', size: '25', sort: 'partnerSchoolName' })
  })

  it('gives a coordinator no municipality to choose', async () => {
    const { wrapper } = await render(COORDINATOR)
    expect(wrapper.find('[data-testid="filter-municipality"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="partnership-export"]').exists()).toBe(true)
  })
})
