import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publisher\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`live_release\` text,
  	\`building\` text,
  	\`build_started_at\` text,
  	\`last_success_at\` text,
  	\`last_success_release_id\` text,
  	\`last_success_duration_ms\` numeric,
  	\`last_success_pages\` numeric,
  	\`last_failure_at\` text,
  	\`last_failure_cause\` text,
  	\`last_failure_message\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publisher\`;`)
}
