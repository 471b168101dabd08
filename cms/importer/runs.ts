import { randomUUID } from 'node:crypto'

import type { ImportProgress, ImportReport } from './importItems'

/** An import started from the admin, running in the CMS process. */
export type ImportRun = {
  id: string
  userId: number | string
  dryRun: boolean
  state: 'running' | 'done' | 'failed'
  startedAt: string
  progress?: Omit<ImportProgress, 'row'>
  report?: ImportReport
  error?: string
}

const MAX_KEPT = 50
const runs = new Map<string, ImportRun>()

/**
 * Admin imports by id, kept in memory for the status polls of the page that started them. A
 * restart forgets them; the import journal lets the same import, started again, resume.
 */
export const importRuns = {
  start(userId: number | string, dryRun: boolean): ImportRun {
    const run: ImportRun = {
      id: randomUUID(),
      userId,
      dryRun,
      state: 'running',
      startedAt: new Date().toISOString(),
    }
    runs.set(run.id, run)
    for (const key of [...runs.keys()].slice(0, Math.max(0, runs.size - MAX_KEPT))) runs.delete(key)
    return run
  },
  get(id: string): ImportRun | undefined {
    return runs.get(id)
  },
}
