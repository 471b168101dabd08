import { parse } from 'csv-parse/sync'

/**
 * A small validator of Frictionless Table Schemas, enough for the types our data sets use: every
 * row of a CSV or JSON file is checked against the schema its descriptor gives it. Returns the
 * problems, naming the file, row and field; an empty list means the file agrees.
 */
export type TableSchema = {
  fields: {
    name: string
    type: string
    format?: string
    constraints?: { required?: boolean }
  }[]
  primaryKey?: string[]
}

const PATTERNS: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/,
  boolean: /^(true|false)$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
}

function checkText(type: string, format: string | undefined, value: string): string | undefined {
  const pattern = PATTERNS[type]
  if (pattern && !pattern.test(value)) return `not a ${type}: ${JSON.stringify(value)}`
  if (format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return `not a URI: ${value}`
  if (format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    return `not an e-mail: ${value}`
  return undefined
}

function checkJsonValue(field: TableSchema['fields'][number], value: unknown): string | undefined {
  switch (field.type) {
    case 'array':
      return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
        ? undefined
        : 'not an array of strings'
    case 'integer':
      return Number.isInteger(value) ? undefined : `not an integer: ${JSON.stringify(value)}`
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'not a number'
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean'
    default:
      return typeof value === 'string'
        ? checkText(field.type, field.format, value)
        : `not a string: ${JSON.stringify(value)}`
  }
}

export function validateCsv(file: string, text: string, schema: TableSchema): string[] {
  const records: string[][] = parse(text, { bom: false, relax_column_count: false })
  const [header, ...rows] = records
  const names = schema.fields.map((field) => field.name)
  const problems: string[] = []
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(`${file}: header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`)
  rows.forEach((row, index) => {
    schema.fields.forEach((field, column) => {
      const value = row[column] ?? ''
      if (value === '') {
        if (field.constraints?.required)
          problems.push(`${file} row ${index + 1}: ${field.name} is empty`)
        return
      }
      const problem = checkText(field.type, field.format, value)
      if (problem) problems.push(`${file} row ${index + 1}: ${field.name} ${problem}`)
    })
  })
  problems.push(
    ...uniqueKeys(
      file,
      rows.map((row) => row[names.indexOf(schema.primaryKey?.[0] ?? '')]),
    ),
  )
  return problems
}

export function validateJson(file: string, data: unknown, schema: TableSchema): string[] {
  if (!Array.isArray(data)) return [`${file}: not an array of rows`]
  const names = schema.fields.map((field) => field.name)
  const problems: string[] = []
  data.forEach((row: Record<string, unknown>, index) => {
    const extra = Object.keys(row).filter((key) => !names.includes(key))
    if (extra.length > 0)
      problems.push(`${file} row ${index + 1}: fields not in the schema: ${extra.join(', ')}`)
    for (const field of schema.fields) {
      const value = row[field.name]
      if (value === null || value === undefined) {
        if (field.constraints?.required)
          problems.push(`${file} row ${index + 1}: ${field.name} is missing`)
        continue
      }
      const problem = checkJsonValue(field, value)
      if (problem) problems.push(`${file} row ${index + 1}: ${field.name} ${problem}`)
    }
  })
  const key = schema.primaryKey?.[0] ?? ''
  problems.push(
    ...uniqueKeys(
      file,
      data.map((row: Record<string, unknown>) => row[key]),
    ),
  )
  return problems
}

function uniqueKeys(file: string, keys: unknown[]): string[] {
  const seen = new Set<unknown>()
  return keys.flatMap((key) => {
    if (key === undefined || key === '' || key === null)
      return [`${file}: a row has no primary key`]
    if (seen.has(key)) return [`${file}: primary key ${JSON.stringify(key)} repeats`]
    seen.add(key)
    return []
  })
}

/** GeoJSON FeatureCollection of Points (RFC 7946): the problems, or none. */
export function validatePointCollection(file: string, data: unknown): string[] {
  const collection = data as { type?: unknown; features?: unknown }
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    return [`${file}: not a FeatureCollection`]
  return collection.features.flatMap((feature: Record<string, unknown>, index) => {
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | undefined
    const [lon, lat, ...rest] = (geometry?.coordinates ?? []) as unknown[]
    const ok =
      feature.type === 'Feature' &&
      geometry?.type === 'Point' &&
      typeof lon === 'number' &&
      typeof lat === 'number' &&
      rest.length === 0 &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 90 &&
      typeof feature.properties === 'object' &&
      feature.properties !== null
    return ok ? [] : [`${file} feature ${index + 1}: not a Point feature with [lon, lat]`]
  })
}
