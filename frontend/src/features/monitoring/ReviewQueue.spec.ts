import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, page } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import ReviewQueue from './ReviewQueue.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('ReviewQueue', () => {
  it('asks for the submitted data, oldest first, and opens a school from its name', async () => {
    const server = fakeApi({
      'GET /api/v1/submissions': page([
        {
          campaignId: 7, campaignName: 'Ежегодный мониторинг по выявлению ШНОР', academicYear: '2026/2027', campaignStatus: 'OPEN',
          closesOn: '2026-12-20', schoolId: 6, schoolName: 'МБОУ «Гимназия №2»', municipalityName: 'Городской округ Керчь',
          status: 'SUBMITTED', submittedAt: '2026-10-01T09:00:00Z', overdue: false,
        },
      ]),
    })
    const options = renderOptions({ path: '/monitoring/review', me: COORDINATOR })
    await options.ready
    const wrapper = mount(ReviewQueue, { global: options.global, attachTo: document.body })
    await settle()

    expect(Object.fromEntries(server.to('GET', '/api/v1/submissions')[0].url.searchParams)).toEqual({
      page: '0', size: '25', sort: 'submittedAt', status: 'SUBMITTED',
    })
    const link = wrapper.find('[data-testid="review-link"]')
    expect(link.text()).toBe('МБОУ «Гимназия №2»')
    expect(link.attributes('href')).toBe('/monitoring/campaigns/7/schools/6')
    expect(wrapper.find('[data-testid="submission-status"]').text()).toBe('На проверке')

    // Clearing the status shows every school's data.
    wrapper.findAllComponents({ name: 'VSelect' })[0].vm.$emit('update:modelValue', null)
    await settle()
    expect(server.to('GET', '/api/v1/submissions').at(-1)!.url.searchParams.has('status')).toBe(false)
  })

  it('says when nothing waits for review', async () => {
    fakeApi({ 'GET /api/v1/submissions': page([]) })
    const options = renderOptions({ path: '/monitoring/review', me: COORDINATOR })
    await options.ready
    const wrapper = mount(ReviewQueue, { global: options.global, attachTo: document.body })
    await settle()
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Нет данных на проверке')
  })
})
