import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_editions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__editions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_speakers_role" AS ENUM('keynote', 'panelist');
  CREATE TYPE "public"."enum_speakers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__speakers_v_version_role" AS ENUM('keynote', 'panelist');
  CREATE TYPE "public"."enum__speakers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sessions_kind" AS ENUM('opening', 'invited-talk', 'oral', 'poster-session', 'panel', 'break', 'competition', 'closing', 'other');
  CREATE TYPE "public"."enum_sessions_start_tz" AS ENUM('Etc/GMT+12', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Athens', 'Europe/Istanbul', 'Africa/Cairo', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne', 'Pacific/Auckland', 'Pacific/Honolulu', 'UTC');
  CREATE TYPE "public"."enum_sessions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sessions_v_version_kind" AS ENUM('opening', 'invited-talk', 'oral', 'poster-session', 'panel', 'break', 'competition', 'closing', 'other');
  CREATE TYPE "public"."enum__sessions_v_version_start_tz" AS ENUM('Etc/GMT+12', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Athens', 'Europe/Istanbul', 'Africa/Cairo', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne', 'Pacific/Auckland', 'Pacific/Honolulu', 'UTC');
  CREATE TYPE "public"."enum__sessions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_papers_presentation" AS ENUM('oral', 'spotlight', 'poster');
  CREATE TYPE "public"."enum_papers_award" AS ENUM('none', 'best-paper', 'runner-up');
  CREATE TYPE "public"."enum_papers_track" AS ENUM('full', 'short');
  CREATE TYPE "public"."enum_papers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__papers_v_version_presentation" AS ENUM('oral', 'spotlight', 'poster');
  CREATE TYPE "public"."enum__papers_v_version_award" AS ENUM('none', 'best-paper', 'runner-up');
  CREATE TYPE "public"."enum__papers_v_version_track" AS ENUM('full', 'short');
  CREATE TYPE "public"."enum__papers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_important_dates_due_tz" AS ENUM('Etc/GMT+12', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Athens', 'Europe/Istanbul', 'Africa/Cairo', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne', 'Pacific/Auckland', 'Pacific/Honolulu', 'UTC');
  CREATE TYPE "public"."enum_important_dates_read_as" AS ENUM('aoe', 'venue', 'zone');
  CREATE TYPE "public"."enum_important_dates_kind" AS ENUM('submission', 'notification', 'camera-ready', 'workshop', 'other');
  CREATE TYPE "public"."enum_important_dates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__important_dates_v_version_due_tz" AS ENUM('Etc/GMT+12', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Zurich', 'Europe/Vienna', 'Europe/Stockholm', 'Europe/Athens', 'Europe/Istanbul', 'Africa/Cairo', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Singapore', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Melbourne', 'Pacific/Auckland', 'Pacific/Honolulu', 'UTC');
  CREATE TYPE "public"."enum__important_dates_v_version_read_as" AS ENUM('aoe', 'venue', 'zone');
  CREATE TYPE "public"."enum__important_dates_v_version_kind" AS ENUM('submission', 'notification', 'camera-ready', 'workshop', 'other');
  CREATE TYPE "public"."enum__important_dates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organizers_role" AS ENUM('organizer', 'volunteer', 'advisor');
  CREATE TYPE "public"."enum_organizers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizers_v_version_role" AS ENUM('organizer', 'volunteer', 'advisor');
  CREATE TYPE "public"."enum__organizers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_affiliations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__affiliations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor');
  CREATE TYPE "public"."enum_site_social_platform" AS ENUM('x', 'bluesky', 'mastodon', 'linkedin', 'github', 'youtube', 'other');
  CREATE TABLE "editions_call_for_papers_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic" varchar
  );
  
  CREATE TABLE "editions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"year" numeric,
  	"tagline" varchar,
  	"conference" varchar DEFAULT 'CVPR',
  	"city" varchar,
  	"venue" varchar,
  	"room" varchar,
  	"date" timestamp(3) with time zone,
  	"time_zone" varchar DEFAULT 'America/Los_Angeles',
  	"about" jsonb,
  	"call_for_papers_text" jsonb,
  	"call_for_papers_submission_url" varchar,
  	"call_for_papers_contact_email" varchar,
  	"is_current" boolean DEFAULT false,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_editions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "editions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"affiliations_id" uuid
  );
  
  CREATE TABLE "_editions_v_version_call_for_papers_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"topic" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_year" numeric,
  	"version_tagline" varchar,
  	"version_conference" varchar DEFAULT 'CVPR',
  	"version_city" varchar,
  	"version_venue" varchar,
  	"version_room" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_time_zone" varchar DEFAULT 'America/Los_Angeles',
  	"version_about" jsonb,
  	"version_call_for_papers_text" jsonb,
  	"version_call_for_papers_submission_url" varchar,
  	"version_call_for_papers_contact_email" varchar,
  	"version_is_current" boolean DEFAULT false,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__editions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_editions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"affiliations_id" uuid
  );
  
  CREATE TABLE "speakers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"affiliation_id" uuid,
  	"photo_id" uuid,
  	"homepage" varchar,
  	"bio" jsonb,
  	"role" "enum_speakers_role" DEFAULT 'keynote',
  	"slug" varchar,
  	"edition_id" uuid,
  	"order" numeric DEFAULT 0,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_speakers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_speakers_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_affiliation_id" uuid,
  	"version_photo_id" uuid,
  	"version_homepage" varchar,
  	"version_bio" jsonb,
  	"version_role" "enum__speakers_v_version_role" DEFAULT 'keynote',
  	"version_slug" varchar,
  	"version_edition_id" uuid,
  	"version_order" numeric DEFAULT 0,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__speakers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "sessions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"kind" "enum_sessions_kind" DEFAULT 'invited-talk',
  	"room" varchar,
  	"start" timestamp(3) with time zone,
  	"start_tz" "enum_sessions_start_tz" DEFAULT 'America/Los_Angeles',
  	"duration_minutes" numeric,
  	"end" timestamp(3) with time zone,
  	"description" varchar,
  	"links_slides" varchar,
  	"links_video" varchar,
  	"sequence" numeric DEFAULT 0,
  	"edition_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sessions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" uuid,
  	"papers_id" uuid
  );
  
  CREATE TABLE "_sessions_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_kind" "enum__sessions_v_version_kind" DEFAULT 'invited-talk',
  	"version_room" varchar,
  	"version_start" timestamp(3) with time zone,
  	"version_start_tz" "enum__sessions_v_version_start_tz" DEFAULT 'America/Los_Angeles',
  	"version_duration_minutes" numeric,
  	"version_end" timestamp(3) with time zone,
  	"version_description" varchar,
  	"version_links_slides" varchar,
  	"version_links_video" varchar,
  	"version_sequence" numeric DEFAULT 0,
  	"version_edition_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sessions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_sessions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" uuid,
  	"papers_id" uuid
  );
  
  CREATE TABLE "papers_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"affiliation" varchar
  );
  
  CREATE TABLE "papers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"abstract" varchar,
  	"presentation" "enum_papers_presentation" DEFAULT 'poster',
  	"award" "enum_papers_award" DEFAULT 'none',
  	"track" "enum_papers_track" DEFAULT 'full',
  	"links_open_review" varchar,
  	"links_pdf" varchar,
  	"links_arxiv" varchar,
  	"links_code" varchar,
  	"links_project" varchar,
  	"links_poster" varchar,
  	"links_video" varchar,
  	"open_review_id" varchar,
  	"session_id" uuid,
  	"slug" varchar,
  	"edition_id" uuid,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_papers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_papers_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"affiliation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_papers_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_abstract" varchar,
  	"version_presentation" "enum__papers_v_version_presentation" DEFAULT 'poster',
  	"version_award" "enum__papers_v_version_award" DEFAULT 'none',
  	"version_track" "enum__papers_v_version_track" DEFAULT 'full',
  	"version_links_open_review" varchar,
  	"version_links_pdf" varchar,
  	"version_links_arxiv" varchar,
  	"version_links_code" varchar,
  	"version_links_project" varchar,
  	"version_links_poster" varchar,
  	"version_links_video" varchar,
  	"version_open_review_id" varchar,
  	"version_session_id" uuid,
  	"version_slug" varchar,
  	"version_edition_id" uuid,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__papers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "important_dates" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"due" timestamp(3) with time zone,
  	"due_tz" "enum_important_dates_due_tz" DEFAULT 'America/Los_Angeles',
  	"read_as" "enum_important_dates_read_as",
  	"time_zone" varchar,
  	"kind" "enum_important_dates_kind" DEFAULT 'submission',
  	"show_time" boolean DEFAULT true,
  	"note" varchar,
  	"previous_due" timestamp(3) with time zone,
  	"edition_id" uuid,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_important_dates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_important_dates_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_label" varchar,
  	"version_due" timestamp(3) with time zone,
  	"version_due_tz" "enum__important_dates_v_version_due_tz" DEFAULT 'America/Los_Angeles',
  	"version_read_as" "enum__important_dates_v_version_read_as",
  	"version_time_zone" varchar,
  	"version_kind" "enum__important_dates_v_version_kind" DEFAULT 'submission',
  	"version_show_time" boolean DEFAULT true,
  	"version_note" varchar,
  	"version_previous_due" timestamp(3) with time zone,
  	"version_edition_id" uuid,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__important_dates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "organizers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"affiliation_id" uuid,
  	"photo_id" uuid,
  	"homepage" varchar,
  	"role" "enum_organizers_role" DEFAULT 'organizer',
  	"slug" varchar,
  	"edition_id" uuid,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organizers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_organizers_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_affiliation_id" uuid,
  	"version_photo_id" uuid,
  	"version_homepage" varchar,
  	"version_role" "enum__organizers_v_version_role" DEFAULT 'organizer',
  	"version_slug" varchar,
  	"version_edition_id" uuid,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organizers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "affiliations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"short_name" varchar,
  	"country" varchar,
  	"logo_id" uuid,
  	"url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_affiliations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_affiliations_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_country" varchar,
  	"version_logo_id" uuid,
  	"version_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__affiliations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "pages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"slug" varchar,
  	"edition_id" uuid,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_slug" varchar,
  	"version_edition_id" uuid,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" uuid,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_portrait_url" varchar,
  	"sizes_portrait_width" numeric,
  	"sizes_portrait_height" numeric,
  	"sizes_portrait_mime_type" varchar,
  	"sizes_portrait_filesize" numeric,
  	"sizes_portrait_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"editions_id" uuid,
  	"speakers_id" uuid,
  	"sessions_id" uuid,
  	"papers_id" uuid,
  	"important_dates_id" uuid,
  	"organizers_id" uuid,
  	"affiliations_id" uuid,
  	"pages_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_social_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"site_name" varchar DEFAULT 'SyntaGen' NOT NULL,
  	"description" varchar DEFAULT 'Harnessing Generative Models for Synthetic Visual Datasets',
  	"footer" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "editions_call_for_papers_topics" ADD CONSTRAINT "editions_call_for_papers_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions" ADD CONSTRAINT "editions_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editions_rels" ADD CONSTRAINT "editions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_rels" ADD CONSTRAINT "editions_rels_affiliations_fk" FOREIGN KEY ("affiliations_id") REFERENCES "public"."affiliations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_call_for_papers_topics" ADD CONSTRAINT "_editions_v_version_call_for_papers_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v" ADD CONSTRAINT "_editions_v_parent_id_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v" ADD CONSTRAINT "_editions_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v_rels" ADD CONSTRAINT "_editions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_rels" ADD CONSTRAINT "_editions_v_rels_affiliations_fk" FOREIGN KEY ("affiliations_id") REFERENCES "public"."affiliations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_affiliation_id_affiliations_id_fk" FOREIGN KEY ("affiliation_id") REFERENCES "public"."affiliations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_parent_id_speakers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_affiliation_id_affiliations_id_fk" FOREIGN KEY ("version_affiliation_id") REFERENCES "public"."affiliations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_speakers_v" ADD CONSTRAINT "_speakers_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_papers_fk" FOREIGN KEY ("papers_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_parent_id_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v" ADD CONSTRAINT "_sessions_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sessions_v_rels" ADD CONSTRAINT "_sessions_v_rels_papers_fk" FOREIGN KEY ("papers_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "papers_authors" ADD CONSTRAINT "papers_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "papers" ADD CONSTRAINT "papers_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "papers" ADD CONSTRAINT "papers_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "papers" ADD CONSTRAINT "papers_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_papers_v_version_authors" ADD CONSTRAINT "_papers_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_papers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_papers_v" ADD CONSTRAINT "_papers_v_parent_id_papers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."papers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_papers_v" ADD CONSTRAINT "_papers_v_version_session_id_sessions_id_fk" FOREIGN KEY ("version_session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_papers_v" ADD CONSTRAINT "_papers_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_papers_v" ADD CONSTRAINT "_papers_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "important_dates" ADD CONSTRAINT "important_dates_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_important_dates_v" ADD CONSTRAINT "_important_dates_v_parent_id_important_dates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."important_dates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_important_dates_v" ADD CONSTRAINT "_important_dates_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizers" ADD CONSTRAINT "organizers_affiliation_id_affiliations_id_fk" FOREIGN KEY ("affiliation_id") REFERENCES "public"."affiliations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizers" ADD CONSTRAINT "organizers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizers" ADD CONSTRAINT "organizers_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizers_v" ADD CONSTRAINT "_organizers_v_parent_id_organizers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizers_v" ADD CONSTRAINT "_organizers_v_version_affiliation_id_affiliations_id_fk" FOREIGN KEY ("version_affiliation_id") REFERENCES "public"."affiliations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizers_v" ADD CONSTRAINT "_organizers_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizers_v" ADD CONSTRAINT "_organizers_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_affiliations_v" ADD CONSTRAINT "_affiliations_v_parent_id_affiliations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."affiliations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_affiliations_v" ADD CONSTRAINT "_affiliations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editions_fk" FOREIGN KEY ("editions_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_papers_fk" FOREIGN KEY ("papers_id") REFERENCES "public"."papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_important_dates_fk" FOREIGN KEY ("important_dates_id") REFERENCES "public"."important_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizers_fk" FOREIGN KEY ("organizers_id") REFERENCES "public"."organizers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_affiliations_fk" FOREIGN KEY ("affiliations_id") REFERENCES "public"."affiliations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_navigation" ADD CONSTRAINT "site_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_social" ADD CONSTRAINT "site_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_call_for_papers_topics_order_idx" ON "editions_call_for_papers_topics" USING btree ("_order");
  CREATE INDEX "editions_call_for_papers_topics_parent_id_idx" ON "editions_call_for_papers_topics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "editions_year_idx" ON "editions" USING btree ("year");
  CREATE INDEX "editions_is_current_idx" ON "editions" USING btree ("is_current");
  CREATE INDEX "editions_meta_meta_image_idx" ON "editions" USING btree ("meta_image_id");
  CREATE INDEX "editions_updated_at_idx" ON "editions" USING btree ("updated_at");
  CREATE INDEX "editions_created_at_idx" ON "editions" USING btree ("created_at");
  CREATE INDEX "editions__status_idx" ON "editions" USING btree ("_status");
  CREATE INDEX "editions_rels_order_idx" ON "editions_rels" USING btree ("order");
  CREATE INDEX "editions_rels_parent_idx" ON "editions_rels" USING btree ("parent_id");
  CREATE INDEX "editions_rels_path_idx" ON "editions_rels" USING btree ("path");
  CREATE INDEX "editions_rels_affiliations_id_idx" ON "editions_rels" USING btree ("affiliations_id");
  CREATE INDEX "_editions_v_version_call_for_papers_topics_order_idx" ON "_editions_v_version_call_for_papers_topics" USING btree ("_order");
  CREATE INDEX "_editions_v_version_call_for_papers_topics_parent_id_idx" ON "_editions_v_version_call_for_papers_topics" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_parent_idx" ON "_editions_v" USING btree ("parent_id");
  CREATE INDEX "_editions_v_version_version_year_idx" ON "_editions_v" USING btree ("version_year");
  CREATE INDEX "_editions_v_version_version_is_current_idx" ON "_editions_v" USING btree ("version_is_current");
  CREATE INDEX "_editions_v_version_meta_version_meta_image_idx" ON "_editions_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_editions_v_version_version_updated_at_idx" ON "_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_editions_v_version_version_created_at_idx" ON "_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_editions_v_version_version__status_idx" ON "_editions_v" USING btree ("version__status");
  CREATE INDEX "_editions_v_created_at_idx" ON "_editions_v" USING btree ("created_at");
  CREATE INDEX "_editions_v_updated_at_idx" ON "_editions_v" USING btree ("updated_at");
  CREATE INDEX "_editions_v_latest_idx" ON "_editions_v" USING btree ("latest");
  CREATE INDEX "_editions_v_rels_order_idx" ON "_editions_v_rels" USING btree ("order");
  CREATE INDEX "_editions_v_rels_parent_idx" ON "_editions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_editions_v_rels_path_idx" ON "_editions_v_rels" USING btree ("path");
  CREATE INDEX "_editions_v_rels_affiliations_id_idx" ON "_editions_v_rels" USING btree ("affiliations_id");
  CREATE INDEX "speakers_affiliation_idx" ON "speakers" USING btree ("affiliation_id");
  CREATE INDEX "speakers_photo_idx" ON "speakers" USING btree ("photo_id");
  CREATE INDEX "speakers_slug_idx" ON "speakers" USING btree ("slug");
  CREATE INDEX "speakers_edition_idx" ON "speakers" USING btree ("edition_id");
  CREATE INDEX "speakers_order_idx" ON "speakers" USING btree ("order");
  CREATE INDEX "speakers_meta_meta_image_idx" ON "speakers" USING btree ("meta_image_id");
  CREATE INDEX "speakers_updated_at_idx" ON "speakers" USING btree ("updated_at");
  CREATE INDEX "speakers_created_at_idx" ON "speakers" USING btree ("created_at");
  CREATE INDEX "speakers__status_idx" ON "speakers" USING btree ("_status");
  CREATE INDEX "_speakers_v_parent_idx" ON "_speakers_v" USING btree ("parent_id");
  CREATE INDEX "_speakers_v_version_version_affiliation_idx" ON "_speakers_v" USING btree ("version_affiliation_id");
  CREATE INDEX "_speakers_v_version_version_photo_idx" ON "_speakers_v" USING btree ("version_photo_id");
  CREATE INDEX "_speakers_v_version_version_slug_idx" ON "_speakers_v" USING btree ("version_slug");
  CREATE INDEX "_speakers_v_version_version_edition_idx" ON "_speakers_v" USING btree ("version_edition_id");
  CREATE INDEX "_speakers_v_version_version_order_idx" ON "_speakers_v" USING btree ("version_order");
  CREATE INDEX "_speakers_v_version_meta_version_meta_image_idx" ON "_speakers_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_speakers_v_version_version_updated_at_idx" ON "_speakers_v" USING btree ("version_updated_at");
  CREATE INDEX "_speakers_v_version_version_created_at_idx" ON "_speakers_v" USING btree ("version_created_at");
  CREATE INDEX "_speakers_v_version_version__status_idx" ON "_speakers_v" USING btree ("version__status");
  CREATE INDEX "_speakers_v_created_at_idx" ON "_speakers_v" USING btree ("created_at");
  CREATE INDEX "_speakers_v_updated_at_idx" ON "_speakers_v" USING btree ("updated_at");
  CREATE INDEX "_speakers_v_latest_idx" ON "_speakers_v" USING btree ("latest");
  CREATE INDEX "sessions_start_idx" ON "sessions" USING btree ("start");
  CREATE INDEX "sessions_edition_idx" ON "sessions" USING btree ("edition_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE INDEX "sessions__status_idx" ON "sessions" USING btree ("_status");
  CREATE INDEX "sessions_rels_order_idx" ON "sessions_rels" USING btree ("order");
  CREATE INDEX "sessions_rels_parent_idx" ON "sessions_rels" USING btree ("parent_id");
  CREATE INDEX "sessions_rels_path_idx" ON "sessions_rels" USING btree ("path");
  CREATE INDEX "sessions_rels_speakers_id_idx" ON "sessions_rels" USING btree ("speakers_id");
  CREATE INDEX "sessions_rels_papers_id_idx" ON "sessions_rels" USING btree ("papers_id");
  CREATE INDEX "_sessions_v_parent_idx" ON "_sessions_v" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_version_version_start_idx" ON "_sessions_v" USING btree ("version_start");
  CREATE INDEX "_sessions_v_version_version_edition_idx" ON "_sessions_v" USING btree ("version_edition_id");
  CREATE INDEX "_sessions_v_version_version_updated_at_idx" ON "_sessions_v" USING btree ("version_updated_at");
  CREATE INDEX "_sessions_v_version_version_created_at_idx" ON "_sessions_v" USING btree ("version_created_at");
  CREATE INDEX "_sessions_v_version_version__status_idx" ON "_sessions_v" USING btree ("version__status");
  CREATE INDEX "_sessions_v_created_at_idx" ON "_sessions_v" USING btree ("created_at");
  CREATE INDEX "_sessions_v_updated_at_idx" ON "_sessions_v" USING btree ("updated_at");
  CREATE INDEX "_sessions_v_latest_idx" ON "_sessions_v" USING btree ("latest");
  CREATE INDEX "_sessions_v_rels_order_idx" ON "_sessions_v_rels" USING btree ("order");
  CREATE INDEX "_sessions_v_rels_parent_idx" ON "_sessions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sessions_v_rels_path_idx" ON "_sessions_v_rels" USING btree ("path");
  CREATE INDEX "_sessions_v_rels_speakers_id_idx" ON "_sessions_v_rels" USING btree ("speakers_id");
  CREATE INDEX "_sessions_v_rels_papers_id_idx" ON "_sessions_v_rels" USING btree ("papers_id");
  CREATE INDEX "papers_authors_order_idx" ON "papers_authors" USING btree ("_order");
  CREATE INDEX "papers_authors_parent_id_idx" ON "papers_authors" USING btree ("_parent_id");
  CREATE INDEX "papers_open_review_id_idx" ON "papers" USING btree ("open_review_id");
  CREATE INDEX "papers_session_idx" ON "papers" USING btree ("session_id");
  CREATE INDEX "papers_slug_idx" ON "papers" USING btree ("slug");
  CREATE INDEX "papers_edition_idx" ON "papers" USING btree ("edition_id");
  CREATE INDEX "papers_meta_meta_image_idx" ON "papers" USING btree ("meta_image_id");
  CREATE INDEX "papers_updated_at_idx" ON "papers" USING btree ("updated_at");
  CREATE INDEX "papers_created_at_idx" ON "papers" USING btree ("created_at");
  CREATE INDEX "papers__status_idx" ON "papers" USING btree ("_status");
  CREATE INDEX "_papers_v_version_authors_order_idx" ON "_papers_v_version_authors" USING btree ("_order");
  CREATE INDEX "_papers_v_version_authors_parent_id_idx" ON "_papers_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_papers_v_parent_idx" ON "_papers_v" USING btree ("parent_id");
  CREATE INDEX "_papers_v_version_version_open_review_id_idx" ON "_papers_v" USING btree ("version_open_review_id");
  CREATE INDEX "_papers_v_version_version_session_idx" ON "_papers_v" USING btree ("version_session_id");
  CREATE INDEX "_papers_v_version_version_slug_idx" ON "_papers_v" USING btree ("version_slug");
  CREATE INDEX "_papers_v_version_version_edition_idx" ON "_papers_v" USING btree ("version_edition_id");
  CREATE INDEX "_papers_v_version_meta_version_meta_image_idx" ON "_papers_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_papers_v_version_version_updated_at_idx" ON "_papers_v" USING btree ("version_updated_at");
  CREATE INDEX "_papers_v_version_version_created_at_idx" ON "_papers_v" USING btree ("version_created_at");
  CREATE INDEX "_papers_v_version_version__status_idx" ON "_papers_v" USING btree ("version__status");
  CREATE INDEX "_papers_v_created_at_idx" ON "_papers_v" USING btree ("created_at");
  CREATE INDEX "_papers_v_updated_at_idx" ON "_papers_v" USING btree ("updated_at");
  CREATE INDEX "_papers_v_latest_idx" ON "_papers_v" USING btree ("latest");
  CREATE INDEX "important_dates_due_idx" ON "important_dates" USING btree ("due");
  CREATE INDEX "important_dates_edition_idx" ON "important_dates" USING btree ("edition_id");
  CREATE INDEX "important_dates_order_idx" ON "important_dates" USING btree ("order");
  CREATE INDEX "important_dates_updated_at_idx" ON "important_dates" USING btree ("updated_at");
  CREATE INDEX "important_dates_created_at_idx" ON "important_dates" USING btree ("created_at");
  CREATE INDEX "important_dates__status_idx" ON "important_dates" USING btree ("_status");
  CREATE INDEX "_important_dates_v_parent_idx" ON "_important_dates_v" USING btree ("parent_id");
  CREATE INDEX "_important_dates_v_version_version_due_idx" ON "_important_dates_v" USING btree ("version_due");
  CREATE INDEX "_important_dates_v_version_version_edition_idx" ON "_important_dates_v" USING btree ("version_edition_id");
  CREATE INDEX "_important_dates_v_version_version_order_idx" ON "_important_dates_v" USING btree ("version_order");
  CREATE INDEX "_important_dates_v_version_version_updated_at_idx" ON "_important_dates_v" USING btree ("version_updated_at");
  CREATE INDEX "_important_dates_v_version_version_created_at_idx" ON "_important_dates_v" USING btree ("version_created_at");
  CREATE INDEX "_important_dates_v_version_version__status_idx" ON "_important_dates_v" USING btree ("version__status");
  CREATE INDEX "_important_dates_v_created_at_idx" ON "_important_dates_v" USING btree ("created_at");
  CREATE INDEX "_important_dates_v_updated_at_idx" ON "_important_dates_v" USING btree ("updated_at");
  CREATE INDEX "_important_dates_v_latest_idx" ON "_important_dates_v" USING btree ("latest");
  CREATE INDEX "organizers_affiliation_idx" ON "organizers" USING btree ("affiliation_id");
  CREATE INDEX "organizers_photo_idx" ON "organizers" USING btree ("photo_id");
  CREATE INDEX "organizers_slug_idx" ON "organizers" USING btree ("slug");
  CREATE INDEX "organizers_edition_idx" ON "organizers" USING btree ("edition_id");
  CREATE INDEX "organizers_order_idx" ON "organizers" USING btree ("order");
  CREATE INDEX "organizers_updated_at_idx" ON "organizers" USING btree ("updated_at");
  CREATE INDEX "organizers_created_at_idx" ON "organizers" USING btree ("created_at");
  CREATE INDEX "organizers__status_idx" ON "organizers" USING btree ("_status");
  CREATE INDEX "_organizers_v_parent_idx" ON "_organizers_v" USING btree ("parent_id");
  CREATE INDEX "_organizers_v_version_version_affiliation_idx" ON "_organizers_v" USING btree ("version_affiliation_id");
  CREATE INDEX "_organizers_v_version_version_photo_idx" ON "_organizers_v" USING btree ("version_photo_id");
  CREATE INDEX "_organizers_v_version_version_slug_idx" ON "_organizers_v" USING btree ("version_slug");
  CREATE INDEX "_organizers_v_version_version_edition_idx" ON "_organizers_v" USING btree ("version_edition_id");
  CREATE INDEX "_organizers_v_version_version_order_idx" ON "_organizers_v" USING btree ("version_order");
  CREATE INDEX "_organizers_v_version_version_updated_at_idx" ON "_organizers_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizers_v_version_version_created_at_idx" ON "_organizers_v" USING btree ("version_created_at");
  CREATE INDEX "_organizers_v_version_version__status_idx" ON "_organizers_v" USING btree ("version__status");
  CREATE INDEX "_organizers_v_created_at_idx" ON "_organizers_v" USING btree ("created_at");
  CREATE INDEX "_organizers_v_updated_at_idx" ON "_organizers_v" USING btree ("updated_at");
  CREATE INDEX "_organizers_v_latest_idx" ON "_organizers_v" USING btree ("latest");
  CREATE UNIQUE INDEX "affiliations_name_idx" ON "affiliations" USING btree ("name");
  CREATE INDEX "affiliations_logo_idx" ON "affiliations" USING btree ("logo_id");
  CREATE INDEX "affiliations_updated_at_idx" ON "affiliations" USING btree ("updated_at");
  CREATE INDEX "affiliations_created_at_idx" ON "affiliations" USING btree ("created_at");
  CREATE INDEX "affiliations__status_idx" ON "affiliations" USING btree ("_status");
  CREATE INDEX "_affiliations_v_parent_idx" ON "_affiliations_v" USING btree ("parent_id");
  CREATE INDEX "_affiliations_v_version_version_name_idx" ON "_affiliations_v" USING btree ("version_name");
  CREATE INDEX "_affiliations_v_version_version_logo_idx" ON "_affiliations_v" USING btree ("version_logo_id");
  CREATE INDEX "_affiliations_v_version_version_updated_at_idx" ON "_affiliations_v" USING btree ("version_updated_at");
  CREATE INDEX "_affiliations_v_version_version_created_at_idx" ON "_affiliations_v" USING btree ("version_created_at");
  CREATE INDEX "_affiliations_v_version_version__status_idx" ON "_affiliations_v" USING btree ("version__status");
  CREATE INDEX "_affiliations_v_created_at_idx" ON "_affiliations_v" USING btree ("created_at");
  CREATE INDEX "_affiliations_v_updated_at_idx" ON "_affiliations_v" USING btree ("updated_at");
  CREATE INDEX "_affiliations_v_latest_idx" ON "_affiliations_v" USING btree ("latest");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_edition_idx" ON "pages" USING btree ("edition_id");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_edition_idx" ON "_pages_v" USING btree ("version_edition_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_portrait_sizes_portrait_filename_idx" ON "media" USING btree ("sizes_portrait_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("editions_id");
  CREATE INDEX "payload_locked_documents_rels_speakers_id_idx" ON "payload_locked_documents_rels" USING btree ("speakers_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_papers_id_idx" ON "payload_locked_documents_rels" USING btree ("papers_id");
  CREATE INDEX "payload_locked_documents_rels_important_dates_id_idx" ON "payload_locked_documents_rels" USING btree ("important_dates_id");
  CREATE INDEX "payload_locked_documents_rels_organizers_id_idx" ON "payload_locked_documents_rels" USING btree ("organizers_id");
  CREATE INDEX "payload_locked_documents_rels_affiliations_id_idx" ON "payload_locked_documents_rels" USING btree ("affiliations_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_navigation_order_idx" ON "site_navigation" USING btree ("_order");
  CREATE INDEX "site_navigation_parent_id_idx" ON "site_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_social_order_idx" ON "site_social" USING btree ("_order");
  CREATE INDEX "site_social_parent_id_idx" ON "site_social" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "editions_call_for_papers_topics" CASCADE;
  DROP TABLE "editions" CASCADE;
  DROP TABLE "editions_rels" CASCADE;
  DROP TABLE "_editions_v_version_call_for_papers_topics" CASCADE;
  DROP TABLE "_editions_v" CASCADE;
  DROP TABLE "_editions_v_rels" CASCADE;
  DROP TABLE "speakers" CASCADE;
  DROP TABLE "_speakers_v" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "sessions_rels" CASCADE;
  DROP TABLE "_sessions_v" CASCADE;
  DROP TABLE "_sessions_v_rels" CASCADE;
  DROP TABLE "papers_authors" CASCADE;
  DROP TABLE "papers" CASCADE;
  DROP TABLE "_papers_v_version_authors" CASCADE;
  DROP TABLE "_papers_v" CASCADE;
  DROP TABLE "important_dates" CASCADE;
  DROP TABLE "_important_dates_v" CASCADE;
  DROP TABLE "organizers" CASCADE;
  DROP TABLE "_organizers_v" CASCADE;
  DROP TABLE "affiliations" CASCADE;
  DROP TABLE "_affiliations_v" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_navigation" CASCADE;
  DROP TABLE "site_social" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TYPE "public"."enum_editions_status";
  DROP TYPE "public"."enum__editions_v_version_status";
  DROP TYPE "public"."enum_speakers_role";
  DROP TYPE "public"."enum_speakers_status";
  DROP TYPE "public"."enum__speakers_v_version_role";
  DROP TYPE "public"."enum__speakers_v_version_status";
  DROP TYPE "public"."enum_sessions_kind";
  DROP TYPE "public"."enum_sessions_start_tz";
  DROP TYPE "public"."enum_sessions_status";
  DROP TYPE "public"."enum__sessions_v_version_kind";
  DROP TYPE "public"."enum__sessions_v_version_start_tz";
  DROP TYPE "public"."enum__sessions_v_version_status";
  DROP TYPE "public"."enum_papers_presentation";
  DROP TYPE "public"."enum_papers_award";
  DROP TYPE "public"."enum_papers_track";
  DROP TYPE "public"."enum_papers_status";
  DROP TYPE "public"."enum__papers_v_version_presentation";
  DROP TYPE "public"."enum__papers_v_version_award";
  DROP TYPE "public"."enum__papers_v_version_track";
  DROP TYPE "public"."enum__papers_v_version_status";
  DROP TYPE "public"."enum_important_dates_due_tz";
  DROP TYPE "public"."enum_important_dates_read_as";
  DROP TYPE "public"."enum_important_dates_kind";
  DROP TYPE "public"."enum_important_dates_status";
  DROP TYPE "public"."enum__important_dates_v_version_due_tz";
  DROP TYPE "public"."enum__important_dates_v_version_read_as";
  DROP TYPE "public"."enum__important_dates_v_version_kind";
  DROP TYPE "public"."enum__important_dates_v_version_status";
  DROP TYPE "public"."enum_organizers_role";
  DROP TYPE "public"."enum_organizers_status";
  DROP TYPE "public"."enum__organizers_v_version_role";
  DROP TYPE "public"."enum__organizers_v_version_status";
  DROP TYPE "public"."enum_affiliations_status";
  DROP TYPE "public"."enum__affiliations_v_version_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_site_social_platform";`)
}
