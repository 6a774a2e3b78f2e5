import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { DefineComponent } from 'vue'
import { listOption } from '@/test/bodyFixtures'
import { renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import BodyField from './BodyField.vue'
import BodyPicker from './BodyPicker.vue'
import { ALL_SCHOOLS_LABEL, bodyOptions, type Body, type BodyRef } from './bodyRefs'

const BODIES: Body[] = [
  { id: 1, kind: 'MINISTRY', shortName: 'Минобразования Крыма', fullName: 'Министерство образования, науки и молодежи Республики Крым', regionName: 'Республика Крым' },
  { id: 4, kind: 'EDUCATION_AUTHORITY', shortName: 'УО г. Керчи', fullName: 'Управление образования Администрации города Керчи', municipalityId: 7, municipalityName: 'Городской округ Керчь' },
  { id: 5, kind: 'METHODOLOGICAL_CENTRE', shortName: 'МБУ ДПО «ИМЦ» г. Керчи', municipalityId: 7, municipalityName: 'Городской округ Керчь' },
]
const OPTIONS = bodyOptions(BODIES, 7)

afterEach(() => {
  document.body.innerHTML = ''
})

/** Mounts a picker whose v-model follows its updates, as a parent's would. */
async function mountWithModel<T>(component: typeof BodyPicker | typeof BodyField, props: Record<string, unknown>, initial: T) {
  const options = renderOptions()
  await options.ready
  const updates: T[] = []
  // Either picker; the props are checked by the tests' expectations, not by the compiler.
  const wrapper: VueWrapper = mount(component as unknown as DefineComponent, {
    global: options.global,
    attachTo: document.body,
    props: {
      ...props,
      modelValue: initial,
      'onUpdate:modelValue': async (v: T) => {
        updates.push(v)
        await wrapper.setProps({ modelValue: v })
      },
    },
  })
  await settle()
  return { wrapper, updates }
}

const menuItems = () => [...document.querySelectorAll('.v-overlay-container .v-overlay--active [role="option"] .v-list-item-title')].map((e) => e.textContent?.trim() ?? '')

describe('BodyPicker', () => {
  it('offers every school and the bodies, the municipality’s first, and finds them by any name', async () => {
    const { wrapper } = await mountWithModel(BodyPicker, { options: OPTIONS, label: 'Ответственные', allSchools: true }, [])
    const input = wrapper.find('input')
    await input.trigger('focus')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    const all = menuItems()
    expect(all).toEqual(['Все общеобразовательные организации', 'УО г. Керчи', 'МБУ ДПО «ИМЦ» г. Керчи', 'Минобразования Крыма'])
    await input.setValue('администрации города')
    await settle()
    expect(menuItems()).toHaveLength(1)
    expect(menuItems()[0]).toContain('УО г. Керчи')
  })

  it('sets the body and its name when one is picked, and every school from its option', async () => {
    const { wrapper, updates } = await mountWithModel<BodyRef[]>(BodyPicker, { options: OPTIONS, label: 'Ответственные', allSchools: true }, [])
    const input = wrapper.find('input')
    await input.trigger('focus')
    await input.setValue('Керчи')
    await settle()
    expect(menuItems()).toEqual(['УО г. Керчи', 'МБУ ДПО «ИМЦ» г. Керчи'])
    listOption('УО г. Керчи').click()
    await settle()
    expect(updates.at(-1)).toEqual([{ label: 'Управление образования Администрации города Керчи', bodyId: 4 }])
    expect(wrapper.find('[data-testid="body-chip"]').attributes('data-body-id')).toBe('4')

    await input.setValue('')
    await settle()
    listOption('Все общеобразовательные организации').click()
    await settle()
    expect(updates.at(-1)).toEqual([
      { label: 'Управление образования Администрации города Керчи', bodyId: 4 },
      { label: ALL_SCHOOLS_LABEL, allSchools: true },
    ])
  })

  it('takes text as the document writes it, «;» between bodies, for the server to read', async () => {
    const { wrapper, updates } = await mountWithModel<BodyRef[]>(BodyPicker, { options: OPTIONS, label: 'Ответственные' }, [{ label: 'Комитет', bodyId: 9 }])
    await wrapper.find('input').setValue('ИМЦ; ОО;')
    await settle()
    expect(updates.at(-1)).toEqual([{ label: 'Комитет', bodyId: 9 }, { label: 'ИМЦ' }, { label: 'ОО' }])
    expect(wrapper.findAll('[data-testid="body-chip"]').map((c) => c.text())).toEqual(['Комитет', 'ИМЦ', 'ОО'])
  })

  it('reads the person in parentheses of an assignee and keeps the label and the person editable', async () => {
    const { wrapper, updates } = await mountWithModel<BodyRef[]>(BodyPicker, { options: OPTIONS, label: 'Исполнители', withPerson: true, allSchools: true }, [])
    const input = wrapper.find('input')
    await input.setValue('Управлению образования (Димарцо Е.В.)')
    await input.trigger('keydown', { key: 'Enter' })
    await settle()
    expect(updates.at(-1)).toEqual([{ label: 'Управлению образования', person: 'Димарцо Е.В.' }])
    const row = wrapper.find('[data-testid="body-person-row"]')
    expect((row.find('[data-testid="body-person"] input').element as HTMLInputElement).value).toBe('Димарцо Е.В.')
    await row.find('[data-testid="body-label"] input').setValue('Управлению образования Администрации г.Керчи')
    await row.find('[data-testid="body-person"] input').setValue('Иванова И.И.')
    await settle()
    expect(updates.at(-1)).toEqual([{ label: 'Управлению образования Администрации г.Керчи', person: 'Иванова И.И.' }])
    expect(wrapper.find('[data-testid="body-chip"]').text()).toBe('Управлению образования Администрации г.Керчи (Иванова И.И.)')
  })
})

describe('BodyField', () => {
  it('picks one body, or keeps text as typed without a body', async () => {
    const { wrapper, updates } = await mountWithModel<BodyRef | null>(BodyField, { options: OPTIONS, label: 'Кто принял' }, null)
    const input = wrapper.find('input')
    await input.trigger('focus')
    await input.setValue('ИМЦ')
    await settle()
    expect(updates.at(-1)).toEqual({ label: 'ИМЦ' })
    await input.setValue('')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    listOption('МБУ ДПО «ИМЦ» г. Керчи').click()
    await settle()
    expect(updates.at(-1)).toEqual({ label: 'МБУ ДПО «ИМЦ» г. Керчи', bodyId: 5 })
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('МБУ ДПО «ИМЦ» г. Керчи')
    expect(wrapper.text()).toContain('Орган из справочника')
  })

  it('offers bodies only for the owner, showing the picked one by its short name', async () => {
    const { wrapper } = await mountWithModel<BodyRef | null>(BodyField, { options: OPTIONS, label: 'Ответственный орган', bodiesOnly: true }, { label: 'УО г. Керчи', bodyId: 4 })
    expect(wrapper.find('.v-autocomplete').exists()).toBe(true)
    expect(wrapper.find('.v-autocomplete__selection').text()).toBe('УО г. Керчи')
  })
})
