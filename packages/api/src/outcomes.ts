// After the crowd: the owner rates suggestions while closing, the final report of a closed case
// (also as HL7 FHIR), the confirmed diagnosis recorded weeks or months later, and the track
// record (reputation) it feeds.
import { z } from 'zod';
import { CaseParamsSchema } from './cases.js';
import { ProfileParamsSchema } from './profiles.js';
import { defineRoute } from './route.js';
import {
  ConceptIdSchema,
  ConceptRefSchema,
  SuggestionParamsSchema,
  SuggestionSchema,
  SupportByTierSchema,
} from './suggestions.js';

export const RateSuggestionBodySchema = z
  .strictObject({
    helpful: z.boolean({ error: 'Say whether the suggestion helped: true or false' }),
  })
  .meta({ id: 'RateSuggestionBody' });

/** How a diagnosis was confirmed. */
export const CONFIRMATION_METHODS = [
  'biopsy',
  'genetic-test',
  'laboratory',
  'imaging',
  'specialist-assessment',
  'response-to-treatment',
  'other',
] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const RecordOutcomeBodySchema = z
  .strictObject({
    conceptId: ConceptIdSchema.nullable().default(null),
    diagnosis: z
      .string({ error: 'Name the confirmed diagnosis' })
      .trim()
      .min(2, 'Name the confirmed diagnosis (at least 2 characters)')
      .max(200, 'The diagnosis must be at most 200 characters'),
    method: z.enum(CONFIRMATION_METHODS, {
      error: `Say how it was confirmed: ${CONFIRMATION_METHODS.join(', ')}`,
    }),
    confirmedOn: z
      .string({ error: 'Give the date it was confirmed (YYYY-MM-DD)' })
      .regex(isoDate, 'Give the date it was confirmed as YYYY-MM-DD')
      .refine(
        (value) => {
          const day = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
        },
        { error: 'That date does not exist' },
      ),
    /** What others can learn from the case (optional, shown with the outcome). */
    teachingPoint: z
      .string()
      .trim()
      .max(2_000, 'The teaching point must be at most 2,000 characters')
      .default(''),
  })
  .meta({ id: 'RecordOutcomeBody' });

export const OutcomeSchema = z
  .object({
    diagnosis: z.string(),
    concept: ConceptRefSchema.nullable(),
    method: z.enum(CONFIRMATION_METHODS).nullable(),
    confirmedOn: z.string().nullable(),
    teachingPoint: z.string().nullable(),
    /** Where the confirmed diagnosis stood in the collective differential; null if absent. */
    collectiveRank: z.number().int().nullable(),
    /** How many candidates the collective differential had. */
    candidates: z.number().int(),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'Outcome' });

export const ReportItemSchema = z
  .object({
    candidateId: z.uuid(),
    rank: z.number().int().min(1),
    label: z.string(),
    concept: ConceptRefSchema.nullable(),
    probability: z.number().min(0).max(1),
    support: SupportByTierSchema,
    firstChoices: z.number().int(),
    /** Short excerpts of the members' rationales (plain text). */
    rationaleExcerpts: z.array(z.string()),
    references: z.array(z.object({ kind: z.enum(['url', 'pmid']), value: z.string() })),
    /** Tests and specialists the members suggest next. */
    nextSteps: z.array(z.string()),
    /** Suggestions the owner rated helpful. */
    helpful: z.number().int(),
  })
  .meta({ id: 'ReportItem' });

export const CaseReportSchema = z
  .object({
    caseId: z.uuid(),
    title: z.string(),
    kind: z.enum(['patient', 'clinical', 'image']),
    specialty: z.string().nullable(),
    /** preview while the owner rates (closing); final once the case is closed. */
    state: z.enum(['preview', 'final']),
    closedAt: z.iso.datetime().nullable(),
    rule: z.enum(['plurality', 'reciprocal-rank', 'weighted']),
    contributors: z.number().int(),
    items: z.array(ReportItemSchema),
    outcome: OutcomeSchema.nullable(),
    /** Points the owner pledged, and how many were paid out at close. */
    reward: z.object({ pledged: z.number().int(), paidOut: z.number().int() }),
    abilities: z.object({ canRecordOutcome: z.boolean(), canRate: z.boolean() }),
  })
  .meta({ id: 'CaseReport' });

export const ReputationItemSchema = z
  .object({
    specialty: z.string(),
    hits: z.number().int(),
    misses: z.number().int(),
    /** The posterior mean of "the confirmed diagnosis was in my top 3". */
    accuracy: z.number().min(0).max(1),
    low: z.number().min(0).max(1),
    high: z.number().min(0).max(1),
    /** How much this member's differential counts in that specialty, 0–1. */
    weight: z.number().min(0).max(1),
  })
  .meta({ id: 'ReputationItem' });

export const ReputationSchema = z
  .object({
    handle: z.string(),
    tier: z.enum(['specialist', 'professional', 'student', 'detective']),
    items: z.array(ReputationItemSchema),
    scoredCases: z.number().int(),
  })
  .meta({ id: 'Reputation' });

export const CollusionFlagSchema = z
  .object({
    memberA: z.object({ handle: z.string(), displayName: z.string() }),
    memberB: z.object({ handle: z.string(), displayName: z.string() }),
    /** Resolved cases they shared where at least one of them backed a wrong answer. */
    overlap: z.number().int(),
    /** Of those, cases where both backed the same wrong answer. */
    agreements: z.number().int(),
    flaggedAt: z.iso.datetime(),
    reviewedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CollusionFlag' });

export const CollusionFlagListSchema = z
  .object({ items: z.array(CollusionFlagSchema) })
  .meta({ id: 'CollusionFlagList' });

export const ReviewCollusionBodySchema = z
  .strictObject({
    memberA: z.string({ error: 'Give the first member’s handle' }).min(1),
    memberB: z.string({ error: 'Give the second member’s handle' }).min(1),
  })
  .meta({ id: 'ReviewCollusionBody' });

export type CollusionFlag = z.infer<typeof CollusionFlagSchema>;
export type RateSuggestionBody = z.infer<typeof RateSuggestionBodySchema>;
export type RecordOutcomeBody = z.input<typeof RecordOutcomeBodySchema>;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];
export type Outcome = z.infer<typeof OutcomeSchema>;
export type CaseReport = z.infer<typeof CaseReportSchema>;
export type ReportItem = z.infer<typeof ReportItemSchema>;
export type Reputation = z.infer<typeof ReputationSchema>;

export const outcomeRoutes = {
  rate: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/suggestions/:suggestionId/rating',
    summary: 'Rate a suggestion on your closing case as helpful or not',
    tags: ['outcomes'],
    params: SuggestionParamsSchema,
    body: RateSuggestionBodySchema,
    response: SuggestionSchema,
  }),
  report: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/report',
    summary: 'The report of a closing (preview) or closed (final) case',
    tags: ['outcomes'],
    params: CaseParamsSchema,
    response: CaseReportSchema,
  }),
  fhir: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/report/fhir',
    summary: 'The final report as an HL7 FHIR R4 Bundle (application/fhir+json)',
    tags: ['outcomes'],
    params: CaseParamsSchema,
    response: z.record(z.string(), z.unknown()),
  }),
  recordOutcome: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/outcome',
    summary: 'Record the confirmed diagnosis of your closed case (once)',
    tags: ['outcomes'],
    params: CaseParamsSchema,
    body: RecordOutcomeBodySchema,
    response: OutcomeSchema,
  }),
  collusionFlags: defineRoute({
    method: 'GET',
    path: '/api/moderation/collusion-flags',
    summary: 'Pairs of accounts that back the same wrong answers again and again (moderators)',
    tags: ['outcomes'],
    response: CollusionFlagListSchema,
  }),
  reviewCollusion: defineRoute({
    method: 'POST',
    path: '/api/moderation/collusion-flags/review',
    summary: 'Mark a flagged pair as reviewed (moderators)',
    tags: ['outcomes'],
    body: ReviewCollusionBodySchema,
    response: CollusionFlagListSchema,
  }),
  reputation: defineRoute({
    method: 'GET',
    path: '/api/members/:handle/reputation',
    summary: "A member's track record by specialty, learned from confirmed diagnoses",
    tags: ['outcomes'],
    params: ProfileParamsSchema,
    response: ReputationSchema,
  }),
};
