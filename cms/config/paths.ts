import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, found from this file rather than the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The CMS folder (Next.js project and Payload config). */
export const cmsDir = path.join(repoRoot, 'cms')

/** Seed content shipped with the repository. */
export const contentDir = path.join(repoRoot, 'content')
