import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { ApiProblem } from '@/services/api'
import { renderOptions } from '@/test/renderOptions'
import { useSubmit, type SubmitOptions } from './useSubmit'

/** The composable inside a component, as a form uses it (useProblemText needs the app's i18n). */
function setup(options: SubmitOptions = {}) {
  let form!: ReturnType<typeof useSubmit>
  mount(
    defineComponent({
      setup() {
        form = useSubmit(options)
        return () => null
      },
    }),
    { global: renderOptions().global },
  )
  return form
}

const stale = new ApiProblem({ status: 409, type: '/problems/stale-version', title: 'Conflict', detail: 'Запись изменена другим пользователем' })
const invalid = new ApiProblem({
  status: 400,
  title: 'Неверные данные',
  detail: 'Проверьте поля',
  errors: [{ field: 'name', message: 'Не может быть пустым' }],
})

describe('useSubmit', () => {
  it('sends once when the form is submitted again while the first is under way', async () => {
    const form = setup()
    let finish!: () => void
    const send = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const first = form.submit({ send })
    const second = form.submit({ send })
    expect(form.saving.value).toBe(true)
    finish()
    await Promise.all([first, second])
    expect(send).toHaveBeenCalledTimes(1)
    expect(form.saving.value).toBe(false)
  })

  it('does not send when the form’s own checks fail, and says so', async () => {
    const form = setup()
    const send = vi.fn(async () => {})
    await form.submit({ validate: () => ({ name: 'Обязательное поле' }), invalidMessage: 'Исправьте выделенные поля', send })
    expect(send).not.toHaveBeenCalled()
    expect(form.errors.value).toEqual({ name: 'Обязательное поле' })
    expect(form.message.value).toBe('Исправьте выделенные поля')
    expect(form.saving.value).toBe(false)
  })

  it('puts the field errors of a 400 at their fields and the detail over the form', async () => {
    const form = setup()
    await form.submit({ validate: () => ({}), send: () => Promise.reject(invalid) })
    expect(form.errors.value).toEqual({ name: 'Не может быть пустым' })
    expect(form.message.value).toBe('Проверьте поля')
  })

  it('hands a 409 to the stale hook instead of showing it', async () => {
    const onStale = vi.fn()
    const form = setup({ onStale })
    await form.submit({ send: () => Promise.reject(stale) })
    expect(onStale).toHaveBeenCalledWith(stale)
    expect(form.message.value).toBe('')
  })

  it('shows a 409 that the form does not take for stale like any other problem', async () => {
    const onStale = vi.fn()
    const form = setup({ onStale, isStale: (p) => /stale/.test(p.type ?? '') })
    const duplicate = new ApiProblem({ status: 409, title: 'Conflict', detail: 'Код уже занят' })
    await form.submit({ send: () => Promise.reject(duplicate) })
    expect(onStale).not.toHaveBeenCalled()
    expect(form.message.value).toBe('Код уже занят')
  })

  it('shows an error that is no problem as it is, and may be submitted again after a failure', async () => {
    const form = setup()
    await form.submit({ send: () => Promise.reject(new TypeError('boom')) })
    expect(form.message.value).toBe('TypeError: boom')
    expect(form.saving.value).toBe(false)

    const send = vi.fn(async () => {})
    await form.submit({ send })
    expect(send).toHaveBeenCalledTimes(1)
    expect(form.message.value).toBe('')
  })

  it('with the form’s own field names, shows a problem whose errors all found their fields at the fields only', async () => {
    const form = setup({ fieldOf: (f) => (f === 'input.name' ? 'name' : undefined), detailField: (p) => (/ИНН/.test(p.detail ?? '') ? 'inn' : undefined) })
    await form.submit({ send: () => Promise.reject(new ApiProblem({ status: 400, title: 'Bad', errors: [{ field: 'input.name', message: 'Пусто' }] })) })
    expect(form.errors.value).toEqual({ name: 'Пусто' })
    expect(form.message.value).toBe('')
    expect(form.problem.value).toBeUndefined()

    const taken = new ApiProblem({ status: 409, title: 'Conflict', detail: 'ИНН уже занят', errors: [{ field: 'other', message: 'x' }] })
    await form.submit({ send: () => Promise.reject(taken) })
    expect(form.errors.value).toEqual({ inn: 'ИНН уже занят' })
    expect(form.problem.value).toBe(taken)
    expect(form.message.value).toBe('ИНН уже занят')
  })
})
