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

// Typed access to the content collections; the shapes are made and checked in ./load.ts.
async function all<T>(name: Parameters<typeof getCollection>[0]): Promise<T[]> {
  const entries = await getCollection(name)
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
