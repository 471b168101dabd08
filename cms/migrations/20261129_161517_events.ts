import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_audiences_order_idx\` ON \`events_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_audiences_parent_idx\` ON \`events_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_schedule_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_schedule_dates_order_idx\` ON \`events_schedule_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_schedule_dates_parent_id_idx\` ON \`events_schedule_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_schedule_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_schedule_weekdays_order_idx\` ON \`events_schedule_weekdays\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_schedule_weekdays_parent_idx\` ON \`events_schedule_weekdays\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_schedule_added_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_schedule_added_dates_order_idx\` ON \`events_schedule_added_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_schedule_added_dates_parent_id_idx\` ON \`events_schedule_added_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`original\` text,
  	\`kind\` text DEFAULT 'cancelled',
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`place\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_changes_order_idx\` ON \`events_changes\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`events_changes_parent_id_idx\` ON \`events_changes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text DEFAULT 'club',
  	\`age_from\` numeric,
  	\`age_to\` numeric,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`schedule_kind\` text DEFAULT 'single',
  	\`schedule_date\` text,
  	\`schedule_start_time\` text,
  	\`schedule_end_time\` text,
  	\`schedule_end_date\` text,
  	\`schedule_frequency\` text DEFAULT 'weekly',
  	\`schedule_interval\` numeric DEFAULT 1,
  	\`schedule_month_week\` text,
  	\`schedule_month_weekday\` text,
  	\`schedule_until\` text,
  	\`schedule_count\` numeric,
  	\`schedule_rule\` text,
  	\`venue\` text DEFAULT 'branch',
  	\`online_url\` text,
  	\`place_name\` text,
  	\`address\` text,
  	\`accessibility_notes\` text,
  	\`free\` integer DEFAULT true,
  	\`price\` text,
  	\`language\` text DEFAULT 'українська',
  	\`organiser\` text,
  	\`partner\` text,
  	\`registration_mode\` text DEFAULT 'none',
  	\`registration_url\` text,
  	\`registration_contact_text\` text,
  	\`registration_capacity\` numeric,
  	\`registration_max_places_per_person\` numeric DEFAULT 2,
  	\`registration_closes_minutes_before\` numeric DEFAULT 0,
  	\`registration_waiting_list\` integer DEFAULT true,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`created_by_id\` integer,
  	\`published_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_idx\` ON \`events\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`events_is_sample_idx\` ON \`events\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_published_by_idx\` ON \`events\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	\`programme_tasks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_tasks_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`events_rels_branches_id_idx\` ON \`events_rels\` (\`branches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_programme_tasks_id_idx\` ON \`events_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_order_idx\` ON \`_events_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_parent_idx\` ON \`_events_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_schedule_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_dates_order_idx\` ON \`_events_v_version_schedule_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_dates_parent_id_idx\` ON \`_events_v_version_schedule_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_schedule_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_weekdays_order_idx\` ON \`_events_v_version_schedule_weekdays\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_weekdays_parent_idx\` ON \`_events_v_version_schedule_weekdays\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_schedule_added_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_added_dates_order_idx\` ON \`_events_v_version_schedule_added_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_schedule_added_dates_parent_id_idx\` ON \`_events_v_version_schedule_added_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`original\` text,
  	\`kind\` text DEFAULT 'cancelled',
  	\`date\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`place\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_changes_order_idx\` ON \`_events_v_version_changes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_changes_parent_id_idx\` ON \`_events_v_version_changes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_category\` text DEFAULT 'club',
  	\`version_age_from\` numeric,
  	\`version_age_to\` numeric,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_schedule_kind\` text DEFAULT 'single',
  	\`version_schedule_date\` text,
  	\`version_schedule_start_time\` text,
  	\`version_schedule_end_time\` text,
  	\`version_schedule_end_date\` text,
  	\`version_schedule_frequency\` text DEFAULT 'weekly',
  	\`version_schedule_interval\` numeric DEFAULT 1,
  	\`version_schedule_month_week\` text,
  	\`version_schedule_month_weekday\` text,
  	\`version_schedule_until\` text,
  	\`version_schedule_count\` numeric,
  	\`version_schedule_rule\` text,
  	\`version_venue\` text DEFAULT 'branch',
  	\`version_online_url\` text,
  	\`version_place_name\` text,
  	\`version_address\` text,
  	\`version_accessibility_notes\` text,
  	\`version_free\` integer DEFAULT true,
  	\`version_price\` text,
  	\`version_language\` text DEFAULT 'українська',
  	\`version_organiser\` text,
  	\`version_partner\` text,
  	\`version_registration_mode\` text DEFAULT 'none',
  	\`version_registration_url\` text,
  	\`version_registration_contact_text\` text,
  	\`version_registration_capacity\` numeric,
  	\`version_registration_max_places_per_person\` numeric DEFAULT 2,
  	\`version_registration_closes_minutes_before\` numeric DEFAULT 0,
  	\`version_registration_waiting_list\` integer DEFAULT true,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_created_by_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_cover_idx\` ON \`_events_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_is_sample_idx\` ON \`_events_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_published_by_idx\` ON \`_events_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	\`programme_tasks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_tasks_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_branches_id_idx\` ON \`_events_v_rels\` (\`branches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_programme_tasks_id_idx\` ON \`_events_v_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_audiences\`;`)
  await db.run(sql`DROP TABLE \`events_schedule_dates\`;`)
  await db.run(sql`DROP TABLE \`events_schedule_weekdays\`;`)
  await db.run(sql`DROP TABLE \`events_schedule_added_dates\`;`)
  await db.run(sql`DROP TABLE \`events_changes\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_schedule_dates\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_schedule_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_schedule_added_dates\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_changes\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`documents_id\` integer,
  	\`pages_id\` integer,
  	\`programme_tasks_id\` integer,
  	\`branches_id\` integer,
  	\`digital_collections_id\` integer,
  	\`items_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_tasks_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_collections_id\`) REFERENCES \`digital_collections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`items_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "pages_id", "programme_tasks_id", "branches_id", "digital_collections_id", "items_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "pages_id", "programme_tasks_id", "branches_id", "digital_collections_id", "items_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_programme_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_branches_id_idx\` ON \`payload_locked_documents_rels\` (\`branches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_digital_collections_id_idx\` ON \`payload_locked_documents_rels\` (\`digital_collections_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_items_id_idx\` ON \`payload_locked_documents_rels\` (\`items_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
