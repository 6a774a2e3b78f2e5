import type { Me } from '@/services/types'
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/fakeApi'
import { CAMPAIGN, COORDINATOR, SUBMISSION, SUBMITTED } from '@/test/monitoringFixtures'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SubmissionPage from './SubmissionPage.vue'
import type { SubmissionView } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const BASE = '/api/v1/campaigns/7/schools/5/submission'
type Routes = Parameters<typeof fakeApi>[0]

async function openPage(routes: Routes, me: Me = SCHOOL_STAFF) {
  const server = fakeApi({ 'GET /api/v1/campaigns/7': json(CAMPAIGN), [`GET ${BASE}`]: json(SUBMISSION), ...routes })
  const options = renderOptions({ path: '/monitoring/campaigns/7/schools/5', me })
  await options.ready
  const wrapper = mount(SubmissionPage, { props: { campaignId: '7', schoolId: '5' }, global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

const input = (w: VueWrapper, code: string, part = 'value') => w.find(`[data-testid="input-${code}-${part}"] input`)
const field = (w: VueWrapper, code: string) => w.find(`[data-testid="value-${code}"]`)
const click = async (w: VueWrapper, testid: string) => {
  await w.find(`[data-testid="${testid}"]`).trigger('click')
  await settle()
}
/** The yes/no select of OBJ_OBSERVED, set as a click on its list item would. */
async function answerYes(w: VueWrapper) {
  w.findAllComponents({ name: 'VSelect' })[0].vm.$emit('update:modelValue', '1')
  await settle()
}

async function fillAll(w: VueWrapper) {
  await input(w, 'VPR_F2', 'numerator').setValue('5')
  await input(w, 'VPR_F2', 'denominator').setValue('40')
  await input(w, 'EGE_AVG_RU').setValue('71,5')
  await input(w, 'CTX_STUDENTS').setValue('922')
  await answerYes(w)
}

describe('SubmissionPage: the school fills in its data', () => {
  it('groups the indicators by category, with hint, unit and range, and computes the percent', async () => {
    const { wrapper } = await openPage({})
    expect(wrapper.find('[data-testid="category-RESULTS"]').text()).toContain('Результаты')
    expect(wrapper.find('[data-testid="category-RESULTS"] [data-testid="value-VPR_F2"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="category-CONTEXT"] [data-testid="value-CTX_STUDENTS"]').exists()).toBe(true)
    expect(field(wrapper, 'VPR_F2').text()).toContain('Отметки «2» к числу участников ВПР')
    expect(field(wrapper, 'VPR_F2').find('[data-testid="value-range"]').text()).toBe('от 0 до 100')
    expect(field(wrapper, 'CTX_STUDENTS').text()).toContain('чел.')

    await input(wrapper, 'VPR_F2', 'numerator').setValue('5')
    await input(wrapper, 'VPR_F2', 'denominator').setValue('40')
    expect(wrapper.find('[data-testid="percent-VPR_F2"]').text()).toBe('Доля: 12,5 %')
  })

  it('shows each rule broken next to its field and sends nothing', async () => {
    const { wrapper, server } = await openPage({ [`PUT ${BASE}`]: json(SUBMISSION) })
    await input(wrapper, 'VPR_F2', 'numerator').setValue('50')
    await input(wrapper, 'VPR_F2', 'denominator').setValue('40')
    await input(wrapper, 'CTX_STUDENTS').setValue('12.5')
    await input(wrapper, 'EGE_AVG_RU').setValue('120')
    await click(wrapper, 'submission-save')

    expect(server.to('PUT', BASE)).toHaveLength(0)
    expect(field(wrapper, 'VPR_F2').text()).toContain('Числитель не может быть больше знаменателя')
    expect(field(wrapper, 'CTX_STUDENTS').text()).toContain('Целое число не меньше 0')
    expect(field(wrapper, 'EGE_AVG_RU').text()).toContain('Не больше 100')
    expect(wrapper.find('[data-testid="submission-invalid"]').text()).toContain('3 поля с ошибками')

    // Correcting a field clears its message.
    await input(wrapper, 'CTX_STUDENTS').setValue('12')
    expect(field(wrapper, 'CTX_STUDENTS').text()).not.toContain('Целое число')
  })

  it('saves a partial draft, but submitting asks for every required value', async () => {
    const { wrapper, server } = await openPage({
      [`PUT ${BASE}`]: json({ ...SUBMISSION, status: 'DRAFT', version: 1, values: [{ indicatorId: 103, code: 'CTX_STUDENTS', value: 900 }] }),
    })
    await input(wrapper, 'CTX_STUDENTS').setValue('900')
    await click(wrapper, 'submission-save')

    const saved = server.to('PUT', BASE)
    expect(saved).toHaveLength(1)
    expect(JSON.parse(saved[0].body)).toEqual({ version: 0, values: [{ indicatorId: 103, value: 900 }] })
    expect(document.querySelector('[data-testid="submission-message"]')?.textContent).toContain('Черновик сохранён')

    await click(wrapper, 'submission-submit')
    expect(server.to('PUT', BASE)).toHaveLength(1)
    expect(server.to('POST', `${BASE}/submit`)).toHaveLength(0)
    expect(field(wrapper, 'VPR_F2').text()).toContain('Обязательное поле')
    expect(field(wrapper, 'OBJ_OBSERVED').text()).toContain('Обязательное поле')
    expect(field(wrapper, 'EGE_AVG_RU').text()).not.toContain('Обязательное поле')
  })

  it('submits: saves the values, then hands them in with the version the save returned', async () => {
    const { wrapper, server } = await openPage({
      [`PUT ${BASE}`]: json({ ...SUBMISSION, status: 'DRAFT', version: 1 }),
      [`POST ${BASE}/submit`]: json({ ...SUBMITTED, reviewable: false, version: 2 }),
    })
    await fillAll(wrapper)
    await click(wrapper, 'submission-submit')

    expect(JSON.parse(server.to('PUT', BASE)[0].body)).toEqual({
      version: 0,
      values: [
        { indicatorId: 101, numerator: 5, denominator: 40 },
        { indicatorId: 102, value: 71.5 },
        { indicatorId: 103, value: 922 },
        { indicatorId: 104, value: 1 },
      ],
    })
    expect(JSON.parse(server.to('POST', `${BASE}/submit`)[0].body)).toEqual({ version: 1 })
    expect(wrapper.find('[data-testid="submission-page"]').attributes('data-status')).toBe('SUBMITTED')
    expect(wrapper.find('[data-testid="submission-readonly"]').text()).toContain('ждут проверки')
    expect(wrapper.find('[data-testid="submission-form"]').exists()).toBe(false)
  })

  it("puts the server's errors at their fields (values[CODE].part)", async () => {
    const { wrapper } = await openPage({
      [`PUT ${BASE}`]: problem({
        type: '/problems/validation',
        title: 'Ошибка в данных',
        status: 400,
        errors: [
          { field: 'values[CTX_STUDENTS].value', message: 'Больше, чем обучающихся в реестре (922)' },
          { field: 'values[VPR_F2].denominator', message: 'Участников ВПР больше, чем обучающихся' },
        ],
      }),
    })
    await fillAll(wrapper)
    await click(wrapper, 'submission-save')

    expect(wrapper.find('[data-testid="input-CTX_STUDENTS-value"]').text()).toContain('Больше, чем обучающихся в реестре (922)')
    expect(wrapper.find('[data-testid="input-VPR_F2-denominator"]').text()).toContain('Участников ВПР больше, чем обучающихся')
    expect(wrapper.find('[data-testid="input-VPR_F2-numerator"]').text()).not.toContain('Участников')
    expect(wrapper.find('[data-testid="submission-error"]').exists()).toBe(false)
  })

  it('explains a stale version and loads the current state the server sent', async () => {
    const current: SubmissionView = {
      ...SUBMISSION,
      status: 'DRAFT',
      version: 5,
      values: [{ indicatorId: 103, code: 'CTX_STUDENTS', value: 800 }],
    }
    let puts = 0
    const { wrapper, server } = await openPage({
      [`PUT ${BASE}`]: () =>
        ++puts === 1
          ? problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409, detail: 'версия 0, текущая 5', current })
          : json({ ...current, version: 6 }),
    })
    await input(wrapper, 'CTX_STUDENTS').setValue('900')
    await click(wrapper, 'submission-save')

    expect(wrapper.find('[data-testid="submission-stale"]').text()).toContain('изменил кто-то другой')
    await click(wrapper, 'submission-load-current')
    expect(wrapper.find('[data-testid="submission-stale"]').exists()).toBe(false)
    expect((input(wrapper, 'CTX_STUDENTS').element as HTMLInputElement).value).toBe('800')

    await click(wrapper, 'submission-save')
    expect(JSON.parse(server.to('PUT', BASE)[1].body).version).toBe(5)
  })

  it("shows the reviewer's comment, each value's comment beside its value, and the history", async () => {
    const { wrapper } = await openPage({
      [`GET ${BASE}`]: json({
        ...SUBMITTED,
        status: 'RETURNED',
        editable: true,
        reviewable: false,
        reviewComment: 'Проверьте численность обучающихся',
        values: [
          { indicatorId: 103, code: 'CTX_STUDENTS', value: 9220, reviewComment: 'Лишний ноль?' },
          { indicatorId: 104, code: 'OBJ_OBSERVED', value: 1 },
        ],
        reviews: [
          ...(SUBMITTED.reviews ?? []),
          {
            action: 'RETURN',
            comment: 'Проверьте численность обучающихся',
            valueComments: { CTX_STUDENTS: 'Лишний ноль?' },
            actor: 'coord.kerch',
            occurredAt: '2026-10-02T09:00:00Z',
          },
        ],
      }),
    })
    expect(wrapper.find('[data-testid="submission-return-comment"]').text()).toBe('Проверьте численность обучающихся')
    expect(field(wrapper, 'CTX_STUDENTS').find('[data-testid="value-comment-CTX_STUDENTS"]').text()).toContain('Лишний ноль?')
    expect(field(wrapper, 'OBJ_OBSERVED').find('[data-testid^="value-comment"]').exists()).toBe(false)
    expect((input(wrapper, 'CTX_STUDENTS').element as HTMLInputElement).value).toBe('9220')
    const history = wrapper.find('[data-testid="submission-history"]').text()
    expect(history).toContain('Возвращено на доработку')
    expect(history).toContain('coord.kerch')
    expect(history).toContain('Численность обучающихся: Лишний ноль?')
  })
})

describe('SubmissionPage: the coordinator reviews', () => {
  it('will not return without a comment; sends the comment, per-value comments and the version', async () => {
    const { wrapper, server } = await openPage(
      {
        [`GET ${BASE}`]: json(SUBMITTED),
        [`POST ${BASE}/review`]: json({ ...SUBMITTED, status: 'RETURNED', reviewable: false, version: 5, reviewComment: 'Исправьте' }),
      },
      COORDINATOR,
    )
    expect(wrapper.find('[data-testid="value-text-VPR_F2"]').text()).toBe('12,5 % (5 из 40)')
    expect(wrapper.find('[data-testid="value-text-OBJ_OBSERVED"]').text()).toBe('Да')
    expect(wrapper.find('[data-testid="submission-form"]').exists()).toBe(false)

    await click(wrapper, 'review-return')
    expect(server.to('POST', `${BASE}/review`)).toHaveLength(0)
    expect(wrapper.find('[data-testid="review-comment"]').text()).toContain('Напишите, что нужно исправить')

    await wrapper.find('[data-testid="review-comment"] textarea').setValue('Исправьте')
    await wrapper.find('[data-testid="comment-CTX_STUDENTS"] input').setValue('Сверьте с реестром')
    await click(wrapper, 'review-return')

    const sent = server.to('POST', `${BASE}/review`)
    expect(sent).toHaveLength(1)
    expect(JSON.parse(sent[0].body)).toEqual({
      action: 'RETURN',
      comment: 'Исправьте',
      valueComments: { CTX_STUDENTS: 'Сверьте с реестром' },
      version: 4,
    })
    expect(wrapper.find('[data-testid="submission-page"]').attributes('data-status')).toBe('RETURNED')
    expect(wrapper.find('[data-testid="review-panel"]').exists()).toBe(false)
  })

  it('accepts with the version it read', async () => {
    const { wrapper, server } = await openPage(
      {
        [`GET ${BASE}`]: json(SUBMITTED),
        [`POST ${BASE}/review`]: json({ ...SUBMITTED, status: 'ACCEPTED', reviewable: false, version: 5 }),
      },
      COORDINATOR,
    )
    await click(wrapper, 'review-accept')
    expect(JSON.parse(server.to('POST', `${BASE}/review`)[0].body)).toEqual({ action: 'ACCEPT', version: 4 })
    expect(wrapper.find('[data-testid="submission-status"]').text()).toBe('Принято')
    expect(document.querySelector('[data-testid="submission-message"]')?.textContent).toContain('Данные приняты')
  })

  it('keeps what the reviewer wrote when the data changed meanwhile, and shows the current state', async () => {
    const current = { ...SUBMITTED, version: 6, values: [{ indicatorId: 103, code: 'CTX_STUDENTS', value: 900 }] }
    const { wrapper } = await openPage(
      {
        [`GET ${BASE}`]: json(SUBMITTED),
        [`POST ${BASE}/review`]: problem({ type: '/problems/stale-version', title: 'Данные уже изменены', status: 409, current }),
      },
      COORDINATOR,
    )
    await wrapper.find('[data-testid="review-comment"] textarea').setValue('Исправьте')
    await click(wrapper, 'review-return')

    expect(wrapper.find('[data-testid="review-stale"]').text()).toContain('Данные изменились')
    expect(wrapper.find('[data-testid="value-text-CTX_STUDENTS"]').text()).toBe('900 чел.')
    expect((wrapper.find('[data-testid="review-comment"] textarea').element as HTMLTextAreaElement).value).toBe('Исправьте')
  })

  it('says so when another reviewer decided first, and shows their decision', async () => {
    const current = { ...SUBMITTED, status: 'ACCEPTED' as const, reviewable: false, version: 5, reviewedBy: 'analyst.crimea' }
    const { wrapper } = await openPage(
      {
        [`GET ${BASE}`]: json(SUBMITTED),
        [`POST ${BASE}/review`]: problem({
          type: '/problems/conflict', title: 'Конфликт', status: 409,
          detail: 'Данные принято; это действие возможно, когда они отправлено на проверку', current,
        }),
      },
      COORDINATOR,
    )
    await wrapper.find('[data-testid="review-comment"] textarea').setValue('Исправьте')
    await click(wrapper, 'review-return')
    expect(wrapper.find('[data-testid="review-stale"]').text()).toContain('это действие возможно, когда они отправлено на проверку')
    expect(wrapper.find('[data-testid="submission-status"]').text()).toBe('Принято')
    expect(wrapper.find('[data-testid="review-panel"]').exists()).toBe(false)
  })
})
