/**
 * Chooses among a message's plural forms by the language's CLDR rules (Intl.PluralRules). With four forms the first
 * is for zero ("нет школ | {n} школа | {n} школы | {n} школ"); the others follow the language's categories in
 * CLDR order: Russian one, few, many; English one, other. A category without a form of its own (Russian fractions)
 * takes the last one.
 */
function pluralChooser(tag: string, categories: readonly Intl.LDMLPluralRule[]) {
  const rules = new Intl.PluralRules(tag)
  return (choice: number, choicesLength: number): number => {
    const n = Math.abs(choice)
    const zeroForm = choicesLength > categories.length ? 1 : 0
    if (zeroForm && n === 0) return 0
    const index = categories.indexOf(rules.select(n))
    return Math.min(zeroForm + (index < 0 ? categories.length - 1 : index), choicesLength - 1)
  }
}

export const russianPlural = pluralChooser('ru', ['one', 'few', 'many'])
export const englishPlural = pluralChooser('en', ['one', 'other'])
