/**
 * The fields of a published data set: one definition gives the CSV header, the JSON keys, the
 * Frictionless Table Schema of the descriptor and the Ukrainian explanation on the data set's page.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime'

export type FieldDef = {
  name: string
  type: FieldType
  /** Ukrainian title and meaning, shown on the data set's page and put in the descriptor. */
  title: string
  description: string
  /** Several values: a JSON array, and in CSV one cell with the values separated by «; ». */
  list?: boolean
  required?: boolean
  format?: 'uri' | 'email'
}

export type Cell = string | number | boolean | null | string[]
export type Row = Record<string, Cell>

/** Separator of several values in one CSV cell. */
export const LIST_SEPARATOR = '; '

export const field = (
  name: string,
  type: FieldType,
  title: string,
  description: string,
  extra: Partial<Pick<FieldDef, 'list' | 'required' | 'format'>> = {},
): FieldDef => ({ name, type, title, description, ...extra })

/** The Frictionless Table Schema field of a definition, for CSV (lists as text) or JSON. */
export function tableField(def: FieldDef, format: 'csv' | 'json'): Record<string, unknown> {
  const type = def.list ? (format === 'json' ? 'array' : 'string') : def.type
  return {
    name: def.name,
    type,
    title: def.title,
    description:
      def.list && format === 'csv'
        ? `${def.description} Кілька значень розділено «${LIST_SEPARATOR.trim()}».`
        : def.description,
    ...(def.format && !def.list ? { format: def.format } : {}),
    ...(def.required ? { constraints: { required: true } } : {}),
  }
}
