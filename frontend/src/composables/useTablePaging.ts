import { ref, type Ref } from 'vue'

export interface TableSort {
  key: string
  order: 'asc' | 'desc'
}

/** What `v-data-table-server` reports in `update:options`. */
export interface TableOptions {
  page: number
  itemsPerPage: number
  sortBy?: { key: string; order?: boolean | 'asc' | 'desc' }[]
}

export interface TablePaging {
  page: Ref<number>
  size: Ref<number>
  sortBy: Ref<TableSort[]>
  onOptions: (options: TableOptions) => void
}

/**
 * The page, page size and sort of a server table. A new sort or page size starts again from the first page; sort
 * keys the server cannot sort by are left out (without `sortable`, the table sorts by nothing).
 */
export function useTablePaging(initial: { sortBy?: TableSort[]; sortable?: (key: string) => boolean } = {}): TablePaging {
  const page = ref(1)
  const size = ref(25)
  const sortBy = ref<TableSort[]>(initial.sortBy ?? [])
  const sortable = initial.sortable ?? (() => false)

  function onOptions(options: TableOptions) {
    const next = (options.sortBy ?? []).filter((s) => sortable(s.key)).map((s) => ({ key: s.key, order: s.order === 'desc' ? ('desc' as const) : ('asc' as const) }))
    if (JSON.stringify(next) !== JSON.stringify(sortBy.value)) {
      sortBy.value = next
      page.value = 1
    } else if (options.itemsPerPage !== size.value) {
      size.value = options.itemsPerPage
      page.value = 1
    } else {
      page.value = options.page
    }
  }

  return { page, size, sortBy, onOptions }
}
