import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Content in two languages (issue #16): the fields readers read move from their tables' own
 * columns into `<table>_locales` rows (`_locale`, `_parent_id`), and the site's menus get a
 * `_locale` column. Structure as `payload migrate:create` wrote it, reordered so that nothing is
 * lost: every existing value is copied into a `uk` row before its column is dropped (and back on
 * the way down). The slug indexes change tables but keep their names, so the old ones go first.
 * Tested on a seeded database in tests/integration/localization-migration.test.ts.
 * MongoDB stores `{ uk: value }` instead: cms/localization/mongo.ts moves it on start.
 */

/** Each table's columns that become localized, as this migration found them (frozen here). */
export const LOCALIZED_COLUMNS: Record<string, string[]> = {
  news: ['title', 'slug', 'excerpt', 'body'],
  _news_v: ['version_title', 'version_slug', 'version_excerpt', 'version_body'],
  events: ['title', 'slug', 'summary', 'body', 'accessibility_notes'],
  _events_v: [
    'version_title',
    'version_slug',
    'version_summary',
    'version_body',
    'version_accessibility_notes',
  ],
  documents: ['slug', 'summary', 'body'],
  _documents_v: ['version_slug', 'version_summary', 'version_body'],
  pages: ['title', 'slug', 'summary', 'body'],
  _pages_v: ['version_title', 'version_slug', 'version_summary', 'version_body'],
  programme_tasks: ['title', 'slug', 'summary'],
  _programme_tasks_v: ['version_title', 'version_slug', 'version_summary'],
  branches: ['name', 'short_name', 'slug', 'accessibility_notes', 'description'],
  _branches_v: [
    'version_name',
    'version_short_name',
    'version_slug',
    'version_accessibility_notes',
    'version_description',
  ],
  digital_collections: ['title', 'slug', 'description'],
  _digital_collections_v: ['version_title', 'version_slug', 'version_description'],
  items: ['description'],
  _items_v: ['version_description'],
  media: ['alt', 'caption'],
  site: ['name', 'short_name', 'tagline', 'contacts_address', 'footer_text'],
}

/** The menus' tables, whose rows become rows of one language. */
const MENU_TABLES = ['site_header_nav', 'site_footer_nav']

/** Version tables that gain per-locale snapshot rows. */
const VERSION_TABLES = [
  '_alerts_v',
  '_branches_v',
  '_digital_collections_v',
  '_documents_v',
  '_events_v',
  '_items_v',
  '_news_v',
  '_pages_v',
  '_programme_tasks_v',
]

type Db = MigrateUpArgs['db']

/** Every row's values become its `uk` row: the Ukrainian text it always was. */
async function copyIntoUkrainian(db: Db): Promise<void> {
  for (const [table, columns] of Object.entries(LOCALIZED_COLUMNS)) {
    const list = columns.map((column) => `\`${column}\``).join(', ')
    await db.run(
      sql.raw(
        `INSERT INTO \`${table}_locales\` (${list}, \`_locale\`, \`_parent_id\`) SELECT ${list}, 'uk', \`id\` FROM \`${table}\``,
      ),
    )
  }
}

/** Back to one language: the `uk` rows' values return to their tables; English is dropped. */
async function copyBackFromUkrainian(db: Db): Promise<void> {
  for (const [table, columns] of Object.entries(LOCALIZED_COLUMNS)) {
    const list = columns.map((column) => `\`${column}\``).join(', ')
    const ukrainian = `FROM \`${table}_locales\` AS l WHERE l.\`_parent_id\` = \`${table}\`.\`id\` AND l.\`_locale\` = 'uk'`
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET (${list}) = (SELECT ${list} ${ukrainian}) WHERE EXISTS (SELECT 1 ${ukrainian})`,
      ),
    )
  }
  for (const table of MENU_TABLES)
    await db.run(sql.raw(`DELETE FROM \`${table}\` WHERE \`_locale\` <> 'uk'`))
  for (const table of VERSION_TABLES)
    await db.run(sql.raw(`DELETE FROM \`${table}\` WHERE \`snapshot\` = 1`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // The old slug indexes first: the new ones on the locales tables take their names.
  await db.run(sql`DROP INDEX \`news_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`events_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`programme_tasks_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_programme_tasks_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`branches_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_branches_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`digital_collections_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`_digital_collections_v_version_version_slug_idx\`;`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`accessibility_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_accessibility_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title_translation\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_documents_v_locales\` (
  	\`version_title_translation\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_documents_v_locales_locale_parent_id_unique\` ON \`_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`programme_tasks_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_tasks_slug_idx\` ON \`programme_tasks_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_tasks_locales_locale_parent_id_unique\` ON \`programme_tasks_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programme_tasks_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programme_tasks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_slug_idx\` ON \`_programme_tasks_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_programme_tasks_v_locales_locale_parent_id_unique\` ON \`_programme_tasks_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`branches_locales\` (
  	\`name\` text,
  	\`short_name\` text,
  	\`slug\` text,
  	\`accessibility_notes\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`branches_slug_idx\` ON \`branches_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`branches_locales_locale_parent_id_unique\` ON \`branches_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_branches_v_locales\` (
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_slug\` text,
  	\`version_accessibility_notes\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_branches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_slug_idx\` ON \`_branches_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_branches_v_locales_locale_parent_id_unique\` ON \`_branches_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`digital_collections_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`digital_collections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`digital_collections_slug_idx\` ON \`digital_collections_locales\` (\`slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`digital_collections_locales_locale_parent_id_unique\` ON \`digital_collections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_digital_collections_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_digital_collections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_slug_idx\` ON \`_digital_collections_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_digital_collections_v_locales_locale_parent_id_unique\` ON \`_digital_collections_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`items_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`items_locales_locale_parent_id_unique\` ON \`items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_items_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_items_v_locales_locale_parent_id_unique\` ON \`_items_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`tagline\` text,
  	\`contacts_address\` text,
  	\`footer_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_locales_locale_parent_id_unique\` ON \`site_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await copyIntoUkrainian(db)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`excerpt\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_excerpt\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`published_locale\` text;`)
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_snapshot_idx\` ON \`_programme_tasks_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_published_locale_idx\` ON \`_programme_tasks_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`short_name\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_branches_v_snapshot_idx\` ON \`_branches_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_branches_v_published_locale_idx\` ON \`_branches_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_name\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_short_name\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`published_locale\` text;`)
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_snapshot_idx\` ON \`_digital_collections_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_published_locale_idx\` ON \`_digital_collections_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_alerts_v_snapshot_idx\` ON \`_alerts_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_alerts_v_published_locale_idx\` ON \`_alerts_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_items_v_snapshot_idx\` ON \`_items_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_items_v_published_locale_idx\` ON \`_items_v\` (\`published_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`_items_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`site_header_nav\` ADD \`_locale\` text NOT NULL DEFAULT 'uk';`)
  await db.run(
    sql`CREATE INDEX \`site_header_nav_locale_idx\` ON \`site_header_nav\` (\`_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_footer_nav\` ADD \`_locale\` text NOT NULL DEFAULT 'uk';`)
  await db.run(
    sql`CREATE INDEX \`site_footer_nav_locale_idx\` ON \`site_footer_nav\` (\`_locale\`);`,
  )
  await db.run(sql`ALTER TABLE \`items\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`short_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`tagline\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`contacts_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`footer_text\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_excerpt\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_name\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_short_name\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`excerpt\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`programme_tasks\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`short_name\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`digital_collections\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`name\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`short_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`tagline\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`contacts_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`footer_text\` text;`)
  await copyBackFromUkrainian(db)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`programme_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`_programme_tasks_v_locales\`;`)
  await db.run(sql`DROP TABLE \`branches_locales\`;`)
  await db.run(sql`DROP TABLE \`_branches_v_locales\`;`)
  await db.run(sql`DROP TABLE \`digital_collections_locales\`;`)
  await db.run(sql`DROP TABLE \`_digital_collections_v_locales\`;`)
  await db.run(sql`DROP TABLE \`items_locales\`;`)
  await db.run(sql`DROP TABLE \`_items_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`site_locales\`;`)
  await db.run(sql`DROP INDEX \`_news_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_events_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_programme_tasks_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_programme_tasks_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_slug_idx\` ON \`_programme_tasks_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_programme_tasks_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_branches_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_branches_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_slug_idx\` ON \`_branches_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_alerts_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_alerts_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_digital_collections_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_digital_collections_v_published_locale_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_slug_idx\` ON \`_digital_collections_v\` (\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_digital_collections_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_items_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_items_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_items_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_items_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`site_header_nav_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_header_nav\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`DROP INDEX \`site_footer_nav_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_footer_nav\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_tasks_slug_idx\` ON \`programme_tasks\` (\`slug\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`branches_slug_idx\` ON \`branches\` (\`slug\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`digital_collections_slug_idx\` ON \`digital_collections\` (\`slug\`);`,
  )
}
