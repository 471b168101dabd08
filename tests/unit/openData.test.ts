import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { neutraliseFormula } from '@domain/open-data/csvSafe'
import { mayOpenContent } from '@domain/vocabularies/rightsStatements'
import type { Dataset } from '@site/open-data/datasets'
import { field, tableField } from '@site/open-data/fields'
import { toCsv, toGeoJson, toJson } from '@site/open-data/serialise'
import { validatePointCollection } from '../support/tableSchema'

const dataset: Dataset = {
  name: 'test',
  title: 'Test',
  description: 'Test',
  formats: ['csv', 'json'],
  primaryKey: 'slug',
  fields: [
    field('slug', 'string', 'Ідентифікатор', '…', { required: true }),
    field('title', 'string', 'Назва', '…'),
    field('count', 'integer', 'Кількість', '…'),
    field('open', 'boolean', 'Відчинено', '…'),
    field('phones', 'string', 'Телефони', '…', { list: true }),
  ],
  rows: () => [],
}

describe('open data CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula, as the exports do', () => {
    const csv = toCsv(dataset, [
      { slug: 'a', title: '=HYPERLINK("http://evil")', count: -3, open: true, phones: ['+380 44'] },
      { slug: 'b', title: '@SUM(A1)', count: null, open: false, phones: [] },
    ])
    const rows: string[][] = parse(csv)
    const [header, first, second] = rows
    expect(header).toEqual(['slug', 'title', 'count', 'open', 'phones'])
    expect(first).toEqual([
      'a',
      neutraliseFormula('=HYPERLINK("http://evil")'),
      '-3',
      'true',
      "'+380 44",
    ])
    expect(first![1]).toBe(`'=HYPERLINK("http://evil")`)
    expect(second).toEqual(['b', `'@SUM(A1)`, '', 'false', ''])
  })

  it('quotes commas, quotes and line breaks so every row keeps its columns', () => {
    const csv = toCsv(dataset, [
      {
        slug: 'a',
        title: 'Кома, «лапки» і "подвійні"\nрядок',
        count: 1,
        open: true,
        phones: ['1', '2'],
      },
    ])
    const rows: string[][] = parse(csv)
    expect(rows[1]).toEqual(['a', 'Кома, «лапки» і "подвійні"\nрядок', '1', 'true', '1; 2'])
  })

  it('keeps JSON values typed: numbers, booleans, null and arrays', () => {
    const json = JSON.parse(
      toJson(dataset, [{ slug: 'a', title: '=1', count: 2, open: false, phones: ['+1'] }]),
    ) as unknown[]
    // JSON is not opened by spreadsheets as formulas: values stay as they are.
    expect(json).toEqual([{ slug: 'a', title: '=1', count: 2, open: false, phones: ['+1'] }])
  })

  it('describes list fields as text in CSV and as arrays in JSON', () => {
    const phones = dataset.fields[4]!
    expect(tableField(phones, 'csv').type).toBe('string')
    expect(tableField(phones, 'json').type).toBe('array')
    expect(tableField(dataset.fields[0]!, 'csv')).toMatchObject({ constraints: { required: true } })
  })
})

describe('open data GeoJSON', () => {
  it('makes a valid FeatureCollection of points, longitude first, without rows that have no place', () => {
    const text = toGeoJson(
      [
        { slug: 'a', name: 'A', latitude: 50.4356, longitude: 30.4741 },
        { slug: 'b', name: 'B', latitude: null, longitude: null },
      ],
      'slug',
    )
    const data = JSON.parse(text) as {
      features: { id: string; geometry: unknown; properties: unknown }[]
    }
    expect(validatePointCollection('test.geojson', data)).toEqual([])
    expect(data.features).toEqual([
      {
        type: 'Feature',
        id: 'a',
        geometry: { type: 'Point', coordinates: [30.4741, 50.4356] },
        properties: { slug: 'a', name: 'A' },
      },
    ])
  })

  it('the validator refuses latitude and longitude swapped out of range or a missing geometry', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [30, 120] }, properties: {} },
        { type: 'Feature', properties: {} },
      ],
    }
    expect(validatePointCollection('bad.geojson', bad)).toHaveLength(2)
  })
})

describe('which items publish their content as open data', () => {
  it('only items with no known copyright; protected, restricted or unknown ones only their record', () => {
    expect(mayOpenContent('NKC')).toBe(true)
    expect(mayOpenContent('NoC-US')).toBe(true)
    for (const code of ['InC', 'InC-EDU', 'InC-NC', 'NoC-CR', 'NoC-OKLR', 'CNE', 'UND'] as const)
      expect(mayOpenContent(code)).toBe(false)
    expect(mayOpenContent(undefined)).toBe(false)
  })
})
