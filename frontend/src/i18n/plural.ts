/**
 * Russian plural forms for vue-i18n. With four forms the first is for zero
 * ("нет школ | {n} школа | {n} школы | {n} школ"); with three: one, few, many.
 */
export function russianPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice)
  const offset = choicesLength >= 4 ? 1 : 0
  if (offset && n === 0) return 0
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return offset
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return offset + 1
  return Math.min(offset + 2, choicesLength - 1)
}

/** English: optional zero form first, then one, other. */
export function englishPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice)
  if (choicesLength >= 4) return n === 0 ? 0 : n === 1 ? 1 : 2
  if (choicesLength === 3) return n === 0 ? 0 : n === 1 ? 1 : 2
  return n === 1 ? 0 : 1
}
