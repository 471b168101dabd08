import { validOperatorSet } from 'payload/shared'

import { findRefusedCharacter } from '../fields/plainText/rules'
import type { ApiLimits } from './limits'

/**
 * Checks the query parameters of a REST request, as Payload parses them (qs), before Payload
 * sees them. Payload answers a `where` that is not JSON, a number where an object belongs or a
 * date that is not a date with a 500; here each gets a 400 that says what is wrong. Anonymous
 * requests also get the size limits of ANONYMOUS_LIMITS.
 */

export type QueryContext = {
  anonymous: boolean
  limits: ApiLimits
  /** The type of the field at a `where` path of the requested collection, when known. */
  fieldType?: (path: string) => string | undefined
}

type Query = Record<string, unknown>

const BOOLEAN_PARAMS = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]
type IntegerParam = 'depth' | 'limit' | 'page'
/** Operators of point (geo) fields: we have none, and SQLite has no such operators. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARISON_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const SORT_FIELD = /^-?\w+(?:\.\w+)*$/
const PATH = /^\w+(?:\.\w+)*$/

export class QueryProblem extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

function readInteger(query: Query, name: IntegerParam): number | undefined {
  if (!(name in query)) return undefined
  const raw = query[name]
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw))
    throw new QueryProblem(`Параметр «${name}» має бути цілим невід’ємним числом.`)
  return Number(raw)
}

function checkIntegers(query: Query, { anonymous, limits }: QueryContext): void {
  const depth = readInteger(query, 'depth')
  const limit = readInteger(query, 'limit')
  const page = readInteger(query, 'page')
  if (page === 0) throw new QueryProblem('Параметр «page» починається з 1.')
  if (!anonymous) return
  if (depth !== undefined && depth > limits.maxDepth)
    throw new QueryProblem(`Без входу «depth» може бути від 0 до ${limits.maxDepth}.`)
  if (limit !== undefined && (limit === 0 || limit > limits.maxLimit))
    throw new QueryProblem(
      `Без входу «limit» може бути від 1 до ${limits.maxLimit}: читайте список сторінками («page»).`,
    )
  if (page !== undefined && page > limits.maxPage)
    throw new QueryProblem(`Без входу «page» може бути від 1 до ${limits.maxPage}.`)
}

function checkBooleans(query: Query, { anonymous }: QueryContext): void {
  for (const name of BOOLEAN_PARAMS) {
    if (!(name in query)) continue
    if (query[name] !== 'true' && query[name] !== 'false')
      throw new QueryProblem(`Параметр «${name}» має бути true або false.`)
  }
  if (anonymous && query.pagination === 'false')
    throw new QueryProblem('Без входу список читається сторінками: «pagination=false» не можна.')
}

function checkSort(query: Query): void {
  if (!('sort' in query)) return
  const sort: unknown = query.sort
  const parts = (Array.isArray(sort) ? (sort as unknown[]) : [sort]).flatMap((part): unknown[] =>
    typeof part === 'string' ? part.split(',') : [part],
  )
  for (const part of parts) {
    if (typeof part !== 'string' || !SORT_FIELD.test(part.trim()))
      throw new QueryProblem(
        'Параметр «sort» — це назви полів через кому, з «-» для спадного порядку, напр. «-publishedAt,title».',
      )
  }
}

/** `select` and `populate` are trees of field names ending in true or false. */
function checkSelectTree(value: unknown, name: string, depth = 0): void {
  if (depth > 10 || !isPlainObject(value))
    throw new QueryProblem(
      `Параметр «${name}» має бути набором полів, напр. «${name}[title]=true».`,
    )
  for (const [key, child] of Object.entries(value)) {
    if (!PATH.test(key)) throw new QueryProblem(`Параметр «${name}»: хибна назва поля «${key}».`)
    if (child === 'true' || child === 'false' || child === true || child === false) continue
    checkSelectTree(child, name, depth + 1)
  }
}

function checkJsonParam(query: Query, name: 'where' | 'data'): unknown {
  const raw = query[name]
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw) as unknown
  } catch {
    throw new QueryProblem(
      `Параметр «${name}» має бути JSON-об’єктом або записом на кшталт «${name}[title][equals]=…».`,
    )
  }
}

function checkOperatorValue(path: string, operator: string, value: unknown, context: QueryContext) {
  const where = `умова «${path}» «${operator}»`
  if (GEO_OPERATORS.has(operator))
    throw new QueryProblem(`Параметр «where»: ${where} не підтримується (немає полів-координат).`)
  if (LIST_OPERATORS.has(operator)) {
    const items = Array.isArray(value) ? value : [value]
    if (!items.every(isScalar))
      throw new QueryProblem(`Параметр «where»: ${where} чекає список значень.`)
    return
  }
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string))
      throw new QueryProblem(`Параметр «where»: ${where} чекає true або false.`)
    return
  }
  if (!isScalar(value))
    throw new QueryProblem(`Параметр «where»: ${where} чекає одне значення, а не набір.`)
  if (typeof value === 'string' && findRefusedCharacter(value, true))
    throw new QueryProblem(`Параметр «where»: ${where} містить керівний символ.`)
  if (
    COMPARISON_OPERATORS.has(operator) &&
    context.fieldType?.(path) === 'date' &&
    value !== null &&
    Number.isNaN(new Date(value as string).getTime())
  )
    throw new QueryProblem(`Параметр «where»: ${where} чекає дату, напр. «2026-01-31».`)
}

function checkWhere(
  where: unknown,
  context: QueryContext,
  nesting: number,
  count: { conditions: number },
): void {
  if (!isPlainObject(where))
    throw new QueryProblem(
      'Параметр «where» має бути об’єктом умов, напр. «where[title][like]=бібліотека».',
    )
  if (context.anonymous && nesting > context.limits.maxWhereNesting)
    throw new QueryProblem(
      `Без входу «and»/«or» у «where» вкладаються не глибше ${context.limits.maxWhereNesting} рівнів.`,
    )
  for (const [key, value] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const parts: unknown[] = Array.isArray(value)
        ? value
        : isPlainObject(value)
          ? Object.values(value)
          : [value]
      for (const part of parts) checkWhere(part, context, nesting + 1, count)
      continue
    }
    if (!PATH.test(key))
      throw new QueryProblem(`Параметр «where»: хибна назва поля «${key.slice(0, 80)}».`)
    if (!isPlainObject(value))
      throw new QueryProblem(
        `Параметр «where»: для поля «${key}» потрібен оператор, напр. «where[${key}][equals]=…».`,
      )
    for (const [operator, operand] of Object.entries(value)) {
      if (!validOperatorSet.has(operator as never))
        throw new QueryProblem(
          `Параметр «where»: невідомий оператор «${operator.slice(0, 40)}» для поля «${key}».`,
        )
      checkOperatorValue(key, operator, operand, context)
      count.conditions += 1
    }
  }
  if (context.anonymous && count.conditions > context.limits.maxWhereConditions)
    throw new QueryProblem(
      `Без входу «where» може мати не більше ${context.limits.maxWhereConditions} умов.`,
    )
}

/** The first problem of a REST query, as a message for a 400 response; undefined when fine. */
export function findQueryProblem(query: Query, context: QueryContext): string | undefined {
  try {
    checkIntegers(query, context)
    checkBooleans(query, context)
    checkSort(query)
    for (const name of ['select', 'populate'] as const)
      if (name in query) checkSelectTree(query[name], name)
    if ('joins' in query && query.joins !== 'false' && !isPlainObject(query.joins))
      throw new QueryProblem('Параметр «joins» має бути false або набором полів.')
    for (const name of ['locale', 'fallbackLocale', 'fallback-locale'])
      if (name in query && typeof query[name] !== 'string')
        throw new QueryProblem(`Параметр «${name}» має бути рядком.`)
    if ('data' in query && !isPlainObject(checkJsonParam(query, 'data')))
      throw new QueryProblem('Параметр «data» має бути JSON-об’єктом.')
    if ('where' in query) checkWhere(checkJsonParam(query, 'where'), context, 0, { conditions: 0 })
    return undefined
  } catch (error) {
    if (error instanceof QueryProblem) return error.message
    throw error
  }
}
