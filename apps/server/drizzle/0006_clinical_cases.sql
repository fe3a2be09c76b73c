ALTER TABLE "cases" DROP CONSTRAINT "cases_kind_check";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "question" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "specialties" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "audience" text DEFAULT 'everyone' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "is_anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "author_label" text;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_audience_check" CHECK ("cases"."audience" in ('everyone', 'professionals'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('patient', 'clinical'));