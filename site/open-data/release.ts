import { content } from '../data/store'
import { DATASETS } from './datasets'
import { dataPackage } from './descriptor'
import { dataFiles, MEDIA_TYPES, type DataFile } from './serialise'

/** The data files of this release and their descriptor, made once per build. */
let files: Promise<DataFile[]> | undefined

export function releaseDataFiles(siteUrl: string): Promise<DataFile[]> {
  return (files ??= makeFiles(siteUrl))
}

async function makeFiles(siteUrl: string): Promise<DataFile[]> {
  const [site, branches, documents, news, collections, items, events] = await Promise.all([
    content.site(),
    content.branches(),
    content.documents(),
    content.news(),
    content.collections(),
    content.items(),
    content.events(),
  ])
  const data = dataFiles(DATASETS, {
    site,
    branches,
    documents,
    news,
    collections,
    items,
    events,
    siteUrl,
  })
  const descriptor = dataPackage(data, { siteName: site.name, siteUrl, builtAt: site.builtAt })
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
