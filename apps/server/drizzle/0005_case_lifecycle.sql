CREATE TABLE "case_revisions" (
	"case_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"presentation" text NOT NULL,
	"questionnaire" jsonb,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_revisions_case_id_revision_pk" PRIMARY KEY("case_id","revision")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_revisions" ADD CONSTRAINT "case_revisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each case already published has its first version.
INSERT INTO "case_revisions" ("case_id", "revision", "title", "presentation", "questionnaire", "created_at")
SELECT "id", 1, "title", "presentation", "questionnaire", COALESCE("published_at", "created_at") FROM "cases" WHERE "status" <> 'draft';
