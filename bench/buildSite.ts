import { build } from 'astro'

import { repoRoot } from '@cms/config/paths'
import { exitAfterOutput } from '@cms/runtime/processes'

// Builds the site in this process and reports its own peak memory, which a parent cannot see.
const started = performance.now()
// At info level Astro prints each page it writes with its time: the budget bench sums them by section.
await build({ root: repoRoot, logLevel: process.env.BENCH_PAGE_TIMES ? 'info' : 'warn' })
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `\nBUILD_STATS ${JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`,
)
exitAfterOutput(0)
