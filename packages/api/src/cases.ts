// Cases and their feed. A patient case is written as a questionnaire draft, saved as the patient
// goes, then published for a submission window.
import { z } from 'zod';
import {
  PatientQuestionnaireDraftSchema,
  PatientQuestionnaireSchema,
  QUESTIONNAIRE_STEPS,
} from './questionnaire.js';
import { CASE_ACTIONS, MAX_WINDOW_DAYS } from '@consilium/core';
import { SpecialtyCodeSchema } from './credentials.js';
import { defineRoute } from './route.js';

/**
 * draft: only its author sees it; open: takes suggestions until `closesAt`; closing: the window
 * ended or the owner closed it (no new suggestions); closed: final; withdrawn: taken back.
 */
export const CASE_STATUSES = ['draft', 'open', 'closing', 'closed', 'withdrawn'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export const CASE_KINDS = ['patient', 'clinical', 'image'] as const;
/**
 * How feeds label a case: case-study (posted with a hidden confirmed diagnosis, for learning),
 * solved (its confirmed diagnosis is recorded), unsolved (everything else).
 */
export const CASE_LABELS = ['unsolved', 'solved', 'case-study'] as const;
export const CaseLabelSchema = z.enum(CASE_LABELS);
export const CASE_AUDIENCES = ['everyone', 'professionals'] as const;
export const CaseAudienceSchema = z.enum(CASE_AUDIENCES, {
  error: 'Audience must be everyone or professionals',
});
export const CaseKindSchema = z.enum(CASE_KINDS);
export const StepIdSchema = z.enum(
  QUESTIONNAIRE_STEPS.map((step) => step.id) as [string, ...string[]],
);

/**
 * How an author is shown: never more than this. An anonymous author has no handle, and their
 * display name is the pseudonym's tier ("Verified physician · Cardiology").
 */
export const AuthorViewSchema = z
  .object({ handle: z.string().nullable(), displayName: z.string(), anonymous: z.boolean() })
  .meta({ id: 'AuthorView' });

export const CreateCaseBodySchema = z
  .strictObject({
    title: z
      .string({ error: 'Title is required' })
      .trim()
      .min(5, 'Title must be at least 5 characters')
      .max(200, 'Title must be at most 200 characters'),
    presentation: z
      .string({ error: 'Presentation is required' })
      .trim()
      .min(
        20,
        'Presentation must be at least 20 characters: describe the symptoms and their course',
      )
      .max(20_000, 'Presentation must be at most 20,000 characters'),
  })
  .meta({ id: 'CreateCaseBody' });

export const CaseAbilitiesSchema = z.object({
  canSuggest: z.boolean(),
  canVote: z.boolean(),
  /** The owner may edit the content (while the case is open). */
  canEdit: z.boolean(),
  /** What the owner may do to the case's status now. */
  caseActions: z.array(z.enum(CASE_ACTIONS)),
  /** Signed-in readers may follow and bookmark. */
  canFollow: z.boolean(),
  /** A case study: this reader may commit a differential now (not yet committed, not the author). */
  canCommitDifferential: z.boolean(),
  /** The owner of an open clinical case or image post may page a specialty. */
  canPage: z.boolean(),
});

export const SpecialtyTagSchema = z.object({ code: z.string(), name: z.string() });

/** An image (or other file) of a case; upload arrives with the media issue. */
export const AttachmentSchema = z
  .object({
    id: z.uuid(),
    contentType: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    caption: z.string().nullable(),
  })
  .meta({ id: 'Attachment' });

export const CaseSummarySchema = z
  .object({
    id: z.uuid(),
    kind: CaseKindSchema,
    audience: CaseAudienceSchema,
    title: z.string(),
    excerpt: z.string(),
    status: CaseStatusSchema,
    label: CaseLabelSchema,
    specialties: z.array(SpecialtyTagSchema),
    author: AuthorViewSchema,
    suggestionCount: z.number().int(),
    commentCount: z.number().int(),
    viewCount: z.number().int(),
    hasImages: z.boolean(),
    createdAt: z.iso.datetime(),
    closesAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CaseSummary' });

export const CaseDetailSchema = z
  .object({
    id: z.uuid(),
    kind: CaseKindSchema,
    title: z.string(),
    /** The case told in prose; for a patient case, the chief complaint. */
    presentation: z.string(),
    /** A clinical case's specific question. */
    question: z.string().nullable(),
    specialties: z.array(SpecialtyTagSchema),
    audience: CaseAudienceSchema,
    status: CaseStatusSchema,
    label: CaseLabelSchema,
    author: AuthorViewSchema,
    isOwn: z.boolean(),
    /** Images of the case (empty until media upload arrives). */
    attachments: z.array(AttachmentSchema),
    stats: z.object({
      views: z.number().int(),
      followers: z.number().int(),
      comments: z.number().int(),
    }),
    /** This reader's relation to the case (all false for a visitor). */
    viewer: z.object({ following: z.boolean(), bookmarked: z.boolean() }),
    /**
     * For a case study: whether this reader committed a differential, and how many solvers have.
     * The answer itself is read from /solution once committed (or by the author).
     */
    caseStudy: z.object({ committed: z.boolean(), commitCount: z.number().int() }).nullable(),
    createdAt: z.iso.datetime(),
    /** When the case was published; null for a draft. */
    publishedAt: z.iso.datetime().nullable(),
    /** When the submission window ends; null for a draft or a case without one. */
    closesAt: z.iso.datetime().nullable(),
    /** The patient's questionnaire: complete once published, partial in a draft. */
    questionnaire: z
      .union([PatientQuestionnaireSchema, PatientQuestionnaireDraftSchema])
      .nullable(),
    /** For the author's draft: the required steps still to fill in before publishing. */
    missingSteps: z.array(StepIdSchema),
    /** The version shown: 1 when published, one more for each edit (see /revisions). */
    revision: z.number().int(),
    reopenedAt: z.iso.datetime().nullable(),
    abilities: CaseAbilitiesSchema,
  })
  .meta({ id: 'CaseDetail' });

export const CreateDraftBodySchema = z
  .strictObject({
    kind: z.literal('patient', { error: 'Kind must be patient' }),
    questionnaire: PatientQuestionnaireDraftSchema,
  })
  .meta({ id: 'CreateDraftBody' });

export const SaveDraftBodySchema = z
  .strictObject({ questionnaire: PatientQuestionnaireDraftSchema })
  .meta({ id: 'SaveDraftBody' });

export const SUBMISSION_WINDOW_DAYS = { min: 7, default: 30, max: 90 } as const;

/** The most points one case may pledge. */
export const MAX_REWARD_PLEDGE = 1_000;

export const PublishBodySchema = z
  .strictObject({
    /** Shown as "Anonymous patient": the author's name appears nowhere on the case. */
    anonymous: z.boolean({ error: 'Anonymous must be true or false' }).default(false),
    submissionWindowDays: z
      .number({ error: 'The submission window must be a number of days' })
      .int('The submission window must be a whole number of days')
      .min(
        SUBMISSION_WINDOW_DAYS.min,
        `The submission window must be at least ${SUBMISSION_WINDOW_DAYS.min} days`,
      )
      .max(
        SUBMISSION_WINDOW_DAYS.max,
        `The submission window must be at most ${SUBMISSION_WINDOW_DAYS.max} days`,
      )
      .default(SUBMISSION_WINDOW_DAYS.default),
    /** Points pledged to the members who help, paid out when the case closes for good. */
    rewardPledge: z
      .number({ error: 'The reward must be a number of points' })
      .int('The reward must be a whole number of points')
      .min(0, 'The reward cannot be negative')
      .max(MAX_REWARD_PLEDGE, `The reward must be at most ${MAX_REWARD_PLEDGE} points`)
      .default(0),
  })
  .meta({ id: 'PublishBody' });

const NoteSchema = z.string().trim().max(500, 'The note must be at most 500 characters').optional();

/** An edit of an open case: the complete questionnaire again (or, for a case without one, its text). */
export const EditCaseBodySchema = z
  .strictObject({
    questionnaire: PatientQuestionnaireSchema.optional(),
    title: CreateCaseBodySchema.shape.title.optional(),
    presentation: CreateCaseBodySchema.shape.presentation.optional(),
    /** What changed and why, shown in the case's history. */
    note: NoteSchema,
  })
  .meta({ id: 'EditCaseBody' });

const WindowDaysSchema = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of days` })
    .int(`${label} must be a whole number of days`)
    .min(min, `${label} must be at least ${min} days`)
    .max(max, `${label} must be at most ${max} days`);

export const CaseStatusChangeBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.strictObject({ action: z.literal('close') }),
      z.strictObject({ action: z.literal('finish') }),
      z.strictObject({ action: z.literal('withdraw'), reason: NoteSchema }),
      z.strictObject({
        action: z.literal('reopen'),
        submissionWindowDays: WindowDaysSchema('The new window', 7, 30).default(14),
      }),
      z.strictObject({
        action: z.literal('extend'),
        days: WindowDaysSchema('The extension', 1, 30),
      }),
    ],
    { error: 'Action must be close, finish, withdraw, reopen or extend' },
  )
  .meta({ id: 'CaseStatusChangeBody' });

export const CaseRevisionSchema = z.object({
  revision: z.number().int(),
  title: z.string(),
  presentation: z.string(),
  questionnaire: PatientQuestionnaireSchema.nullable(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const CaseRevisionsSchema = z
  .object({ items: z.array(CaseRevisionSchema) })
  .meta({ id: 'CaseRevisions' });

export { MAX_WINDOW_DAYS };

const CreateClinicalSpecialtiesSchema = z
  .array(SpecialtyCodeSchema, { error: 'Tag at least one specialty' })
  .min(1, 'Tag at least one specialty')
  .max(5, 'Tag at most 5 specialties')
  .refine((codes) => new Set(codes).size === codes.length, 'Each specialty may be tagged once');

/** The confirmed diagnosis of a shared solved case, and what it teaches. */
export const SolutionInputSchema = z.strictObject({
  diagnosis: z
    .string({ error: 'The confirmed diagnosis is required' })
    .trim()
    .min(2, 'Name the confirmed diagnosis')
    .max(300, 'The diagnosis must be at most 300 characters'),
  teachingPoint: z
    .string()
    .trim()
    .max(5000, 'The teaching point must be at most 5,000 characters')
    .optional(),
});

export const CreateClinicalCaseBodySchema = z
  .strictObject({
    title: CreateCaseBodySchema.shape.title,
    presentation: z
      .string({ error: 'Presentation is required' })
      .trim()
      .min(50, 'Presentation must be at least 50 characters: history, findings, course')
      .max(20_000, 'Presentation must be at most 20,000 characters'),
    question: z
      .string({ error: 'Question is required' })
      .trim()
      .min(10, 'Ask a specific question of at least 10 characters')
      .max(1000, 'The question must be at most 1,000 characters'),
    specialties: CreateClinicalSpecialtiesSchema,
    audience: CaseAudienceSchema,
    anonymous: z.boolean({ error: 'Anonymous must be true or false' }),
    submissionWindowDays: PublishBodySchema.shape.submissionWindowDays,
    /** Share a solved case: its confirmed diagnosis, hidden until each solver commits theirs. */
    solution: SolutionInputSchema.optional(),
  })
  .meta({ id: 'CreateClinicalCaseBody' });

export const CreateImagePostBodySchema = z
  .strictObject({
    caption: z
      .string({ error: 'Caption is required' })
      .trim()
      .min(10, 'The caption must be at least 10 characters: what the image shows and the context')
      .max(5000, 'The caption must be at most 5,000 characters'),
    /** Optional question to the readers ("What is your diagnosis?"). */
    question: z
      .string()
      .trim()
      .max(1000, 'The question must be at most 1,000 characters')
      .optional(),
    specialties: CreateClinicalSpecialtiesSchema,
    audience: CaseAudienceSchema,
    anonymous: z.boolean({ error: 'Anonymous must be true or false' }),
    solution: SolutionInputSchema.optional(),
  })
  .meta({ id: 'CreateImagePostBody' });

export const MyCaseSchema = z.object({
  id: z.uuid(),
  kind: CaseKindSchema,
  title: z.string(),
  status: CaseStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closesAt: z.iso.datetime().nullable(),
  missingSteps: z.array(StepIdSchema),
});

export const MyCasesSchema = z.object({ items: z.array(MyCaseSchema) }).meta({ id: 'MyCases' });

export const CursorSchema = z
  .string()
  .max(300, 'Cursor must be the nextCursor value of a previous page')
  .regex(/^[A-Za-z0-9_.-]+$/, 'Cursor must be the nextCursor value of a previous page');

export const LimitSchema = z.coerce
  .number({ error: 'Limit must be a number' })
  .int('Limit must be a whole number')
  .min(1, 'Limit must be between 1 and 50')
  .max(50, 'Limit must be between 1 and 50')
  .default(20);

/**
 * latest: newest first; unanswered: no suggestion yet; specialties: tagged with one of your
 * verified specialties; trending: a decayed score of views, comments and suggestions; following:
 * cases you follow (most recently followed first); bookmarks: cases you saved.
 */
export const CASE_FEEDS = [
  'latest',
  'unanswered',
  'specialties',
  'trending',
  'following',
  'bookmarks',
] as const;
export const CaseFeedNameSchema = z.enum(CASE_FEEDS, {
  error: `Feed must be one of ${CASE_FEEDS.join(', ')}`,
});

const DayQuerySchema = (label: string) =>
  z.iso.date({ error: `${label} must be a date like 2026-01-31` }).optional();

const BooleanQuerySchema = z
  .enum(['true', 'false'], { error: 'Has images must be true or false' })
  .transform((value) => value === 'true')
  .optional();

/** Filters shared by feeds and search. */
export const CaseFiltersSchema = z.strictObject({
  kind: CaseKindSchema.optional(),
  specialty: SpecialtyCodeSchema.optional(),
  status: CaseStatusSchema.exclude(['draft'], {
    error: 'Status must be open, closing, closed or withdrawn',
  }).optional(),
  label: CaseLabelSchema.optional(),
  audience: CaseAudienceSchema.optional(),
  hasImages: BooleanQuerySchema,
  /** Posted on or after this day (UTC). */
  from: DayQuerySchema('From'),
  /** Posted on or before this day (UTC). */
  to: DayQuerySchema('To'),
});

export const CaseFeedQuerySchema = CaseFiltersSchema.extend({
  feed: CaseFeedNameSchema.default('latest'),
  cursor: CursorSchema.optional(),
  limit: LimitSchema,
});

export const CaseFeedSchema = z
  .object({ items: z.array(CaseSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CaseFeed' });

export const CaseParamsSchema = z.strictObject({
  caseId: z.uuid({ error: 'Case id must be a UUID' }),
});

export type CreateCaseBody = z.infer<typeof CreateCaseBodySchema>;
export type CreateDraftBody = z.infer<typeof CreateDraftBodySchema>;
export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;
export type PublishBody = z.infer<typeof PublishBodySchema>;
export type MyCases = z.infer<typeof MyCasesSchema>;
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export type EditCaseBody = z.infer<typeof EditCaseBodySchema>;
export type CreateClinicalCaseBody = z.infer<typeof CreateClinicalCaseBodySchema>;
export type CaseStatusChangeBody = z.infer<typeof CaseStatusChangeBodySchema>;
export type CaseRevisions = z.infer<typeof CaseRevisionsSchema>;
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type CaseFeed = z.infer<typeof CaseFeedSchema>;
export type CaseFeedQuery = z.input<typeof CaseFeedQuerySchema>;
export type CaseFeedName = z.infer<typeof CaseFeedNameSchema>;
export type CaseFilters = z.infer<typeof CaseFiltersSchema>;
export type CaseLabel = z.infer<typeof CaseLabelSchema>;
export type CreateImagePostBody = z.infer<typeof CreateImagePostBodySchema>;
export type SolutionInput = z.infer<typeof SolutionInputSchema>;
export type AuthorView = z.infer<typeof AuthorViewSchema>;

export const caseRoutes = {
  feed: defineRoute({
    method: 'GET',
    path: '/api/cases',
    summary:
      'A feed of cases (latest, unanswered, my specialties, trending, following, bookmarks) with filters; keyset pagination through nextCursor',
    tags: ['cases'],
    query: CaseFeedQuerySchema,
    response: CaseFeedSchema,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/cases',
    summary: 'Post a case',
    tags: ['cases'],
    status: 201,
    body: CreateCaseBodySchema,
    response: CaseDetailSchema,
  }),
  createClinical: defineRoute({
    method: 'POST',
    path: '/api/cases/clinical',
    summary:
      'Post a clinical case (verified professionals with two-factor sign-in): question, specialties, audience, anonymity',
    tags: ['cases'],
    status: 201,
    body: CreateClinicalCaseBodySchema,
    response: CaseDetailSchema,
  }),
  createImagePost: defineRoute({
    method: 'POST',
    path: '/api/cases/image',
    summary:
      'Post an image case (verified professionals with two-factor sign-in): caption, specialties, audience, anonymity; images arrive with media upload',
    tags: ['cases'],
    status: 201,
    body: CreateImagePostBodySchema,
    response: CaseDetailSchema,
  }),
  createDraft: defineRoute({
    method: 'POST',
    path: '/api/cases/drafts',
    summary: 'Start a patient case as a draft (only you can see it until you publish it)',
    tags: ['cases'],
    status: 201,
    body: CreateDraftBodySchema,
    response: CaseDetailSchema,
  }),
  saveDraft: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/draft',
    summary: "Save a draft's questionnaire as it stands (every value given must be valid)",
    tags: ['cases'],
    params: CaseParamsSchema,
    body: SaveDraftBodySchema,
    response: CaseDetailSchema,
  }),
  publish: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/publish',
    summary: 'Publish a complete draft for a submission window (default 30 days)',
    tags: ['cases'],
    params: CaseParamsSchema,
    body: PublishBodySchema,
    response: CaseDetailSchema,
  }),
  deleteDraft: defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/draft',
    summary: 'Discard a draft',
    tags: ['cases'],
    status: 204,
    params: CaseParamsSchema,
    response: z.null(),
  }),
  edit: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId',
    summary: 'Edit an open case; the earlier version stays in its history',
    tags: ['cases'],
    params: CaseParamsSchema,
    body: EditCaseBodySchema,
    response: CaseDetailSchema,
  }),
  revisions: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions',
    summary: "A case's published versions, newest first",
    tags: ['cases'],
    params: CaseParamsSchema,
    response: CaseRevisionsSchema,
  }),
  changeStatus: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/status',
    summary: 'Close, close for good, withdraw, reopen (once) or extend the window of your case',
    tags: ['cases'],
    params: CaseParamsSchema,
    body: CaseStatusChangeBodySchema,
    response: CaseDetailSchema,
  }),
  mine: defineRoute({
    method: 'GET',
    path: '/api/me/cases',
    summary: 'Your cases and drafts, most recently changed first',
    tags: ['cases'],
    response: MyCasesSchema,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId',
    summary: 'One case',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: CaseDetailSchema,
  }),
};
