import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Branches } from '@cms/collections/Branches'
import { Documents } from '@cms/collections/Documents'
import { Items } from '@cms/collections/Items'
import { News } from '@cms/collections/News'
import { repoRoot } from '@cms/config/paths'
import { Site } from '@cms/globals/Site'
import { BRANCH_KINDS } from '@domain/vocabularies/branchKinds'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { DOCUMENT_STATUSES, STATUS_MODES } from '@domain/vocabularies/documentStatuses'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { ITEM_TYPES } from '@domain/vocabularies/itemTypes'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'
import { SANITARY_WEEKS } from '@domain/vocabularies/sanitaryWeeks'
import { SOCIAL_NETWORKS } from '@domain/vocabularies/socialNetworks'
import { SPECIAL_DAY_REASONS } from '@domain/vocabularies/specialDayReasons'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import { RESILIENCE_FEATURES } from '@domain/vocabularies/resilienceFeatures'
import { WEEKDAYS } from '@domain/vocabularies/weekdays'
import { newsSchema } from '@site/data/read/schemas'

/** Every field of a config at any depth (groups, rows, tabs, arrays), with its dotted path. */
function fieldsOf(fields: Field[], prefix = ''): [string, Field][] {
  return fields.flatMap((field): [string, Field][] => {
    const name = 'name' in field ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const own: [string, Field][] = 'name' in field ? [[name, field]] : []
    const nestedPrefix = 'name' in field ? `${name}.` : prefix
    const children =
      'fields' in field
        ? fieldsOf(field.fields, nestedPrefix)
        : 'tabs' in field
          ? field.tabs.flatMap((tab) => fieldsOf(tab.fields, nestedPrefix))
          : []
    return [...own, ...children]
  })
}

function optionValues(fields: Field[], fieldPath: string): string[] {
  const field = fieldsOf(fields).find(([name]) => name === fieldPath)?.[1]
  if (!field || !('options' in field)) throw new Error(`No select field ${fieldPath}`)
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

describe('the admin offers exactly the values of the domain vocabularies', () => {
  it.each([
    ['news category', News.fields, 'category', Object.keys(NEWS_CATEGORIES)],
    ['document type', Documents.fields, 'type', Object.keys(DOCUMENT_TYPES)],
    ['document status', Documents.fields, 'status', Object.keys(DOCUMENT_STATUSES)],
    ['status mode', Documents.fields, 'statusMode', Object.keys(STATUS_MODES)],
    ['item type', Items.fields, 'type', Object.keys(ITEM_TYPES)],
    ['branch kind', Branches.fields, 'kind', Object.keys(BRANCH_KINDS)],
    ['branch service', Branches.fields, 'services', Object.keys(BRANCH_SERVICES)],
    ['weekday', Branches.fields, 'weeklyHours.day', [...WEEKDAYS]],
    ['sanitary week', Branches.fields, 'sanitaryDay.week', Object.keys(SANITARY_WEEKS)],
    ['special-day reason', Branches.fields, 'specialDays.reason', Object.keys(SPECIAL_DAY_REASONS)],
    ['closure reason', Branches.fields, 'closures.reason', Object.keys(CLOSURE_REASONS)],
    [
      'resilience feature',
      Branches.fields,
      'resilience.features',
      Object.keys(RESILIENCE_FEATURES),
    ],
    ['social network', Site.fields, 'social.network', Object.keys(SOCIAL_NETWORKS)],
  ])('%s', (_name, fields, fieldPath, keys) => {
    expect(optionValues(fields, fieldPath)).toEqual(keys)
  })

  it('the site accepts every news category the admin offers', () => {
    for (const category of optionValues(News.fields, 'category'))
      expect(newsSchema.shape.category.safeParse(category).success).toBe(true)
  })
})

/** Vocabularies whose keys are specific enough to find as copies (not «news», «other», «plan»). */
const VOCABULARIES: Record<string, readonly string[]> = {
  'branch kinds': Object.keys(BRANCH_KINDS),
  'branch services': Object.keys(BRANCH_SERVICES),
  'closure reasons': Object.keys(CLOSURE_REASONS),
  'resilience features': Object.keys(RESILIENCE_FEATURES),
  'document statuses': Object.keys(DOCUMENT_STATUSES),
  'document types': Object.keys(DOCUMENT_TYPES),
  'item types': Object.keys(ITEM_TYPES),
  'news categories': Object.keys(NEWS_CATEGORIES),
  'sanitary weeks': Object.keys(SANITARY_WEEKS),
  'social networks': Object.keys(SOCIAL_NETWORKS),
  'special-day reasons': Object.keys(SPECIAL_DAY_REASONS),
  weekdays: WEEKDAYS,
}

/** Code that may spell out a vocabulary's keys: the vocabularies themselves and generated code. */
const MAY_LIST_KEYS =
  /^(domain\/vocabularies\/|cms\/payload-types\.ts|cms\/migrations\/|tests\/|content\/)/

describe('each vocabulary is written once', () => {
  const files = execFileSync('git', ['ls-files', 'cms', 'site', 'domain', 'bench'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(ts|tsx|astro|mjs)$/.test(file) && !MAY_LIST_KEYS.test(file))

  it.each(Object.entries(VOCABULARIES))('no hand-made copy of the %s', (_name, keys) => {
    const copies = files.flatMap((file) =>
      readFileSync(path.join(repoRoot, file), 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
        // A copy of a list: three or more of its keys quoted on one line.
        .filter(({ line }) => keys.filter((key) => line.includes(`'${key}'`)).length >= 3)
        .map(({ where }) => where),
    )
    expect(copies).toEqual([])
  })
})
