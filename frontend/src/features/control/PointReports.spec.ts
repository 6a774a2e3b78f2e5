import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import PointReports from './PointReports.vue'
import type { ExecutionReport } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const BASE = '/api/v1/decisions/5/points/41/reports'
const SUBMITTED: ExecutionReport = {
  id: 77,
  assignmentId: 41,
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  author: 'school.kerch1',
  reportedAt: '2026-11-20T09:00:00Z',
  text: 'Программа перехода в эффективный режим утверждена',
  reviewStatus: 'SUBMITTED',
  files: [{ id: 300, name: 'programma.pdf', contentType: 'application/pdf', size: 2048 }],
}

async function render(canReview: boolean, review: Parameters<typeof fakeApi>[0][string] = json({ ...SUBMITTED, reviewStatus: 'ACCEPTED' })) {
  const server = fakeApi({ [`GET ${BASE}`]: json([SUBMITTED]), [`POST ${BASE}/77/review`]: review })
  const options = renderOptions({ path: '/control/decisions/5', me: COORDINATOR })
  await options.ready
  const wrapper = mount(PointReports, { props: { decisionId: 5, pointId: 41, canReview }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

const reviewBody = (server: Awaited<ReturnType<typeof render>>['server']) => JSON.parse(server.to('POST', `${BASE}/77/review`)[0].body)

describe('PointReports', () => {
  it('shows a school’s report with its file, and accepts it for the controller', async () => {
    const { wrapper, server } = await render(true)
    expect(wrapper.find('[data-testid="point-report-text"]').text()).toBe(SUBMITTED.text)
    expect(wrapper.find('[data-testid="evidence-file"]').text()).toContain('programma.pdf')
    expect(wrapper.find('[data-testid="report-review-status"]').text()).toBe('На проверке')

    await wrapper.find('[data-testid="review-accept"]').trigger('click')
    await settle()
    expect(reviewBody(server)).toEqual({ decision: 'ACCEPTED' })
    expect(wrapper.find('[data-testid="review-done"]').text()).toBe('Отчёт принят')
    expect(wrapper.emitted('reviewed')).toHaveLength(1)
    expect(server.to('GET', BASE)).toHaveLength(2)
  })

  it('returns a report only with a comment, and sends the comment', async () => {
    const { wrapper, server } = await render(true, json({ ...SUBMITTED, reviewStatus: 'RETURNED' }))
    await wrapper.find('[data-testid="review-return"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="review-actions"]').text()).toContain('Чтобы вернуть отчёт, напишите, что исправить')
    expect(server.to('POST', `${BASE}/77/review`)).toHaveLength(0)

    await wrapper.find('[data-testid="review-comment"] input').setValue('Приложите приказ об утверждении')
    await wrapper.find('[data-testid="review-return"]').trigger('click')
    await settle()
    expect(reviewBody(server)).toEqual({ decision: 'RETURNED', comment: 'Приложите приказ об утверждении' })
    expect(wrapper.find('[data-testid="review-done"]').text()).toBe('Отчёт возвращён')
  })

  it('shows the server’s refusal next to the report', async () => {
    const { wrapper } = await render(
      true,
      problem({ status: 403, title: 'Forbidden', detail: 'Принимать отчёты и продлевать сроки может тот, кто контролирует исполнение решения' }),
    )
    await wrapper.find('[data-testid="review-accept"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="review-actions"]').text()).toContain('может тот, кто контролирует исполнение решения')
    expect(wrapper.emitted('reviewed')).toBeUndefined()
  })

  it('offers no review to those who do not control the decision', async () => {
    const { wrapper } = await render(false)
    expect(wrapper.find('[data-testid="point-report"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="review-actions"]').exists()).toBe(false)
  })
})
