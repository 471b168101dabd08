import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from '@cms/config/paths'

/**
 * Prints one closing line for the whole `npm test` run, adding up what Vitest and Playwright
 * wrote to reports/: "Tests: N passed, N failed". It fails the run when a suite's report is
 * missing or a suite ran no test at all: a suite that silently ran nothing proves nothing.
 */
type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests?: number }
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}

type Tally = { passed: number; failed: number; skipped: number }

const SUITES: { name: string; report: string; tally: (report: unknown) => Tally }[] = [
  { name: 'unit (Vitest)', report: 'unit.json', tally: vitestTally },
  { name: 'integration (Vitest)', report: 'integration.json', tally: vitestTally },
  { name: 'end-to-end (Playwright)', report: 'e2e.json', tally: playwrightTally },
]

function vitestTally(report: unknown): Tally {
  const { numPassedTests, numFailedTests, numPendingTests } = report as VitestReport
  return { passed: numPassedTests, failed: numFailedTests, skipped: numPendingTests ?? 0 }
}

function playwrightTally(report: unknown): Tally {
  const { stats } = report as PlaywrightReport
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  }
}

const reportsDir = path.join(repoRoot, 'reports')

// `npm test` starts with `--clear`: a report left by an earlier run must not stand in for one
// this run failed to write.
if (process.argv.includes('--clear')) {
  rmSync(reportsDir, { recursive: true, force: true })
  process.exit(0)
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 }
const problems: string[] = []
for (const suite of SUITES) {
  const file = path.join(reportsDir, suite.report)
  if (!existsSync(file)) {
    problems.push(`the ${suite.name} suite wrote no report (reports/${suite.report} is missing)`)
    continue
  }
  const tally = suite.tally(JSON.parse(readFileSync(file, 'utf8')))
  total.passed += tally.passed
  total.failed += tally.failed
  total.skipped += tally.skipped
  if (tally.passed + tally.failed === 0)
    problems.push(`the ${suite.name} suite ran no tests (reports/${suite.report})`)
}
process.stdout.write(
  `\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`,
)
for (const problem of problems) process.stderr.write(`Test run incomplete: ${problem}.\n`)
process.exit(total.failed > 0 || problems.length > 0 ? 1 : 0)
