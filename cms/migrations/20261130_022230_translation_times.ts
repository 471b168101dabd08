import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { historicTimes, type HistoricVersion } from '../localization/translationTimes'

/*
 * Each document with English versions keeps when its Ukrainian and English texts last changed and
 * the state they make (issue #16, cms/localization/translationTimes.ts), so the admin's list
 * column and /admin/pereklady read their rows instead of every document's history. Structure as
 * `payload migrate:create` wrote it; then every existing document gets the times its versions
 * give, in plain SQL over the tables as they are now (frozen here, so later schema changes do not
 * break this step). Tested in tests/integration/translation-times.test.ts.
 * MongoDB has no migrations: cms/localization/mongo.ts fills the same times on start.
 */

/** Each table with English versions and its locales' column that means «has English» (frozen). */
const ENGLISH_KEY: Record<string, string> = {
  news: 'title',
  events: 'title',
  documents: 'title_translation',
  pages: 'title',
  programme_tasks: 'title',
  branches: 'name',
  digital_collections: 'title',
  items: 'description',
}

/** Parents read at a time, so that a large collection's texts never sit in memory at once. */
const BATCH = 200

type Row = Record<string, unknown>
type Db = MigrateUpArgs['db']

const filled = (value: unknown) =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')

/** One language's texts of a locales row, as compared between versions (addresses aside). */
function textsOf(row: Row | undefined, ignore: string[]): string {
  if (!row) return '[]'
  return JSON.stringify(
    Object.keys(row)
      .filter((column) => !ignore.includes(column) && filled(row[column]))
      .sort()
      .map((column) => [column, row[column]]),
  )
}

const quoted = (ids: unknown[]) => ids.map((id) => Number(id)).join(', ')

/** The times every document of one table gets from its versions (or from itself without any). */
async function backfill(db: Db, table: string, key: string): Promise<void> {
  const ignore = ['id', '_locale', '_parent_id', 'slug', 'version_slug']
  const parents = (await db.all(
    sql.raw(`SELECT \`id\`, \`updated_at\` FROM \`${table}\``),
  )) as Row[]
  for (let start = 0; start < parents.length; start += BATCH) {
    const batch = parents.slice(start, start + BATCH)
    const ids = quoted(batch.map((parent) => parent.id))
    const versions = (await db.all(
      sql.raw(
        `SELECT \`id\`, \`parent_id\`, \`updated_at\` FROM \`_${table}_v\` WHERE \`parent_id\` IN (${ids}) AND (\`snapshot\` IS NULL OR \`snapshot\` = 0) ORDER BY \`created_at\`, \`id\``,
      ),
    )) as Row[]
    const versionLocales = versions.length
      ? ((await db.all(
          sql.raw(
            `SELECT * FROM \`_${table}_v_locales\` WHERE \`_parent_id\` IN (${quoted(versions.map((version) => version.id))})`,
          ),
        )) as Row[])
      : []
    const ownLocales = (await db.all(
      sql.raw(`SELECT * FROM \`${table}_locales\` WHERE \`_parent_id\` IN (${ids})`),
    )) as Row[]
    const localeOf = (rows: Row[]) => {
      const map = new Map<string, Row>()
      for (const row of rows) map.set(`${String(row._parent_id)}:${String(row._locale)}`, row)
      return map
    }
    const ofVersion = localeOf(versionLocales)
    const ofDocument = localeOf(ownLocales)
    for (const parent of batch) {
      const own = versions.filter((version) => version.parent_id === parent.id)
      const history: HistoricVersion[] = own.map((version) => ({
        at: String(version.updated_at),
        uk: textsOf(ofVersion.get(`${String(version.id)}:uk`), ignore),
        en: textsOf(ofVersion.get(`${String(version.id)}:en`), ignore),
      }))
      const latest = own.at(-1)
      const english = latest
        ? ofVersion.get(`${String(latest.id)}:en`)?.[`version_${key}`]
        : ofDocument.get(`${String(parent.id)}:en`)?.[key]
      const times = historicTimes(
        history.length > 0
          ? history
          : [
              {
                at: String(parent.updated_at),
                uk: textsOf(ofDocument.get(`${String(parent.id)}:uk`), ignore),
                en: textsOf(ofDocument.get(`${String(parent.id)}:en`), ignore),
              },
            ],
        filled(english),
        { uk: '[]', en: '[]' },
      )
      const values = [times.state, times.ukrainianChangedAt, times.englishChangedAt]
      await db.run(
        sql`UPDATE ${sql.identifier(table)} SET \`translation_state\` = ${values[0]}, \`translation_ukrainian_changed_at\` = ${values[1]}, \`translation_english_changed_at\` = ${values[2]} WHERE \`id\` = ${parent.id}`,
      )
      await db.run(
        sql`UPDATE ${sql.identifier(`_${table}_v`)} SET \`version_translation_state\` = ${values[0]}, \`version_translation_ukrainian_changed_at\` = ${values[1]}, \`version_translation_english_changed_at\` = ${values[2]} WHERE \`parent_id\` = ${parent.id}`,
      )
    }
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`news_translation_translation_state_idx\` ON \`news\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_translation_version_translation_state_idx\` ON \`_news_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`events_translation_translation_state_idx\` ON \`events\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_translation_ukrainian_changed_at\` text;`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_translation_version_translation_state_idx\` ON \`_events_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`documents\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`documents_translation_translation_state_idx\` ON \`documents\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`_documents_v\` ADD \`version_translation_ukrainian_changed_at\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`_documents_v\` ADD \`version_translation_english_changed_at\` text;`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_translation_version_translation_sta_idx\` ON \`_documents_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`pages_translation_translation_state_idx\` ON \`pages\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_translation_version_translation_state_idx\` ON \`_pages_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`programme_tasks_translation_translation_state_idx\` ON \`programme_tasks\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_translation_ukrainian_changed_at\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_translation_english_changed_at\` text;`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_translation_version_translati_idx\` ON \`_programme_tasks_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`branches\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`branches_translation_translation_state_idx\` ON \`branches\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`_branches_v\` ADD \`version_translation_ukrainian_changed_at\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`_branches_v\` ADD \`version_translation_english_changed_at\` text;`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_translation_version_translation_stat_idx\` ON \`_branches_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`digital_collections\` ADD \`translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`digital_collections\` ADD \`translation_ukrainian_changed_at\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`digital_collections\` ADD \`translation_english_changed_at\` text;`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_translation_translation_state_idx\` ON \`digital_collections\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_translation_state\` text;`)
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_translation_ukrainian_changed_at\` text;`,
  )
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_translation_english_changed_at\` text;`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_translation_version_trans_idx\` ON \`_digital_collections_v\` (\`version_translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`items\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`items_translation_translation_state_idx\` ON \`items\` (\`translation_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_translation_ukrainian_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_translation_english_changed_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_items_v_version_translation_version_translation_state_idx\` ON \`_items_v\` (\`version_translation_state\`);`,
  )
  for (const [table, key] of Object.entries(ENGLISH_KEY)) await backfill(db, table, key)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_translation_version_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`events_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_translation_version_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`documents_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_translation_version_translation_sta_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`pages_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_translation_version_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`programme_tasks_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`translation_ukrainian_changed_at\`;`,
  )
  await db.run(sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_programme_tasks_v_version_translation_version_translati_idx\`;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`branches_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_branches_v_version_translation_version_translation_stat_idx\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`digital_collections_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`_digital_collections_v_version_translation_version_trans_idx\`;`)
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_translation_state\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
  await db.run(sql`DROP INDEX \`items_translation_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`items\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`items\` DROP COLUMN \`translation_ukrainian_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`items\` DROP COLUMN \`translation_english_changed_at\`;`)
  await db.run(sql`DROP INDEX \`_items_v_version_translation_version_translation_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_items_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(
    sql`ALTER TABLE \`_items_v\` DROP COLUMN \`version_translation_ukrainian_changed_at\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_items_v\` DROP COLUMN \`version_translation_english_changed_at\`;`,
  )
}
