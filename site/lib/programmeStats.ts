import { kyivYear } from '@domain/format/dates'

import type { BranchData, CollectionData, ItemData, NewsData } from '../data/model'

/** What the network did for one task, counted by year and by branch. */
export type TaskStats = {
  totals: Counts
  /** Every year with something in it, oldest first. */
  years: ({ year: number } & Counts)[]
  /** Branches with something, in the branches' order; network-wide entries last. */
  branches: ({ slug: string; title: string; href?: string } & Counts)[]
}

/** News published and collection items added (events will join when they exist). */
export type Counts = { news: number; items: number }

const NETWORK = { slug: '', title: 'Уся мережа' }

function bump<K>(map: Map<K, Counts>, key: K, kind: keyof Counts): void {
  const counts = map.get(key) ?? { news: 0, items: 0 }
  counts[kind] += 1
  map.set(key, counts)
}

/**
 * Counts for one task: news that point to it, and items added to the digital collections that
 * point to it. A news item about several branches counts for each of them (and once in the
 * total); one about none counts for the whole network; an item counts for its holding branch.
 */
export function countForTask(
  taskSlug: string,
  data: {
    news: NewsData[]
    collections: CollectionData[]
    items: ItemData[]
    branches: BranchData[]
  },
): TaskStats {
  const serves = (entry: { programmeTasks: { slug: string }[] }) =>
    entry.programmeTasks.some((task) => task.slug === taskSlug)
  const news = data.news.filter(serves)
  const collectionHrefs = new Set(data.collections.filter(serves).map((c) => c.url))
  const items = data.items.filter((item) =>
    [item.collection, ...item.collections].some((link) => collectionHrefs.has(link.href)),
  )

  const years = new Map<number, Counts>()
  const byBranch = new Map<string, Counts>()
  const branchSlugByHref = new Map(data.branches.map((branch) => [branch.url, branch.slug]))

  for (const entry of news) {
    bump(years, kyivYear(entry.publishedAt), 'news')
    const slugs = entry.branchSlugs.length > 0 ? entry.branchSlugs : [NETWORK.slug]
    for (const slug of new Set(slugs)) bump(byBranch, slug, 'news')
  }
  for (const item of items) {
    bump(years, kyivYear(item.addedAt), 'items')
    const holder = item.source?.branch ? branchSlugByHref.get(item.source.branch.href) : undefined
    bump(byBranch, holder ?? NETWORK.slug, 'items')
  }

  const branches: TaskStats['branches'] = data.branches
    .filter((branch) => byBranch.has(branch.slug))
    .map((branch) => ({
      slug: branch.slug,
      title: branch.name,
      href: branch.url,
      ...byBranch.get(branch.slug)!,
    }))
  const network = byBranch.get(NETWORK.slug)
  if (network) branches.push({ ...NETWORK, ...network })

  return {
    totals: { news: news.length, items: items.length },
    years: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, counts]) => ({ year, ...counts })),
    branches,
  }
}

/** The latest news that serve a task, newest first. */
export function latestNewsForTask(taskSlug: string, news: NewsData[], limit: number): NewsData[] {
  return news
    .filter((entry) => entry.programmeTasks.some((task) => task.slug === taskSlug))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, limit)
}
