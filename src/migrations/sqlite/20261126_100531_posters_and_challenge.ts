import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editions_challenge_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`place\` numeric,
  	\`team\` text,
  	\`affiliation\` text,
  	\`metric\` text,
  	\`score\` text,
  	\`prize\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_challenge_results_order_idx\` ON \`editions_challenge_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_challenge_results_parent_id_idx\` ON \`editions_challenge_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_challenge_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`place\` numeric,
  	\`team\` text,
  	\`affiliation\` text,
  	\`metric\` text,
  	\`score\` text,
  	\`prize\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_challenge_results_order_idx\` ON \`_editions_v_version_challenge_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_challenge_results_parent_id_idx\` ON \`_editions_v_version_challenge_results\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`challenge_title\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`challenge_description\` text;`)
  await db.run(sql`ALTER TABLE \`editions\` ADD \`challenge_link\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_challenge_title\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_challenge_description\` text;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` ADD \`version_challenge_link\` text;`)
  await db.run(sql`ALTER TABLE \`papers\` ADD \`poster_board\` text;`)
  await db.run(sql`CREATE INDEX \`papers_poster_board_idx\` ON \`papers\` (\`poster_board\`);`)
  await db.run(sql`ALTER TABLE \`_papers_v\` ADD \`version_poster_board\` text;`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_poster_board_idx\` ON \`_papers_v\` (\`version_poster_board\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editions_challenge_results\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_challenge_results\`;`)
  await db.run(sql`DROP INDEX \`papers_poster_board_idx\`;`)
  await db.run(sql`ALTER TABLE \`papers\` DROP COLUMN \`poster_board\`;`)
  await db.run(sql`DROP INDEX \`_papers_v_version_version_poster_board_idx\`;`)
  await db.run(sql`ALTER TABLE \`_papers_v\` DROP COLUMN \`version_poster_board\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`challenge_title\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`challenge_description\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`challenge_link\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_challenge_title\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_challenge_description\`;`)
  await db.run(sql`ALTER TABLE \`_editions_v\` DROP COLUMN \`version_challenge_link\`;`)
}
