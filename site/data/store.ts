import { getCollection } from 'astro:content'

import { faqByTopic, type FaqEntry } from '@domain/faq/publicFaq'
import type { MonthStatistics } from '@domain/submissions/statistics'

import { compareTasks } from './shape/programme'

import type {
  BranchData,
  CollectionData,
  DocumentData,
  EnglishSiteData,
  EventData,
  ItemData,
  NewsData,
  PageData,
  ProgrammeTaskData,
  SiteData,
} from './model'

type CollectionName = Parameters<typeof getCollection>[0]

/**
 * Whether each collection asked for in this build is empty. Astro logs a warning each time an
 * empty collection is asked for, and a site with nothing in English yet asks from every English
 * page (its layout and cacheKey): a release's log carried a hundred such lines. Every build runs
 * in a process of its own (the publisher's build runner, Astro's command line; the project has
 * no dev server), whose content does not change while it runs: so it asks once, even when pages
 * ask at the same time. Not `import.meta.env.DEV`: Astro fills that from a `DEV` variable in
 * the build's environment, which a build started from the test runner inherits.
 */
const emptyInThisBuild = new Map<CollectionName, Promise<boolean>>()

async function entriesOf(name: CollectionName) {
  const empty = emptyInThisBuild.get(name)
  if (empty && (await empty)) return []
  const entries = getCollection(name)
  if (!empty)
    emptyInThisBuild.set(
      name,
      // A failed read is the caller's to report; the next one asks again.
      entries.then(
        (found) => found.length === 0,
        () => false,
      ),
    )
  return entries
}

// Typed access to the content collections; the shapes are made and checked in ./load.ts.
async function all<T>(name: CollectionName): Promise<T[]> {
  const entries = await entriesOf(name)
  return entries.map((entry) => entry.data as unknown as T)
}

const sortNews = (list: NewsData[]) =>
  list.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

export const content = {
  site: async (): Promise<SiteData> => (await all<SiteData>('site'))[0]!,
  news: async () => sortNews(await all<NewsData>('news')),
  branches: async () =>
    (await all<BranchData>('branches')).sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name, 'uk'),
    ),
  documents: async () =>
    (await all<DocumentData>('documents')).sort((a, b) =>
      (b.adoptedOn ?? b.validFrom ?? '').localeCompare(a.adoptedOn ?? a.validFrom ?? ''),
    ),
  collections: async () =>
    (await all<CollectionData>('collections')).sort(
      (a, b) => a.order - b.order || a.title.localeCompare(b.title, 'uk'),
    ),
  items: async () =>
    (await all<ItemData>('items')).sort((a, b) => a.identifier.localeCompare(b.identifier)),
  pages: async () => all<PageData>('pages'),
  events: async () => all<EventData>('events'),
  programmeTasks: async () => (await all<ProgrammeTaskData>('programmeTasks')).sort(compareTasks),
  inboxStatistics: async () =>
    (await all<MonthStatistics>('inboxStatistics')).sort((a, b) => b.month.localeCompare(a.month)),
  faq: async () => faqByTopic(await all<FaqEntry>('faq')),
  englishSite: async (): Promise<EnglishSiteData> =>
    (await all<EnglishSiteData>('englishSite'))[0]!,
  /**
   * What the English layout shows (site/layouts/Base.astro), for English pages' cacheKeys: the
   * English site data, and whether the footer links the programme (once a task is translated).
   */
  englishLayout: async () => ({
    site: await content.englishSite(),
    programmeTranslated: (await content.englishProgrammeTasks()).length > 0,
  }),
  englishNews: async () => sortNews(await all<NewsData>('englishNews')),
  englishPages: async () => all<PageData>('englishPages'),
  englishEvents: async () => all<EventData>('englishEvents'),
  englishDocuments: async () =>
    (await all<DocumentData>('englishDocuments')).sort((a, b) =>
      (b.adoptedOn ?? b.validFrom ?? '').localeCompare(a.adoptedOn ?? a.validFrom ?? ''),
    ),
  englishProgrammeTasks: async () =>
    (await all<ProgrammeTaskData>('englishProgrammeTasks')).sort(compareTasks),
  englishCollections: async () =>
    (await all<CollectionData>('englishCollections')).sort((a, b) => a.order - b.order),
  englishItems: async () =>
    (await all<ItemData>('englishItems')).sort((a, b) => a.identifier.localeCompare(b.identifier)),
  englishBranches: async () =>
    (await all<BranchData>('englishBranches')).sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name, 'en'),
    ),
}
