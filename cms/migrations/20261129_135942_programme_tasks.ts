import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programme_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'task',
  	\`number\` numeric,
  	\`programme_id\` integer,
  	\`summary\` text,
  	\`section\` text,
  	\`editorial_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`programme_tasks_slug_idx\` ON \`programme_tasks\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_tasks_programme_idx\` ON \`programme_tasks\` (\`programme_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_tasks_updated_at_idx\` ON \`programme_tasks\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_tasks_created_at_idx\` ON \`programme_tasks\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`programme_tasks__status_idx\` ON \`programme_tasks\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`_programme_tasks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'task',
  	\`version_number\` numeric,
  	\`version_programme_id\` integer,
  	\`version_summary\` text,
  	\`version_section\` text,
  	\`version_editorial_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_programme_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_parent_idx\` ON \`_programme_tasks_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_slug_idx\` ON \`_programme_tasks_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_programme_idx\` ON \`_programme_tasks_v\` (\`version_programme_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_updated_at_idx\` ON \`_programme_tasks_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version_created_at_idx\` ON \`_programme_tasks_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_version_version__status_idx\` ON \`_programme_tasks_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_created_at_idx\` ON \`_programme_tasks_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_updated_at_idx\` ON \`_programme_tasks_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_programme_tasks_v_latest_idx\` ON \`_programme_tasks_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`digital_collections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programme_tasks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_collections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_tasks_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`digital_collections_rels_order_idx\` ON \`digital_collections_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_rels_parent_idx\` ON \`digital_collections_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_rels_path_idx\` ON \`digital_collections_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`digital_collections_rels_programme_tasks_id_idx\` ON \`digital_collections_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_digital_collections_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programme_tasks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_collections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_tasks_id\`) REFERENCES \`programme_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_rels_order_idx\` ON \`_digital_collections_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_rels_parent_idx\` ON \`_digital_collections_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_rels_path_idx\` ON \`_digital_collections_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_digital_collections_v_rels_programme_tasks_id_idx\` ON \`_digital_collections_v_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`news_rels\` ADD \`programme_tasks_id\` integer REFERENCES programme_tasks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`news_rels_programme_tasks_id_idx\` ON \`news_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_news_v_rels\` ADD \`programme_tasks_id\` integer REFERENCES programme_tasks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_rels_programme_tasks_id_idx\` ON \`_news_v_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`documents_rels\` ADD \`programme_tasks_id\` integer REFERENCES programme_tasks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_rels_programme_tasks_id_idx\` ON \`documents_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_documents_v_rels\` ADD \`programme_tasks_id\` integer REFERENCES programme_tasks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_programme_tasks_id_idx\` ON \`_documents_v_rels\` (\`programme_tasks_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programme_tasks_id\` integer REFERENCES programme_tasks(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_programme_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_tasks_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programme_tasks\`;`)
  await db.run(sql`DROP TABLE \`_programme_tasks_v\`;`)
  await db.run(sql`DROP TABLE \`digital_collections_rels\`;`)
  await db.run(sql`DROP TABLE \`_digital_collections_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_news_rels\`("id", "order", "parent_id", "path", "branches_id") SELECT "id", "order", "parent_id", "path", "branches_id" FROM \`news_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_rels\` RENAME TO \`news_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_branches_id_idx\` ON \`news_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__news_v_rels\`("id", "order", "parent_id", "path", "branches_id") SELECT "id", "order", "parent_id", "path", "branches_id" FROM \`_news_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v_rels\` RENAME TO \`_news_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_news_v_rels_branches_id_idx\` ON \`_news_v_rels\` (\`branches_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_documents_rels\`("id", "order", "parent_id", "path", "files_id", "documents_id") SELECT "id", "order", "parent_id", "path", "files_id", "documents_id" FROM \`documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents_rels\` RENAME TO \`documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`documents_rels_files_id_idx\` ON \`documents_rels\` (\`files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_rels_documents_id_idx\` ON \`documents_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__documents_v_rels\`("id", "order", "parent_id", "path", "files_id", "documents_id") SELECT "id", "order", "parent_id", "path", "files_id", "documents_id" FROM \`_documents_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v_rels\` RENAME TO \`_documents_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_files_id_idx\` ON \`_documents_v_rels\` (\`files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_documents_id_idx\` ON \`_documents_v_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`documents_id\` integer,
  	\`pages_id\` integer,
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
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_collections_id\`) REFERENCES \`digital_collections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`items_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "documents_id", "pages_id", "branches_id", "digital_collections_id", "items_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "documents_id", "pages_id", "branches_id", "digital_collections_id", "items_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
