import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentDir } from '@cms/config/paths'
import {
  describeDateProblem,
  machineDate,
  parseDateWritten,
  type LibrarianDate,
} from '@domain/heritage/parseDateWritten'

function years(text: string): [number, number] {
  const result = parseDateWritten(text)
  if (!result.ok) throw new Error(`«${text}» was not read: ${result.problem}`)
  return [result.date.startYear, result.date.endYear]
}

function parsed(text: string): LibrarianDate {
  const result = parseDateWritten(text)
  if (!result.ok) throw new Error(`«${text}» was not read: ${result.problem}`)
  return result.date
}

describe('parseDateWritten', () => {
  it('reads exact dates in the Ukrainian order and ISO', () => {
    expect(parsed('12.05.1957')).toMatchObject({
      startYear: 1957,
      endYear: 1957,
      precision: 'day',
      isoDate: '1957-05-12',
    })
    expect(parsed('1.5.1957 р.').isoDate).toBe('1957-05-01')
    expect(parsed('1957-05-12').isoDate).toBe('1957-05-12')
    expect(parsed('12 травня 1957').isoDate).toBe('1957-05-12')
  })

  it('reads months', () => {
    expect(parsed('травень 1965')).toMatchObject({ precision: 'month', isoDate: '1965-05' })
    expect(parsed('Грудня 1943 р.').isoDate).toBe('1943-12')
    expect(parsed('05.1965').isoDate).toBe('1965-05')
    expect(parsed('1965-05').isoDate).toBe('1965-05')
  })

  it('reads years', () => {
    expect(parsed('1928')).toMatchObject({ startYear: 1928, endYear: 1928, precision: 'year' })
    expect(years('1928 р.')).toEqual([1928, 1928])
    expect(years('1928 рік')).toEqual([1928, 1928])
  })

  it('reads decades and their parts', () => {
    expect(parsed('1930-ті')).toMatchObject({ startYear: 1930, endYear: 1939, precision: 'decade' })
    expect(years('1930-х рр.')).toEqual([1930, 1939])
    expect(years('1940-ві роки')).toEqual([1940, 1949])
    expect(years('початок 1930-х')).toEqual([1930, 1933])
    expect(years('кінець 1930-х')).toEqual([1936, 1939])
    expect(years('початок 1900-х')).toEqual([1900, 1909])
  })

  it('reads centuries and their parts, with Latin or Cyrillic numerals', () => {
    expect(parsed('XIX ст.')).toMatchObject({
      startYear: 1800,
      endYear: 1899,
      precision: 'century',
    })
    expect(years('кінець XIX ст.')).toEqual([1875, 1899])
    expect(years('Кінець ХІХ ст.')).toEqual([1875, 1899])
    expect(years('початок XX століття')).toEqual([1900, 1925])
    expect(years('середина XX ст.')).toEqual([1940, 1960])
    expect(years('друга половина XX ст.')).toEqual([1950, 1999])
    expect(years('20 ст.')).toEqual([1900, 1999])
  })

  it('marks approximate dates and widens a single year by five years each way', () => {
    expect(parsed('близько 1910')).toMatchObject({
      startYear: 1905,
      endYear: 1915,
      approximate: true,
      uncertain: false,
    })
    expect(years('бл. 1910')).toEqual([1905, 1915])
    expect(years('~1910')).toEqual([1905, 1915])
    expect(years('[1910]')).toEqual([1905, 1915])
    expect(parsed('близько 1930-х')).toMatchObject({ startYear: 1930, endYear: 1939 })
  })

  it('marks uncertain dates without changing their span', () => {
    expect(parsed('1960-ті?')).toMatchObject({
      startYear: 1960,
      endYear: 1969,
      uncertain: true,
      approximate: false,
    })
    expect(parsed('імовірно 1943').uncertain).toBe(true)
    expect(parsed('1943 (?)').uncertain).toBe(true)
  })

  it('reads ranges with any dash', () => {
    expect(parsed('1941–1943')).toMatchObject({
      startYear: 1941,
      endYear: 1943,
      precision: 'range',
    })
    expect(years('1941-1943')).toEqual([1941, 1943])
    expect(years('1941 — 1943 рр.')).toEqual([1941, 1943])
    expect(years('1941 - 1943')).toEqual([1941, 1943])
    expect(years('1941–43')).toEqual([1941, 1943])
    expect(years('1930-ті – 1940-ві')).toEqual([1930, 1949])
    expect(years('XIX–XX ст.')).toEqual([1800, 1999])
    expect(years('кінець XIX — початок XX ст.')).toEqual([1890, 1910])
  })

  it('keeps the text as written', () => {
    expect(parsed('  близько   1910 ').written).toBe('близько 1910')
  })

  it('refuses impossible dates', () => {
    for (const text of ['31.02.1957', '12.13.1957', '1943–1941', '1965-13', 'XXV ст.', '0900'])
      expect(parseDateWritten(text)).toMatchObject({ ok: false, problem: 'impossible' })
  })

  it('says when it cannot read a date', () => {
    expect(parseDateWritten('')).toMatchObject({ ok: false, problem: 'empty' })
    expect(parseDateWritten(undefined)).toMatchObject({ ok: false, problem: 'empty' })
    for (const text of ['давно', 'весна 1965', '19xx', 'вересень'])
      expect(parseDateWritten(text)).toMatchObject({ ok: false, problem: 'unrecognised' })
  })

  it('agrees with every start and end year the sample catalogue gives', () => {
    type Sample = { identifier: string; dateWritten?: string; startYear?: number; endYear?: number }
    const samples = JSON.parse(
      readFileSync(path.join(contentDir, 'samples', 'items.json'), 'utf8'),
    ) as Sample[]
    const dated = samples.filter((item) => item.dateWritten)
    expect(dated.length).toBeGreaterThan(30)
    for (const item of dated) {
      expect([item.identifier, years(item.dateWritten!)]).toEqual([
        item.identifier,
        [item.startYear, item.endYear],
      ])
    }
  })
})

describe('machineDate', () => {
  it('gives ISO dates, years and year intervals', () => {
    expect(machineDate(parsed('12.05.1957'))).toBe('1957-05-12')
    expect(machineDate(parsed('травень 1965'))).toBe('1965-05')
    expect(machineDate(parsed('1928'))).toBe('1928')
    expect(machineDate(parsed('1930-ті'))).toBe('1930/1939')
    expect(machineDate(parsed('близько 1910'))).toBe('1905/1915')
  })
})

describe('describeDateProblem', () => {
  it('explains in Ukrainian with examples', () => {
    const result = parseDateWritten('давно')
    if (result.ok) throw new Error('unexpected')
    expect(describeDateProblem(result)).toMatch(/не вдалося прочитати дату «давно».*1930-ті/)
    const impossible = parseDateWritten('31.02.1957')
    if (impossible.ok) throw new Error('unexpected')
    expect(describeDateProblem(impossible)).toMatch(/неможлива/)
  })
})
