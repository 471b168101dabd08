import { defineCollection } from 'astro:content'
import type { Loader } from 'astro/loaders'

import { loadSiteModel } from './data/load'
import type { SiteModel } from './data/model'

// One read of the CMS feeds every collection: relationships cross collections, and the Local API
// is fastest when asked once for each collection with depth 0.
let model: Promise<SiteModel> | undefined
// SITE_NOW fixes the build's clock (tests): "today", "upcoming" and "past" are computed from it.
const buildNow = () => (process.env.SITE_NOW ? new Date(process.env.SITE_NOW) : new Date())
const siteModel = () => (model ??= loadSiteModel(buildNow()))
/** Documents of each collection the build process loading ahead reads (see the loader). */
const WARM_UP_SAMPLE = 50

type Entries = { [K in keyof SiteModel]: SiteModel[K] extends (infer E)[] ? E : SiteModel[K] }

function fromModel<K extends keyof SiteModel>(key: K, idOf: (entry: Entries[K]) => string): Loader {
  return {
    name: `payload-${key}`,
    load: async ({ store, logger }) => {
      // The publisher's build process loading ahead (cms/publisher/standby): one read, by one
      // collection, loads and compiles what a build runs; nothing of it is kept (Astro holds on
      // to this config, and through it to `model`, while the process waits). A sample of each
      // collection: the whole site (10,000 documents, every body rendered) left the waiting
      // process holding 1.3 GB of memory it had used once.
      if (process.env.SITE_BUILD_WARM_UP) {
        if (key === 'site') await loadSiteModel(buildNow(), { sample: WARM_UP_SAMPLE })
        return
      }
      // Start from nothing, so unpublished or deleted content disappears from the site. Cleared
      // before the read, not after: Astro saves its store 0.5 s after the last change, so during
      // the read (seconds at 10k documents) it serialised the whole previous store to disk.
      store.clear()
      const data = await siteModel()
      const value = data[key]
      const entries = (Array.isArray(value) ? value : [value]) as Entries[K][]
      for (const entry of entries) {
        store.set({ id: idOf(entry), data: entry })
      }
      logger.info(`${entries.length} published`)
    },
  }
}

export const collections = {
  site: defineCollection({ loader: fromModel('site', () => 'site') }),
  news: defineCollection({ loader: fromModel('news', (entry) => entry.slug) }),
  branches: defineCollection({ loader: fromModel('branches', (entry) => entry.slug) }),
  documents: defineCollection({ loader: fromModel('documents', (entry) => entry.slug) }),
  collections: defineCollection({ loader: fromModel('collections', (entry) => entry.slug) }),
  items: defineCollection({ loader: fromModel('items', (entry) => entry.identifier) }),
  pages: defineCollection({ loader: fromModel('pages', (entry) => entry.slug) }),
  events: defineCollection({ loader: fromModel('events', (entry) => entry.slug) }),
  programmeTasks: defineCollection({
    loader: fromModel('programmeTasks', (entry) => entry.slug),
  }),
  inboxStatistics: defineCollection({
    loader: fromModel('inboxStatistics', (entry) => entry.month),
  }),
  faq: defineCollection({ loader: fromModel('faq', (entry) => entry.id) }),
  englishSite: defineCollection({ loader: fromModel('englishSite', () => 'site') }),
  englishNews: defineCollection({ loader: fromModel('englishNews', (entry) => entry.slug) }),
  englishPages: defineCollection({ loader: fromModel('englishPages', (entry) => entry.slug) }),
  englishEvents: defineCollection({ loader: fromModel('englishEvents', (entry) => entry.slug) }),
  englishDocuments: defineCollection({
    loader: fromModel('englishDocuments', (entry) => entry.slug),
  }),
  englishProgrammeTasks: defineCollection({
    loader: fromModel('englishProgrammeTasks', (entry) => entry.slug),
  }),
  englishCollections: defineCollection({
    loader: fromModel('englishCollections', (entry) => entry.slug),
  }),
  englishItems: defineCollection({
    loader: fromModel('englishItems', (entry) => entry.identifier),
  }),
  englishBranches: defineCollection({
    loader: fromModel('englishBranches', (entry) => entry.slug),
  }),
}
