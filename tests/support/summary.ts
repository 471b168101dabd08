import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from '@cms/config/paths'

/**
 * Prints one closing line for the whole `npm test` run, adding up what Vitest and Playwright
 * wrote to reports/: "Tests: N passed, N failed".
 */
type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests?: number }
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}

function read<T>(name: string): T | undefined {
  const file = path.join(repoRoot, 'reports', name)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined
}

let passed = 0
let failed = 0
let skipped = 0
for (const name of ['unit.json', 'integration.json']) {
  const report = read<VitestReport>(name)
  if (!report) continue
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests ?? 0
}
const e2e = read<PlaywrightReport>('e2e.json')
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
}
process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
