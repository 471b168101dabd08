import type { Field } from 'payload'

/**
 * The dotted paths of a collection's or global's localized fields, as the database stores them:
 * named groups and tabs add a segment, rows, collapsibles and unnamed tabs do not. Fields inside a
 * localized field are not listed (the outer value holds them). Arrays and blocks with localized
 * fields inside are not used by this project's schema and are refused, so a new one is noticed.
 */
export function localizedPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if ('localized' in field && field.localized && 'name' in field) return [prefix + field.name]
    switch (field.type) {
      case 'group':
        return 'name' in field && field.name
          ? localizedPaths(field.fields, `${prefix}${field.name}.`)
          : localizedPaths(field.fields, prefix)
      case 'row':
      case 'collapsible':
        return localizedPaths(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? localizedPaths(tab.fields, `${prefix}${tab.name}.`)
            : localizedPaths(tab.fields, prefix),
        )
      case 'array':
      case 'blocks': {
        const inner =
          field.type === 'array'
            ? localizedPaths(field.fields, '')
            : field.blocks.flatMap((block) => localizedPaths(block.fields, ''))
        if (inner.length > 0)
          throw new Error(
            `${prefix}${field.name}: localized fields inside an array or blocks need their own migration`,
          )
        return []
      }
      default:
        return []
    }
  })
}
