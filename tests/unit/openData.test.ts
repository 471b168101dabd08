import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { neutraliseFormula } from '@domain/open-data/csvSafe'
import { mayOpenContent } from '@domain/vocabularies/rightsStatements'
import type { EventData, NewsData, ProgrammeTaskData, SiteData } from '@site/data/model'
import { isOmitted } from '@site/lib/omit'
import { programmeTasksDataset, type Dataset } from '@site/open-data/datasets'
import { dataPackage } from '@site/open-data/descriptor'
import { calendarFeeds } from '@site/open-data/feeds'
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

describe('the programme data set', () => {
  const task = (slug: string, number: number, validFrom?: string) =>
    ({
      slug,
      url: `/prohrama/${slug}/`,
      title: `Завдання ${number}`,
      kind: 'task',
      kindLabel: 'Завдання',
      number,
      summary: '',
      programme: { slug: 'prohrama', title: 'Програма', href: '/dokumenty/prohrama/', validFrom },
      sectionHref: '/dokumenty/prohrama/#zavdannia',
    }) as ProgrammeTaskData
  const link = (slug: string) => ({ slug, href: `/prohrama/${slug}/`, title: slug })
  const input = {
    site: { builtAt: '2026-03-01T10:00:00Z' } as SiteData,
    siteUrl: 'https://example.org',
    branches: [],
    documents: [],
    collections: [],
    items: [],
    news: [
      { publishedAt: '2025-05-01T09:00:00Z', branchSlugs: [], programmeTasks: [link('hubs')] },
      // Before the programme began: the years reach back to it.
      { publishedAt: '2022-05-01T09:00:00Z', branchSlugs: [], programmeTasks: [link('late')] },
    ] as unknown as NewsData[],
    events: [
      { branchSlugs: ['a'], programmeTasks: [link('hubs')], heldByYear: { '2024': 7, '2025': 2 } },
    ] as unknown as EventData[],
    programmeTasks: [task('hubs', 1, '2024-01-01T00:00:00Z'), task('late', 2, '2023-06-01')],
  }

  it('has a row per task and year, from the programme’s first year to the build’s, zeros included', () => {
    const rows = programmeTasksDataset.rows(input)
    expect(
      rows.map((row) => [row.id, row.year, row.events_held, row.news_published, row.items_added]),
    ).toEqual([
      ['hubs/2024', 2024, 7, 0, 0],
      ['hubs/2025', 2025, 2, 1, 0],
      ['hubs/2026', 2026, 0, 0, 0],
      ['late/2022', 2022, 0, 1, 0],
      ['late/2023', 2023, 0, 0, 0],
      ['late/2024', 2024, 0, 0, 0],
      ['late/2025', 2025, 0, 0, 0],
      ['late/2026', 2026, 0, 0, 0],
    ])
    expect(rows[0]).toMatchObject({
      task: 'hubs',
      kind: 'task',
      number: 1,
      page_url: 'https://example.org/prohrama/hubs/',
      section_url: 'https://example.org/dokumenty/prohrama/#zavdannia',
    })
    // Every field the data set defines, in the CSV header's order, and nothing else.
    expect(Object.keys(rows[0]!)).toEqual(programmeTasksDataset.fields.map((def) => def.name))
  })

  it('lists the events’ iCal feeds in the descriptor by their full address', () => {
    const feeds = calendarFeeds([{ slug: 'stusa', name: 'Бібліотека ім. Стуса' }])
    expect(feeds.slice(0, 2)).toEqual([
      { path: '/podii/kalendar.ics', title: 'Усі події мережі' },
      { path: '/podii/kalendar/biblioteka/stusa.ics', title: 'Події: Бібліотека ім. Стуса' },
    ])
    const descriptor = dataPackage([], {
      siteName: 'Бібліотеки',
      siteUrl: 'https://example.org',
      builtAt: '2026-03-01T10:00:00Z',
      feeds,
    }) as { resources: { name: string; path: string; format: string; mediatype: string }[] }
    expect(descriptor.resources).toHaveLength(feeds.length)
    expect(descriptor.resources[1]).toMatchObject({
      name: 'podii-kalendar-biblioteka-stusa-ics',
      path: 'https://example.org/podii/kalendar/biblioteka/stusa.ics',
      format: 'ics',
      mediatype: 'text/calendar',
    })
    expect(new Set(descriptor.resources.map((resource) => resource.name)).size).toBe(feeds.length)
  })

  it('the bench’s switch leaves a part out only when named', () => {
    expect(isOmitted('open-data', {})).toBe(false)
    expect(isOmitted('open-data', { SITE_OMIT: 'programme, open-data' })).toBe(true)
    expect(isOmitted('programme', { SITE_OMIT: 'open-data' })).toBe(false)
  })
})
