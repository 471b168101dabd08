import type { Config, Field, PayloadRequest, Plugin, Validate } from 'payload'
import { text as defaultTextValidator, textarea as defaultTextareaValidator } from 'payload/shared'

import { message } from '@cms/i18n/messages'
import {
  CATEGORY_NAMES,
  checkText,
  TEXT_MAX_LENGTH,
  TEXTAREA_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type TextProblem,
  type TextRule,
} from './rules'

/** Fields that name their document get the title limit when they set none of their own. */
const TITLE_NAMES = new Set(['title', 'name'])

type TextLikeField = Extract<Field, { type: 'text' | 'textarea' }>

/** The rule a text or textarea field follows: its own maxLength, else our default. */
export function textRuleOf(field: TextLikeField): TextRule {
  const fallback =
    field.type === 'textarea'
      ? TEXTAREA_MAX_LENGTH
      : TITLE_NAMES.has(field.name)
        ? TITLE_MAX_LENGTH
        : TEXT_MAX_LENGTH
  return { multiline: field.type === 'textarea', maxLength: field.maxLength ?? fallback }
}

/** Finds a text or textarea field by name anywhere in `fields` (groups, tabs, rows, arrays). */
export function findTextField(fields: Field[], name: string): TextLikeField | undefined {
  for (const field of fields) {
    if ((field.type === 'text' || field.type === 'textarea') && field.name === name) return field
    for (const nested of childFieldLists(field)) {
      const found = findTextField(nested, name)
      if (found) return found
    }
  }
  return undefined
}

function childFieldLists(field: Field): Field[][] {
  switch (field.type) {
    case 'group':
    case 'array':
    case 'row':
    case 'collapsible':
      return [field.fields]
    case 'tabs':
      return field.tabs.map((tab) => tab.fields)
    case 'blocks':
      return (field.blocks ?? []).map((block) => block.fields)
    default:
      return []
  }
}

function problemMessage(req: PayloadRequest, problem: TextProblem): string {
  if (problem.kind === 'tooLong')
    return message(req, 'textTooLong', { length: problem.length, maxLength: problem.maxLength })
  const language = req.i18n?.language === 'en' ? 'en' : 'uk'
  return message(req, 'textRefusedCharacter', {
    description: CATEGORY_NAMES[problem.category][language],
    codePoint: problem.codePoint,
    position: problem.position,
  })
}

/** The field's own validation (or Payload's default), then our rule on every string it holds. */
function withTextRule(field: TextLikeField): TextLikeField {
  const rule = textRuleOf(field)
  const own = (field.validate ??
    (field.type === 'textarea' ? defaultTextareaValidator : defaultTextValidator)) as Validate
  const validate: Validate = async (value, options) => {
    const result = await own(value, options)
    if (result !== true) return result
    const values: unknown[] = Array.isArray(value) ? value : [value]
    for (const each of values) {
      if (typeof each !== 'string') continue
      const problem = checkText(each, rule)
      if (problem) return problemMessage(options.req, problem)
    }
    return true
  }
  return { ...field, maxLength: rule.maxLength, validate }
}

/** Applies the rule to every text and textarea field in `fields`, however deeply nested. */
export function applyTextRules(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.custom?.plainText === false) return field
    if (field.type === 'text' || field.type === 'textarea') return withTextRule(field)
    switch (field.type) {
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return { ...field, fields: applyTextRules(field.fields) }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: applyTextRules(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: (field.blocks ?? []).map((block) => ({
            ...block,
            fields: applyTextRules(block.fields),
          })),
        }
      default:
        return field
    }
  })
}

/**
 * One rule for every plain-text field of every collection and global (see rules.ts): no control
 * or direction-override characters, and a maximum length (titles 300 unless they say otherwise).
 * It runs in Payload's validation, so the REST and GraphQL APIs, the admin and the importer's
 * writes all follow it. A field opts out with `custom: { plainText: false }`, a global with the
 * same on the global (the publisher's state holds build output that we write ourselves).
 */
export function plainTextRules(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: applyTextRules(collection.fields),
    })),
    globals: (config.globals ?? []).map((global) =>
      global.custom?.plainText === false
        ? global
        : { ...global, fields: applyTextRules(global.fields) },
    ),
  })
}
