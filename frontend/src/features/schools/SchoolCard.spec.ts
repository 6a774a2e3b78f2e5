import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { SCHOOL_1 } from '@/test/fixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
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
    const { wrapper, server } = await openCard('5', { 'GET /api/v1/schools/5': json(SCHOOL_1) }, SCHOOL_STAFF)
    expect(wrapper.find('[data-testid="school-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="school-history"]').exists()).toBe(false)
    expect(server.to('GET', '/api/v1/audit')).toHaveLength(0)
  })
})
