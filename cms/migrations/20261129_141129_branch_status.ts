import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`branches_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text DEFAULT 'other',
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`branches_closures_order_idx\` ON \`branches_closures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`branches_closures_parent_id_idx\` ON \`branches_closures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`branches_changed_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`break_from\` text,
  	\`break_to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`branches_changed_hours_order_idx\` ON \`branches_changed_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`branches_changed_hours_parent_id_idx\` ON \`branches_changed_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`branches_resilience_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`branches_resilience_features_order_idx\` ON \`branches_resilience_features\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`branches_resilience_features_parent_idx\` ON \`branches_resilience_features\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_branches_v_version_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text DEFAULT 'other',
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_branches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_closures_order_idx\` ON \`_branches_v_version_closures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_closures_parent_id_idx\` ON \`_branches_v_version_closures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_branches_v_version_changed_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`break_from\` text,
  	\`break_to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_branches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_changed_hours_order_idx\` ON \`_branches_v_version_changed_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_changed_hours_parent_id_idx\` ON \`_branches_v_version_changed_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_branches_v_version_resilience_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_branches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_resilience_features_order_idx\` ON \`_branches_v_version_resilience_features\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_branches_v_version_resilience_features_parent_idx\` ON \`_branches_v_version_resilience_features\` (\`parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`branches\` ADD \`status_line\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`resilience_active\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`resilience_charging_places\` numeric;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`resilience_hours\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`shelter_address\` text;`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`shelter_distance\` numeric;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_status_line\` text;`)
  await db.run(
    sql`ALTER TABLE \`_branches_v\` ADD \`version_resilience_active\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_resilience_charging_places\` numeric;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_resilience_hours\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_shelter_address\` text;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_shelter_distance\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`branches_closures\`;`)
  await db.run(sql`DROP TABLE \`branches_changed_hours\`;`)
  await db.run(sql`DROP TABLE \`branches_resilience_features\`;`)
  await db.run(sql`DROP TABLE \`_branches_v_version_closures\`;`)
  await db.run(sql`DROP TABLE \`_branches_v_version_changed_hours\`;`)
  await db.run(sql`DROP TABLE \`_branches_v_version_resilience_features\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`status_line\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`resilience_active\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`resilience_charging_places\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`resilience_hours\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`shelter_address\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`shelter_distance\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_status_line\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_resilience_active\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_resilience_charging_places\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_resilience_hours\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_shelter_address\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_shelter_distance\`;`)
}
