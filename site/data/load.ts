import path from 'node:path'

import { getPayload, type CollectionSlug, type Payload } from 'payload'
import { z } from 'zod'

import { BRANCH_SERVICES } from '../../cms/collections/Branches'
import { DOCUMENT_TYPES } from '../../cms/collections/Documents'
import { ITEM_TYPES } from '../../cms/collections/Items'
import { NEWS_CATEGORIES } from '../../cms/collections/News'
import { env } from '../../cms/config/env'
import { kyivDay, STATUS_LABELS } from '../../cms/lib/document-status/deriveStatus'
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../cms/lib/opening-hours/time'
import {
  RIGHTS_STATEMENTS,
  rightsCodeFromUri,
  rightsUri,
} from '../../cms/lib/rights/rightsStatements'
import { slugify } from '../../cms/lib/slugs/transliterate'
import { formatBytes } from '../../cms/lib/uploads/formatBytes'
import config from '../../cms/payload.config'
import { formatCalendarDay, kyivYear } from '../lib/format/dates'
import { typeset } from '../lib/format/typography'
import type { DayHours, Schedule, SpecialDay } from '../lib/hours/schedule'
import {
  COLLECTION_BROWSE,
  RESERVED_TOP_LEVEL,
  urls,
  type NewsCategory,
} from '../lib/urls'
import { ImagePipeline, writeManifest, type SourceImage } from './images'
import { IMAGE_CACHE_DIR, manifestFile } from './paths'
import type {
  BranchData,
  CollectionData,
  DocumentData,
  ItemData,
  Link,
  NewsData,
  PageData,
  SiteModel,
} from './model'
import { renderRichText, type Attachment, type RichTextContext } from './richText'


const id = z.union([z.number(), z.string()]).transform(String)
const ref = z
  .union([id, z.object({ id })])
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : typeof value === 'string' ? value : value.id))
const refs = z
  .array(ref)
  .nullish()
  .transform((values) => (values ?? []).filter((value): value is string => value !== undefined))
const text = z.string().nullish().transform((value) => (value?.trim() ? value.trim() : undefined))
const required = z.string().trim().min(1, 'порожнє поле')
const date = z.string().nullish().transform((value) => (value ? value : undefined))
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullish()
const richText = z.unknown()

const mediaSchema = z.object({
  id,
  filename: required,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: required,
  caption: text,
  credit: text,
  sizes: z.object({ og: z.object({ filename: z.string().nullish() }).nullish() }).nullish(),
})

const fileSchema = z.object({
  id,
  title: required,
  description: text,
  filename: required,
  filesize: z.number().nonnegative(),
  mimeType: z.string(),
  format: text,
})

const span = { opens: time, closes: time, breakFrom: time, breakTo: time }

const branchSchema = z.object({
  id,
  name: required,
  shortName: text,
  slug: required,
  kind: z.string(),
  address: z.object({ street: required, building: required, postcode: text, city: text }),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  phones: z.array(z.object({ number: required, note: text })).nullish(),
  email: text,
  head: text,
  weeklyHours: z.array(z.object({ day: z.enum(WEEKDAYS), ...span })).nullish(),
  sanitaryDay: z
    .object({
      week: z.enum(['first', 'second', 'third', 'fourth', 'last']).nullish(),
      weekday: z.enum(WEEKDAYS).nullish(),
    })
    .nullish(),
  specialDays: z
    .array(z.object({ from: required, to: date, closed: z.boolean().nullish(), reason: text, note: text, ...span }))
    .nullish(),
  services: z.array(z.string()).nullish(),
  accessibilityNotes: text,
  description: richText,
  photos: refs,
  order: z.number().nullish(),
})

const newsSchema = z.object({
  id,
  title: required,
  slug: required,
  publishedAt: z.string().nullish(),
  updatedAt: z.string(),
  category: z.enum(Object.keys(NEWS_CATEGORIES) as [NewsCategory, ...NewsCategory[]]),
  branches: refs,
  excerpt: text,
  cover: ref,
  body: richText,
  tags: z.array(z.string()).nullish(),
})

const documentSchema = z.object({
  id,
  title: required,
  slug: required,
  type: z.string(),
  number: text,
  adoptedOn: date,
  issuer: text,
  validFrom: date,
  validTo: date,
  status: z.enum(Object.keys(STATUS_LABELS) as [keyof typeof STATUS_LABELS]),
  summary: text,
  body: richText,
  attachments: refs,
  related: refs,
  supersedes: refs,
})

const collectionSchema = z.object({
  id,
  title: required,
  slug: required,
  description: richText,
  cover: ref,
  curator: text,
  defaultRights: text,
  order: z.number().nullish(),
})

const itemSchema = z.object({
  id,
  identifier: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/),
  title: required,
  collections: refs,
  type: z.string(),
  creator: text,
  dateWritten: text,
  startYear: z.number().int().nullish(),
  endYear: z.number().int().nullish(),
  description: text,
  subjects: z.array(z.string()).nullish(),
  places: z.array(z.string()).nullish(),
  language: text,
  format: text,
  extent: text,
  source: z.object({ branch: ref, shelfMark: text }).nullish(),
  rights: text,
  images: z.array(z.object({ image: ref, label: text })).nullish(),
  transcription: text,
  related: refs,
})

const pageSchema = z.object({ id, title: required, slug: required, summary: text, body: richText })

const siteSchema = z.object({
  name: required,
  shortName: text,
  tagline: text,
  contacts: z.object({ address: text, phone: text, email: text }).nullish(),
  social: z.array(z.object({ network: z.string(), url: z.string() })).nullish(),
  headerNav: z.array(z.object({ label: z.string(), href: z.string() })).nullish(),
  footerNav: z.array(z.object({ label: z.string(), href: z.string() })).nullish(),
  footerText: text,
})

/** Parses one document, naming the collection, document and field when it does not fit. */
function parse<T extends z.ZodType>(schema: T, collection: string, doc: unknown): z.output<T> {
  const result = schema.safeParse(doc)
  if (result.success) return result.data
  const record = (doc ?? {}) as Record<string, unknown>
  const key = record.slug ?? record.identifier ?? record.id
  const name = typeof key === 'string' || typeof key === 'number' ? String(key) : '?'
  const fields = result.error.issues
    .map((issue) => `поле «${issue.path.join('.') || '(документ)'}»: ${issue.message}`)
    .join('; ')
  throw new Error(`Сайт не зібрано: ${collection} «${name}» — ${fields}`)
}

/** Every published document of a collection, read as an anonymous visitor: never a draft. */
async function published(payload: Payload, collection: CollectionSlug): Promise<unknown[]> {
  const result = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: false,
    limit: 0,
  })
  return withPreviewDraft(payload, collection, result.docs)
}

/**
 * A preview build (cms/preview, only ever started by the CMS for a signed-in editor who may read
 * the draft, into a private folder) shows one draft as if it were published. Release builds
 * never set SITE_PREVIEW.
 */
async function withPreviewDraft(payload: Payload, collection: CollectionSlug, docs: unknown[]): Promise<unknown[]> {
  if (!process.env.SITE_PREVIEW) return docs
  const target = JSON.parse(process.env.SITE_PREVIEW) as { collection?: string; id?: number | string }
  if (target.collection !== collection || target.id === undefined) return docs
  const draft = await payload.findByID({ collection, id: target.id, draft: true, depth: 0, overrideAccess: true })
  const others = docs.filter((doc) => String((doc as { id: unknown }).id) !== String(target.id))
  return [...others, { ...draft, _status: 'published' }]
}

const tel = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

function hoursText(hours: { opens?: string | null; closes?: string | null }): string {
  return `${hours.opens}–${hours.closes}`
}

function toDay(value: string): string {
  return kyivDay(new Date(value))
}

/** A rights statement with its official URI, whether the CMS stored its code or its URI. */
function rightsFor(value: string | undefined) {
  if (!value) return undefined
  const code = value.includes('://') ? rightsCodeFromUri(value) : value
  const statement = RIGHTS_STATEMENTS.find((entry) => entry.code === code)
  return statement ? { uri: rightsUri(statement.code), label: statement.uk } : undefined
}

const STATUS_PATHS = {
  project: 'proiekty',
  pending: 'shche-ne-chynni',
  'in-force': 'chynni',
  expired: 'vtratyly-chynnist',
  repealed: 'skasovani',
} as const

/** Reads all published content through the Local API and shapes it for the pages. */
export async function loadSiteModel(now = new Date()): Promise<SiteModel> {
  const payload = await getPayload({ config })
  const images = new ImagePipeline(path.join(env.dataDir, 'media'), IMAGE_CACHE_DIR)

  const [
    rawSite,
    rawMedia,
    rawFiles,
    rawBranches,
    rawNews,
    rawDocuments,
    rawCollections,
    rawItems,
    rawPages,
  ] = await Promise.all([
    payload.findGlobal({ slug: 'site', overrideAccess: false, depth: 0 }),
    published(payload, 'media'),
    published(payload, 'files'),
    published(payload, 'branches'),
    published(payload, 'news'),
    published(payload, 'documents'),
    published(payload, 'digital-collections'),
    published(payload, 'items'),
    published(payload, 'pages'),
  ])

  const media = new Map<string, SourceImage>()
  const ogFiles = new Map<string, string>()
  for (const doc of rawMedia) {
    const item = parse(mediaSchema, 'media', doc)
    media.set(item.id, { ...item, alt: typeset(item.alt) })
    if (item.sizes?.og?.filename) ogFiles.set(item.id, item.sizes.og.filename)
  }
  const files = new Map<string, Attachment>()
  for (const doc of rawFiles) {
    const file = parse(fileSchema, 'files', doc)
    files.set(file.id, {
      title: file.title,
      description: file.description,
      href: images.copy(path.join(env.dataDir, 'files', file.filename), urls.file(file.filename)),
      format: file.format ?? file.filename.split('.').pop()?.toUpperCase() ?? 'файл',
      size: formatBytes(file.filesize),
    })
  }

  const branchDocs = rawBranches.map((doc) => parse(branchSchema, 'branches', doc))
  const newsDocs = rawNews.map((doc) => parse(newsSchema, 'news', doc))
  const documentDocs = rawDocuments.map((doc) => parse(documentSchema, 'documents', doc))
  const collectionDocs = rawCollections.map((doc) => parse(collectionSchema, 'digital-collections', doc))
  const pageDocs = rawPages.map((doc) => parse(pageSchema, 'pages', doc))
  const site = parse(siteSchema, 'site', rawSite)

  for (const page of pageDocs) {
    if ((RESERVED_TOP_LEVEL as readonly string[]).includes(page.slug))
      throw new Error(`Сайт не зібрано: pages «${page.slug}» — адреса зайнята розділом сайту.`)
  }
  for (const collection of collectionDocs) {
    if ((Object.values(COLLECTION_BROWSE) as string[]).includes(collection.slug))
      throw new Error(`Сайт не зібрано: digital-collections «${collection.slug}» — адреса зайнята переглядом колекцій.`)
  }

  const collectionById = new Map(collectionDocs.map((doc) => [doc.id, doc]))
  const itemDocs = rawItems
    .map((doc) => parse(itemSchema, 'items', doc))
    // An item is public only inside a published collection.
    .filter((item) => item.collections.some((ref) => collectionById.has(ref)))

  const itemUrl = (item: { identifier: string; collections: string[] }) => {
    const primary = item.collections.map((ref) => collectionById.get(ref)).find(Boolean)!
    return urls.item(primary.slug, item.identifier)
  }
  const hrefs: Record<string, Map<string, string>> = {
    news: new Map(newsDocs.map((doc) => [doc.id, urls.newsItem(doc.slug)])),
    branches: new Map(branchDocs.map((doc) => [doc.id, urls.branch(doc.slug)])),
    documents: new Map(documentDocs.map((doc) => [doc.id, urls.document(doc.slug)])),
    pages: new Map(pageDocs.map((doc) => [doc.id, urls.page(doc.slug)])),
    'digital-collections': new Map(collectionDocs.map((doc) => [doc.id, urls.collection(doc.slug)])),
    items: new Map(itemDocs.map((doc) => [doc.id, itemUrl(doc)])),
  }
  const context = (where: string): RichTextContext => ({
    where,
    media,
    files,
    images,
    hrefOf: (collection, docId) => hrefs[collection]?.get(docId),
  })
  const render = (value: unknown, collection: string, slug: string, field: string) =>
    renderRichText(value, context(`${collection} «${slug}», поле «${field}»`))
  const picture = (
    ref: string | undefined,
    widths: readonly number[],
    where: string,
  ) => {
    if (!ref) return undefined
    const source = media.get(ref)
    if (!source) throw new Error(`Сайт не зібрано: ${where} — зображення ${ref} відсутнє.`)
    try {
      return images.picture(source, widths)
    } catch (cause) {
      throw new Error(`Сайт не зібрано: ${where} — ${(cause as Error).message}.`, { cause })
    }
  }

  // Branches
  const today = kyivDay(now)
  const branches: BranchData[] = branchDocs.map((doc) => {
    const weekly: Schedule['weekly'] = {}
    for (const row of doc.weeklyHours ?? []) {
      if (!row.opens || !row.closes) continue
      weekly[row.day] = { opens: row.opens, closes: row.closes, breakFrom: row.breakFrom, breakTo: row.breakTo }
    }
    const specialDays: SpecialDay[] = (doc.specialDays ?? []).map((day) => {
      const from = toDay(day.from)
      const hours: DayHours | null =
        !day.closed && day.opens && day.closes
          ? { opens: day.opens, closes: day.closes, breakFrom: day.breakFrom, breakTo: day.breakTo }
          : null
      return {
        from,
        to: day.to ? toDay(day.to) : from,
        closed: day.closed !== false || !hours,
        hours,
        reason: day.reason,
        note: day.note ? typeset(day.note) : undefined,
      }
    })
    const sanitary =
      doc.sanitaryDay?.week && doc.sanitaryDay.weekday
        ? { week: doc.sanitaryDay.week, weekday: doc.sanitaryDay.weekday }
        : null
    const description = render(doc.description, 'branches', doc.slug, 'description')
    const kind = doc.kind
    const street = typeset(doc.address.street)
    const city = doc.address.city ?? 'Київ'
    return {
      id: doc.id,
      slug: doc.slug,
      url: urls.branch(doc.slug),
      name: typeset(doc.name),
      shortName: typeset(doc.shortName ?? doc.name),
      kind: doc.kind,
      kindLabel: KIND_LABELS[kind] ?? doc.kind,
      address: {
        street,
        building: doc.address.building,
        postcode: doc.address.postcode,
        city,
        line: `${street}, ${doc.address.building}`,
      },
      latitude: doc.latitude ?? undefined,
      longitude: doc.longitude ?? undefined,
      phones: (doc.phones ?? []).map((phone) => ({
        number: phone.number.replace(/ /g, '\u00a0'),
        tel: tel(phone.number),
        note: phone.note,
      })),
      email: doc.email,
      head: doc.head ? typeset(doc.head) : undefined,
      schedule: { weekly, sanitaryDay: sanitary, specialDays },
      weekly: WEEKDAYS.map((day: Weekday) => {
        const hours = weekly[day]
        return {
          day,
          label: WEEKDAY_LABELS[day].uk,
          hours: hours ? hoursText(hours) : undefined,
          breakText: hours?.breakFrom && hours.breakTo ? `${hours.breakFrom}–${hours.breakTo}` : undefined,
        }
      }),
      sanitaryText: sanitary ? sanitaryDayText(sanitary.week, sanitary.weekday) : undefined,
      specialDays: specialDays
        .filter((day) => day.to >= today)
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((day) => ({
          ...day,
          label:
            day.from === day.to
              ? formatCalendarDay(day.from)
              : `${formatCalendarDay(day.from)} — ${formatCalendarDay(day.to)}`,
          hoursText: day.closed || !day.hours ? 'зачинено' : hoursText(day.hours),
        })),
      services: (doc.services ?? []).map((key) => ({
        key,
        label: BRANCH_SERVICES[key as keyof typeof BRANCH_SERVICES]?.uk ?? key,
      })),
      accessibilityNotes: doc.accessibilityNotes ? typeset(doc.accessibilityNotes) : undefined,
      descriptionHtml: description.html,
      descriptionText: description.text,
      photos: doc.photos
        .map((ref) => picture(ref, [400, 800, 1200], `branches «${doc.slug}», поле «photos»`))
        .filter((value) => value !== undefined),
      order: doc.order ?? 100,
    }
  })
  const branchLink = new Map(branches.map((branch) => [branch.id, branch]))

  // News, newest first
  const news: NewsData[] = newsDocs
    .map((doc) => {
      const cover = picture(doc.cover, [400, 800, 1200], `news «${doc.slug}», поле «cover»`)
      const og = doc.cover ? ogFiles.get(doc.cover) : undefined
      const linked = doc.branches.map((ref) => branchLink.get(ref)).filter((b) => b !== undefined)
      return {
        id: doc.id,
        slug: doc.slug,
        url: urls.newsItem(doc.slug),
        title: typeset(doc.title),
        publishedAt: doc.publishedAt ?? doc.updatedAt,
        category: doc.category,
        categoryLabel: NEWS_CATEGORIES[doc.category].uk,
        excerpt: doc.excerpt ? typeset(doc.excerpt) : undefined,
        cover,
        ogImage: og ? images.copy(path.join(env.dataDir, 'media', og), `/media/og/${og}`) : undefined,
        bodyHtml: render(doc.body, 'news', doc.slug, 'body').html,
        branches: linked.map((branch) => ({ href: branch.url, title: branch.name })),
        branchSlugs: linked.map((branch) => branch.slug),
        tags: doc.tags ?? [],
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

  // Documents
  const documentLink = new Map(documentDocs.map((doc) => [doc.id, { href: urls.document(doc.slug), title: typeset(doc.title) }]))
  const links = (refs: string[], map: Map<string, Link>) =>
    refs.map((ref) => map.get(ref)).filter((link): link is Link => link !== undefined)
  const documents: DocumentData[] = documentDocs
    .map((doc) => {
      const body = render(doc.body, 'documents', doc.slug, 'body')
      const type = doc.type as keyof typeof DOCUMENT_TYPES
      const typeLabel = DOCUMENT_TYPES[type]?.uk ?? doc.type
      const dated = doc.adoptedOn ?? doc.validFrom
      return {
        id: doc.id,
        slug: doc.slug,
        url: urls.document(doc.slug),
        title: typeset(doc.title),
        type: doc.type,
        typeLabel,
        typePath: slugify(typeLabel),
        // Editors sometimes type the № themselves; the site adds it.
        number: doc.number?.replace(/^№\s*/u, ''),
        adoptedOn: doc.adoptedOn,
        year: dated ? kyivYear(dated) : undefined,
        issuer: doc.issuer ? typeset(doc.issuer) : undefined,
        validFrom: doc.validFrom,
        validTo: doc.validTo,
        status: doc.status,
        statusLabel: STATUS_LABELS[doc.status].uk,
        statusPath: STATUS_PATHS[doc.status],
        summary: doc.summary ? typeset(doc.summary) : undefined,
        bodyHtml: body.html,
        toc: body.toc,
        attachments: doc.attachments
          .map((ref) => files.get(ref))
          .filter((file): file is Attachment => file !== undefined),
        related: links(doc.related, documentLink),
        supersedes: links(doc.supersedes, documentLink),
        supersededBy: documentDocs
          .filter((other) => other.supersedes.includes(doc.id))
          .map((other) => documentLink.get(other.id)!),
      }
    })
    .sort((a, b) => (b.adoptedOn ?? b.validFrom ?? '').localeCompare(a.adoptedOn ?? a.validFrom ?? ''))

  // Digital collections and items
  const collections: CollectionData[] = collectionDocs
    .map((doc) => {
      const description = render(doc.description, 'digital-collections', doc.slug, 'description')
      return {
        id: doc.id,
        slug: doc.slug,
        url: urls.collection(doc.slug),
        title: typeset(doc.title),
        descriptionHtml: description.html,
        descriptionText: description.text,
        cover: picture(doc.cover, [400, 800, 1200], `digital-collections «${doc.slug}», поле «cover»`),
        curator: doc.curator ? typeset(doc.curator) : undefined,
        rights: rightsFor(doc.defaultRights),
        order: doc.order ?? 100,
        itemCount: itemDocs.filter((item) => item.collections[0] === doc.id || item.collections.includes(doc.id)).length,
      }
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'uk'))
  const collectionLink = new Map(collections.map((c) => [c.id, { href: c.url, title: c.title, slug: c.slug }]))
  const itemLink = new Map(itemDocs.map((doc) => [doc.id, { href: itemUrl(doc), title: typeset(doc.title) }]))

  const items: ItemData[] = itemDocs.map((doc) => {
    const where = `items «${doc.identifier}»`
    const inCollections = doc.collections.map((ref) => collectionLink.get(ref)).filter((c) => c !== undefined)
    const primary = inCollections[0]!
    const primaryDoc = collectionById.get(doc.collections.find((ref) => collectionById.has(ref))!)!
    const type = ITEM_TYPES[doc.type as keyof typeof ITEM_TYPES]
    const decades: number[] = []
    if (doc.startYear) {
      const end = Math.min(doc.endYear ?? doc.startYear, doc.startYear + 100)
      for (let decade = Math.floor(doc.startYear / 10) * 10; decade <= end; decade += 10) decades.push(decade)
    }
    const pages = (doc.images ?? []).map((entry, index) => {
      const source = entry.image ? media.get(entry.image) : undefined
      if (!source) throw new Error(`Сайт не зібрано: ${where}, поле «images.${index}.image» — зображення відсутнє.`)
      return {
        label: entry.label ? typeset(entry.label) : `Сторінка ${index + 1}`,
        thumb: images.picture(source, [160, 320]),
        full: images.picture(source, [800, 1600]),
        download: images.original(source),
      }
    })
    return {
      id: doc.id,
      identifier: doc.identifier,
      url: itemUrl(doc),
      title: typeset(doc.title),
      collection: primary,
      collections: inCollections.map(({ href, title }) => ({ href, title })),
      type: doc.type,
      typeLabel: type?.label.uk ?? doc.type,
      dcmiType: type?.dcmi ?? 'Image',
      creator: doc.creator ? typeset(doc.creator) : undefined,
      dateWritten: doc.dateWritten,
      startYear: doc.startYear ?? undefined,
      endYear: doc.endYear ?? undefined,
      decades,
      description: doc.description ? typeset(doc.description) : undefined,
      subjects: (doc.subjects ?? []).map((title) => ({ title, href: urls.browse('subject', slugify(title)) })),
      places: (doc.places ?? []).map((title) => ({ title, href: urls.browse('place', slugify(title)) })),
      language: doc.language,
      format: doc.format,
      extent: doc.extent ? typeset(doc.extent) : undefined,
      source: doc.source
        ? {
            branch: doc.source.branch && branchLink.get(doc.source.branch)
              ? { href: branchLink.get(doc.source.branch)!.url, title: branchLink.get(doc.source.branch)!.name }
              : undefined,
            shelfMark: doc.source.shelfMark,
          }
        : undefined,
      rights: rightsFor(doc.rights ?? primaryDoc.defaultRights),
      pages,
      transcription: doc.transcription,
      related: links(doc.related, itemLink),
    }
  })

  const pages: PageData[] = pageDocs.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    url: urls.page(doc.slug),
    title: typeset(doc.title),
    summary: doc.summary ? typeset(doc.summary) : undefined,
    bodyHtml: render(doc.body, 'pages', doc.slug, 'body').html,
  }))

  await writeManifest(manifestFile(), await images.run())

  return {
    site: {
      name: typeset(site.name),
      shortName: typeset(site.shortName ?? site.name),
      tagline: site.tagline ? typeset(site.tagline) : undefined,
      contacts: site.contacts ?? {},
      social: site.social ?? [],
      headerNav: site.headerNav ?? [],
      footerNav: site.footerNav ?? [],
      footerText: site.footerText ? typeset(site.footerText) : undefined,
      builtAt: now.toISOString(),
    },
    news,
    branches: branches.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'uk')),
    documents,
    collections,
    items: items.sort((a, b) => a.identifier.localeCompare(b.identifier)),
    pages,
  }
}

const KIND_LABELS: Record<string, string> = {
  central: 'Центральна бібліотека',
  adult: 'Бібліотека для дорослих',
  children: 'Бібліотека для дітей',
  youth: 'Бібліотека для юнацтва',
  family: 'Бібліотека сімейного читання',
  hub: 'Бібліотека-хаб',
}

const FEMININE_WEEKDAYS: readonly Weekday[] = ['wed', 'fri', 'sat', 'sun']
const ORDINALS = {
  first: ['перший', 'перша'],
  second: ['другий', 'друга'],
  third: ['третій', 'третя'],
  fourth: ['четвертий', 'четверта'],
  last: ['останній', 'остання'],
} as const

/** "Санітарний день — остання п’ятниця місяця", with the ordinal agreeing with the weekday. */
function sanitaryDayText(week: keyof typeof ORDINALS, weekday: Weekday): string {
  const ordinal = ORDINALS[week][FEMININE_WEEKDAYS.includes(weekday) ? 1 : 0]
  return `Санітарний день — ${ordinal} ${WEEKDAY_LABELS[weekday].uk.toLowerCase()} місяця`
}
