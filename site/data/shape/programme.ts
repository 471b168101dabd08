import { typesetIn } from '@domain/format/localeFormat'
import { typeset } from '@domain/format/typography'
import { englishUrls } from '@domain/urls/localeUrls'
import { urls } from '@domain/urls/urls'
import { PROGRAMME_TASK_KINDS } from '@domain/vocabularies/programmeTaskKinds'

import type { DocumentData, ProgrammeTaskData, TaskLink } from '../model'
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

/**
 * The tasks with an English version (issue #16), at /en/programme/<slug>/: the English title, kind
 * and text, and the programme's English page when it has one, else its Ukrainian page marked so.
 * The section link stays on the Ukrainian full text (the programme's text is in Ukrainian only).
 */
export function shapeEnglishProgrammeTasks(
  docs: ProgrammeTaskDoc[],
  ukrainian: ProgrammeTaskData[],
  englishDocuments: DocumentData[],
): ProgrammeTaskData[] {
  const ukrainianById = new Map(ukrainian.map((task) => [task.id, task]))
  const englishDocumentById = new Map(englishDocuments.map((doc) => [doc.id, doc]))
  return docs.flatMap((doc) => {
    const original = ukrainianById.get(doc.id)
    if (!original) return []
    const document = doc.programme ? englishDocumentById.get(doc.programme) : undefined
    const url = englishUrls.programmeTask(doc.slug)
    return [
      {
        ...original,
        slug: doc.slug,
        url,
        title: typesetIn('en', doc.title),
        kindLabel: PROGRAMME_TASK_KINDS[doc.kind].label.en,
        summary: typesetIn('en', doc.summary),
        programme: document
          ? { ...original.programme, href: document.url, title: document.title }
          : { ...original.programme, lang: 'uk' as const },
        translations: { uk: original.url, en: url },
      },
    ]
  })
}

/**
 * English news items and events with their tasks (issue #16): the tasks of their Ukrainian
 * versions that have an English version, linked to the English task pages; the others left out.
 */
export function withEnglishTasks<T extends { id: string; programmeTasks: TaskLink[] }>(
  english: T[],
  ukrainian: { id: string; programmeTasks: TaskLink[] }[],
  tasks: { ukrainian: ProgrammeTaskData[]; english: ProgrammeTaskData[] },
): T[] {
  const linksOf = new Map(ukrainian.map((entry) => [entry.id, entry.programmeTasks]))
  const idOf = new Map(tasks.ukrainian.map((task) => [task.slug, task.id]))
  const englishTask = new Map(tasks.english.map((task) => [task.id, task]))
  return english.map((entry) => ({
    ...entry,
    programmeTasks: (linksOf.get(entry.id) ?? []).flatMap((link) => {
      const task = englishTask.get(idOf.get(link.slug) ?? '')
      return task ? [{ href: task.url, title: task.title, slug: task.slug }] : []
    }),
  }))
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
