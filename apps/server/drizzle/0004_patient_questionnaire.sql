ALTER TABLE "cases" DROP CONSTRAINT "cases_status_check";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "kind" text DEFAULT 'patient' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "questionnaire" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "questionnaire_version" smallint;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_author_idx" ON "cases" USING btree ("author_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('patient'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_status_check" CHECK ("cases"."status" in ('draft', 'open', 'closing', 'closed', 'withdrawn'));--> statement-breakpoint
-- Cases posted before drafts existed were published when they were posted.
UPDATE "cases" SET "published_at" = "created_at", "updated_at" = "created_at" WHERE "published_at" IS NULL;
