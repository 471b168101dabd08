import { describe, expect, it } from 'vitest'

import type { CitableItem } from '@domain/heritage/citableItem'
import { dublinCore } from '@domain/heritage/dublinCore'
import { bibtex, cslJson, dstu8302, numericDate } from '@domain/heritage/citationFormats'

const accessed = new Date('2026-11-25T10:00:00Z')

const photo: CitableItem = {
  identifier: 'SOL-PH-0001',
  title: 'Старий будинок пасажирського вокзалу',
  type: 'photo',
  creator: 'Невідомий автор',
  dateWritten: 'близько 1910',
  startYear: 1905,
  endYear: 1915,
  description: 'Вигляд вокзалу з боку площі.',
  subjects: ['Залізниця', 'Архітектура'],
  places: ['Солом’янка'],
  language: 'zxx',
  format: 'image/jpeg',
  extent: '1 аркуш, 9 × 14 см',
  branch: 'Центральна районна бібліотека',
  shelfMark: 'КФ-001',
  rights: 'NoC-US',
  collections: ['Старі світлини Солом’янки'],
  url: 'https://biblioteky.example.org/kolektsii/stari-svitlyny/SOL-PH-0001/',
  publisher: 'ЦБС Солом’янського району м. Києва',
}

const map: CitableItem = {
  ...photo,
  identifier: 'SOL-MP-0003',
  title: 'План {забудови} & 100% кварталу',
  type: 'map',
  creator: 'Київпроект',
  dateWritten: '12.05.1957',
  startYear: 1957,
  endYear: 1957,
  language: 'uk',
  rights: undefined,
}

describe('numericDate', () => {
  it('writes the day in Kyiv as DD.MM.YYYY', () => {
    expect(numericDate(new Date('2026-11-25T23:30:00Z'))).toBe('26.11.2026')
    expect(numericDate(accessed)).toBe('25.11.2026')
  })
})

describe('dstu8302', () => {
  it('cites an anonymous item of a collection', () => {
    expect(dstu8302(photo, accessed)).toBe(
      'Старий будинок пасажирського вокзалу : фотографія, близько 1910 // Старі світлини Солом’янки : цифрова колекція / ЦБС Солом’янського району м. Києва. SOL-PH-0001. URL: https://biblioteky.example.org/kolektsii/stari-svitlyny/SOL-PH-0001/ (дата звернення: 25.11.2026).',
    )
  })

  it('starts with a known creator', () => {
    expect(dstu8302(map, accessed)).toMatch(
      /^Київпроект\. План \{забудови\} & 100% кварталу : мапа, 12\.05\.1957 \/\/ /,
    )
  })
})

describe('cslJson', () => {
  it('gives type, approximate date range, archive and access date', () => {
    expect(cslJson(photo, accessed)).toMatchObject({
      id: 'SOL-PH-0001',
      type: 'graphic',
      title: photo.title,
      issued: { 'date-parts': [[1905], [1915]], circa: true },
      'container-title': 'Старі світлини Солом’янки',
      archive: photo.publisher,
      archive_location: 'КФ-001',
      license: 'http://rightsstatements.org/vocab/NoC-US/1.0/',
      URL: photo.url,
      accessed: { 'date-parts': [[2026, 11, 25]] },
    })
    expect(cslJson(photo, accessed)).not.toHaveProperty('author')
  })

  it('gives an exact date and a named author', () => {
    expect(cslJson(map, accessed)).toMatchObject({
      type: 'map',
      author: [{ literal: 'Київпроект' }],
      issued: { 'date-parts': [[1957, 5, 12]] },
      language: 'uk',
    })
  })
})

describe('bibtex', () => {
  it('writes a @misc entry with escaped values', () => {
    const entry = bibtex(map, accessed)
    expect(entry).toMatch(/^@misc\{SOL-MP-0003,\n/)
    expect(entry).toContain('  author = {{Київпроект}}')
    expect(entry).toContain('  title = {План \\{забудови\\} \\& 100\\% кварталу}')
    expect(entry).toContain('  year = {1957}')
    expect(entry).toContain(`  url = {${map.url}}`)
    expect(entry).toContain('  urldate = {2026-11-25}')
    expect(entry.trim().endsWith('}')).toBe(true)
  })

  it('gives a range as biblatex date and leaves out an unknown author', () => {
    const entry = bibtex(photo, accessed)
    expect(entry).toContain('  date = {1905/1915}')
    expect(entry).not.toContain('author')
    expect(entry).toContain('  rights = {http://rightsstatements.org/vocab/NoC-US/1.0/}')
  })
})

describe('dublinCore', () => {
  it('maps the item to the fifteen elements with DCMI type, W3CDTF date and rights URI', () => {
    const dc = dublinCore(photo)
    const values = (element: string) =>
      dc.filter((statement) => statement.element === element).map((statement) => statement.value)
    expect(values('title')).toEqual([photo.title])
    expect(values('date')).toEqual(['близько 1910', '1905/1915'])
    expect(values('type')).toEqual(['StillImage', 'Фотографія'])
    expect(values('subject')).toEqual(['Залізниця', 'Архітектура'])
    expect(values('coverage')).toEqual(['Солом’янка'])
    expect(values('identifier')).toEqual([photo.url, 'SOL-PH-0001'])
    expect(values('source')).toEqual(['Центральна районна бібліотека, шифр КФ-001'])
    expect(values('rights')).toEqual([
      'http://rightsstatements.org/vocab/NoC-US/1.0/',
      'Не охороняється у США',
    ])
    expect(values('date')).not.toContain('')
    expect(values('relation')).toEqual(['Старі світлини Солом’янки'])
    expect(
      dublinCore({
        ...photo,
        iiifManifest: 'https://x.example/iiif/items/SOL-PH-0001/manifest.json',
      })
        .filter((statement) => statement.element === 'relation')
        .map((statement) => statement.value),
    ).toEqual([
      'Старі світлини Солом’янки',
      'https://x.example/iiif/items/SOL-PH-0001/manifest.json',
    ])
  })

  it('gives an exact date once when it is already ISO-like', () => {
    const dc = dublinCore({ ...map, dateWritten: '1957' })
    expect(dc.filter((statement) => statement.element === 'date').map((s) => s.value)).toEqual([
      '1957',
    ])
  })
})
