import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_by_idx\` ON \`news\` (\`published_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_news_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_news_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_published_by_idx\` ON \`_news_v\` (\`version_published_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`documents\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`documents_published_by_idx\` ON \`documents\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_documents_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_documents_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_published_by_idx\` ON \`_documents_v\` (\`version_published_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`pages\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`pages_created_by_idx\` ON \`pages\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_published_by_idx\` ON \`pages\` (\`published_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_pages_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_pages_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_created_by_idx\` ON \`_pages_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_published_by_idx\` ON \`_pages_v\` (\`version_published_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`branches\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`branches_created_by_idx\` ON \`branches\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`branches_published_by_idx\` ON \`branches\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_branches_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_branches_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_created_by_idx\` ON \`_branches_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_published_by_idx\` ON \`_branches_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`digital_collections\` ADD \`created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`digital_collections\` ADD \`published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_created_by_idx\` ON \`digital_collections\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_published_by_idx\` ON \`digital_collections\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_digital_collections_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_created_by_idx\` ON \`_digital_collections_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_published_by_idx\` ON \`_digital_collections_v\` (\`version_published_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`items\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`items_created_by_idx\` ON \`items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_published_by_idx\` ON \`items\` (\`published_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_items_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_items_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_created_by_idx\` ON \`_items_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_published_by_idx\` ON \`_items_v\` (\`version_published_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`category\` text DEFAULT 'news',
  	\`excerpt\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_news\`("id", "title", "slug", "published_at", "category", "excerpt", "cover_id", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "published_at", "category", "excerpt", "cover_id", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`news\`;`,
  )
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`news_is_sample_idx\` ON \`news\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_category\` text DEFAULT 'news',
  	\`version_excerpt\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_title", "version_slug", "version_published_at", "version_category", "version_excerpt", "version_cover_id", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_published_at", "version_category", "version_excerpt", "version_cover_id", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_news_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_is_sample_idx\` ON \`_news_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`type\` text,
  	\`number\` text,
  	\`adopted_on\` text,
  	\`issuer\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`status_mode\` text DEFAULT 'auto',
  	\`status\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_documents\`("id", "title", "slug", "type", "number", "adopted_on", "issuer", "valid_from", "valid_to", "status_mode", "status", "summary", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "type", "number", "adopted_on", "issuer", "valid_from", "valid_to", "status_mode", "status", "summary", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`documents\`;`,
  )
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_status_idx\` ON \`documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`documents_is_sample_idx\` ON \`documents\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_number\` text,
  	\`version_adopted_on\` text,
  	\`version_issuer\` text,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_status_mode\` text DEFAULT 'auto',
  	\`version_status\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_slug", "version_type", "version_number", "version_adopted_on", "version_issuer", "version_valid_from", "version_valid_to", "version_status_mode", "version_status", "version_summary", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_type", "version_number", "version_adopted_on", "version_issuer", "version_valid_from", "version_valid_to", "version_status_mode", "version_status", "version_summary", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_status_idx\` ON \`_documents_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_is_sample_idx\` ON \`_documents_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_pages\`("id", "title", "slug", "summary", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "body", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`pages\`;`,
  )
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_is_sample_idx\` ON \`pages\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_body", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_pages_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_is_sample_idx\` ON \`_pages_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_branches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`short_name\` text,
  	\`kind\` text DEFAULT 'adult',
  	\`slug\` text,
  	\`address_street\` text,
  	\`address_building\` text,
  	\`address_postcode\` text,
  	\`address_city\` text DEFAULT 'Київ',
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`email\` text,
  	\`head\` text,
  	\`sanitary_day_week\` text,
  	\`sanitary_day_weekday\` text,
  	\`status_line\` text,
  	\`resilience_active\` integer DEFAULT false,
  	\`resilience_charging_places\` numeric,
  	\`resilience_hours\` text,
  	\`shelter_address\` text,
  	\`shelter_distance\` numeric,
  	\`accessibility_notes\` text,
  	\`description\` text,
  	\`order\` numeric DEFAULT 100,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_branches\`("id", "name", "short_name", "kind", "slug", "address_street", "address_building", "address_postcode", "address_city", "latitude", "longitude", "email", "head", "sanitary_day_week", "sanitary_day_weekday", "status_line", "resilience_active", "resilience_charging_places", "resilience_hours", "shelter_address", "shelter_distance", "accessibility_notes", "description", "order", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "name", "short_name", "kind", "slug", "address_street", "address_building", "address_postcode", "address_city", "latitude", "longitude", "email", "head", "sanitary_day_week", "sanitary_day_weekday", "status_line", "resilience_active", "resilience_charging_places", "resilience_hours", "shelter_address", "shelter_distance", "accessibility_notes", "description", "order", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`branches\`;`,
  )
  await db.run(sql`DROP TABLE \`branches\`;`)
  await db.run(sql`ALTER TABLE \`__new_branches\` RENAME TO \`branches\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`branches_slug_idx\` ON \`branches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`branches_is_sample_idx\` ON \`branches\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`branches_updated_at_idx\` ON \`branches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`branches_created_at_idx\` ON \`branches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`branches__status_idx\` ON \`branches\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__branches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_kind\` text DEFAULT 'adult',
  	\`version_slug\` text,
  	\`version_address_street\` text,
  	\`version_address_building\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text DEFAULT 'Київ',
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_email\` text,
  	\`version_head\` text,
  	\`version_sanitary_day_week\` text,
  	\`version_sanitary_day_weekday\` text,
  	\`version_status_line\` text,
  	\`version_resilience_active\` integer DEFAULT false,
  	\`version_resilience_charging_places\` numeric,
  	\`version_resilience_hours\` text,
  	\`version_shelter_address\` text,
  	\`version_shelter_distance\` numeric,
  	\`version_accessibility_notes\` text,
  	\`version_description\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__branches_v\`("id", "parent_id", "version_name", "version_short_name", "version_kind", "version_slug", "version_address_street", "version_address_building", "version_address_postcode", "version_address_city", "version_latitude", "version_longitude", "version_email", "version_head", "version_sanitary_day_week", "version_sanitary_day_weekday", "version_status_line", "version_resilience_active", "version_resilience_charging_places", "version_resilience_hours", "version_shelter_address", "version_shelter_distance", "version_accessibility_notes", "version_description", "version_order", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_short_name", "version_kind", "version_slug", "version_address_street", "version_address_building", "version_address_postcode", "version_address_city", "version_latitude", "version_longitude", "version_email", "version_head", "version_sanitary_day_week", "version_sanitary_day_weekday", "version_status_line", "version_resilience_active", "version_resilience_charging_places", "version_resilience_hours", "version_shelter_address", "version_shelter_distance", "version_accessibility_notes", "version_description", "version_order", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_branches_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_branches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__branches_v\` RENAME TO \`_branches_v\`;`)
  await db.run(sql`CREATE INDEX \`_branches_v_parent_idx\` ON \`_branches_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_slug_idx\` ON \`_branches_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_is_sample_idx\` ON \`_branches_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_updated_at_idx\` ON \`_branches_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version_created_at_idx\` ON \`_branches_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_version__status_idx\` ON \`_branches_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_created_at_idx\` ON \`_branches_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_updated_at_idx\` ON \`_branches_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_branches_v_latest_idx\` ON \`_branches_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_digital_collections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`description\` text,
  	\`cover_id\` integer,
  	\`curator\` text,
  	\`default_rights\` text,
  	\`order\` numeric DEFAULT 100,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_digital_collections\`("id", "title", "slug", "description", "cover_id", "curator", "default_rights", "order", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "description", "cover_id", "curator", "default_rights", "order", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`digital_collections\`;`,
  )
  await db.run(sql`DROP TABLE \`digital_collections\`;`)
  await db.run(sql`ALTER TABLE \`__new_digital_collections\` RENAME TO \`digital_collections\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`digital_collections_slug_idx\` ON \`digital_collections\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_cover_idx\` ON \`digital_collections\` (\`cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_is_sample_idx\` ON \`digital_collections\` (\`is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_updated_at_idx\` ON \`digital_collections\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_created_at_idx\` ON \`digital_collections\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections__status_idx\` ON \`digital_collections\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__digital_collections_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_cover_id\` integer,
  	\`version_curator\` text,
  	\`version_default_rights\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_collections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__digital_collections_v\`("id", "parent_id", "version_title", "version_slug", "version_description", "version_cover_id", "version_curator", "version_default_rights", "version_order", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_description", "version_cover_id", "version_curator", "version_default_rights", "version_order", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_digital_collections_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_digital_collections_v\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__digital_collections_v\` RENAME TO \`_digital_collections_v\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_parent_idx\` ON \`_digital_collections_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_slug_idx\` ON \`_digital_collections_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_cover_idx\` ON \`_digital_collections_v\` (\`version_cover_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_is_sample_idx\` ON \`_digital_collections_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_updated_at_idx\` ON \`_digital_collections_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version_created_at_idx\` ON \`_digital_collections_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_version_version__status_idx\` ON \`_digital_collections_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_created_at_idx\` ON \`_digital_collections_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_updated_at_idx\` ON \`_digital_collections_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_latest_idx\` ON \`_digital_collections_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`identifier\` text,
  	\`title\` text,
  	\`type\` text,
  	\`creator\` text,
  	\`date_written\` text,
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`description\` text,
  	\`language\` text DEFAULT 'uk',
  	\`format\` text,
  	\`extent\` text,
  	\`source_branch_id\` integer,
  	\`source_shelf_mark\` text,
  	\`rights\` text,
  	\`transcription\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_items\`("id", "identifier", "title", "type", "creator", "date_written", "start_year", "end_year", "description", "language", "format", "extent", "source_branch_id", "source_shelf_mark", "rights", "transcription", "is_sample", "editorial_notes", "updated_at", "created_at", "_status") SELECT "id", "identifier", "title", "type", "creator", "date_written", "start_year", "end_year", "description", "language", "format", "extent", "source_branch_id", "source_shelf_mark", "rights", "transcription", "is_sample", "editorial_notes", "updated_at", "created_at", "_status" FROM \`items\`;`,
  )
  await db.run(sql`DROP TABLE \`items\`;`)
  await db.run(sql`ALTER TABLE \`__new_items\` RENAME TO \`items\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`items_identifier_idx\` ON \`items\` (\`identifier\`);`)
  await db.run(sql`CREATE INDEX \`items_start_year_idx\` ON \`items\` (\`start_year\`);`)
  await db.run(sql`CREATE INDEX \`items_end_year_idx\` ON \`items\` (\`end_year\`);`)
  await db.run(
    sql`CREATE INDEX \`items_source_source_branch_idx\` ON \`items\` (\`source_branch_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`items_is_sample_idx\` ON \`items\` (\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`items_updated_at_idx\` ON \`items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`items_created_at_idx\` ON \`items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`items__status_idx\` ON \`items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_identifier\` text,
  	\`version_title\` text,
  	\`version_type\` text,
  	\`version_creator\` text,
  	\`version_date_written\` text,
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_description\` text,
  	\`version_language\` text DEFAULT 'uk',
  	\`version_format\` text,
  	\`version_extent\` text,
  	\`version_source_branch_id\` integer,
  	\`version_source_shelf_mark\` text,
  	\`version_rights\` text,
  	\`version_transcription\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__items_v\`("id", "parent_id", "version_identifier", "version_title", "version_type", "version_creator", "version_date_written", "version_start_year", "version_end_year", "version_description", "version_language", "version_format", "version_extent", "version_source_branch_id", "version_source_shelf_mark", "version_rights", "version_transcription", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_identifier", "version_title", "version_type", "version_creator", "version_date_written", "version_start_year", "version_end_year", "version_description", "version_language", "version_format", "version_extent", "version_source_branch_id", "version_source_shelf_mark", "version_rights", "version_transcription", "version_is_sample", "version_editorial_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_items_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_items_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__items_v\` RENAME TO \`_items_v\`;`)
  await db.run(sql`CREATE INDEX \`_items_v_parent_idx\` ON \`_items_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_identifier_idx\` ON \`_items_v\` (\`version_identifier\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_start_year_idx\` ON \`_items_v\` (\`version_start_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_end_year_idx\` ON \`_items_v\` (\`version_end_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_source_version_source_branch_idx\` ON \`_items_v\` (\`version_source_branch_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_is_sample_idx\` ON \`_items_v\` (\`version_is_sample\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_updated_at_idx\` ON \`_items_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version_created_at_idx\` ON \`_items_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_items_v_version_version__status_idx\` ON \`_items_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_items_v_created_at_idx\` ON \`_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_updated_at_idx\` ON \`_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_latest_idx\` ON \`_items_v\` (\`latest\`);`)
}
