import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { contentDir } from '../config/paths'
import {
  branchSchema,
  collectionSchema,
  documentSchema,
  eventSchema,
  itemSchema,
  newsSchema,
  pageSchema,
  programmeSchema,
  siteSchema,
} from './contentSchema'

async function readJson<T>(relativePath: string, schema: z.ZodType<T>, root: string): Promise<T> {
  const file = path.join(root, relativePath)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (cause) {
    throw new Error(`Cannot read seed file ${file}: it is missing or not valid JSON.`, { cause })
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n')
    throw new Error(
      `Seed file ${file} does not match its schema:\n${where}\nFix the file and run the seed again.`,
    )
  }
  return parsed.data
}

/** All seed content of content/, validated, with the programme's full text read in. */
export async function loadContent(root: string = contentDir) {
  const programme = await readJson('programme/programme.json', programmeSchema, root)
  const programmeText = await readFile(path.join(root, 'programme', programme.bodyFile), 'utf8')
  const [site, branches, news, documents, collections, items, pages, events] = await Promise.all([
    readJson('site.json', siteSchema, root),
    readJson('samples/branches.json', z.array(branchSchema), root),
    readJson('samples/news.json', z.array(newsSchema), root),
    readJson('samples/documents.json', z.array(documentSchema), root),
    readJson('samples/collections.json', z.array(collectionSchema), root),
    readJson('samples/items.json', z.array(itemSchema), root),
    readJson('samples/pages.json', z.array(pageSchema), root),
    readJson('samples/events.json', z.array(eventSchema), root),
  ])
  checkReferences(branches.length, [...news, ...events], items, collections)
  checkSections(programme.tasks, programmeText)
  checkProgrammeTasks(new Set(programme.tasks.map((task) => task.slug)), {
    news,
    documents,
    collections,
    events,
  })
  return {
    programme: { ...programme, body: programmeText },
    site,
    branches,
    news,
    documents,
    collections,
    items,
    pages,
    events,
  }
}

export type SeedContent = Awaited<ReturnType<typeof loadContent>>

function checkReferences(
  branchCount: number,
  news: { branches: number[] }[],
  items: z.infer<typeof itemSchema>[],
  collections: z.infer<typeof collectionSchema>[],
): void {
  const problems: string[] = []
  news.forEach((entry, index) => {
    for (const branch of entry.branches) {
      if (branch >= branchCount)
        problems.push(`news or events[${index}].branches: no branch number ${branch}`)
    }
  })
  const collectionSlugs = new Set(collections.map((collection) => collection.slug))
  const identifiers = new Set<string>()
  items.forEach((item, index) => {
    if (!collectionSlugs.has(item.collection))
      problems.push(`items[${index}].collection: unknown "${item.collection}"`)
    if (identifiers.has(item.identifier))
      problems.push(`items[${index}].identifier: "${item.identifier}" repeats`)
    identifiers.add(item.identifier)
    if (item.source && item.source.branch >= branchCount)
      problems.push(`items[${index}].source.branch: no branch ${item.source.branch}`)
  })
  if (problems.length > 0)
    throw new Error(`Seed content has broken references:\n  ${problems.join('\n  ')}`)
}

/** Every programme task a sample points to is one of the programme's (by slug). */
function checkProgrammeTasks(
  known: Set<string>,
  entries: Record<string, { programmeTasks: string[] }[]>,
): void {
  const problems = Object.entries(entries).flatMap(([file, list]) =>
    list.flatMap((entry, index) =>
      entry.programmeTasks
        .filter((slug) => !known.has(slug))
        .map((slug) => `${file}[${index}].programmeTasks: no task "${slug}" in programme.json`),
    ),
  )
  if (problems.length > 0)
    throw new Error(`Seed content has broken references:\n  ${problems.join('\n  ')}`)
}

/** A task's section is a heading of the programme's text, so its page can link to it. */
function checkSections(tasks: { slug: string; section: string }[], text: string): void {
  const headings = new Set([...text.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]!.trim()))
  const missing = tasks.filter((task) => !headings.has(task.section))
  if (missing.length > 0)
    throw new Error(
      `programme.json: no heading ${missing.map((task) => `"${task.section}" (${task.slug})`).join(', ')} in the programme's text`,
    )
}
