import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/services/types'
import { fakeApi, json, problem, type SentRequest } from '@/test/fakeApi'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { ANALYST, renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import RecommendationCard from './RecommendationCard.vue'
import { DONE, ISSUED, OVERDUE } from './recommendationFixtures'
import type { Recommendation } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const MOVE = '/api/v1/recommendations/31/transitions'
/** As the server answers the addressee: the moves open to them from where it stands. */
const TO_ACCEPT = ['ACCEPTED']
const TO_REPORT = ['DONE', 'NOT_DONE']

async function render(me: Me, recommendation: Recommendation | (() => Response), routes: Parameters<typeof fakeApi>[0] = {}) {
  const server = fakeApi({
    [`GET /api/v1/recommendations/${typeof recommendation === 'function' ? 31 : recommendation.id}`]:
      typeof recommendation === 'function' ? recommendation : json(recommendation),
    ...routes,
  })
  const options = renderOptions({ path: `/recommendations/${typeof recommendation === 'function' ? 31 : recommendation.id}`, me })
  await options.ready
  const id = typeof recommendation === 'function' ? '31' : String(recommendation.id)
  const wrapper = mount(RecommendationCard, { props: { id }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}
const q = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
async function click(testid: string) {
  q(testid)!.click()
  await settle()
}
function type(text: string) {
  const area = document.querySelector<HTMLTextAreaElement>('[data-testid="recommendation-report-text"] textarea')!
  area.value = text
  area.dispatchEvent(new Event('input'))
}

describe('RecommendationCard', () => {
  it('lets the school accept it, then report it done with the report required', async () => {
    const moves: SentRequest[] = []
    const { wrapper, server } = await render(SCHOOL_STAFF, { ...ISSUED, actions: TO_ACCEPT }, {
      [`POST ${MOVE}`]: (req) => {
        moves.push(req)
        const body = JSON.parse(req.body)
        return body.to === 'ACCEPTED'
          ? json({ ...ISSUED, status: 'ACCEPTED', acceptedBy: 'school.kerch1', acceptedAt: '2026-11-21T09:00:00Z', version: 1, actions: TO_REPORT })
          : json({ ...ISSUED, status: 'DONE', report: body.report, reportedBy: 'school.kerch1', reportedAt: '2026-11-25T15:00:00Z', version: 2, actions: [] })
      },
    })
    expect(wrapper.find('[data-testid="recommendation-text"]').text()).toBe(ISSUED.text)
    expect(wrapper.find('[data-testid="recommendation-basis"]').text()).toBe('Анализ данных мониторинга, анализ № 3: ВПР 2026: слабая позиция по математике')
    expect(wrapper.find('[data-testid="recommendation-basis-link"]').attributes('href')).toBe('/monitoring/analyses/3/schools/5')
    expect(q('recommendation-done')).toBeNull()
    await click('recommendation-accept')
    expect(JSON.parse(moves[0].body)).toEqual({ to: 'ACCEPTED', version: 0 })
    expect(q('recommendation-notice')!.textContent).toContain('Рекомендация принята к исполнению')
    expect(q('recommendation-card')!.getAttribute('data-status')).toBe('ACCEPTED')
    expect(q('field-accepted')!.textContent).toContain('school.kerch1')

    await click('recommendation-done')
    await click('recommendation-report-send')
    expect(moves).toHaveLength(1)
    expect(q('recommendation-report-dialog')!.textContent).toContain('Напишите отчёт')
    type('  Семинар проведён 25.11.2026  ')
    await click('recommendation-report-send')
    expect(JSON.parse(moves[1].body)).toEqual({ to: 'DONE', version: 1, report: 'Семинар проведён 25.11.2026' })
    expect(q('recommendation-report-body')!.textContent).toBe('Семинар проведён 25.11.2026')
    expect(q('recommendation-actions')).toBeNull()
    expect(server.to('GET', '/api/v1/recommendations/31')).toHaveLength(1)
  })

  it('shows the issuer the report, and no actions', async () => {
    await render(ANALYST, DONE)
    expect(q('recommendation-report-body')!.textContent).toBe(DONE.report)
    expect(q('recommendation-report')!.textContent).toContain('school.kerch1')
    expect(q('recommendation-actions')).toBeNull()
    expect(q('recommendation-status')!.textContent?.trim()).toBe('Выполнена')
  })

  it('tells the issuer it waits for the addressee; marks an overdue one', async () => {
    await render(ANALYST, { ...OVERDUE, id: 31 })
    expect(q('recommendation-actions')).toBeNull()
    expect(q('recommendation-waiting')!.textContent).toContain('Адресат выполняет рекомендацию')
    expect(q('recommendation-overdue')!.textContent).toBe('просрочено')
  })

  it('lets the municipality’s coordinator report a body’s recommendation not done, the server’s message kept', async () => {
    const { server } = await render(COORDINATOR, { ...OVERDUE, id: 31, actions: TO_REPORT }, {
      [`POST ${MOVE}`]: problem({ type: '/problems/validation', title: 'Ошибка в данных', status: 400, detail: 'Проверьте данные', errors: [{ field: 'report', message: 'Объясните, почему не выполнено' }] }),
    })
    await click('recommendation-not-done')
    expect(q('recommendation-report-dialog')!.textContent).toContain('Почему не выполнено')
    type('  ')
    type('Нет финансирования')
    await click('recommendation-report-send')
    expect(JSON.parse(server.to('POST', MOVE)[0].body)).toEqual({ to: 'NOT_DONE', version: 1, report: 'Нет финансирования' })
    expect(q('recommendation-report-text')!.textContent).toContain('Объясните, почему не выполнено')
    expect(q('recommendation-report-message')!.textContent).toContain('Проверьте данные')
  })

  it('reloads it when someone else has just changed it', async () => {
    let reads = 0
    const { server } = await render(
      SCHOOL_STAFF,
      () => json(reads++ ? { ...ISSUED, status: 'ACCEPTED', acceptedBy: 'school.kerch1', version: 1, actions: TO_REPORT } : { ...ISSUED, actions: TO_ACCEPT }),
      { [`POST ${MOVE}`]: problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409, detail: 'Запись изменена другим пользователем' }) },
    )
    await click('recommendation-accept')
    expect(server.to('GET', '/api/v1/recommendations/31')).toHaveLength(2)
    expect(q('recommendation-failure')!.textContent).toContain('Рекомендацию только что изменили')
    expect(q('recommendation-done')).not.toBeNull()
  })

  it('shows the not-found page for a recommendation out of sight', async () => {
    await render(SCHOOL_STAFF, () => problem({ type: '/problems/not-found', title: 'Не найдено', status: 404, detail: 'Рекомендация 31 не найдена' }))
    expect(q('not-found')).not.toBeNull()
  })

  it('gives another school no actions', async () => {
    // The server lists no moves for a school the recommendation is not addressed to.
    await render({ ...SCHOOL_STAFF, schoolId: 6 }, { ...ISSUED, actions: [] })
    expect(q('recommendation-accept')).toBeNull()
    expect(q('recommendation-waiting')!.textContent).toContain('Ждёт, когда адресат примет её к исполнению')
  })

  it('shows no answer to a recommendation the server sent without actions', async () => {
    await render(SCHOOL_STAFF, { ...ISSUED, actions: undefined })
    expect(q('recommendation-actions')).toBeNull()
    expect(q('recommendation-waiting')).not.toBeNull()
  })
})
