import type { Payload } from 'payload'

import type {
  Branch,
  DigitalCollection,
  Document,
  File,
  News,
  ProgrammeTask,
} from '../payload-types'

import { headingAnchor } from '@domain/slugs/anchor'
import { slugify } from '@domain/slugs/transliterate'
import { kyivInstant } from '@domain/time/kyivTime'
import type { BranchSeed, CollectionSeed, EventSeed, ItemSeed, NewsSeed } from './contentSchema'
import type { SeedContent } from './loadContent'
import { loadContent } from './loadContent'
import { markdownToRichText } from './markdown'
import { printToConsole, progress, type Reporter } from '../reporting/progress'
import { findExisting, seedContext, SeedTally } from './store'
import { ensureImage, ensurePdf } from './uploads'

type Step = { payload: Payload; tally: SeedTally; report: Reporter }

const write = { overrideAccess: true, context: seedContext } as const

async function seedSite({ payload, tally }: Step, site: SeedContent['site']): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site', overrideAccess: true, depth: 0 })
  const isSet = Boolean(current.name)
  tally.add('site', !isSet)
  if (isSet) return
  await payload.updateGlobal({
    slug: 'site',
    data: site,
    ...write,
  })
}

async function seedProgramme(
  { payload, tally }: Step,
  programme: SeedContent['programme'],
): Promise<Document['id']> {
  const existing = await findExisting(payload, 'documents', { slug: { equals: programme.slug } })
  tally.add('documents', !existing)
  const id = existing?.id ?? (await createProgramme(payload, programme))
  if (programme.en)
    await addEnglishVersion(payload, 'documents', id, {
      titleTranslation: programme.en.titleTranslation,
      summary: programme.en.summary,
    })
  return id
}

async function createProgramme(
  payload: Payload,
  programme: SeedContent['programme'],
): Promise<Document['id']> {
  const created = await payload.create({
    collection: 'documents',
    data: {
      title: programme.title,
      slug: programme.slug,
      type: programme.type,
      issuer: programme.issuer,
      validFrom: programme.validFrom,
      validTo: programme.validTo,
      summary: programme.summary,
      body: await markdownToRichText(payload, programme.body),
      // The programme is the library's real document, not a sample.
      isSample: false,
      _status: 'published',
    },
    ...write,
  })
  return created.id
}

/** The programme's tasks and priorities, linked to it and to the heading of their section. */
async function seedProgrammeTasks(
  { payload, tally }: Step,
  programmeId: Document['id'],
  tasks: SeedContent['programme']['tasks'],
): Promise<TaskIds> {
  const ids: TaskIds = new Map()
  for (const task of tasks) {
    const existing = await findExisting(payload, 'programme-tasks', { slug: { equals: task.slug } })
    tally.add('programme-tasks', !existing)
    const id = existing?.id ?? (await createProgrammeTask(payload, programmeId, task))
    ids.set(task.slug, id)
    if (task.en) await addEnglishVersion(payload, 'programme-tasks', id, task.en)
  }
  return ids
}

async function createProgrammeTask(
  payload: Payload,
  programmeId: Document['id'],
  task: SeedContent['programme']['tasks'][number],
): Promise<ProgrammeTask['id']> {
  const created = await payload.create({
    collection: 'programme-tasks',
    data: {
      title: task.title,
      slug: task.slug,
      kind: task.kind,
      number: task.number,
      programme: programmeId,
      summary: task.summary,
      section: headingAnchor(task.section),
      _status: 'published',
    },
    ...write,
  })
  return created.id
}

type TaskIds = Map<string, ProgrammeTask['id']>

const taskRefs = (ids: TaskIds, slugs: string[]) => slugs.map((slug) => ids.get(slug)!)

function branchData(branch: BranchSeed) {
  return {
    name: branch.name,
    shortName: branch.shortName,
    slug: slugify(branch.name, 60),
    kind: branch.kind,
    district: branch.district,
    address: { ...branch.address, city: 'Київ' },
    latitude: branch.latitude,
    longitude: branch.longitude,
    phones: branch.phones.map((number) => ({ number })),
    email: branch.email,
    head: branch.head,
    weeklyHours: branch.weeklyHours,
    sanitaryDay: branch.sanitaryDay,
    specialDays: branch.specialDays.map((day) => ({ ...day, to: day.to ?? day.from })),
    services: branch.services,
    closures: branch.closures,
    changedHours: branch.changedHours,
    resilience: branch.resilience,
    shelter: branch.shelter,
    statusLine: branch.statusLine,
    accessibilityNotes: branch.accessibilityNotes,
    order: branch.order,
    isSample: true,
  }
}

async function seedBranches(step: Step, branches: BranchSeed[]): Promise<Branch['id'][]> {
  const { payload, tally, report } = step
  const tick = progress(report, 'бібліотеки', branches.length)
  const ids: Branch['id'][] = []
  for (const [index, branch] of branches.entries()) {
    const data = branchData(branch)
    const existing = await findExisting(payload, 'branches', { slug: { equals: data.slug } })
    tally.add('branches', !existing)
    if (existing) {
      ids.push(existing.id)
    } else {
      const photos = []
      for (const variant of [1, 2]) {
        photos.push(
          await ensureImage(payload, tally, {
            filename: `sample-branch-${data.slug}-${variant}.jpg`,
            alt: `${branch.shortName ?? branch.name}: ${variant === 1 ? 'фасад і вхід' : 'читальна зала'} (згенероване зображення-зразок)`,
            hue: branch.photoHue,
            variant,
          }),
        )
      }
      const created = await payload.create({
        collection: 'branches',
        data: {
          ...data,
          photos,
          description: await markdownToRichText(payload, branch.description),
          _status: 'published',
        },
        ...write,
      })
      ids.push(created.id)
    }
    if (branch.en)
      await addEnglishVersion(payload, 'branches', ids[ids.length - 1]!, {
        name: branch.en.name,
        shortName: branch.en.shortName,
        description: await richTextOrNothing(payload, branch.en.description),
      })
    tick(index + 1)
  }
  return ids
}

async function seedNews(
  step: Step,
  news: NewsSeed[],
  branchIds: Branch['id'][],
  taskIds: TaskIds,
): Promise<void> {
  const { payload, tally, report } = step
  const tick = progress(report, 'новини', news.length)
  for (const [index, entry] of news.entries()) {
    const slug = slugify(entry.title)
    const existing = await findExisting(payload, 'news', { slug: { equals: slug } })
    tally.add('news', !existing)
    if (!existing) {
      const cover = entry.withCover
        ? await ensureImage(payload, tally, {
            filename: `sample-news-${String(index + 1).padStart(3, '0')}.jpg`,
            alt: `Ілюстрація до новини «${entry.title}» (згенероване зображення-зразок)`,
            hue: (index * 37) % 360,
            variant: index,
          })
        : undefined
      const isPublished = entry.status === 'published'
      const created = await payload.create({
        collection: 'news',
        draft: !isPublished,
        data: {
          title: entry.title,
          slug,
          excerpt: entry.excerpt,
          body: await markdownToRichText(payload, entry.body),
          category: entry.category,
          branches: entry.branches.map((branch) => branchIds[branch]!),
          tags: entry.tags,
          programmeTasks: taskRefs(taskIds, entry.programmeTasks),
          publishedAt: new Date(entry.publishedAt).toISOString(),
          cover,
          isSample: true,
          _status: isPublished ? 'published' : 'draft',
        },
        ...write,
      })
      if (entry.status === 'scheduled')
        await schedulePublication(payload, created.id, entry.publishedAt)
    }
    if (entry.en)
      await addEnglishVersion(payload, 'news', existing?.id ?? (await newsId(payload, slug)), {
        title: entry.en.title,
        excerpt: entry.en.excerpt || undefined,
        body: await richTextOrNothing(payload, entry.en.body),
      })
    tick(index + 1)
  }
}

async function newsId(payload: Payload, slug: string): Promise<News['id']> {
  const found = await findExisting(payload, 'news', { slug: { equals: slug } })
  if (!found) throw new Error(`The seeded news item «${slug}» is missing.`)
  return found.id
}

/** Collections whose seeded entries may bring an English version, with the field that marks one. */
type Translatable =
  | 'news'
  | 'events'
  | 'pages'
  | 'branches'
  | 'documents'
  | 'digital-collections'
  | 'items'
  | 'programme-tasks'
const ENGLISH_MARK: Record<Translatable, string> = {
  'programme-tasks': 'title',
  news: 'title',
  events: 'title',
  pages: 'title',
  branches: 'name',
  documents: 'titleTranslation',
  'digital-collections': 'title',
  items: 'description',
}

/**
 * Adds an entry's English version when it has none yet (a seed run keeps what is there), with the
 * same publication state as its Ukrainian version; an English slug comes from the English title.
 */
async function addEnglishVersion(
  payload: Payload,
  collection: Translatable,
  id: number | string,
  data: Record<string, unknown>,
): Promise<void> {
  const current = (await payload.findByID({
    collection,
    id,
    locale: 'en',
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  if (current[ENGLISH_MARK[collection]]) return
  await payload.update({
    collection,
    id,
    locale: 'en',
    data: { ...data, _status: current._status === 'published' ? 'published' : 'draft' },
    ...write,
  })
}

/** Markdown as rich text, or nothing for an empty text. */
async function richTextOrNothing(payload: Payload, markdown: string | undefined) {
  return markdown ? await markdownToRichText(payload, markdown) : undefined
}

/** A sample change's key: the original start of the date it names (at the event's start time). */
function changeKey(entry: EventSeed, on: string): string {
  return kyivInstant(on, entry.schedule.startTime ?? '00:00').toISOString()
}

async function seedEvents(
  step: Step,
  events: EventSeed[],
  branchIds: Branch['id'][],
  taskIds: TaskIds,
): Promise<void> {
  const { payload, tally, report } = step
  const tick = progress(report, 'події', events.length)
  for (const [index, entry] of events.entries()) {
    const slug = slugify(entry.title)
    const existing = await findExisting(payload, 'events', { slug: { equals: slug } })
    tally.add('events', !existing)
    if (!existing) {
      const isPublished = entry.status === 'published'
      const {
        changes,
        registration,
        body,
        branches,
        programmeTasks,
        status: _status,
        en: _english,
        ...rest
      } = entry
      await payload.create({
        collection: 'events',
        draft: !isPublished,
        data: {
          ...rest,
          slug,
          body: await markdownToRichText(payload, body),
          branches: branches.map((branch) => branchIds[branch]!),
          programmeTasks: taskRefs(taskIds, programmeTasks),
          changes: changes.map(({ on, ...change }) => ({
            ...change,
            original: changeKey(entry, on),
          })),
          registration,
          isSample: true,
          _status: isPublished ? 'published' : 'draft',
        },
        ...write,
      })
    }
    if (entry.en) {
      const found = await findExisting(payload, 'events', { slug: { equals: slug } })
      if (!found) throw new Error(`The seeded event «${slug}» is missing.`)
      await addEnglishVersion(payload, 'events', found.id, {
        title: entry.en.title,
        summary: entry.en.summary,
        body: await richTextOrNothing(payload, entry.en.body),
        accessibilityNotes: entry.en.accessibilityNotes,
      })
    }
    tick(index + 1)
  }
}

/** Queues Payload's own scheduled-publish job, the same one the admin's "Schedule" button makes. */
async function schedulePublication(payload: Payload, id: News['id'], when: string): Promise<void> {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: id } },
    waitUntil: new Date(when),
    queue: 'default',
  })
}

async function seedDocuments(
  step: Step,
  documents: SeedContent['documents'],
  taskIds: TaskIds,
): Promise<void> {
  const { payload, tally, report } = step
  const tick = progress(report, 'документи', documents.length)
  for (const [index, document] of documents.entries()) {
    const slug = slugify(document.title)
    const existing = await findExisting(payload, 'documents', { slug: { equals: slug } })
    tally.add('documents', !existing)
    if (!existing) {
      const attachments: File['id'][] = []
      for (const attachment of document.attachments) {
        attachments.push(
          await ensurePdf(payload, tally, { ...attachment, documentTitle: document.title }),
        )
      }
      await payload.create({
        collection: 'documents',
        data: {
          title: document.title,
          slug,
          type: document.type,
          number: document.number,
          adoptedOn: document.adoptedOn,
          issuer: document.issuer,
          validFrom: document.validFrom,
          validTo: document.validTo,
          statusMode: document.repealed ? 'repealed' : 'auto',
          summary: document.summary,
          body: await markdownToRichText(payload, document.body),
          attachments,
          programmeTasks: taskRefs(taskIds, document.programmeTasks),
          isSample: true,
          _status: 'published',
        },
        ...write,
      })
    }
    tick(index + 1)
  }
}

async function seedCollections(
  step: Step,
  collections: CollectionSeed[],
  taskIds: TaskIds,
): Promise<Map<string, DigitalCollection['id']>> {
  const { payload, tally } = step
  const ids = new Map<string, DigitalCollection['id']>()
  for (const collection of collections) {
    const existing = await findExisting(payload, 'digital-collections', {
      slug: { equals: collection.slug },
    })
    tally.add('digital-collections', !existing)
    ids.set(collection.slug, existing?.id ?? (await createCollection(step, collection, taskIds)))
    if (collection.en)
      await addEnglishVersion(payload, 'digital-collections', ids.get(collection.slug)!, {
        title: collection.en.title,
        description: await richTextOrNothing(payload, collection.en.description),
      })
  }
  return ids
}

async function createCollection(
  { payload, tally }: Step,
  collection: CollectionSeed,
  taskIds: TaskIds,
): Promise<DigitalCollection['id']> {
  const cover = await ensureImage(payload, tally, {
    filename: `sample-collection-${collection.slug}.jpg`,
    alt: `Обкладинка колекції «${collection.title}» (згенероване зображення-зразок)`,
    hue: collection.hue,
    variant: 0,
    sepia: true,
  })
  const created = await payload.create({
    collection: 'digital-collections',
    data: {
      title: collection.title,
      slug: collection.slug,
      description: await markdownToRichText(payload, collection.description),
      curator: collection.curator,
      defaultRights: collection.defaultRights,
      order: collection.order,
      programmeTasks: taskRefs(taskIds, collection.programmeTasks),
      cover,
      isSample: true,
      _status: 'published',
    },
    ...write,
  })
  return created.id
}

async function seedItems(
  step: Step,
  items: ItemSeed[],
  collectionIds: Map<string, DigitalCollection['id']>,
  branchIds: Branch['id'][],
): Promise<void> {
  const { payload, tally, report } = step
  const tick = progress(report, 'об’єкти колекцій', items.length)
  for (const [index, item] of items.entries()) {
    const existing = await findExisting(payload, 'items', {
      identifier: { equals: item.identifier },
    })
    tally.add('items', !existing)
    if (!existing) {
      const images = []
      for (let page = 1; page <= item.pages; page += 1) {
        const image = await ensureImage(payload, tally, {
          filename: `sample-${item.identifier.toLowerCase()}-${page}.jpg`,
          alt: `${item.title}${item.pages > 1 ? `, с. ${page}` : ''} (згенероване зображення-зразок)`,
          hue: (index * 29) % 360,
          variant: page,
          sepia: true,
          width: 1000,
          height: item.type === 'postcard' || item.type === 'photo' ? 700 : 1300,
        })
        images.push({ image, label: item.pages > 1 ? `с. ${page}` : undefined })
      }
      const isPublished = item.status === 'published'
      const created = await payload.create({
        collection: 'items',
        draft: !isPublished,
        data: {
          identifier: item.identifier,
          title: item.title,
          collections: [collectionIds.get(item.collection)!],
          type: item.type,
          creator: item.creator,
          dateWritten: item.dateWritten,
          startYear: item.startYear,
          endYear: item.endYear,
          description: item.description,
          subjects: item.subjects,
          places: item.places,
          language: item.language,
          format: item.format,
          extent: item.extent,
          source: item.source
            ? { branch: branchIds[item.source.branch], shelfMark: item.source.shelfMark }
            : undefined,
          rights: item.rights,
          transcription: item.transcription,
          images,
          isSample: true,
          _status: isPublished ? 'published' : 'draft',
        },
        ...write,
      })
      if (item.en)
        await addEnglishVersion(payload, 'items', created.id, { description: item.en.description })
    } else if (item.en) {
      await addEnglishVersion(payload, 'items', existing.id, { description: item.en.description })
    }
    tick(index + 1)
  }
}

async function seedPages({ payload, tally }: Step, pages: SeedContent['pages']): Promise<void> {
  for (const page of pages) {
    const existing = await findExisting(payload, 'pages', { slug: { equals: page.slug } })
    tally.add('pages', !existing)
    const id = existing?.id ?? (await createPage(payload, page))
    if (page.en)
      await addEnglishVersion(payload, 'pages', id, {
        title: page.en.title,
        summary: page.en.summary,
        body: await richTextOrNothing(payload, page.en.body),
      })
  }
}

async function createPage(
  payload: Payload,
  page: SeedContent['pages'][number],
): Promise<number | string> {
  const created = await payload.create({
    collection: 'pages',
    data: {
      title: page.title,
      slug: page.slug,
      summary: page.summary,
      body: await markdownToRichText(payload, page.body),
      isSample: true,
      _status: 'published',
    },
    ...write,
  })
  return created.id
}

/**
 * Loads the content of content/ into the CMS: the development programme, the site settings and
 * the sample branches, news, events, documents, collections, items and pages. Idempotent: what is
 * already there (matched by slug, identifier or file name) is kept as it is, never overwritten.
 */
export async function seed(
  payload: Payload,
  report: Reporter = printToConsole,
): Promise<SeedTally> {
  const content = await loadContent()
  const step: Step = { payload, tally: new SeedTally(), report }
  report('Завантаження вмісту (seed)…')
  await seedSite(step, content.site)
  const programmeId = await seedProgramme(step, content.programme)
  const taskIds = await seedProgrammeTasks(step, programmeId, content.programme.tasks)
  const branchIds = await seedBranches(step, content.branches)
  await seedNews(step, content.news, branchIds, taskIds)
  await seedEvents(step, content.events, branchIds, taskIds)
  await seedDocuments(step, content.documents, taskIds)
  const collectionIds = await seedCollections(step, content.collections, taskIds)
  await seedItems(step, content.items, collectionIds, branchIds)
  await seedPages(step, content.pages)
  const created = Object.entries(step.tally.created)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')
  report(created ? `Створено: ${created}.` : 'Нічого нового: увесь вміст уже завантажено.')
  return step.tally
}
