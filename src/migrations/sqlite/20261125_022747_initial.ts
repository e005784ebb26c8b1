import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editions_call_for_papers_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`topic\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_call_for_papers_topics_order_idx\` ON \`editions_call_for_papers_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_call_for_papers_topics_parent_id_idx\` ON \`editions_call_for_papers_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`year\` numeric,
  	\`tagline\` text,
  	\`conference\` text DEFAULT 'CVPR',
  	\`city\` text,
  	\`venue\` text,
  	\`room\` text,
  	\`date\` text,
  	\`time_zone\` text DEFAULT 'America/Los_Angeles',
  	\`about\` text,
  	\`call_for_papers_text\` text,
  	\`call_for_papers_submission_url\` text,
  	\`call_for_papers_contact_email\` text,
  	\`is_current\` integer DEFAULT false,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_year_idx\` ON \`editions\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`editions_is_current_idx\` ON \`editions\` (\`is_current\`);`)
  await db.run(sql`CREATE INDEX \`editions_meta_meta_image_idx\` ON \`editions\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_updated_at_idx\` ON \`editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_created_at_idx\` ON \`editions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`editions__status_idx\` ON \`editions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`editions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`affiliations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_rels_order_idx\` ON \`editions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_parent_idx\` ON \`editions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_path_idx\` ON \`editions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`editions_rels_affiliations_id_idx\` ON \`editions_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_call_for_papers_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`topic\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_call_for_papers_topics_order_idx\` ON \`_editions_v_version_call_for_papers_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_call_for_papers_topics_parent_id_idx\` ON \`_editions_v_version_call_for_papers_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_year\` numeric,
  	\`version_tagline\` text,
  	\`version_conference\` text DEFAULT 'CVPR',
  	\`version_city\` text,
  	\`version_venue\` text,
  	\`version_room\` text,
  	\`version_date\` text,
  	\`version_time_zone\` text DEFAULT 'America/Los_Angeles',
  	\`version_about\` text,
  	\`version_call_for_papers_text\` text,
  	\`version_call_for_papers_submission_url\` text,
  	\`version_call_for_papers_contact_email\` text,
  	\`version_is_current\` integer DEFAULT false,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_parent_idx\` ON \`_editions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_year_idx\` ON \`_editions_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_is_current_idx\` ON \`_editions_v\` (\`version_is_current\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_meta_version_meta_image_idx\` ON \`_editions_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_updated_at_idx\` ON \`_editions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_created_at_idx\` ON \`_editions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version__status_idx\` ON \`_editions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_created_at_idx\` ON \`_editions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_updated_at_idx\` ON \`_editions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_latest_idx\` ON \`_editions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`affiliations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_order_idx\` ON \`_editions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_parent_idx\` ON \`_editions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_path_idx\` ON \`_editions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_rels_affiliations_id_idx\` ON \`_editions_v_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE TABLE \`speakers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`affiliation_id\` text(36),
  	\`photo_id\` text(36),
  	\`homepage\` text,
  	\`bio\` text,
  	\`role\` text DEFAULT 'keynote',
  	\`slug\` text,
  	\`edition_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`affiliation_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`speakers_affiliation_idx\` ON \`speakers\` (\`affiliation_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_photo_idx\` ON \`speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_slug_idx\` ON \`speakers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`speakers_edition_idx\` ON \`speakers\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_order_idx\` ON \`speakers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`speakers_meta_meta_image_idx\` ON \`speakers\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`speakers_updated_at_idx\` ON \`speakers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers_created_at_idx\` ON \`speakers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`speakers__status_idx\` ON \`speakers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_speakers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_affiliation_id\` text(36),
  	\`version_photo_id\` text(36),
  	\`version_homepage\` text,
  	\`version_bio\` text,
  	\`version_role\` text DEFAULT 'keynote',
  	\`version_slug\` text,
  	\`version_edition_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_affiliation_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_speakers_v_parent_idx\` ON \`_speakers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_affiliation_idx\` ON \`_speakers_v\` (\`version_affiliation_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_photo_idx\` ON \`_speakers_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_slug_idx\` ON \`_speakers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_edition_idx\` ON \`_speakers_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_order_idx\` ON \`_speakers_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_meta_version_meta_image_idx\` ON \`_speakers_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_updated_at_idx\` ON \`_speakers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version_created_at_idx\` ON \`_speakers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_version_version__status_idx\` ON \`_speakers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_created_at_idx\` ON \`_speakers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_updated_at_idx\` ON \`_speakers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speakers_v_latest_idx\` ON \`_speakers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`sessions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'invited-talk',
  	\`room\` text,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'America/Los_Angeles',
  	\`duration_minutes\` numeric,
  	\`end\` text,
  	\`description\` text,
  	\`links_slides\` text,
  	\`links_video\` text,
  	\`sequence\` numeric DEFAULT 0,
  	\`edition_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_start_idx\` ON \`sessions\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`sessions_edition_idx\` ON \`sessions\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` text(36),
  	\`papers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`papers_id\`) REFERENCES \`papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_rels_order_idx\` ON \`sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_parent_idx\` ON \`sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_path_idx\` ON \`sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_speakers_id_idx\` ON \`sessions_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_papers_id_idx\` ON \`sessions_rels\` (\`papers_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'invited-talk',
  	\`version_room\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'America/Los_Angeles',
  	\`version_duration_minutes\` numeric,
  	\`version_end\` text,
  	\`version_description\` text,
  	\`version_links_slides\` text,
  	\`version_links_video\` text,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_edition_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_start_idx\` ON \`_sessions_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_edition_idx\` ON \`_sessions_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_updated_at_idx\` ON \`_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_created_at_idx\` ON \`_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version__status_idx\` ON \`_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_created_at_idx\` ON \`_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_updated_at_idx\` ON \`_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_latest_idx\` ON \`_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`speakers_id\` text(36),
  	\`papers_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`papers_id\`) REFERENCES \`papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_order_idx\` ON \`_sessions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_parent_idx\` ON \`_sessions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_path_idx\` ON \`_sessions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_speakers_id_idx\` ON \`_sessions_v_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_papers_id_idx\` ON \`_sessions_v_rels\` (\`papers_id\`);`)
  await db.run(sql`CREATE TABLE \`papers_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`affiliation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`papers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`papers_authors_order_idx\` ON \`papers_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`papers_authors_parent_id_idx\` ON \`papers_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`papers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`abstract\` text,
  	\`presentation\` text DEFAULT 'poster',
  	\`award\` text DEFAULT 'none',
  	\`track\` text DEFAULT 'full',
  	\`links_open_review\` text,
  	\`links_pdf\` text,
  	\`links_arxiv\` text,
  	\`links_code\` text,
  	\`links_project\` text,
  	\`links_poster\` text,
  	\`links_video\` text,
  	\`open_review_id\` text,
  	\`session_id\` text(36),
  	\`slug\` text,
  	\`edition_id\` text(36),
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`papers_open_review_id_idx\` ON \`papers\` (\`open_review_id\`);`)
  await db.run(sql`CREATE INDEX \`papers_session_idx\` ON \`papers\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`papers_slug_idx\` ON \`papers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`papers_edition_idx\` ON \`papers\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`papers_meta_meta_image_idx\` ON \`papers\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`papers_updated_at_idx\` ON \`papers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`papers_created_at_idx\` ON \`papers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`papers__status_idx\` ON \`papers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_papers_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`affiliation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_papers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_papers_v_version_authors_order_idx\` ON \`_papers_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_authors_parent_id_idx\` ON \`_papers_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_papers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_abstract\` text,
  	\`version_presentation\` text DEFAULT 'poster',
  	\`version_award\` text DEFAULT 'none',
  	\`version_track\` text DEFAULT 'full',
  	\`version_links_open_review\` text,
  	\`version_links_pdf\` text,
  	\`version_links_arxiv\` text,
  	\`version_links_code\` text,
  	\`version_links_project\` text,
  	\`version_links_poster\` text,
  	\`version_links_video\` text,
  	\`version_open_review_id\` text,
  	\`version_session_id\` text(36),
  	\`version_slug\` text,
  	\`version_edition_id\` text(36),
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`papers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_papers_v_parent_idx\` ON \`_papers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_open_review_id_idx\` ON \`_papers_v\` (\`version_open_review_id\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_session_idx\` ON \`_papers_v\` (\`version_session_id\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_slug_idx\` ON \`_papers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_edition_idx\` ON \`_papers_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_meta_version_meta_image_idx\` ON \`_papers_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_updated_at_idx\` ON \`_papers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version_created_at_idx\` ON \`_papers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_version_version__status_idx\` ON \`_papers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_created_at_idx\` ON \`_papers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_updated_at_idx\` ON \`_papers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_papers_v_latest_idx\` ON \`_papers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`important_dates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`due\` text,
  	\`due_tz\` text DEFAULT 'America/Los_Angeles',
  	\`read_as\` text,
  	\`time_zone\` text,
  	\`kind\` text DEFAULT 'submission',
  	\`show_time\` integer DEFAULT true,
  	\`note\` text,
  	\`previous_due\` text,
  	\`edition_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`important_dates_due_idx\` ON \`important_dates\` (\`due\`);`)
  await db.run(sql`CREATE INDEX \`important_dates_edition_idx\` ON \`important_dates\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`important_dates_order_idx\` ON \`important_dates\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`important_dates_updated_at_idx\` ON \`important_dates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`important_dates_created_at_idx\` ON \`important_dates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`important_dates__status_idx\` ON \`important_dates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_important_dates_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_label\` text,
  	\`version_due\` text,
  	\`version_due_tz\` text DEFAULT 'America/Los_Angeles',
  	\`version_read_as\` text,
  	\`version_time_zone\` text,
  	\`version_kind\` text DEFAULT 'submission',
  	\`version_show_time\` integer DEFAULT true,
  	\`version_note\` text,
  	\`version_previous_due\` text,
  	\`version_edition_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`important_dates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_important_dates_v_parent_idx\` ON \`_important_dates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version_due_idx\` ON \`_important_dates_v\` (\`version_due\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version_edition_idx\` ON \`_important_dates_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version_order_idx\` ON \`_important_dates_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version_updated_at_idx\` ON \`_important_dates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version_created_at_idx\` ON \`_important_dates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_version_version__status_idx\` ON \`_important_dates_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_created_at_idx\` ON \`_important_dates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_updated_at_idx\` ON \`_important_dates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_important_dates_v_latest_idx\` ON \`_important_dates_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`organizers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`affiliation_id\` text(36),
  	\`photo_id\` text(36),
  	\`homepage\` text,
  	\`role\` text DEFAULT 'organizer',
  	\`slug\` text,
  	\`edition_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`affiliation_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organizers_affiliation_idx\` ON \`organizers\` (\`affiliation_id\`);`)
  await db.run(sql`CREATE INDEX \`organizers_photo_idx\` ON \`organizers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizers_slug_idx\` ON \`organizers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizers_edition_idx\` ON \`organizers\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`organizers_order_idx\` ON \`organizers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizers_updated_at_idx\` ON \`organizers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizers_created_at_idx\` ON \`organizers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizers__status_idx\` ON \`organizers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_organizers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_affiliation_id\` text(36),
  	\`version_photo_id\` text(36),
  	\`version_homepage\` text,
  	\`version_role\` text DEFAULT 'organizer',
  	\`version_slug\` text,
  	\`version_edition_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_affiliation_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizers_v_parent_idx\` ON \`_organizers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_affiliation_idx\` ON \`_organizers_v\` (\`version_affiliation_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_photo_idx\` ON \`_organizers_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_slug_idx\` ON \`_organizers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_edition_idx\` ON \`_organizers_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_order_idx\` ON \`_organizers_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_updated_at_idx\` ON \`_organizers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version_created_at_idx\` ON \`_organizers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_version_version__status_idx\` ON \`_organizers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_created_at_idx\` ON \`_organizers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_updated_at_idx\` ON \`_organizers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizers_v_latest_idx\` ON \`_organizers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`affiliations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`short_name\` text,
  	\`country\` text,
  	\`logo_id\` text(36),
  	\`url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`affiliations_name_idx\` ON \`affiliations\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_logo_idx\` ON \`affiliations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_updated_at_idx\` ON \`affiliations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`affiliations_created_at_idx\` ON \`affiliations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`affiliations__status_idx\` ON \`affiliations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_affiliations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_country\` text,
  	\`version_logo_id\` text(36),
  	\`version_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_affiliations_v_parent_idx\` ON \`_affiliations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_version_version_name_idx\` ON \`_affiliations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_version_version_logo_idx\` ON \`_affiliations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_version_version_updated_at_idx\` ON \`_affiliations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_version_version_created_at_idx\` ON \`_affiliations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_version_version__status_idx\` ON \`_affiliations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_created_at_idx\` ON \`_affiliations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_updated_at_idx\` ON \`_affiliations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_affiliations_v_latest_idx\` ON \`_affiliations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`slug\` text,
  	\`edition_id\` text(36),
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_edition_idx\` ON \`pages\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_meta_meta_image_idx\` ON \`pages\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_slug\` text,
  	\`version_edition_id\` text(36),
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edition_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_edition_idx\` ON \`_pages_v\` (\`version_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_meta_version_meta_image_idx\` ON \`_pages_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_portrait_url\` text,
  	\`sizes_portrait_width\` numeric,
  	\`sizes_portrait_height\` numeric,
  	\`sizes_portrait_mime_type\` text,
  	\`sizes_portrait_filesize\` numeric,
  	\`sizes_portrait_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_portrait_sizes_portrait_filename_idx\` ON \`media\` (\`sizes_portrait_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`editions_id\` text(36),
  	\`speakers_id\` text(36),
  	\`sessions_id\` text(36),
  	\`papers_id\` text(36),
  	\`important_dates_id\` text(36),
  	\`organizers_id\` text(36),
  	\`affiliations_id\` text(36),
  	\`pages_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speakers_id\`) REFERENCES \`speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`papers_id\`) REFERENCES \`papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`important_dates_id\`) REFERENCES \`important_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizers_id\`) REFERENCES \`organizers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`affiliations_id\`) REFERENCES \`affiliations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speakers_id_idx\` ON \`payload_locked_documents_rels\` (\`speakers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_papers_id_idx\` ON \`payload_locked_documents_rels\` (\`papers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_important_dates_id_idx\` ON \`payload_locked_documents_rels\` (\`important_dates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizers_id_idx\` ON \`payload_locked_documents_rels\` (\`organizers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_affiliations_id_idx\` ON \`payload_locked_documents_rels\` (\`affiliations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_navigation_order_idx\` ON \`site_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_navigation_parent_id_idx\` ON \`site_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_social_order_idx\` ON \`site_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_social_parent_id_idx\` ON \`site_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'SyntaGen' NOT NULL,
  	\`description\` text DEFAULT 'Harnessing Generative Models for Synthetic Visual Datasets',
  	\`footer\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editions_call_for_papers_topics\`;`)
  await db.run(sql`DROP TABLE \`editions\`;`)
  await db.run(sql`DROP TABLE \`editions_rels\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_call_for_papers_topics\`;`)
  await db.run(sql`DROP TABLE \`_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`speakers\`;`)
  await db.run(sql`DROP TABLE \`_speakers_v\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`papers_authors\`;`)
  await db.run(sql`DROP TABLE \`papers\`;`)
  await db.run(sql`DROP TABLE \`_papers_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_papers_v\`;`)
  await db.run(sql`DROP TABLE \`important_dates\`;`)
  await db.run(sql`DROP TABLE \`_important_dates_v\`;`)
  await db.run(sql`DROP TABLE \`organizers\`;`)
  await db.run(sql`DROP TABLE \`_organizers_v\`;`)
  await db.run(sql`DROP TABLE \`affiliations\`;`)
  await db.run(sql`DROP TABLE \`_affiliations_v\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_social\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
}
