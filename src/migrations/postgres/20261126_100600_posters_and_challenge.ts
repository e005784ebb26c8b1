import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "editions_challenge_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"place" numeric,
  	"team" varchar,
  	"affiliation" varchar,
  	"metric" varchar,
  	"score" varchar,
  	"prize" varchar
  );
  
  CREATE TABLE "_editions_v_version_challenge_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"place" numeric,
  	"team" varchar,
  	"affiliation" varchar,
  	"metric" varchar,
  	"score" varchar,
  	"prize" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "editions" ADD COLUMN "challenge_title" varchar;
  ALTER TABLE "editions" ADD COLUMN "challenge_description" jsonb;
  ALTER TABLE "editions" ADD COLUMN "challenge_link" varchar;
  ALTER TABLE "_editions_v" ADD COLUMN "version_challenge_title" varchar;
  ALTER TABLE "_editions_v" ADD COLUMN "version_challenge_description" jsonb;
  ALTER TABLE "_editions_v" ADD COLUMN "version_challenge_link" varchar;
  ALTER TABLE "papers" ADD COLUMN "poster_board" varchar;
  ALTER TABLE "_papers_v" ADD COLUMN "version_poster_board" varchar;
  ALTER TABLE "editions_challenge_results" ADD CONSTRAINT "editions_challenge_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_challenge_results" ADD CONSTRAINT "_editions_v_version_challenge_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_challenge_results_order_idx" ON "editions_challenge_results" USING btree ("_order");
  CREATE INDEX "editions_challenge_results_parent_id_idx" ON "editions_challenge_results" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_challenge_results_order_idx" ON "_editions_v_version_challenge_results" USING btree ("_order");
  CREATE INDEX "_editions_v_version_challenge_results_parent_id_idx" ON "_editions_v_version_challenge_results" USING btree ("_parent_id");
  CREATE INDEX "papers_poster_board_idx" ON "papers" USING btree ("poster_board");
  CREATE INDEX "_papers_v_version_version_poster_board_idx" ON "_papers_v" USING btree ("version_poster_board");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions_challenge_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_editions_v_version_challenge_results" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editions_challenge_results" CASCADE;
  DROP TABLE "_editions_v_version_challenge_results" CASCADE;
  DROP INDEX "papers_poster_board_idx";
  DROP INDEX "_papers_v_version_version_poster_board_idx";
  ALTER TABLE "editions" DROP COLUMN "challenge_title";
  ALTER TABLE "editions" DROP COLUMN "challenge_description";
  ALTER TABLE "editions" DROP COLUMN "challenge_link";
  ALTER TABLE "_editions_v" DROP COLUMN "version_challenge_title";
  ALTER TABLE "_editions_v" DROP COLUMN "version_challenge_description";
  ALTER TABLE "_editions_v" DROP COLUMN "version_challenge_link";
  ALTER TABLE "papers" DROP COLUMN "poster_board";
  ALTER TABLE "_papers_v" DROP COLUMN "version_poster_board";`)
}
