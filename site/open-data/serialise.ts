import { stringify } from 'csv-stringify/sync'

import { neutraliseFormula } from '@domain/open-data/csvSafe'

import type { Dataset, OpenDataInput } from './datasets'
import { LIST_SEPARATOR, type Cell, type Row } from './fields'

/**
 * CSV as Ukraine's open data portal expects it: UTF-8, comma-separated, a header row with the
 * field names, ISO dates. Every cell goes through the formula guard the exports use, so a title
 * that starts with «=» cannot run in a spreadsheet.
 */
export function toCsv(dataset: Dataset, rows: Row[]): string {
  const header = dataset.fields.map((def) => def.name)
  const body = rows.map((row) => dataset.fields.map((def) => csvCell(row[def.name] ?? null)))
  return stringify([header, ...body], { record_delimiter: '\r\n' })
}

function csvCell(value: Cell): string {
  if (value === null) return ''
  if (Array.isArray(value)) return neutraliseFormula(value.join(LIST_SEPARATOR))
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return String(value)
  return neutraliseFormula(value)
}

/** JSON: an array of objects with the fields in the descriptor's order. */
export function toJson(dataset: Dataset, rows: Row[]): string {
  const ordered = rows.map((row) =>
    Object.fromEntries(dataset.fields.map((def) => [def.name, row[def.name] ?? null])),
  )
  return `${JSON.stringify(ordered, null, 1)}\n`
}

/**
 * GeoJSON (RFC 7946): a FeatureCollection of Points, longitude first, with the row's other fields
 * as properties. Rows without coordinates have no place on a map and are left out.
 */
export function toGeoJson(rows: Row[], idField: string): string {
  const features = rows
    .filter((row) => typeof row.latitude === 'number' && typeof row.longitude === 'number')
    .map((row) => {
      const { latitude, longitude, ...properties } = row
      return {
        type: 'Feature',
        id: row[idField],
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties,
      }
    })
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`
}

export type DataFile = {
  /** File name under /vidkryti-dani/. */
  file: string
  dataset: Dataset
  format: Dataset['formats'][number]
  mediaType: string
  body: string
}

export const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
} as const

/** Every data file of every data set, made from one read of the content. */
export function dataFiles(datasets: Dataset[], input: OpenDataInput): DataFile[] {
  return datasets.flatMap((dataset) => {
    const rows = dataset.rows(input)
    return dataset.formats.map((format) => ({
      file: `${dataset.name}.${format}`,
      dataset,
      format,
      mediaType: MEDIA_TYPES[format],
      body:
        format === 'csv'
          ? toCsv(dataset, rows)
          : format === 'json'
            ? toJson(dataset, rows)
            : toGeoJson(rows, dataset.primaryKey),
    }))
  })
}
