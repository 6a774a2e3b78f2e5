import type { InjectionKey } from 'vue'
import type { AsyncState } from '@/composables/useAsync'
import type { Teacher } from './types'

/** The teacher of the page, read once by TeacherLayout, for its tabs (the card, and the other features' tabs). */
export interface TeacherContext {
  teacher: AsyncState<Teacher>
  reload: () => Promise<void>
}

export const TEACHER_KEY: InjectionKey<TeacherContext> = Symbol('teacher')
