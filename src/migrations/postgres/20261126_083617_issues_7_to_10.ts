import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "editions_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "_editions_v_version_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "integrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"owner" varchar,
  	"active" boolean DEFAULT true,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "_editions_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_speakers_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_sessions_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "papers" ADD COLUMN "search_text" varchar;
  ALTER TABLE "papers" ADD COLUMN "list_rank" numeric;
  ALTER TABLE "_papers_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "_papers_v" ADD COLUMN "version_list_rank" numeric;
  ALTER TABLE "_papers_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_important_dates_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_organizers_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_affiliations_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "integrations_id" uuid;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "integrations_id" uuid;
  ALTER TABLE "editions_navigation" ADD CONSTRAINT "editions_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_navigation" ADD CONSTRAINT "_editions_v_version_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_navigation_order_idx" ON "editions_navigation" USING btree ("_order");
  CREATE INDEX "editions_navigation_parent_id_idx" ON "editions_navigation" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_navigation_order_idx" ON "_editions_v_version_navigation" USING btree ("_order");
  CREATE INDEX "_editions_v_version_navigation_parent_id_idx" ON "_editions_v_version_navigation" USING btree ("_parent_id");
  CREATE INDEX "integrations_updated_at_idx" ON "integrations" USING btree ("updated_at");
  CREATE INDEX "integrations_created_at_idx" ON "integrations" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrations_fk" FOREIGN KEY ("integrations_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_integrations_fk" FOREIGN KEY ("integrations_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_editions_v_autosave_idx" ON "_editions_v" USING btree ("autosave");
  CREATE INDEX "_speakers_v_autosave_idx" ON "_speakers_v" USING btree ("autosave");
  CREATE INDEX "_sessions_v_autosave_idx" ON "_sessions_v" USING btree ("autosave");
  CREATE INDEX "papers_list_rank_idx" ON "papers" USING btree ("list_rank");
  CREATE INDEX "_papers_v_version_version_list_rank_idx" ON "_papers_v" USING btree ("version_list_rank");
  CREATE INDEX "_papers_v_autosave_idx" ON "_papers_v" USING btree ("autosave");
  CREATE INDEX "_important_dates_v_autosave_idx" ON "_important_dates_v" USING btree ("autosave");
  CREATE INDEX "_organizers_v_autosave_idx" ON "_organizers_v" USING btree ("autosave");
  CREATE INDEX "_affiliations_v_autosave_idx" ON "_affiliations_v" USING btree ("autosave");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE INDEX "payload_locked_documents_rels_integrations_id_idx" ON "payload_locked_documents_rels" USING btree ("integrations_id");
  CREATE INDEX "payload_preferences_rels_integrations_id_idx" ON "payload_preferences_rels" USING btree ("integrations_id");
  ALTER TABLE "users" DROP COLUMN "reset_password_requested_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions_navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_editions_v_version_navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "integrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editions_navigation" CASCADE;
  DROP TABLE "_editions_v_version_navigation" CASCADE;
  DROP TABLE "integrations" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_integrations_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_integrations_fk";
  
  DROP INDEX "_editions_v_autosave_idx";
  DROP INDEX "_speakers_v_autosave_idx";
  DROP INDEX "_sessions_v_autosave_idx";
  DROP INDEX "papers_list_rank_idx";
  DROP INDEX "_papers_v_version_version_list_rank_idx";
  DROP INDEX "_papers_v_autosave_idx";
  DROP INDEX "_important_dates_v_autosave_idx";
  DROP INDEX "_organizers_v_autosave_idx";
  DROP INDEX "_affiliations_v_autosave_idx";
  DROP INDEX "_pages_v_autosave_idx";
  DROP INDEX "payload_locked_documents_rels_integrations_id_idx";
  DROP INDEX "payload_preferences_rels_integrations_id_idx";
  ALTER TABLE "users" ADD COLUMN "reset_password_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_editions_v" DROP COLUMN "autosave";
  ALTER TABLE "_speakers_v" DROP COLUMN "autosave";
  ALTER TABLE "_sessions_v" DROP COLUMN "autosave";
  ALTER TABLE "papers" DROP COLUMN "search_text";
  ALTER TABLE "papers" DROP COLUMN "list_rank";
  ALTER TABLE "_papers_v" DROP COLUMN "version_search_text";
  ALTER TABLE "_papers_v" DROP COLUMN "version_list_rank";
  ALTER TABLE "_papers_v" DROP COLUMN "autosave";
  ALTER TABLE "_important_dates_v" DROP COLUMN "autosave";
  ALTER TABLE "_organizers_v" DROP COLUMN "autosave";
  ALTER TABLE "_affiliations_v" DROP COLUMN "autosave";
  ALTER TABLE "_pages_v" DROP COLUMN "autosave";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "integrations_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "integrations_id";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
