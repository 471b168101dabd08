import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))
// The repository root holds node_modules and the shared tsconfig: trace and bundle from there.
const repoRoot = path.resolve(cmsDir, '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
