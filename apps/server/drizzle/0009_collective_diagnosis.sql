CREATE TABLE "candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"concept_system" text,
	"concept_code" text,
	"label" text NOT NULL,
	"key" text NOT NULL,
	"seeded_by_author" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidates_concept_check" CHECK (("candidates"."concept_system" is null) = ("candidates"."concept_code" is null))
);
--> statement-breakpoint
CREATE TABLE "case_differentials" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"differential" jsonb NOT NULL,
	"contributors" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reports" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"report" jsonb NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collusion_flags" (
	"member_a" uuid NOT NULL,
	"member_b" uuid NOT NULL,
	"overlap" integer NOT NULL,
	"agreements" integer NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "collusion_flags_member_a_member_b_pk" PRIMARY KEY("member_a","member_b"),
	CONSTRAINT "collusion_flags_order_check" CHECK ("collusion_flags"."member_a" < "collusion_flags"."member_b")
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"member_id" uuid,
	"case_id" uuid,
	"balance" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_kind_check" CHECK ("ledger_accounts"."kind" in ('member', 'escrow', 'platform')),
	CONSTRAINT "ledger_accounts_balance_check" CHECK ("ledger_accounts"."kind" = 'platform' or "ledger_accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transfer_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "ledger_entries_amount_check" CHECK ("ledger_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"memo" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_transfers_kind_check" CHECK ("ledger_transfers"."kind" in ('grant', 'pledge', 'payout', 'refund'))
);
--> statement-breakpoint
CREATE TABLE "member_reputations" (
	"member_id" uuid NOT NULL,
	"specialty" text NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"misses" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_reputations_member_id_specialty_pk" PRIMARY KEY("member_id","specialty")
);
--> statement-breakpoint
CREATE TABLE "reputation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"specialty" text NOT NULL,
	"source" text NOT NULL,
	"rank" smallint,
	"hit" boolean NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reputation_events_source_check" CHECK ("reputation_events"."source" in ('outcome', 'case-study'))
);
--> statement-breakpoint
CREATE TABLE "suggestion_ratings" (
	"suggestion_id" uuid PRIMARY KEY NOT NULL,
	"helpful" boolean NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion_revisions" (
	"suggestion_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"diagnosis" text NOT NULL,
	"concept_system" text,
	"concept_code" text,
	"rationale" text NOT NULL,
	"next_steps" text NOT NULL,
	"references" jsonb NOT NULL,
	"confidence" smallint NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestion_revisions_suggestion_id_revision_pk" PRIMARY KEY("suggestion_id","revision")
);
--> statement-breakpoint
CREATE TABLE "candidate_votes" (
	"candidate_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"value" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_votes_candidate_id_member_id_pk" PRIMARY KEY("candidate_id","member_id"),
	CONSTRAINT "candidate_votes_value_check" CHECK ("candidate_votes"."value" in (-1, 1))
);
--> statement-breakpoint
ALTER TABLE "case_outcomes" DROP CONSTRAINT "case_outcomes_source_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD COLUMN "method" text;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD COLUMN "confirmed_on" date;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD COLUMN "collective_rank" smallint;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reward_pledge" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "next_steps" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "references" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "confidence" smallint DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "position" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_differentials" ADD CONSTRAINT "case_differentials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collusion_flags" ADD CONSTRAINT "collusion_flags_member_a_members_id_fk" FOREIGN KEY ("member_a") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collusion_flags" ADD CONSTRAINT "collusion_flags_member_b_members_id_fk" FOREIGN KEY ("member_b") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_reputations" ADD CONSTRAINT "member_reputations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_ratings" ADD CONSTRAINT "suggestion_ratings_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_revisions" ADD CONSTRAINT "suggestion_revisions_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_case_key_idx" ON "candidates" USING btree ("case_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_member_idx" ON "ledger_accounts" USING btree ("member_id") WHERE "ledger_accounts"."kind" = 'member';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_case_idx" ON "ledger_accounts" USING btree ("case_id") WHERE "ledger_accounts"."kind" = 'escrow';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_platform_idx" ON "ledger_accounts" USING btree ("kind") WHERE "ledger_accounts"."kind" = 'platform';--> statement-breakpoint
CREATE INDEX "ledger_entries_transfer_idx" ON "ledger_entries" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transfers_key_idx" ON "ledger_transfers" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reputation_events_once_idx" ON "reputation_events" USING btree ("member_id","case_id","specialty");--> statement-breakpoint
CREATE INDEX "reputation_events_member_idx" ON "reputation_events" USING btree ("member_id","confirmed_at");--> statement-breakpoint
CREATE INDEX "candidate_votes_member_idx" ON "candidate_votes" USING btree ("member_id");--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concepts_xrefs_idx" ON "concepts" USING gin ("xrefs");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_outcome_reminder_idx" ON "notifications" USING btree ("member_id","case_id") WHERE "notifications"."kind" = 'outcome-reminder';--> statement-breakpoint
CREATE INDEX "suggestions_candidate_idx" ON "suggestions" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "suggestions_author_idx" ON "suggestions" USING btree ("author_id","case_id");--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_source_check" CHECK ("case_outcomes"."source" in ('case-study', 'import', 'follow-up'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('page', 'mention', 'answer', 'reply', 'outcome-reminder'));--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_confidence_check" CHECK ("suggestions"."confidence" between 0 and 100);--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_position_check" CHECK ("suggestions"."position" between 1 and 5);
--> statement-breakpoint
-- Existing free-text suggestions become candidates: one per case and normalised text (the key the
-- server computes: "text:" and the trimmed, lower-cased text with runs of spaces made one).
INSERT INTO candidates (case_id, label, key, created_at)
SELECT DISTINCT ON (case_id, key) case_id, label, key, created_at
FROM (
  SELECT case_id, trim(diagnosis) AS label,
    'text:' || lower(regexp_replace(trim(diagnosis), '\s+', ' ', 'g')) AS key, created_at
  FROM suggestions
) AS texts
ORDER BY case_id, key, created_at;
--> statement-breakpoint
UPDATE suggestions AS s SET candidate_id = c.id
FROM candidates AS c
WHERE c.case_id = s.case_id
  AND c.key = 'text:' || lower(regexp_replace(trim(s.diagnosis), '\s+', ' ', 'g'));
--> statement-breakpoint
ALTER TABLE "suggestions" ALTER COLUMN "candidate_id" SET NOT NULL;
--> statement-breakpoint
-- A member's own order of their suggestions on a case: the order they made them in (at most 5).
UPDATE suggestions AS s SET position = least(ordered.n, 5)
FROM (
  SELECT id, row_number() OVER (PARTITION BY case_id, author_id ORDER BY created_at, id) AS n
  FROM suggestions
) AS ordered
WHERE ordered.id = s.id;
--> statement-breakpoint
-- The same member suggesting the same text twice becomes one suggestion: the later ones are withdrawn.
UPDATE suggestions AS s SET withdrawn_at = now()
FROM (
  SELECT id, row_number() OVER (PARTITION BY case_id, author_id, candidate_id ORDER BY created_at, id) AS n
  FROM suggestions
) AS repeated
WHERE repeated.id = s.id AND repeated.n > 1;
--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_member_candidate_idx" ON "suggestions" USING btree ("case_id","author_id","candidate_id") WHERE "suggestions"."withdrawn_at" is null;
--> statement-breakpoint
-- Votes on suggestions become votes on their candidates (a member's latest vote wins).
INSERT INTO candidate_votes (candidate_id, member_id, value, created_at)
SELECT DISTINCT ON (s.candidate_id, v.member_id) s.candidate_id, v.member_id, v.value, v.created_at
FROM votes AS v JOIN suggestions AS s ON s.id = v.suggestion_id
ORDER BY s.candidate_id, v.member_id, v.created_at DESC;
--> statement-breakpoint
DROP TABLE "votes" CASCADE;
--> statement-breakpoint
-- Double entry: the legs of each transfer sum to zero, checked when the transaction commits.
CREATE OR REPLACE FUNCTION ledger_transfer_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total numeric;
BEGIN
  SELECT coalesce(sum(amount), 0) INTO total FROM ledger_entries WHERE transfer_id = NEW.transfer_id;
  IF total <> 0 THEN
    RAISE EXCEPTION 'ledger transfer % does not balance (legs sum to %)', NEW.transfer_id, total
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transfer_balanced();
--> statement-breakpoint
-- Ledger rows are history: entries are never changed or removed.
CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = '55000';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
