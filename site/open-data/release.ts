import { formatBytes } from '@domain/format/bytes'

import { content } from '../data/store'
import { isOmitted } from '../lib/omit'
import { DATASETS } from './datasets'
import { dataPackage } from './descriptor'
import { calendarFeeds } from './feeds'
import { dataFiles, MEDIA_TYPES, type DataFile } from './serialise'

/** The data files of this release and their descriptor, made once per build. */
let files: Promise<DataFile[]> | undefined

export function releaseDataFiles(siteUrl: string): Promise<DataFile[]> {
  return (files ??= isOmitted('open-data') ? Promise.resolve([]) : timedFiles(siteUrl))
}

/** Makes the files and says in the build's log how long it took (bench:publish reads the line). */
async function timedFiles(siteUrl: string): Promise<DataFile[]> {
  const started = performance.now()
  const made = await makeFiles(siteUrl)
  const bytes = made.reduce((sum, file) => sum + Buffer.byteLength(file.body), 0)
  console.info(
    `[відкриті дані] ${made.length} файлів, ${formatBytes(bytes)}, за ${Math.round(performance.now() - started)} мс`,
  )
  return made
}

async function makeFiles(siteUrl: string): Promise<DataFile[]> {
  const [site, branches, documents, news, collections, items, events, programmeTasks] =
    await Promise.all([
      content.site(),
      content.branches(),
      content.documents(),
      content.news(),
      content.collections(),
      content.items(),
      content.events(),
      content.programmeTasks(),
    ])
  const data = dataFiles(DATASETS, {
    site,
    branches,
    documents,
    news,
    collections,
    items,
    events,
    programmeTasks,
    siteUrl,
  })
  const descriptor = dataPackage(data, {
    siteName: site.name,
    siteUrl,
    builtAt: site.builtAt,
    feeds: calendarFeeds(branches),
  })
  return [
    ...data,
    {
      file: 'datapackage.json',
      dataset: { ...DATASETS[0]!, name: 'datapackage' },
      format: 'json',
      mediaType: MEDIA_TYPES.json,
      body: `${JSON.stringify(descriptor, null, 1)}\n`,
    },
  ]
}

/** The public address the build was made for (astro.config.mjs reads the same variable). */
export function releaseSiteUrl(): string {
  return process.env.SITE_URL || 'http://localhost:4321'
}
