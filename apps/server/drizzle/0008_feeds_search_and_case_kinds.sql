-- Trigram search over vocabulary terms (concepts_search_idx).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "case_bookmarks" (
	"member_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_bookmarks_member_id_case_id_pk" PRIMARY KEY("member_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "case_follows" (
	"member_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_follows_member_id_case_id_pk" PRIMARY KEY("member_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "case_outcomes" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"diagnosis" text NOT NULL,
	"system" text,
	"code" text,
	"teaching_point" text,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_outcomes_source_check" CHECK ("case_outcomes"."source" in ('case-study', 'import'))
);
--> statement-breakpoint
CREATE TABLE "case_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"paged_by" uuid NOT NULL,
	"specialty" text NOT NULL,
	"message" text,
	"recipients" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_views" (
	"case_id" uuid NOT NULL,
	"viewer_key" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "case_views_case_id_viewer_key_day_pk" PRIMARY KEY("case_id","viewer_key","day")
);
--> statement-breakpoint
CREATE TABLE "concepts" (
	"system" text NOT NULL,
	"code" text NOT NULL,
	"display" text NOT NULL,
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	"xrefs" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "concepts_system_code_pk" PRIMARY KEY("system","code")
);
--> statement-breakpoint
CREATE TABLE "differential_commits" (
	"case_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"diagnoses" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "differential_commits_case_id_member_id_pk" PRIMARY KEY("case_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"storage_key" text,
	"content_type" text,
	"width" integer,
	"height" integer,
	"caption" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_status_check" CHECK ("media"."status" in ('pending', 'ready', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"comment_id" uuid,
	"actor_label" text NOT NULL,
	"title" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('page', 'mention', 'answer', 'reply'))
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_kind_check";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "is_case_study" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "view_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "trend_rank" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "case_bookmarks" ADD CONSTRAINT "case_bookmarks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bookmarks" ADD CONSTRAINT "case_bookmarks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_follows" ADD CONSTRAINT "case_follows_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_follows" ADD CONSTRAINT "case_follows_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_pages" ADD CONSTRAINT "case_pages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_pages" ADD CONSTRAINT "case_pages_paged_by_members_id_fk" FOREIGN KEY ("paged_by") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_views" ADD CONSTRAINT "case_views_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "differential_commits" ADD CONSTRAINT "differential_commits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "differential_commits" ADD CONSTRAINT "differential_commits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_bookmarks_feed_idx" ON "case_bookmarks" USING btree ("member_id","created_at" DESC NULLS LAST,"case_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_follows_feed_idx" ON "case_follows" USING btree ("member_id","created_at" DESC NULLS LAST,"case_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_follows_case_idx" ON "case_follows" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_pages_once_idx" ON "case_pages" USING btree ("case_id","specialty");--> statement-breakpoint
CREATE INDEX "case_pages_member_idx" ON "case_pages" USING btree ("paged_by","created_at");--> statement-breakpoint
CREATE INDEX "concepts_search_idx" ON "concepts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "media_case_idx" ON "media" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "notifications_member_idx" ON "notifications" USING btree ("member_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("member_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "cases_published_idx" ON "cases" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_trend_idx" ON "cases" USING btree ("trend_rank" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "cases_specialties_idx" ON "cases" USING gin ("specialties");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_kind_check" CHECK ("cases"."kind" in ('patient', 'clinical', 'image'));--> statement-breakpoint
-- The search document of a case: title (A), presentation and question (B), specialty names (C),
-- the questionnaire's text (D). Kept by a trigger so no writer can forget it.
CREATE OR REPLACE FUNCTION cases_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('english'::regconfig, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(NEW.presentation, '') || ' ' || coalesce(NEW.question, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce((SELECT string_agg(s.name, ' ') FROM specialties s WHERE s.code = ANY (NEW.specialties)), '')), 'C') ||
    setweight(coalesce(jsonb_to_tsvector('english'::regconfig, NEW.questionnaire, '["string"]'), ''::tsvector), 'D');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_search_vector BEFORE INSERT OR UPDATE OF title, presentation, question, specialties, questionnaire ON cases FOR EACH ROW EXECUTE FUNCTION cases_search_vector();
--> statement-breakpoint
UPDATE cases SET title = title;
--> statement-breakpoint
-- Feeds order published cases by when they were published.
UPDATE cases SET published_at = created_at WHERE published_at IS NULL AND status <> 'draft';
--> statement-breakpoint
-- Trending (packages/core/src/trending.ts): log2(2^score + weight * 2^(hours since epoch / 48)).
CREATE OR REPLACE FUNCTION trend_add(score double precision, weight double precision, at timestamptz)
RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT greatest(score, p) + ln(1 + power(2::double precision, -least(abs(score - p), 60))) / ln(2::double precision)
  FROM (SELECT ln(weight) / ln(2::double precision) + extract(epoch FROM at)::double precision / 3600 / 48 AS p) AS point
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cases_trend_on_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.published_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.published_at IS NULL) THEN
    NEW.trend_rank := trend_add(NEW.trend_rank, 1, NEW.published_at);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_trend_on_publish BEFORE INSERT OR UPDATE OF published_at ON cases FOR EACH ROW EXECUTE FUNCTION cases_trend_on_publish();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cases_trend_on_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases SET trend_rank = trend_add(trend_rank, TG_ARGV[0]::double precision, NEW.created_at)
  WHERE id = NEW.case_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER comments_trend AFTER INSERT ON comments FOR EACH ROW EXECUTE FUNCTION cases_trend_on_activity('3');
--> statement-breakpoint
CREATE TRIGGER suggestions_trend AFTER INSERT ON suggestions FOR EACH ROW EXECUTE FUNCTION cases_trend_on_activity('5');
--> statement-breakpoint
UPDATE cases SET trend_rank = trend_add(0, 1, published_at) WHERE published_at IS NOT NULL;
