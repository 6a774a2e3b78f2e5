import type { FieldError, Problem } from './types'

/** The problem type of a write made on an outdated version of the record. */
export const STALE_VERSION = '/problems/stale-version'

/** Every failed API call ends up as this error: the RFC 9457 problem the server sent, or one made up for it. */
export class ApiProblem extends Error {
  readonly status: number
  readonly title: string
  readonly detail?: string
  readonly type?: string
  readonly errors: FieldError[]
  /** The whole problem body, with any extension members (e.g. `current` of a stale submission). */
  readonly body: Record<string, unknown>

  constructor(problem: Problem & { status: number }) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiProblem'
    this.status = problem.status
    this.title = problem.title ?? `HTTP ${problem.status}`
    this.detail = problem.detail ?? undefined
    this.type = problem.type ?? undefined
    this.errors = problem.errors ?? []
    this.body = { ...problem }
  }

  /** The record changed since the caller read it (409 with the problem type `/problems/stale-version`). */
  get stale(): boolean {
    return this.status === 409 && this.type === STALE_VERSION
  }

  /** Errors that name a field of the submitted body, by field name (first message wins). */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    for (const e of this.errors) {
      if (e.field && !(e.field in result)) result[e.field] = e.message ?? ''
    }
    return result
  }
}

/** True for a parsed application/problem+json body. */
export function isProblem(value: unknown): value is Problem & { status: number } {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  if (typeof v.status !== 'number') return false
  if (v.title !== undefined && typeof v.title !== 'string') return false
  if (v.errors !== undefined && !Array.isArray(v.errors)) return false
  return typeof v.title === 'string' || typeof v.type === 'string' || typeof v.detail === 'string'
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem
}

/** Turns whatever a failed response carried (problem JSON, other JSON, text, nothing) into an ApiProblem. */
export function toApiProblem(body: unknown, response: Response): ApiProblem {
  if (isProblem(body)) return new ApiProblem(body)
  const detail = typeof body === 'string' && body.trim() ? body.trim().slice(0, 500) : undefined
  return new ApiProblem({ status: response.status, title: response.statusText || `HTTP ${response.status}`, detail })
}

/** A network failure (server down, proxy error) as a problem, so that pages handle one error type. */
export function networkProblem(cause: unknown): ApiProblem {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return new ApiProblem({ status: 0, title: 'Network error', detail })
}
