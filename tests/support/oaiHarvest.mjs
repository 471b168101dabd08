// Runs the npm `oai-pmh` harvester against a base URL and prints what it got as JSON.
// The package ships ES-module source loaded through the `esm` package, which fails on Node 22+
// ("Function.prototype.apply was called on undefined"); so its source is bundled to CommonJS
// with esbuild (dependencies left as they are) and required from node_modules/.cache.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { buildSync } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..', '..')
const bundle = path.join(root, 'node_modules', '.cache', 'oai-pmh-harvester.cjs')
const { outputFiles } = buildSync({
  entryPoints: [path.join(root, 'node_modules', 'oai-pmh', 'src', 'index.js')],
  bundle: true,
  packages: 'external',
  format: 'cjs',
  platform: 'node',
  write: false,
  logLevel: 'silent',
})
mkdirSync(path.dirname(bundle), { recursive: true })
writeFileSync(bundle, outputFiles[0].text)
const { OaiPmh } = createRequire(import.meta.url)(bundle)

const [baseUrl, command, json] = process.argv.slice(2)
const args = JSON.parse(json || '{}')

async function collect(iterable) {
  const out = []
  for await (const entry of iterable) out.push(entry)
  return out
}

async function main() {
  const harvester = new OaiPmh(baseUrl, { retry: false })
  switch (command) {
    case 'identify':
      return harvester.identify()
    case 'listMetadataFormats':
      return harvester.listMetadataFormats(args)
    case 'listSets':
      return collect(harvester.listSets())
    case 'listIdentifiers':
      return collect(harvester.listIdentifiers(args))
    case 'listRecords':
      return collect(harvester.listRecords(args))
    case 'getRecord':
      return harvester.getRecord(args.identifier, args.metadataPrefix)
    default:
      throw new Error(`unknown command ${command}`)
  }
}

main().then(
  (result) => process.stdout.write(JSON.stringify({ ok: true, result })),
  (error) =>
    process.stdout.write(JSON.stringify({ ok: false, code: error.code, message: error.message })),
)
