import type { FieldHook, TextField } from 'payload'

import { label } from '@domain/i18n/label'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@domain/i18n/locales'
import { message } from '../i18n/messages'
import { isValidSlug, slugify } from '@domain/slugs/transliterate'
import { isValueTaken, uniqueValidator } from './uniqueText'

type SlugOptions = {
  /**
   * The field a translation's slug comes from when the source stays in the original language
   * (a document's official title): its translated title.
   */
  translationSource?: string
  /**
   * Slugs the site uses itself in a language (a standalone page may not be /en/news/): refused
   * with a clear message, and skipped when a slug is made from the title.
   */
  reserved?: (locale: Locale) => readonly string[]
}

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE)

/** The field an empty slug is made from in the locale being saved. */
function sourceFor(sourceField: string, options: SlugOptions, locale: unknown): string {
  const translating = typeof locale === 'string' && locale !== DEFAULT_LOCALE
  return translating && options.translationSource ? options.translationSource : sourceField
}

/**
 * Fills an empty slug from the source field, adding -2, -3… until it is free. Slugs are per
 * locale: an English slug is made from the English title and is unique among English slugs.
 */
function fillSlugFrom(sourceField: string, options: SlugOptions): FieldHook {
  return async ({ value, data, originalDoc, req, collection }): Promise<unknown> => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const saved = (data ?? {}) as Record<string, unknown>
    const stored = (originalDoc ?? {}) as Record<string, unknown>
    const field = sourceFor(sourceField, options, req.locale)
    const source = saved[field] ?? stored[field]
    if (typeof source !== 'string' || source.trim() === '' || !collection) return value
    const base = slugify(source)
    if (!base) return value
    const id = stored.id as number | string | undefined
    const reserved = options.reserved?.(localeOf(req.locale)) ?? []
    for (let attempt = 1; attempt < 1000; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      if (reserved.includes(candidate)) continue
      const taken = await isValueTaken({
        req,
        collection: collection.slug,
        field: 'slug',
        value: candidate,
        id,
      })
      if (!taken) return candidate
    }
    return `${base}-${Date.now()}`
  }
}

const checkUnique = uniqueValidator('slug', 'slugTaken')

/**
 * The part of a page's address: generated from the title by the official Ukrainian
 * transliteration when left empty, editable, unique within the collection and its locale.
 */
export function slugField(sourceField = 'title', slugOptions: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    label: label('Адреса (slug)', 'Slug'),
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: label(
        'Частина адреси сторінки. Порожнє поле заповниться транслітерацією назви.',
        'Part of the page address. Left empty, it is made from the title.',
      ),
    },
    hooks: { beforeValidate: [fillSlugFrom(sourceField, slugOptions)] },
    validate: async (value, options) => {
      if (value === null || value === undefined || value === '') return true
      if (!isValidSlug(value)) return message(options.req, 'slugFormat')
      const locale = localeOf(options.req.locale)
      if (slugOptions.reserved?.(locale).includes(value))
        return message(options.req, locale === 'en' ? 'slugReservedEnglish' : 'slugReserved', {
          slug: value,
        })
      return checkUnique(value, options)
    },
  }
}
