const rules = new Intl.PluralRules('uk-UA')
const numbers = new Intl.NumberFormat('uk-UA')

/** Forms of a Ukrainian noun after numbers: 1 новина, 2 новини, 5 новин, 1,5 новини. */
export type PluralForms = { one: string; few: string; many: string; other?: string }

/** "3 бібліотеки", "15 бібліотек", with the number formatted for uk-UA and a non-breaking space. */
export function plural(count: number, forms: PluralForms): string {
  const category = rules.select(count)
  const word =
    category === 'one'
      ? forms.one
      : category === 'few'
        ? forms.few
        : category === 'many'
          ? forms.many
          : (forms.other ?? forms.few)
  return `${numbers.format(count)}\u00a0${word}`
}
