import type { InjectionKey } from 'vue'

/** Inside a page that has its own title (a record's layout with tabs): the nested page's title is a second-level heading. */
export const NESTED_PAGE: InjectionKey<boolean> = Symbol('nested page')
