import { urls } from '@domain/urls/urls'

import type {
  BranchData,
  CollectionData,
  EventData,
  ItemData,
  NewsData,
  ProgrammeTaskData,
} from '../data/model'
import {
  countForTask,
  latestEventsForTask,
  latestNewsForTask,
  type TaskStats,
} from './programmeStats'

/** How many news items and events a task page lists. */
const LISTED = 6

/** What the English task pages read: both languages' news, events, branches and collections. */
export type EnglishTaskInput = {
  news: NewsData[]
  englishNews: NewsData[]
  events: EventData[]
  englishEvents: EventData[]
  branches: BranchData[]
  englishBranches: BranchData[]
  collections: CollectionData[]
  englishCollections: CollectionData[]
  items: ItemData[]
  now: Date
}

/**
 * An English task page's content (issue #16). The counts are the network's, in every language,
 * as on the Ukrainian page; the lists keep only what has an English version (matched by id) and
 * say how much is in Ukrainian only. A branch without an English page links its Ukrainian one.
 */
export function englishTaskPage(
  task: ProgrammeTaskData,
  ukrainian: ProgrammeTaskData,
  input: EnglishTaskInput,
) {
  const stats: TaskStats = countForTask(ukrainian.slug, input)
  const englishBranch = byId(input.englishBranches)
  const branchIdByUrl = new Map(input.branches.map((branch) => [branch.url, branch.id]))
  const branchRows = stats.branches.map((row) => {
    const translated = row.href ? englishBranch.get(branchIdByUrl.get(row.href) ?? '') : undefined
    if (translated) return { ...row, title: translated.name, href: translated.url }
    return row.href ? { ...row, lang: 'uk' as const } : row
  })

  const englishNews = byId(input.englishNews)
  const allNews = latestNewsForTask(ukrainian.slug, input.news, Infinity)
  const news = allNews.flatMap((item) => englishNews.get(item.id) ?? [])

  const englishEvents = byId(input.englishEvents)
  const allEvents = latestEventsForTask(ukrainian.slug, input.events, input.now, Infinity)
  const events = allEvents.flatMap((entry) => {
    const event = englishEvents.get(entry.event.id)
    return event
      ? [
          {
            href: event.url,
            title: event.title,
            start: entry.start,
            upcoming: entry.upcoming,
            meta: event.categoryLabel,
          },
        ]
      : []
  })

  const englishCollections = byId(input.englishCollections)
  const taskCollections = input.collections
    .filter((collection) => collection.programmeTasks.some((link) => link.slug === ukrainian.slug))
    .flatMap((collection) => englishCollections.get(collection.id) ?? [])
    .map((collection) => ({ href: collection.url, title: collection.title }))

  return {
    task,
    stats,
    branchRows,
    latest: news.slice(0, LISTED),
    taskEvents: events.slice(0, LISTED),
    taskCollections,
    moreEvents: allEvents.length > 0 ? urls.eventsFilter('task', ukrainian.slug) : undefined,
    ukrainianOnly: {
      news: allNews.length - news.length,
      events: allEvents.length - events.length,
      page: ukrainian.url,
    },
  }
}

const byId = <T extends { id: string }>(list: T[]) =>
  new Map(list.map((entry) => [entry.id, entry]))
