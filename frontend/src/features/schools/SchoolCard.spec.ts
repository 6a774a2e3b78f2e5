import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { SCHOOL_1 } from '@/test/fixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import { PROFILE } from '@/features/risk/riskFixtures'
import SchoolCard from './SchoolCard.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function openCard(id: string, routes: Parameters<typeof fakeApi>[0], me = ANALYST) {
  const server = fakeApi(routes)
  const options = renderOptions({ path: `/schools/${id}`, me })
  await options.ready
  const wrapper = mount(SchoolCard, { props: { id }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

/** The school as the server answers its own staff: they edit its profile, they do not move it. */
const OWN_SCHOOL = { ...SCHOOL_1, actions: ['edit'] }

describe('SchoolCard', () => {
  it('shows the not-found page for a school outside the scope (404)', async () => {
    const { wrapper } = await openCard('6', {
      'GET /api/v1/schools/6': problem({ type: '/problems/not-found', title: 'Не найдено', status: 404, detail: 'Школа 6 не найдена' }),
    }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="not-found"]').text()).toContain('Страница не найдена')
    expect(wrapper.find('[data-testid="school-card"]').exists()).toBe(false)
  })

  it('shows the profile in Russian with links and the change history for an analyst', async () => {
    const { wrapper, server } = await openCard('5', {
      'GET /api/v1/schools/5': json(SCHOOL_1),
      'GET /api/v1/audit': page([
        {
          id: 1,
          occurredAt: '2025-01-11T10:30:00Z',
          actor: 'analyst.crimea',
          action: 'UPDATE',
          entityType: 'School',
          entityId: 5,
          entityLabel: 'МБОУ СОШ №1',
          changes: [
            { field: 'pupils', from: 900, to: 922 },
            { field: 'type', from: 'BASIC', to: 'SECONDARY' },
          ],
        },
      ]),
    })
    expect(wrapper.find('[data-testid="field-type"]').text()).toBe('Средняя школа (СОШ)')
    expect(wrapper.find('[data-testid="field-settlement"]').text()).toBe('Городская')
    expect(wrapper.find('[data-testid="school-municipality-link"]').attributes('href')).toBe('/municipalities/2')
    expect(wrapper.find('[data-testid="school-region-link"]').attributes('href')).toBe('/regions/1')
    expect(wrapper.find('[data-testid="school-edit"]').exists()).toBe(true)

    const audit = server.to('GET', '/api/v1/audit')[0]
    expect(Object.fromEntries(audit.url.searchParams)).toMatchObject({ entityType: 'School', entityId: '5' })
    const history = wrapper.find('[data-testid="school-history"]').text()
    expect(history).toContain('Обучающихся: 900 → 922')
    expect(history).toContain('Тип: Основная школа (ООШ) → Средняя школа (СОШ)')
  })

  it('lets school staff edit their own school, without the audit history', async () => {
    const { wrapper, server } = await openCard('5', { 'GET /api/v1/schools/5': json(OWN_SCHOOL) }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="school-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="school-history"]').exists()).toBe(false)
    expect(server.to('GET', '/api/v1/audit')).toHaveLength(0)
  })

  it('offers no «Изменить» on a school the server lists no edit for', async () => {
    const { wrapper } = await openCard('5', { 'GET /api/v1/schools/5': json({ ...SCHOOL_1, actions: [] }) }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="school-card"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="school-edit"]').exists()).toBe(false)
  })

  it('shows the lists the school was on and its risk profile, with the assessment for the school’s own staff', async () => {
    const { wrapper } = await openCard('5', {
      'GET /api/v1/schools/5': json(OWN_SCHOOL),
      'GET /api/v1/schools/5/lists': json([
        {
          listId: 12,
          title: 'Перечень ШНОР на 2021 год',
          kind: 'LOW_RESULTS',
          year: 2021,
          status: 'APPROVED',
          included: true,
          source: 'RULE',
          reason: 'Правило выполняется 2 года подряд: VPR_F2 = 25 (≥ 15)',
          orderNumber: '01-12/345',
          orderDate: '2021-01-15',
        },
      ]),
      'GET /api/v1/schools/5/risk-profile': json(PROFILE),
    }, SCHOOL_STAFF)
    const item = wrapper.find('[data-testid="school-list-item"][data-list="12"]')
    expect(item.attributes('data-included')).toBe('true')
    expect(item.text()).toContain('Перечень ШНОР на 2021 год')
    expect(item.text()).toContain('Утверждён')
    expect(item.text()).toContain('по правилу')
    expect(item.text()).toContain('Приказ № 01-12/345 от 15.01.2021')
    expect(item.find('[data-testid="school-list-link"]').attributes('href')).toBe('/lists/12')
    expect(wrapper.findAll('[data-testid="risk-factor"]')).toHaveLength(3)
    await wrapper.find('[data-testid="risk-factor"] .v-expansion-panel-title').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="risk-confirm"]').exists()).toBe(true)
  })

  it('shows school staff of another school no assessment actions', async () => {
    const { wrapper } = await openCard('6', {
      // The server lists nothing they may do with another school or its profile.
      'GET /api/v1/schools/6': json({ ...SCHOOL_1, id: 6, actions: [] }),
      'GET /api/v1/schools/6/lists': json([]),
      'GET /api/v1/schools/6/risk-profile': json({ ...PROFILE, schoolId: 6, actions: [] }),
    }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="school-lists-empty"]').text()).toBe('Школа не предлагалась в перечни ШНОР и ШНСУ')
    await wrapper.find('[data-testid="risk-factor"] .v-expansion-panel-title').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="risk-confirm"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="risk-correct"]').exists()).toBe(false)
  })
})
