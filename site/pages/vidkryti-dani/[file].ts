import type { APIRoute, GetStaticPaths } from 'astro'

import { releaseDataFiles, releaseSiteUrl } from '@site/open-data/release'
import type { DataFile } from '@site/open-data/serialise'

// Every data file and datapackage.json, written into the release with the pages.
export const getStaticPaths = (async () => {
  const files = await releaseDataFiles(releaseSiteUrl())
  return files.map((file) => ({ params: { file: file.file }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile }
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } })
}
