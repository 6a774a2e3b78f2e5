import type { RouteLocationRaw } from 'vue-router'
import type { WorkItem } from './types'

/** Nearest due first (the server sends them so; kept stable here): overdue ones first, then by date, undated last. */
export function byDue(items: WorkItem[]): WorkItem[] {
  return [...items].sort((a, b) => {
    if (Boolean(a.overdue) !== Boolean(b.overdue)) return a.overdue ? -1 : 1
    if (!a.due || !b.due) return a.due ? -1 : b.due ? 1 : 0
    return a.due.localeCompare(b.due)
  })
}

/**
 * Where a work item lives: its roadmap's measure, its decision's point, the recommendation itself, the roadmap reported on,
 * or the further training of the teacher (the school's, for a coordinator's item of a whole school).
 */
export function workLink(item: WorkItem): RouteLocationRaw {
  if (item.type === 'RECOMMENDATION') return { name: 'recommendation', params: { id: item.itemId ?? item.planId ?? 0 } }
  if (item.type === 'TRAINING_DUE' || item.type === 'CATEGORY_EXPIRES') {
    return item.teacherId != null
      ? { name: 'teacher-training', params: { id: item.teacherId } }
      : { name: 'school-training', params: { id: item.schoolId ?? item.planId ?? 0 } }
  }
  // a route step: the teacher's routes are found from the route; the link names the route, the page lists the teacher's
  if (item.type === 'ROUTE_STEP') return { name: 'individual-route', params: { id: item.planId ?? 0 } }
  if (item.type === 'ANNUAL_REPORT') return { name: 'roadmap', params: { id: item.planId ?? 0 } }
  return item.type === 'MEASURE'
    ? { name: 'roadmap', params: { id: item.planId ?? 0 }, hash: `#measure-${item.itemId}` }
    : { name: 'decision', params: { id: item.planId ?? 0 }, hash: `#point-${item.itemId}` }
}
