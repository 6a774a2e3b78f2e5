import { computed, ref, watch, type ComputedRef, type Ref, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'

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

/** The page sizes every server table offers. */
export const PAGE_SIZES = [10, 25, 50, 100]

/**
 * The API's `sort` parameter for a table's sort: `key` ascending, `-key` descending, comma-separated; none without a
 * sort. `field` names a column as the API does where the two differ.
 */
export function sortParam(sortBy: readonly TableSort[], field: (key: string) => string = (key) => key): string | undefined {
  return sortBy.map((s) => (s.order === 'desc' ? '-' : '') + field(s.key)).join(',') || undefined
}

/** Vuetify's sort, without the keys the server cannot sort by. */
export function tableSort(sortBy: TableOptions['sortBy'], sortable: (key: string) => boolean): TableSort[] {
  return (sortBy ?? []).filter((s) => sortable(s.key)).map((s) => ({ key: s.key, order: s.order === 'desc' ? 'desc' : 'asc' }))
}

/** The paging after the table reported its options: a new sort or page size starts again from the first page. */
export function nextPaging(
  current: { page: number; size: number; sortBy: readonly TableSort[] },
  options: TableOptions,
  sortable: (key: string) => boolean,
): { page: number; size: number; sortBy: TableSort[] } {
  const sortBy = tableSort(options.sortBy, sortable)
  const restart = JSON.stringify(sortBy) !== JSON.stringify(current.sortBy) || options.itemsPerPage !== current.size
  return { page: restart ? 1 : options.page, size: options.itemsPerPage, sortBy }
}

/** A read of one page of a list, as `useAsync` gives it. */
export interface PagedSource {
  data: Ref<{ total?: number } | undefined>
  loading: Ref<boolean>
  run: () => Promise<void>
}

/** The props and the options listener that every server table of the app takes, for `v-bind`. */
export interface TableBindings {
  page: number
  itemsPerPage: number
  itemsPerPageOptions: number[]
  sortBy: TableSort[]
  itemsLength: number
  loading: boolean
  loadingText: string
  'onUpdate:options': (options: TableOptions) => void
}

/**
 * The bindings of a server table whose paging lives elsewhere (e.g. in the URL): `paging` reads the current page,
 * page size and sort. Call it in a component's setup.
 */
export function useTableBindings(
  paging: () => { page: number; size: number; sortBy: TableSort[] },
  source: Pick<PagedSource, 'data' | 'loading'>,
  onOptions: (options: TableOptions) => void,
  pageSizes = PAGE_SIZES,
): ComputedRef<TableBindings> {
  const { t } = useI18n()
  return computed(() => {
    const { page, size, sortBy } = paging()
    return {
      page,
      itemsPerPage: size,
      itemsPerPageOptions: pageSizes,
      sortBy,
      itemsLength: source.data.value?.total ?? 0,
      loading: source.loading.value,
      loadingText: t('common.loading'),
      'onUpdate:options': onOptions,
    }
  })
}

export interface TablePaging {
  page: Ref<number>
  size: Ref<number>
  sortBy: Ref<TableSort[]>
  /** The API's `sort` parameter for the current sort. */
  sort: ComputedRef<string | undefined>
  onOptions: (options: TableOptions) => void
  /** The paging part of a list query: 0-based page, size and sort. */
  params: () => { page: number; size: number; sort?: string }
  /**
   * Reads `source` again whenever the page, its size or the sort change, and from the first page whenever one of
   * `filters` changes; returns the table's bindings. Call it in a component's setup.
   */
  bind: (source: PagedSource, filters?: WatchSource[], pageSizes?: number[]) => ComputedRef<TableBindings>
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
  const sort = computed(() => sortParam(sortBy.value))

  function onOptions(options: TableOptions) {
    const next = nextPaging({ page: page.value, size: size.value, sortBy: sortBy.value }, options, sortable)
    if (JSON.stringify(next.sortBy) !== JSON.stringify(sortBy.value)) sortBy.value = next.sortBy
    size.value = next.size
    page.value = next.page
  }

  const params = () => ({ page: page.value - 1, size: size.value, sort: sort.value })

  function bind(source: PagedSource, filters: WatchSource[] = [], pageSizes = PAGE_SIZES) {
    watch([page, size, sort], () => source.run())
    if (filters.length) {
      watch(filters, () => {
        if (page.value !== 1) page.value = 1
        else void source.run()
      })
    }
    return useTableBindings(() => ({ page: page.value, size: size.value, sortBy: sortBy.value }), source, onOptions, pageSizes)
  }

  return { page, size, sortBy, sort, onOptions, params, bind }
}
