import { content } from '../data/store'
import type { ProgrammeTaskData } from '../data/model'
import { countForTask, type Counts, type StatsInput } from './programmeStats'

/** What the programme's counts are made of, read from the content store. */
export async function statsInput(): Promise<StatsInput> {
  const [news, collections, items, branches, events] = await Promise.all([
    content.news(),
    content.collections(),
    content.items(),
    content.branches(),
    content.events(),
  ])
  return { news, collections, items, branches, events }
}

/**
 * Each task's totals by its id. Content points to a task by its Ukrainian slug, so a task in
 * another language is counted by its Ukrainian version's: the counts are the same in both.
 */
export function totalsById(
  tasks: ProgrammeTaskData[],
  ukrainian: ProgrammeTaskData[],
  input: StatsInput,
): Map<string, Counts> {
  const slugOf = new Map(ukrainian.map((task) => [task.id, task.slug]))
  return new Map(
    tasks.flatMap((task) => {
      const slug = slugOf.get(task.id)
      return slug ? [[task.id, countForTask(slug, input).totals] as const] : []
    }),
  )
}
