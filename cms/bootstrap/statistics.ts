import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * Refreshes SQLite's query planner statistics (ANALYZE, which writes sqlite_stat1: data, not
 * schema). Why it matters: Payload indexes a localized collection's `<table>_locales` only on
 * (_locale, _parent_id), and reads a document's texts by `_parent_id` alone, for every locale.
 * Without statistics SQLite scans the whole locales table once per document read, which grows
 * with the square of the collection: at 10,000 documents the editorial checks report took 466 s
 * and a release almost half an hour. With statistics that show how few values `_locale` has,
 * it skip-scans the index instead (the same report: 15 s). MongoDB has nothing to refresh.
 *
 * Cheap (well under a second at 10,000 documents), and run again before each release, so a
 * database that started empty gets statistics once it holds content. A failure is reported and
 * ignored: statistics only make queries faster.
 */
export async function refreshQueryStatistics(
  payload: Payload,
  report: (line: string) => void = () => undefined,
): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  try {
    await (payload.db as unknown as SQLiteAdapter).client.execute('ANALYZE')
  } catch (error) {
    report(
      `Статистику бази даних не оновлено: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
