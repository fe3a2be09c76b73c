CREATE TABLE "credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"profession" text,
	"program" text,
	"specialties" text[] DEFAULT '{}'::text[] NOT NULL,
	"licence_number" text,
	"issuing_authority" text,
	"school" text,
	"student_id" text,
	"expected_graduation_year" smallint,
	"country" text NOT NULL,
	"note" text,
	"evidence_key" text,
	"evidence_name" text,
	"evidence_type" text,
	"evidence_bytes" integer,
	"evidence_uploaded_at" timestamp with time zone,
	"moderator_message" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"expires_at" timestamp with time zone,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "credentials_kind_check" CHECK ("credentials"."kind" in ('professional', 'student')),
	CONSTRAINT "credentials_status_check" CHECK ("credentials"."status" in ('pending', 'needs-info', 'approved', 'rejected', 'revoked', 'withdrawn', 'superseded')),
	CONSTRAINT "credentials_approved_expiry_check" CHECK ("credentials"."status" <> 'approved' or "credentials"."expires_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "specialties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "must_rotate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_decided_by_members_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credentials_member_idx" ON "credentials" USING btree ("member_id","status");--> statement-breakpoint
CREATE INDEX "credentials_queue_idx" ON "credentials" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_one_open_idx" ON "credentials" USING btree ("member_id","kind") WHERE "credentials"."status" in ('pending', 'needs-info');--> statement-breakpoint
-- Professional and student tiers now come from approved credentials, never from stored roles.
UPDATE "members" SET "roles" = array_remove(array_remove("roles", 'professional'), 'student');
