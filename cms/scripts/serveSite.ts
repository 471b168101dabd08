import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { serveSiteFile } from '../publisher/staticServer'
import { repoRoot } from '../config/paths'

// Serves one build of the site (local preview and the end-to-end suite) the way the publisher
// serves the live release: directory indexes, the 404 page with its status, security headers.

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    root: { type: 'string', default: path.join(repoRoot, process.env.SITE_OUT_DIR || 'dist/site') },
  },
})
const root = path.resolve(values.root)

createServer((request, response) => void serveSiteFile(request, response, root)).listen(
  Number(values.port),
  '127.0.0.1',
  () => {
    process.stdout.write(`Serving ${root} at http://127.0.0.1:${values.port}/\n`)
  },
)
