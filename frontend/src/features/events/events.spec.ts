import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { COORDINATOR } from '@/test/monitoringFixtures'
import { fakeApi, json, page, problem } from '@/test/fakeApi'
import { SCHOOL_STAFF, renderOptions } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import SchoolEvents from './SchoolEvents.vue'
import WorkEvents from './WorkEvents.vue'
import type { EventView } from './types'

afterEach(() => {
  document.body.innerHTML = ''
})

const VISIT: EventView = {
  id: 3,
  kind: 'VISIT',
  heldOn: '2026-10-14',
  place: 'МБОУ «Школа № 1»',
  findings: 'Проверена работа по устранению пробелов',
  lessonsObserved: 4,
  conclusions: 'Использовать задания ВПР',
  roadmapId: 7,
  roadmapTitle: 'План',
  measureId: 55,
  measureNumber: '2',
  measureText: 'Анализ результатов ВПР',
  schools: [{ id: 31, name: 'МБОУ СОШ №1' }],
  participants: [{ role: 'учитель математики', count: 3 }, { role: 'методист ИМЦ', name: 'Сидорова О.В.' }],
  files: [],
  regionId: 1,
  municipalityId: 2,
  createdBy: 'coord.kerch',
  version: 0,
  actions: ['edit', 'delete'],
}

const EVENTS = '/api/v1/roadmaps/7/measures/55/events'

describe('WorkEvents', () => {
  it('lists a measure’s events with the visit’s lessons and conclusions, and records a visit with schools and people by role', async () => {
    let recorded: EventView[] = [VISIT]
    const api = fakeApi({
      [`GET ${EVENTS}`]: () => json(recorded),
      [`POST ${EVENTS}`]: (r) => {
        const body = JSON.parse(r.body)
        const saved = { ...VISIT, id: 4, heldOn: body.heldOn, lessonsObserved: body.lessonsObserved, actions: ['edit', 'delete'] }
        recorded = [saved, VISIT]
        return json(saved, 201)
      },
      'GET /api/v1/schools': page([{ id: 31, shortName: 'МБОУ СОШ №1' }, { id: 32, shortName: 'Гимназия №2' }]),
    })
    const options = renderOptions({ path: '/plans/roadmaps/7', me: COORDINATOR })
    await options.ready
    const wrapper = mount(WorkEvents, {
      props: { owner: { roadmapId: 7, measureId: 55 }, what: 'мероприятие 2', kind: 'VISIT', canRecord: true, regionId: 1, municipalityId: 2 },
      global: options.global,
      attachTo: document.body,
    })
    await settle()
    const shown = wrapper.find('[data-testid="event"]')
    expect(shown.attributes('data-kind')).toBe('VISIT')
    expect(shown.text()).toContain('14.10.2026')
    expect(shown.text()).toContain('Выезд в школу')
    expect(shown.text()).toContain('посещено уроков: 4')
    expect(shown.text()).toContain('учитель математики — 3; методист ИМЦ (Сидорова О.В.)')
    expect(shown.text()).toContain('Выводы по итогам посещения: Использовать задания ВПР')

    await wrapper.find('[data-testid="event-record"]').trigger('click')
    await settle()
    const dialog = document.querySelector('[data-testid="event-form"]') as HTMLElement
    expect(dialog).not.toBeNull()
    const held = dialog.querySelector('[data-testid="event-held-on"] input') as HTMLInputElement
    held.value = '2026-11-02'
    held.dispatchEvent(new Event('input'))
    const lessons = dialog.querySelector('[data-testid="event-lessons"] input') as HTMLInputElement
    lessons.value = '6'
    lessons.dispatchEvent(new Event('input'))
    const role = dialog.querySelector('[data-testid="event-participant-role"] input') as HTMLInputElement
    role.value = 'директор'
    role.dispatchEvent(new Event('input'))
    const count = dialog.querySelector('[data-testid="event-participant-count"] input') as HTMLInputElement
    count.value = '1'
    count.dispatchEvent(new Event('input'))
    await settle()
    ;(document.querySelector('[data-testid="event-save"]') as HTMLElement).click()
    await settle()
    const sent = JSON.parse(api.to('POST', EVENTS)[0].body)
    expect(sent).toMatchObject({ kind: 'VISIT', heldOn: '2026-11-02', lessonsObserved: 6, participants: [{ role: 'директор', count: 1 }] })
    expect(wrapper.findAll('[data-testid="event"]')).toHaveLength(2)
  }, 60_000)

  it('offers no recording without the report action, and says so plainly when there are no events', async () => {
    fakeApi({ [`GET ${EVENTS}`]: json([]) })
    const options = renderOptions({ path: '/plans/roadmaps/7', me: SCHOOL_STAFF })
    await options.ready
    const wrapper = mount(WorkEvents, { props: { owner: { roadmapId: 7, measureId: 55 }, what: 'мероприятие 2' }, global: options.global })
    await settle()
    expect(wrapper.find('[data-testid="event-record"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="events-empty"]').text()).toBe('Событий пока не записано')
  })

  it('shows the server’s field errors in the dialog and keeps it open', async () => {
    fakeApi({
      [`GET ${EVENTS}`]: json([]),
      [`POST ${EVENTS}`]: problem({ status: 400, title: 'Ошибка', detail: 'Исправьте поля', errors: [{ field: 'schoolIds[0]', message: 'Школа 99 не входит в территорию' }] }),
      'GET /api/v1/schools': page([]),
    })
    const options = renderOptions({ path: '/plans/roadmaps/7', me: COORDINATOR })
    await options.ready
    const wrapper = mount(WorkEvents, {
      props: { owner: { roadmapId: 7, measureId: 55 }, what: 'мероприятие 2', kind: 'SEMINAR', canRecord: true },
      global: options.global,
      attachTo: document.body,
    })
    await settle()
    await wrapper.find('[data-testid="event-record"]').trigger('click')
    await settle()
    expect(document.querySelector('[data-testid="event-lessons"]')).toBeNull() // a seminar has no lessons observed
    ;(document.querySelector('[data-testid="event-save"]') as HTMLElement).click()
    await settle()
    expect(document.querySelector('[data-testid="event-schools"]')?.textContent).toContain('Школа 99 не входит в территорию')
    expect(document.querySelector('[data-testid="event-form"]')).not.toBeNull()
  })
})

describe('SchoolEvents', () => {
  it('shows the events naming the school with a link to their measure, and an empty text otherwise', async () => {
    const api = fakeApi({ 'GET /api/v1/events': page([VISIT]) })
    const options = renderOptions({ path: '/schools/31', me: SCHOOL_STAFF })
    await options.ready
    const wrapper = mount(SchoolEvents, { props: { schoolId: 31 }, global: options.global })
    await settle()
    expect(api.to('GET', '/api/v1/events')[0].url.searchParams.get('schoolId')).toBe('31')
    expect(wrapper.text()).toContain('1 событие')
    expect(wrapper.find('[data-testid="event-owner"]').text()).toContain('Мероприятие 2: Анализ результатов ВПР')

    fakeApi({ 'GET /api/v1/events': page([]) })
    const empty = mount(SchoolEvents, { props: { schoolId: 32 }, global: options.global })
    await settle()
    expect(empty.find('[data-testid="school-events-empty"]').text()).toContain('Со школой пока не проводили')
  })
})
