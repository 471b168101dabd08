import { answerParagraphs } from '@domain/faq/publicFaq'
import { typeset } from '@domain/format/typography'
import {
  COLLECTION_BROWSE,
  isReservedEventSlug,
  RESERVED_BRANCH_SLUGS,
  RESERVED_TOP_LEVEL,
  urls,
} from '@domain/urls/urls'

import { ImagePipeline, writeManifest } from './images'
import type { BranchData, DocumentData, Link, ProgrammeTaskData, SiteModel } from './model'
import { documentBodies } from './documentBodies'
import { IMAGE_CACHE_DIR, manifestFile } from './paths'
import { openReader, type ContentReader } from './read/reader'
import { openReleaseRenderCache, type RenderCache } from './renderCache'
import {
  readEnglishBranches,
  readEnglishCollections,
  readEnglishDocuments,
  readEnglishProgrammeTasks,
  readEnglishItems,
  readEnglishMedia,
  readEnglishNews,
  readEnglishPages,
  englishSections,
  readEnglishSite,
  shapeEnglishBranches,
  shapeEnglishNews,
  shapeEnglishEvents,
  readEnglishEvents,
  shapeEnglishPages,
  withTranslations,
} from './english'
import {
  alertSchema,
  branchSchema,
  collectionSchema,
  documentSchema,
  eventSchema,
  faqSchema,
  inboxStatisticsSchema,
  itemSchema,
  newsSchema,
  pageSchema,
  parse,
  programmeTaskSchema,
  type DocumentDoc,
  siteSchema,
} from './read/schemas'
import { shapeBranch } from './shape/branches'
import { shapeEnglishDocuments } from './shape/englishDocuments'
import { shapeEnglishCollections, shapeEnglishItems } from './shape/englishHeritage'
import { createShaping, type Shaping } from './shape/context'
import { englishTextLinks } from './englishLinks'
import { releaseSiteUrl } from '../open-data/release'
import { shapeDocuments } from './shape/documents'
import { shapeEvent } from './shape/events'
import { HeritagePlaces, shapeCollection, shapeItem } from './shape/heritage'
import { shapeNewsItem } from './shape/news'
import { shapeAlerts, shapePage, shapeSite } from './shape/pages'
import {
  compareTasks,
  shapeEnglishProgrammeTasks,
  shapeProgrammeTasks,
  taskLinks,
  withEnglishTasks,
} from './shape/programme'
import { shapeFiles, shapeMedia } from './shape/uploads'

/**
 * What the site never shows of a document (notes to editors, who made it, the English title and
 * translation state, which are read in English): left out of the read, where at 10,000
 * documents they cost about 0.4 s of processor time.
 */
const DOCUMENT_FIELDS_UNUSED = {
  editorialNotes: false,
  createdBy: false,
  publishedBy: false,
  isSample: false,
  titleTranslation: false,
  translation: false,
} as const

/**
 * Reads all published content through the Local API and shapes it for the pages. `sample`: only
 * that many documents of each collection (the build process loading ahead, whose model is thrown
 * away): enough to load and compile every step of the read.
 */
export async function loadSiteModel(
  now = new Date(),
  options: { sample?: number } = {},
): Promise<SiteModel> {
  const reader = await openReader(options)
  const mediaDir = reader.uploadDir('media')
  const images = new ImagePipeline(mediaDir, IMAGE_CACHE_DIR)
  // A release build keeps document bodies rendered by the last one: the register is then read
  // without them, and only changed documents' bodies are read and rendered.
  const bodyCache = openReleaseRenderCache()

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
    rawTasks,
    rawEvents,
    rawAlerts,
    rawInboxStatistics,
    rawFaq,
  ] = await Promise.all([
    reader.siteGlobal(),
    reader.published('media'),
    reader.published('files'),
    reader.published('branches'),
    reader.published('news'),
    reader.published(
      'documents',
      undefined,
      undefined,
      bodyCache ? { ...DOCUMENT_FIELDS_UNUSED, body: false } : DOCUMENT_FIELDS_UNUSED,
    ),
    reader.published('digital-collections'),
    reader.published('items'),
    reader.published('pages'),
    reader.published('programme-tasks'),
    reader.published('events'),
    reader.published('alerts'),
    reader.publicStatistics('inbox'),
    reader.published('faq'),
  ])

  const { media, ogFiles } = shapeMedia(rawMedia)
  const files = shapeFiles(rawFiles, images, reader.uploadDir('files'))

  const branchDocs = rawBranches.map((doc) => parse(branchSchema, 'branches', doc))
  const newsDocs = rawNews.map((doc) => parse(newsSchema, 'news', doc))
  // Read without bodies (a release build), a document's body is null until documentBodies.
  const documentDocs = rawDocuments.map((doc) =>
    parse(documentSchema, 'documents', { body: null, ...(doc as object) }),
  )
  const collectionDocs = rawCollections.map((doc) =>
    parse(collectionSchema, 'digital-collections', doc),
  )
  const pageDocs = rawPages.map((doc) => parse(pageSchema, 'pages', doc))
  const taskDocs = rawTasks.map((doc) => parse(programmeTaskSchema, 'programme-tasks', doc))
  const eventDocs = rawEvents.map((doc) => parse(eventSchema, 'events', doc))
  const site = parse(siteSchema, 'site', rawSite)
  refuseReservedPaths(pageDocs, collectionDocs, branchDocs)
  refuseReservedEventSlugs(eventDocs)

  const places = new HeritagePlaces(collectionDocs)
  const itemDocs = rawItems
    .map((doc) => parse(itemSchema, 'items', doc))
    .filter((item) => places.isPublic(item))

  const hrefs: Record<string, Map<string, string>> = {
    news: new Map(newsDocs.map((doc) => [doc.id, urls.newsItem(doc.slug)])),
    events: new Map(eventDocs.map((doc) => [doc.id, urls.event(doc.slug)])),
    branches: new Map(branchDocs.map((doc) => [doc.id, urls.branch(doc.slug)])),
    documents: new Map(documentDocs.map((doc) => [doc.id, urls.document(doc.slug)])),
    pages: new Map(pageDocs.map((doc) => [doc.id, urls.page(doc.slug)])),
    'digital-collections': new Map(
      collectionDocs.map((doc) => [doc.id, urls.collection(doc.slug)]),
    ),
    items: new Map(itemDocs.map((doc) => [doc.id, places.itemUrl(doc)])),
  }
  const shaping = createShaping(images, media, files, hrefs)

  const branches = branchDocs.map((doc) => shapeBranch(doc, shaping, now))
  const branchById = new Map<string, BranchData>(branches.map((branch) => [branch.id, branch]))

  const programmeTasks = shapeProgrammeTasks(taskDocs, documentDocs).sort(compareTasks)
  const taskById = new Map(programmeTasks.map((task) => [task.id, task]))

  const news = newsDocs
    .map((doc) => ({
      ...shapeNewsItem(doc, shaping, { branchById, ogFiles, mediaDir }),
      programmeTasks: taskLinks(doc.programmeTasks, taskById),
    }))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

  const bodies = bodyCache
    ? await keptDocumentBodies(documentDocs, shaping, bodyCache, reader)
    : undefined
  const documents = withTasks(
    shapeDocuments(documentDocs, shaping, bodies),
    documentDocs,
    taskById,
  ).sort((a, b) =>
    (b.adoptedOn ?? b.validFrom ?? '').localeCompare(a.adoptedOn ?? a.validFrom ?? ''),
  )

  const collections = collectionDocs
    .map((doc) => ({
      ...shapeCollection(doc, itemDocs, shaping),
      programmeTasks: taskLinks(doc.programmeTasks, taskById),
    }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'uk'))
  const collectionLink = new Map(
    collections.map((c) => [c.id, { href: c.url, title: c.title, slug: c.slug }]),
  )
  const itemLink = new Map<string, Link>(
    itemDocs.map((doc) => [doc.id, { href: places.itemUrl(doc), title: typeset(doc.title) }]),
  )
  const items = itemDocs.map((doc) =>
    shapeItem(doc, shaping, { places, collectionLink, itemLink, branchById }),
  )

  const pages = pageDocs.map((doc) => shapePage(doc, shaping))

  const events = eventDocs
    .map((doc) =>
      shapeEvent(doc, shaping, {
        branchById,
        taskLinks: taskLinks(doc.programmeTasks, taskById),
        ogFiles,
        mediaDir,
        now,
      }),
    )
    .sort((a, b) => a.title.localeCompare(b.title, 'uk'))

  // The English site (issue #16): only what has an English version. Its texts link to English
  // pages where they exist, so every English document is read before any is shaped.
  const englishDocs = {
    news: await readEnglishNews(reader),
    pages: await readEnglishPages(reader),
    events: await readEnglishEvents(reader),
    branches: await readEnglishBranches(reader),
    documents: await readEnglishDocuments(reader),
    collections: await readEnglishCollections(reader),
    items: await readEnglishItems(reader),
    programmeTasks: await readEnglishProgrammeTasks(reader),
  }
  const englishMedia = await readEnglishMedia(reader)
  const englishShaping = createShaping(
    images,
    media,
    files,
    hrefs,
    englishTextLinks(
      englishDocs,
      // English texts may link the programme's tasks too (Ukrainian texts keep their links as before).
      { ...hrefs, 'programme-tasks': new Map(programmeTasks.map((task) => [task.id, task.url])) },
      { collections, items },
      releaseSiteUrl(),
    ),
    { media: englishMedia },
  )
  const englishBranches = shapeEnglishBranches(
    englishDocs.branches,
    branches,
    englishShaping,
    englishMedia,
  )
  const englishNews = shapeEnglishNews(englishDocs.news, news, englishShaping, {
    branchById,
    englishBranchById: new Map(englishBranches.map((branch) => [branch.id, branch])),
    ogFiles,
    mediaDir,
  })
  const englishPages = shapeEnglishPages(englishDocs.pages, pages, englishShaping)
  const englishEvents = shapeEnglishEvents(englishDocs.events, events, englishShaping, {
    branchById,
    englishBranchById: new Map(englishBranches.map((branch) => [branch.id, branch])),
    ogFiles,
    mediaDir,
    now,
  })
  const englishDocuments = shapeEnglishDocuments(englishDocs.documents, documents, englishShaping)
  const englishProgrammeTasks = shapeEnglishProgrammeTasks(
    englishDocs.programmeTasks,
    programmeTasks,
    englishDocuments,
  ).sort(compareTasks)
  const taskVersions = { ukrainian: programmeTasks, english: englishProgrammeTasks }
  const englishCollections = shapeEnglishCollections(
    englishDocs.collections,
    collections,
    englishShaping,
    englishMedia,
  )
  const englishItems = shapeEnglishItems(englishDocs.items, items, englishCollections, englishMedia)
  const englishSite = await readEnglishSite(
    reader,
    news.length - englishNews.length,
    englishPages,
    englishSections({
      events: englishEvents.length,
      branches: englishBranches.length,
      documents: englishDocuments.length,
      collections: englishCollections.length,
    }),
  )

  await writeManifest(manifestFile(), await images.run())

  return {
    site: shapeSite(
      site,
      now,
      shapeAlerts(
        rawAlerts.map((doc) => parse(alertSchema, 'alerts', doc)),
        now,
      ),
    ),
    news: withTranslations(news, englishNews),
    branches: withTranslations(
      branches.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'uk')),
      englishBranches,
    ),
    documents: withTranslations(documents, englishDocuments),
    collections: withTranslations(collections, englishCollections),
    items: withTranslations(
      items.sort((a, b) => a.identifier.localeCompare(b.identifier)),
      englishItems,
    ),
    pages: withTranslations(pages, englishPages),
    programmeTasks: withTranslations(programmeTasks, englishProgrammeTasks),
    events: withTranslations(events, englishEvents),
    inboxStatistics: parse(inboxStatisticsSchema, 'inbox statistics', rawInboxStatistics),
    faq: rawFaq.map((raw) => {
      const doc = parse(faqSchema, 'faq', raw)
      return {
        id: doc.id,
        question: doc.question,
        paragraphs: answerParagraphs(doc.answer),
        topic: doc.topic,
      }
    }),
    englishSite,
    englishNews: withEnglishTasks(englishNews, news, taskVersions),
    englishEvents: withEnglishTasks(englishEvents, events, taskVersions),
    englishPages,
    englishBranches,
    englishCollections: englishCollections.map((collection) => ({
      ...collection,
      itemCount: englishItems.filter((item) => item.collection.href === collection.url).length,
    })),
    englishItems,
    englishDocuments,
    englishProgrammeTasks,
  }
}

/** Document bodies from the release cache, reading (with bodies) only the changed documents. */
async function keptDocumentBodies(
  docs: DocumentDoc[],
  shaping: Shaping,
  cache: RenderCache,
  reader: ContentReader,
) {
  const bodies = await documentBodies(docs, shaping, cache, async (ids) => {
    const rows = await reader.published(
      'documents',
      undefined,
      ids ? { id: { in: ids } } : undefined,
      DOCUMENT_FIELDS_UNUSED,
    )
    return rows.map((doc) => parse(documentSchema, 'documents', doc))
  })
  await cache.save()
  return bodies
}

/** Documents with the tasks they serve and, for a programme, its own tasks and priorities. */
function withTasks(
  documents: DocumentData[],
  docs: DocumentDoc[],
  taskById: Map<string, ProgrammeTaskData>,
): DocumentData[] {
  const refsOf = new Map(docs.map((doc) => [doc.id, doc.programmeTasks]))
  const tasks = [...taskById.values()]
  return documents.map((document) => ({
    ...document,
    programmeTasks: taskLinks(refsOf.get(document.id) ?? [], taskById),
    ownTasks: tasks
      .filter((task) => task.programme.slug === document.slug)
      .map((task) => ({
        href: task.url,
        title: task.title,
        slug: task.slug,
        kind: task.kind,
        number: task.number,
      })),
  }))
}

/** An event may not take a path of the events listings (the CMS refuses it too). */
function refuseReservedEventSlugs(events: { slug: string }[]): void {
  for (const event of events) {
    if (isReservedEventSlug(event.slug))
      throw new Error(`Сайт не зібрано: events «${event.slug}» — адреса зайнята переліком подій.`)
  }
}

/** A page or collection may not take a path the site uses itself. */
function refuseReservedPaths(
  pages: { slug: string }[],
  collections: { slug: string }[],
  branches: { slug: string }[],
): void {
  for (const branch of branches) {
    if ((RESERVED_BRANCH_SLUGS as readonly string[]).includes(branch.slug))
      throw new Error(
        `Сайт не зібрано: branches «${branch.slug}» — адреса зайнята сторінкою «Де зараз відчинено».`,
      )
  }
  for (const page of pages) {
    if ((RESERVED_TOP_LEVEL as readonly string[]).includes(page.slug))
      throw new Error(`Сайт не зібрано: pages «${page.slug}» — адреса зайнята розділом сайту.`)
  }
  for (const collection of collections) {
    if ((Object.values(COLLECTION_BROWSE) as string[]).includes(collection.slug))
      throw new Error(
        `Сайт не зібрано: digital-collections «${collection.slug}» — адреса зайнята переглядом колекцій.`,
      )
  }
}
