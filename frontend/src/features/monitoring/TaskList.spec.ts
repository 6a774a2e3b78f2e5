import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, page } from '@/test/fakeApi'
import { renderOptions, SCHOOL_STAFF } from '@/test/renderOptions'
import { settle } from '@/test/settle'
import TaskList from './TaskList.vue'
import type { SubmissionSummary } from './types'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const TASK: SubmissionSummary = {
  campaignId: 7,
  campaignName: 'Ежегодный мониторинг по выявлению ШНОР',
  academicYear: '2026/2027',
  campaignStatus: 'OPEN',
  closesOn: '2026-12-20',
  schoolId: 5,
  schoolName: 'МБОУ СОШ №1',
  municipalityName: 'Городской округ Керчь',
  status: 'NOT_STARTED',
  overdue: false,
}

async function openTasks(items: SubmissionSummary[]) {
  const server = fakeApi({ 'GET /api/v1/submissions': page(items) })
  const options = renderOptions({ path: '/monitoring/tasks', me: SCHOOL_STAFF })
  await options.ready
  const wrapper = mount(TaskList, { global: options.global, attachTo: document.body })
  await settle()
  return { wrapper, server }
}

describe('TaskList ("Мои задачи")', () => {
  it("lists the school's campaigns with status and deadline, the overdue one marked, nearest deadline first", async () => {
    const { wrapper, server } = await openTasks([
      { ...TASK, campaignId: 3, campaignName: 'Мониторинг 2025/2026', closesOn: '2025-12-20', status: 'RETURNED', overdue: true },
      TASK,
      { ...TASK, campaignId: 1, campaignName: 'Мониторинг 2024/2025', campaignStatus: 'PUBLISHED', status: 'ACCEPTED' },
    ])
    expect(Object.fromEntries(server.to('GET', '/api/v1/submissions')[0].url.searchParams)).toEqual({ page: '0', size: '25', sort: 'closesOn' })
    const rows = wrapper.findAll('[data-testid="task-table"] tbody tr')
    expect(rows[0].text()).toContain('Возвращено на доработку')
    expect(rows[0].find('[data-testid="overdue"]').text()).toBe('Просрочено')
    expect(rows[0].text()).toContain('20.12.2025')
    expect(rows[1].find('[data-testid="overdue"]').exists()).toBe(false)
    expect(rows[1].find('[data-testid="task-open"]').text()).toBe('Заполнить')
    expect(rows[1].find('[data-testid="task-link"]').attributes('href')).toBe('/monitoring/campaigns/7/schools/5')
    expect(rows[2].find('[data-testid="task-open"]').text()).toBe('Открыть')
  })

  it('says there is nothing to do when no campaign asks the school', async () => {
    const { wrapper } = await openTasks([])
    expect(wrapper.find('[data-testid="empty-state"]').text()).toContain('Задач нет')
  })
})
