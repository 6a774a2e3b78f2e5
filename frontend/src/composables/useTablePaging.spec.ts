import { describe, expect, it } from 'vitest'
import { sortParam, useTablePaging } from './useTablePaging'

describe('useTablePaging', () => {
  it('goes to the page asked for while the sort and the page size stay', () => {
    const t = useTablePaging({ sortBy: [{ key: 'name', order: 'asc' }], sortable: (k) => k === 'name' })
    t.onOptions({ page: 3, itemsPerPage: 25, sortBy: [{ key: 'name', order: 'asc' }] })
    expect(t.page.value).toBe(3)
  })

  it('starts again from the first page on a new sort or a new page size, and drops keys the server cannot sort by', () => {
    const t = useTablePaging({ sortBy: [{ key: 'name', order: 'asc' }], sortable: (k) => k === 'name' })
    t.onOptions({ page: 4, itemsPerPage: 25, sortBy: [{ key: 'name', order: 'asc' }] })
    t.onOptions({ page: 4, itemsPerPage: 25, sortBy: [{ key: 'name', order: 'desc' }, { key: 'actions', order: 'asc' }] })
    expect(t.sortBy.value).toEqual([{ key: 'name', order: 'desc' }])
    expect(t.page.value).toBe(1)
    t.onOptions({ page: 2, itemsPerPage: 25, sortBy: [{ key: 'name', order: 'desc' }] })
    t.onOptions({ page: 2, itemsPerPage: 50, sortBy: [{ key: 'name', order: 'desc' }] })
    expect(t.size.value).toBe(50)
    expect(t.page.value).toBe(1)
  })

  it('without sortable keys pages only', () => {
    const t = useTablePaging()
    t.onOptions({ page: 2, itemsPerPage: 25, sortBy: [{ key: 'occurredAt', order: 'desc' }] })
    expect(t.sortBy.value).toEqual([])
    expect(t.page.value).toBe(2)
  })

  it('gives the API its sort: the key, a minus before it for descending, none without a sort', () => {
    expect(sortParam([{ key: 'year', order: 'desc' }, { key: 'kind', order: 'asc' }])).toBe('-year,kind')
    expect(sortParam([{ key: 'schoolName', order: 'asc' }], (key) => (key === 'schoolName' ? 'name' : key))).toBe('name')
    expect(sortParam([])).toBeUndefined()
  })
})
