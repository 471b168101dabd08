import { typeset } from '@domain/format/typography'
import { urls } from '@domain/urls/urls'
import { PROGRAMME_TASK_KINDS } from '@domain/vocabularies/programmeTaskKinds'

import type { ProgrammeTaskData, TaskLink } from '../model'
import type { DocumentDoc, ProgrammeTaskDoc } from '../read/schemas'

/**
 * The programmes' tasks and priorities, each with its programme document and the section of it
 * the task comes from. A task whose programme is not published has nowhere to link back to and
 * is left out, like any other unpublished content.
 */
export function shapeProgrammeTasks(
  tasks: ProgrammeTaskDoc[],
  documents: DocumentDoc[],
): ProgrammeTaskData[] {
  const documentById = new Map(documents.map((doc) => [doc.id, doc]))
  return tasks.flatMap((task) => {
    const programme = task.programme ? documentById.get(task.programme) : undefined
    if (!programme) return []
    const programmeUrl = urls.document(programme.slug)
    return [
      {
        id: task.id,
        slug: task.slug,
        url: urls.programmeTask(task.slug),
        title: typeset(task.title),
        kind: task.kind,
        kindLabel: PROGRAMME_TASK_KINDS[task.kind].label.uk,
        number: task.number,
        summary: typeset(task.summary),
        programme: {
          slug: programme.slug,
          href: programmeUrl,
          title: typeset(programme.title),
          validFrom: programme.validFrom,
          validTo: programme.validTo,
        },
        sectionHref: task.section ? `${programmeUrl}#${task.section}` : programmeUrl,
      },
    ]
  })
}

/** Links to the tasks an entry points to, in the programme's order; unknown ones dropped. */
export function taskLinks(refs: string[], byId: Map<string, ProgrammeTaskData>): TaskLink[] {
  return refs
    .map((ref) => byId.get(ref))
    .filter((task) => task !== undefined)
    .sort(compareTasks)
    .map((task) => ({ href: task.url, title: task.title, slug: task.slug }))
}

const kindOrder = (task: ProgrammeTaskData) => Object.keys(PROGRAMME_TASK_KINDS).indexOf(task.kind)

/** Newest programme first; within one, tasks before priorities, each in the programme's order. */
export function compareTasks(a: ProgrammeTaskData, b: ProgrammeTaskData): number {
  return (
    (b.programme.validFrom ?? '').localeCompare(a.programme.validFrom ?? '') ||
    a.programme.slug.localeCompare(b.programme.slug) ||
    kindOrder(a) - kindOrder(b) ||
    a.number - b.number
  )
}
