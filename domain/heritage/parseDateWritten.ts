import { YEAR_BOUNDS } from './identifiers'

/**
 * Dates as librarians write them in catalogue cards and spreadsheets: «12.05.1957», «травень
 * 1965», «1928», «1930-ті», «1960-ті?», «близько 1910», «1941–1943», «кінець XIX ст.»,
 * «початок 1900-х», «кінець XIX — початок XX ст.». The text is kept as written; this module
 * finds the span of years it means, for browsing, sorting and harvesting.
 */

/** How finely the date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century' | 'range'

export type LibrarianDate = {
  /** The text as written (trimmed). */
  written: string
  /** First year the date can mean. */
  startYear: number
  /** Last year the date can mean (equal to startYear for a single year). */
  endYear: number
  precision: DatePrecision
  /** «близько», «бл.», «приблизно», «~», «ca.» */
  approximate: boolean
  /** A question mark or «імовірно». */
  uncertain: boolean
  /** ISO 8601 calendar date or month, when one is given («1957-05-12», «1965-05»). */
  isoDate?: string
}

export type DateProblem = 'empty' | 'unrecognised' | 'impossible'

export type DateParseResult =
  { ok: true; date: LibrarianDate } | { ok: false; problem: DateProblem; written: string }

/** «близько 1910» means 1905–1915. */
const APPROXIMATE_SPREAD = 5

const MONTHS: readonly (readonly string[])[] = [
  ['січень', 'січня'],
  ['лютий', 'лютого'],
  ['березень', 'березня'],
  ['квітень', 'квітня'],
  ['травень', 'травня'],
  ['червень', 'червня'],
  ['липень', 'липня'],
  ['серпень', 'серпня'],
  ['вересень', 'вересня'],
  ['жовтень', 'жовтня'],
  ['листопад', 'листопада'],
  ['грудень', 'грудня'],
]

type Span = { start: number; end: number; precision: DatePrecision; isoDate?: string }

/** Parts of a century or of the «1900-х» era, as offsets from its first year. */
const CENTURY_PARTS: Record<string, [number, number]> = {
  початок: [0, 25],
  'перша чверть': [0, 24],
  'перша половина': [0, 49],
  середина: [40, 60],
  'друга половина': [50, 99],
  'остання чверть': [75, 99],
  кінець: [75, 99],
}

/** Parts of a decade: «початок 1930-х» is 1930–1933. */
const DECADE_PARTS: Record<string, [number, number]> = {
  початок: [0, 3],
  'перша половина': [0, 4],
  середина: [3, 6],
  'друга половина': [5, 9],
  кінець: [6, 9],
}

const PART = '(початок|перша чверть|перша половина|середина|друга половина|остання чверть|кінець)'
const CENTURY_WORD = '(?:ст\\.?|століття|сторіччя|в\\.)'
const YEAR_WORD = '(?:\\s*(?:р\\.|рр\\.|рік|року|роки|років))?'
const DECADE_SUFFIX = '-?(?:ті|х|і|ві|ий)(?:\\s*(?:роки|років|рр\\.?))?'

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 }

/** XIX → 19; Cyrillic І and Х typed for Latin I and X are accepted. */
function romanToNumber(text: string): number | undefined {
  const latin = text.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X')
  if (!/^[IVXL]+$/.test(latin)) return undefined
  let total = 0
  for (let index = 0; index < latin.length; index += 1) {
    const value = ROMAN[latin[index]!]!
    const next = ROMAN[latin[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

function centuryNumber(text: string): number | undefined {
  return /^\d{1,2}$/.test(text) ? Number(text) : romanToNumber(text)
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const pad = (value: number) => String(value).padStart(2, '0')

type Attempt = Span | 'impossible' | undefined

function dayDate(year: number, month: number, day: number): Attempt {
  if (!isRealDay(year, month, day)) return 'impossible'
  return { start: year, end: year, precision: 'day', isoDate: `${year}-${pad(month)}-${pad(day)}` }
}

function monthDate(year: number, month: number): Attempt {
  if (month < 1 || month > 12) return 'impossible'
  return { start: year, end: year, precision: 'month', isoDate: `${year}-${pad(month)}` }
}

function monthIndex(word: string): number | undefined {
  const index = MONTHS.findIndex((forms) => forms.includes(word))
  return index === -1 ? undefined : index + 1
}

/** Centuries as people say them: the XX century is 1900–1999. */
function centurySpan(century: number, part?: string): Attempt {
  if (century < 10 || century > 21) return 'impossible'
  const first = (century - 1) * 100
  const [from, to] = part ? CENTURY_PARTS[part]! : [0, 99]
  return { start: first + from, end: first + to, precision: 'century' }
}

/** One date without a range dash and without the approximate/uncertain markers. */
function parseSingle(text: string): Attempt {
  let match: RegExpExecArray | null

  // 12.05.1957, 12/05/1957, 12.5.1957 р.
  if ((match = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${YEAR_WORD}$`).exec(text)))
    return dayDate(Number(match[3]), Number(match[2]), Number(match[1]))
  // 1957-05-12
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)))
    return dayDate(Number(match[1]), Number(match[2]), Number(match[3]))
  // 05.1957, 1957-05
  if ((match = new RegExp(`^(\\d{1,2})[./](\\d{4})${YEAR_WORD}$`).exec(text)))
    return monthDate(Number(match[2]), Number(match[1]))
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) return monthDate(Number(match[1]), Number(match[2]))
  // 12 травня 1957, травень 1965 р.
  if (
    (match = new RegExp(`^(?:(\\d{1,2})\\s+)?([а-яіїєґ']+)\\s+(\\d{4})${YEAR_WORD}$`).exec(text))
  ) {
    const month = monthIndex(match[2]!)
    if (month === undefined) return undefined
    const year = Number(match[3])
    return match[1] ? dayDate(year, month, Number(match[1])) : monthDate(year, month)
  }
  // 1928, 1928 р.
  if ((match = new RegExp(`^(\\d{4})${YEAR_WORD}$`).exec(text))) {
    const year = Number(match[1])
    return { start: year, end: year, precision: 'year' }
  }
  // 1930-ті, 1930-х рр.; початок 1930-х; початок 1900-х (the first years of the century)
  if ((match = new RegExp(`^(?:${PART}\\s+)?(\\d{3}0)${DECADE_SUFFIX}$`).exec(text))) {
    const decade = Number(match[2])
    const part = match[1]
    if (!part) return { start: decade, end: decade + 9, precision: 'decade' }
    if (decade % 100 === 0 && part === 'початок')
      return { start: decade, end: decade + 9, precision: 'decade' }
    const offsets = decade % 100 === 0 ? CENTURY_PARTS[part] : DECADE_PARTS[part]
    if (!offsets) return undefined
    return {
      start: decade + offsets[0],
      end: decade + offsets[1],
      precision: decade % 100 === 0 ? 'century' : 'decade',
    }
  }
  // XIX ст., кінець XIX ст., середина 20 століття
  if (
    (match = new RegExp(`^(?:${PART}\\s+)?([IVXLІХ]+|\\d{1,2})\\s*${CENTURY_WORD}$`, 'i').exec(
      text,
    ))
  ) {
    const century = centuryNumber(match[2]!)
    return century === undefined ? undefined : centurySpan(century, match[1]?.toLowerCase())
  }
  return undefined
}

/** Splits «A — B» into its ends, or returns undefined when the text is not a range. */
function splitRange(text: string): [string, string] | undefined {
  // «1941–1943», «1941-1943», «1941 – 1943», «кінець XIX — початок XX ст.»
  const dashed = /^(.+?)\s*[–—]\s*(.+)$/.exec(text) ?? /^(.+?)\s+-\s+(.+)$/.exec(text)
  if (dashed) return [dashed[1]!, dashed[2]!]
  const years = /^(\d{4})-(\d{4})(.*)$/.exec(text)
  if (years) return [years[1]!, `${years[2]!}${years[3]!}`]
  return undefined
}

function parseRange(text: string): Attempt {
  const ends = splitRange(text)
  if (!ends) return undefined
  let [left, right] = ends
  // «1941–43»: the end written with two digits
  if (/^\d{4}$/.test(left) && /^\d{2}(\s|$)/.test(right)) right = `${left.slice(0, 2)}${right}`
  // «кінець XIX — початок XX ст.», «XIX–XX ст.»: the century word written once, at the end
  const centuryAtEnd = new RegExp(`\\s*${CENTURY_WORD}$`, 'i').exec(right)
  if (centuryAtEnd && !new RegExp(`${CENTURY_WORD}$`, 'i').test(left)) left = `${left} ст.`
  const from = parseSingle(left)
  const to = parseSingle(right)
  if (from === undefined || to === undefined) return undefined
  if (from === 'impossible' || to === 'impossible') return 'impossible'
  // The turn of a century: «кінець XIX — початок XX ст.» is the decade either side of 1900.
  const turn = /^кінець\s/.test(left) && /^початок\s/.test(right)
  if (
    turn &&
    from.precision === 'century' &&
    to.precision === 'century' &&
    to.start === from.end + 1
  )
    return { start: to.start - 10, end: to.start + 10, precision: 'range' }
  if (to.end < from.start) return 'impossible'
  return { start: from.start, end: to.end, precision: 'range' }
}

const APPROXIMATE = /^(?:близько|бл\.|приблизно|прибл\.|орієнтовно|ca\.|c\.|circa|~)\s*/i
const UNCERTAIN_PREFIX = /^(?:імовірно|ймовірно|можливо)\s+/i
const UNCERTAIN_SUFFIX = /\s*(?:\?|\(\?\))$/

/** Reads a date as written; tells why when it cannot. */
export function parseDateWritten(value: string | null | undefined): DateParseResult {
  const written = (value ?? '').replace(/\s+/g, ' ').trim()
  if (!written) return { ok: false, problem: 'empty', written }
  let text = written.toLowerCase().replace(/[‐‑]/g, '-')
  let approximate = false
  let uncertain = false
  // «[1910]»: a date the cataloguer supplied, not read on the object
  const bracketed = /^\[(.+)\]$/.exec(text)
  if (bracketed) {
    text = bracketed[1]!.trim()
    approximate = true
  }
  if (UNCERTAIN_SUFFIX.test(text)) {
    uncertain = true
    text = text.replace(UNCERTAIN_SUFFIX, '')
  }
  if (UNCERTAIN_PREFIX.test(text)) {
    uncertain = true
    text = text.replace(UNCERTAIN_PREFIX, '')
  }
  if (APPROXIMATE.test(text)) {
    approximate = true
    text = text.replace(APPROXIMATE, '')
  }
  // Roman numerals are matched case-insensitively below; the rest is lower case.
  text = text.replace(/\s+/g, ' ').trim()
  const span = parseRange(text) ?? parseSingle(text)
  if (span === undefined) return { ok: false, problem: 'unrecognised', written }
  if (span === 'impossible') return { ok: false, problem: 'impossible', written }
  let { start, end } = span
  if (approximate && span.precision === 'year') {
    start -= APPROXIMATE_SPREAD
    end += APPROXIMATE_SPREAD
  }
  if (start < YEAR_BOUNDS.min || end > YEAR_BOUNDS.max || end < start)
    return { ok: false, problem: 'impossible', written }
  return {
    ok: true,
    date: {
      written,
      startYear: start,
      endYear: end,
      precision: span.precision,
      approximate,
      uncertain,
      ...(span.isoDate ? { isoDate: span.isoDate } : {}),
    },
  }
}

/**
 * The date in W3CDTF/ISO 8601 form for harvesters and structured data: a calendar date or
 * month when known («1957-05-12»), a year («1928»), or an interval of years («1941/1943»).
 */
export function machineDate(date: LibrarianDate): string {
  if (date.isoDate && !date.approximate) return date.isoDate
  return date.startYear === date.endYear
    ? String(date.startYear)
    : `${date.startYear}/${date.endYear}`
}

/** Examples shown to people whose date could not be read. */
export const DATE_EXAMPLES =
  '«12.05.1957», «травень 1965», «1928», «близько 1910», «1930-ті», «1960-ті?», «1941–1943», «кінець XIX ст.»'

/** Why a date could not be read, in Ukrainian. */
export function describeDateProblem(result: Extract<DateParseResult, { ok: false }>): string {
  switch (result.problem) {
    case 'empty':
      return 'дату не вказано'
    case 'impossible':
      return `дата «${result.written}» неможлива (немає такого дня чи місяця, кінець раніше початку або рік поза ${YEAR_BOUNDS.min}–${YEAR_BOUNDS.max})`
    case 'unrecognised':
      return `не вдалося прочитати дату «${result.written}»; пишіть, напр., ${DATE_EXAMPLES}`
  }
}
