// The database schema (Drizzle pg-core). Migrations are generated from it with `npm run db:generate`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A full-text search document; written by the cases_search_vector trigger, never by the app. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const members = pgTable('members', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  handle: text('handle').notNull().unique(),
  roles: text('roles')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  isSuspended: boolean('is_suspended').notNull().default(false),
  /** The reason the member was told when a moderator suspended them. */
  suspensionReason: text('suspension_reason'),
  /** ISO 3166-1 alpha-2. */
  country: text('country'),
  language: text('language').notNull().default('en'),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  /** TOTP (RFC 6238) secret, encrypted with a key derived from SESSION_SECRET. */
  totpSecret: text('totp_secret'),
  /** Set once the member proved a first code: from then on sign-in asks for one. */
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  /** A deleted account keeps its row (content stays attributed to "a deleted member"). */
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** Public id, so a member can name a session to end without knowing its token. */
    id: uuid('id').notNull().unique().defaultRandom(),
    userAgent: text('user_agent'),
    /** True between the password and the second factor: the session grants nothing yet. */
    needsSecondFactor: boolean('needs_second_factor').notNull().default(false),
    /** The member's privileges changed: the next request swaps this session for a new token. */
    mustRotate: boolean('must_rotate').notNull().default(false),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_member_idx').on(table.memberId)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => members.id),
    kind: text('kind', { enum: ['patient', 'clinical', 'image'] })
      .notNull()
      .default('patient'),
    /** A solved case shared for learning: its confirmed diagnosis (case_outcomes) stays hidden. */
    isCaseStudy: boolean('is_case_study').notNull().default(false),
    /** A clinical case's specific question to its readers. */
    question: text('question'),
    specialties: text('specialties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** everyone, or verified professionals only. */
    audience: text('audience', { enum: ['everyone', 'professionals'] })
      .notNull()
      .default('everyone'),
    /** Shown under a pseudonym: the author's identity appears in no answer to anyone else. */
    isAnonymous: boolean('is_anonymous').notNull().default(false),
    /** The pseudonym's tier as it was when posted, e.g. "Verified physician · Cardiology". */
    authorLabel: text('author_label'),
    title: text('title').notNull(),
    presentation: text('presentation').notNull(),
    /** Stored statuses; "closing" is also read off closes_at for an open case. */
    status: text('status', { enum: ['draft', 'open', 'closing', 'closed', 'withdrawn'] })
      .notNull()
      .default('open'),
    /** A patient case's questionnaire (complete once published), tagged with its version. */
    questionnaire: jsonb('questionnaire').$type<Record<string, unknown>>(),
    questionnaireVersion: smallint('questionnaire_version'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** Set when the owner reopened the case; a case reopens once. */
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    /** The number of the current version: 1 when published, one more for each edit. */
    revision: integer('revision').notNull().default(1),
    /** Points the owner pledged at submission, held in the case's escrow until it closes. */
    rewardPledge: integer('reward_pledge').notNull().default(0),
    /** Distinct viewers per day, summed (case_views keeps the per-day keys). */
    viewCount: integer('view_count').notNull().default(0),
    /**
     * Trending score on a log2 scale: log2(sum of weight * 2^(hours since epoch / half-life)) over
     * views, comments and suggestions. Comparable across cases without decaying stored values.
     */
    trendRank: doublePrecision('trend_rank').notNull().default(0),
    /** Title (A), presentation and question (B), specialty names (C), questionnaire text (D). */
    searchVector: tsvector('search_vector'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('cases_feed_idx').on(table.createdAt.desc(), table.id.desc()),
    index('cases_published_idx').on(table.publishedAt.desc(), table.id.desc()),
    index('cases_trend_idx').on(table.trendRank.desc(), table.id.desc()),
    index('cases_search_idx').using('gin', table.searchVector),
    index('cases_specialties_idx').using('gin', table.specialties),
    index('cases_author_idx').on(table.authorId, table.updatedAt.desc()),
    check(
      'cases_status_check',
      sql`${table.status} in ('draft', 'open', 'closing', 'closed', 'withdrawn')`,
    ),
    check('cases_kind_check', sql`${table.kind} in ('patient', 'clinical', 'image')`),
    check('cases_audience_check', sql`${table.audience} in ('everyone', 'professionals')`),
  ],
);

/**
 * A case's distinct candidate diagnoses. Suggestions of the same concept (or, uncoded, the same
 * normalised text) merge into one candidate; votes are on candidates.
 */
export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The concept, when coded: both or neither. */
    conceptSystem: text('concept_system'),
    conceptCode: text('concept_code'),
    /** The concept's display name, or the free text as first written. */
    label: text('label').notNull(),
    /** Unique within the case: "SYSTEM:code" when coded, "text:<normalised text>" when not. */
    key: text('key').notNull(),
    /** Put up by the case's author as one option of a poll, before anyone suggested it. */
    seededByAuthor: boolean('seeded_by_author').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('candidates_case_key_idx').on(table.caseId, table.key),
    check(
      'candidates_concept_check',
      sql`(${table.conceptSystem} is null) = (${table.conceptCode} is null)`,
    ),
  ],
);

export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => members.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    /** The diagnosis as the member wrote or picked it. */
    diagnosis: text('diagnosis').notNull(),
    /** Markdown. */
    rationale: text('rationale').notNull().default(''),
    /** Tests or specialists the member suggests next (plain text). */
    nextSteps: text('next_steps').notNull().default(''),
    /** URLs and PubMed ids backing the suggestion. */
    references: jsonb('references')
      .$type<{ kind: 'url' | 'pmid'; value: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** 0–100 %. */
    confidence: smallint('confidence').notNull().default(50),
    /** The member's own rank of this suggestion among theirs on the case, 1 = most likely. */
    position: smallint('position').notNull().default(1),
    /** The number of the current version: 1 when proposed, one more for each edit. */
    revision: integer('revision').notNull().default(1),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('suggestions_case_idx').on(table.caseId),
    index('suggestions_candidate_idx').on(table.candidateId),
    index('suggestions_author_idx').on(table.authorId, table.caseId),
    uniqueIndex('suggestions_member_candidate_idx')
      .on(table.caseId, table.authorId, table.candidateId)
      .where(sql`${table.withdrawnAt} is null`),
    check('suggestions_confidence_check', sql`${table.confidence} between 0 and 100`),
    check('suggestions_position_check', sql`${table.position} between 1 and 5`),
  ],
);

/** Earlier versions of a suggestion, kept when its author edits or withdraws it. */
export const suggestionRevisions = pgTable(
  'suggestion_revisions',
  {
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    diagnosis: text('diagnosis').notNull(),
    conceptSystem: text('concept_system'),
    conceptCode: text('concept_code'),
    rationale: text('rationale').notNull(),
    nextSteps: text('next_steps').notNull(),
    references: jsonb('references').$type<{ kind: 'url' | 'pmid'; value: string }[]>().notNull(),
    confidence: smallint('confidence').notNull(),
    /** When this version was replaced. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.suggestionId, table.revision] })],
);

/** Up or down on a candidate: one per member, changeable. */
export const votes = pgTable(
  'candidate_votes',
  {
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    value: smallint('value').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.candidateId, table.memberId] }),
    index('candidate_votes_member_idx').on(table.memberId),
    check('candidate_votes_value_check', sql`${table.value} in (-1, 1)`),
  ],
);

/** The owner's rating of a suggestion when closing the case. */
export const suggestionRatings = pgTable('suggestion_ratings', {
  suggestionId: uuid('suggestion_id')
    .primaryKey()
    .references(() => suggestions.id, { onDelete: 'cascade' }),
  helpful: boolean('helpful').notNull(),
  ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The collective differential of a case, as last computed (recomputed on each suggestion and
 * vote). version grows by one with each recomputation, so a reader can tell a newer one.
 */
export const caseDifferentials = pgTable('case_differentials', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  differential: jsonb('differential').$type<unknown[]>().notNull(),
  contributors: integer('contributors').notNull().default(0),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The final report of a closed case, frozen when the owner closed it for good. */
export const caseReports = pgTable('case_reports', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  report: jsonb('report').$type<Record<string, unknown>>().notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A member's track record in one specialty ("general" for cases with none): a Beta posterior on
 * "the confirmed diagnosis was in my top 3", from confirmed outcomes only.
 */
export const memberReputations = pgTable(
  'member_reputations',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    specialty: text('specialty').notNull(),
    hits: integer('hits').notNull().default(0),
    misses: integer('misses').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.memberId, table.specialty] })],
);

/** One scored differential: the evidence a reputation is made of, in the order it was confirmed. */
export const reputationEvents = pgTable(
  'reputation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    specialty: text('specialty').notNull(),
    source: text('source', { enum: ['outcome', 'case-study'] }).notNull(),
    /** Where the confirmed diagnosis stood in the member's list; null when it was not there. */
    rank: smallint('rank'),
    hit: boolean('hit').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('reputation_events_once_idx').on(table.memberId, table.caseId, table.specialty),
    index('reputation_events_member_idx').on(table.memberId, table.confirmedAt),
    check('reputation_events_source_check', sql`${table.source} in ('outcome', 'case-study')`),
  ],
);

/** Two accounts whose votes agree far more than chance: shown to moderators. */
export const collusionFlags = pgTable(
  'collusion_flags',
  {
    memberA: uuid('member_a')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    memberB: uuid('member_b')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** Candidates both voted on, and how many of those votes agreed. */
    overlap: integer('overlap').notNull(),
    agreements: integer('agreements').notNull(),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.memberA, table.memberB] }),
    check('collusion_flags_order_check', sql`${table.memberA} < ${table.memberB}`),
  ],
);

/**
 * Points, double-entry. Each member has one account; each case with a pledge has an escrow; the
 * platform account issues grants and is the only one that may go below zero.
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['member', 'escrow', 'platform'] }).notNull(),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'restrict' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'restrict' }),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('ledger_accounts_member_idx')
      .on(table.memberId)
      .where(sql`${table.kind} = 'member'`),
    uniqueIndex('ledger_accounts_case_idx')
      .on(table.caseId)
      .where(sql`${table.kind} = 'escrow'`),
    uniqueIndex('ledger_accounts_platform_idx')
      .on(table.kind)
      .where(sql`${table.kind} = 'platform'`),
    check('ledger_accounts_kind_check', sql`${table.kind} in ('member', 'escrow', 'platform')`),
    check(
      'ledger_accounts_balance_check',
      sql`${table.kind} = 'platform' or ${table.balance} >= 0`,
    ),
  ],
);

/** One balanced movement of points; the idempotency key makes a retried transfer a no-op. */
export const ledgerTransfers = pgTable(
  'ledger_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind', { enum: ['grant', 'pledge', 'payout', 'refund'] }).notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    memo: text('memo').notNull().default(''),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('ledger_transfers_key_idx').on(table.idempotencyKey),
    check(
      'ledger_transfers_kind_check',
      sql`${table.kind} in ('grant', 'pledge', 'payout', 'refund')`,
    ),
  ],
);

/** The legs of a transfer: their amounts sum to zero (checked when the transaction commits). */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => ledgerTransfers.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => ledgerAccounts.id, { onDelete: 'cascade' }),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (table) => [
    index('ledger_entries_transfer_idx').on(table.transferId),
    index('ledger_entries_account_idx').on(table.accountId, table.id),
    check('ledger_entries_amount_check', sql`${table.amount} <> 0`),
  ],
);

/** Single-use tokens sent by e-mail: verify an address, reset a password, confirm a new e-mail. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    purpose: text('purpose', {
      enum: ['verify-email', 'reset-password', 'change-email'],
    }).notNull(),
    /** For change-email: the address to switch to once confirmed. */
    newEmail: text('new_email'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [
    index('account_tokens_member_idx').on(table.memberId, table.purpose),
    check(
      'account_tokens_purpose_check',
      sql`${table.purpose} in ('verify-email', 'reset-password', 'change-email')`,
    ),
  ],
);

/** E-mails kept for the admins' outbox page when no SMTP server is configured. */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('outbox_mails_created_idx').on(table.createdAt.desc())],
);

/** Append-only record of who did what that matters (security, moderation, privacy). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index('audit_log_subject_idx').on(table.subjectType, table.subjectId),
    index('audit_log_actor_idx').on(table.actorId),
  ],
);

/** One-time recovery codes for members with two-factor sign-in; only their HMAC is kept. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('recovery_codes_member_idx').on(table.memberId)],
);

/** The taxonomy of specialties (packages/core), kept in step with the code at every start. */
export const specialties = pgTable('specialties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
});

export const CREDENTIAL_ROW_STATUSES = [
  'pending',
  'needs-info',
  'approved',
  'rejected',
  'revoked',
  'withdrawn',
  'superseded',
] as const;

/**
 * Verification applications and, once approved, the credentials they became. An approved row is
 * in force until expires_at; "expired" is never stored, it is read off the clock.
 */
export const credentials = pgTable(
  'credentials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['professional', 'student'] }).notNull(),
    status: text('status', { enum: CREDENTIAL_ROW_STATUSES }).notNull().default('pending'),
    profession: text('profession'),
    program: text('program'),
    specialties: text('specialties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    licenceNumber: text('licence_number'),
    issuingAuthority: text('issuing_authority'),
    school: text('school'),
    studentId: text('student_id'),
    expectedGraduationYear: smallint('expected_graduation_year'),
    country: text('country').notNull(),
    note: text('note'),
    /** Key of the evidence file in private storage; only moderators can download it. */
    evidenceKey: text('evidence_key'),
    evidenceName: text('evidence_name'),
    evidenceType: text('evidence_type'),
    evidenceBytes: integer('evidence_bytes'),
    evidenceUploadedAt: timestamp('evidence_uploaded_at', { withTimezone: true }),
    moderatorMessage: text('moderator_message'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => members.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** What happened to the application, oldest first: decisions, questions, answers. */
    history: jsonb('history')
      .$type<{ at: string; action: string; message: string | null }[]>()
      .notNull()
      .default([]),
  },
  (table) => [
    index('credentials_member_idx').on(table.memberId, table.status),
    index('credentials_queue_idx').on(table.status, table.submittedAt, table.id),
    // One open application of each kind per member.
    uniqueIndex('credentials_one_open_idx')
      .on(table.memberId, table.kind)
      .where(sql`${table.status} in ('pending', 'needs-info')`),
    check('credentials_kind_check', sql`${table.kind} in ('professional', 'student')`),
    check(
      'credentials_status_check',
      sql`${table.status} in ('pending', 'needs-info', 'approved', 'rejected', 'revoked', 'withdrawn', 'superseded')`,
    ),
    check(
      'credentials_approved_expiry_check',
      sql`${table.status} <> 'approved' or ${table.expiresAt} is not null`,
    ),
  ],
);

/** Every published version of a case, so its audience can see what changed. */
export const caseRevisions = pgTable(
  'case_revisions',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    presentation: text('presentation').notNull(),
    questionnaire: jsonb('questionnaire').$type<Record<string, unknown>>(),
    /** The owner's note on what changed and why. */
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.revision] })],
);

/** A case's discussion; a deleted comment keeps its row (and its place in the thread). */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => members.id),
    kind: text('kind', { enum: ['comment', 'question'] })
      .notNull()
      .default('comment'),
    body: text('body').notNull(),
    /** Handles mentioned with @handle that belong to members, for notifications. */
    mentions: text('mentions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
  },
  (table) => [
    index('comments_case_idx').on(table.caseId, table.createdAt),
    check('comments_kind_check', sql`${table.kind} in ('comment', 'question')`),
  ],
);

/** Earlier texts of edited comments. */
export const commentRevisions = pgTable(
  'comment_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('comment_revisions_comment_idx').on(table.commentId)],
);

/**
 * A case's confirmed diagnosis. For a case study (or an imported case whose importer kept it) it
 * is hidden from every solver until they commit their own differential.
 */
export const caseOutcomes = pgTable(
  'case_outcomes',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    diagnosis: text('diagnosis').notNull(),
    /** A coded diagnosis: system (e.g. OMIM, MONDO, DOID) and code; both or neither. */
    system: text('system'),
    code: text('code'),
    teachingPoint: text('teaching_point'),
    /**
     * case-study and import outcomes stay hidden from solvers; a follow-up is the owner's record of
     * what the diagnosis turned out to be, shown on the case.
     */
    source: text('source', { enum: ['case-study', 'import', 'follow-up'] }).notNull(),
    /** How it was confirmed (biopsy, genetic test, …): follow-ups only. */
    method: text('method'),
    /** When it was confirmed, as the owner gave it: follow-ups only. */
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    /** Where the confirmed diagnosis stood in the case's collective differential; null if absent. */
    collectiveRank: smallint('collective_rank'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'case_outcomes_source_check',
      sql`${table.source} in ('case-study', 'import', 'follow-up')`,
    ),
  ],
);

/** A solver's differential on a case study, committed before its answer is revealed to them. */
export const differentialCommits = pgTable(
  'differential_commits',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** Ranked diagnoses, most likely first. */
    diagnoses: jsonb('diagnoses').$type<{ label: string; conceptId?: string | null }[]>().notNull(),
    committedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.memberId] })],
);

/** One row per case, viewer and day: the views a case's count is made of. */
export const caseViews = pgTable(
  'case_views',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** A member id, or for a visitor an HMAC of their address (never the address itself). */
    viewerKey: text('viewer_key').notNull(),
    day: date('day').notNull(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.viewerKey, table.day] })],
);

/** Cases a member follows (their following feed). */
export const caseFollows = pgTable(
  'case_follows',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.memberId, table.caseId] }),
    index('case_follows_feed_idx').on(table.memberId, table.createdAt.desc(), table.caseId.desc()),
    index('case_follows_case_idx').on(table.caseId),
  ],
);

/** Cases a member saved for later; private to the member. */
export const caseBookmarks = pgTable(
  'case_bookmarks',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.memberId, table.caseId] }),
    index('case_bookmarks_feed_idx').on(
      table.memberId,
      table.createdAt.desc(),
      table.caseId.desc(),
    ),
  ],
);

/**
 * Images and other files of a case. Upload and de-identification arrive with the media issue; the
 * table is here so a case page, its feed entries and the "has images" filter already refer to it.
 */
export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull().default(0),
    /** pending until processed and de-identified; only ready media are ever served. */
    status: text('status', { enum: ['pending', 'ready', 'rejected'] })
      .notNull()
      .default('pending'),
    storageKey: text('storage_key'),
    contentType: text('content_type'),
    width: integer('width'),
    height: integer('height'),
    caption: text('caption'),
    createdAt: createdAt(),
  },
  (table) => [
    index('media_case_idx').on(table.caseId, table.position),
    check('media_status_check', sql`${table.status} in ('pending', 'ready', 'rejected')`),
  ],
);

/** An urgent consult: a case's author paged the verified members of one specialty. */
export const casePages = pgTable(
  'case_pages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    pagedBy: uuid('paged_by')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    specialty: text('specialty').notNull(),
    message: text('message'),
    recipients: integer('recipients').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('case_pages_once_idx').on(table.caseId, table.specialty),
    index('case_pages_member_idx').on(table.pagedBy, table.createdAt),
  ],
);

/** A member's in-app notifications, newest first. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['page', 'mention', 'answer', 'reply', 'outcome-reminder'],
    }).notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    commentId: uuid('comment_id').references(() => comments.id, { onDelete: 'cascade' }),
    /** Who caused it, as shown: a display name, or an anonymous author's pseudonym. */
    actorLabel: text('actor_label').notNull(),
    /** The case's title when it was sent, and any message (a page's note). */
    title: text('title').notNull(),
    message: text('message'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('notifications_member_idx').on(table.memberId, table.createdAt.desc(), table.id.desc()),
    index('notifications_unread_idx')
      .on(table.memberId)
      .where(sql`${table.readAt} is null`),
    check(
      'notifications_kind_check',
      sql`${table.kind} in ('page', 'mention', 'answer', 'reply', 'outcome-reminder')`,
    ),
    /** One reminder per case: a retried job cannot remind twice. */
    uniqueIndex('notifications_outcome_reminder_idx')
      .on(table.memberId, table.caseId)
      .where(sql`${table.kind} = 'outcome-reminder'`),
  ],
);

/**
 * Coded terms of controlled vocabularies (HPO phenotypes now; diagnoses later), imported at run
 * time from files the operator gives. search_text is the label and synonyms, lower-cased, for
 * trigram search.
 */
export const concepts = pgTable(
  'concepts',
  {
    system: text('system').notNull(),
    code: text('code').notNull(),
    display: text('display').notNull(),
    synonyms: text('synonyms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Codes of the same concept in other systems, as "SYSTEM:code". */
    xrefs: text('xrefs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.system, table.code] }),
    index('concepts_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
    /** Which concepts cross-reference a code (an outcome coded in OMIM, say). */
    index('concepts_xrefs_idx').using('gin', table.xrefs),
  ],
);
