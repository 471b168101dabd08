import { repoRoot } from '@cms/config/paths'

import { findLayerViolations } from './layers'

// `npm run lint` runs this after ESLint: it also reads the .astro files ESLint skips.
const violations = findLayerViolations(repoRoot)
for (const { file, specifier, reason } of violations)
  process.stderr.write(`${file}: import '${specifier}' — ${reason}\n`)
if (violations.length) {
  process.stderr.write(
    `${violations.length} import(s) break the layers (see tests/architecture/layers.ts).\n`,
  )
  process.exit(1)
}
process.stdout.write('Layers: site → domain ← cms, no import crosses them.\n')
