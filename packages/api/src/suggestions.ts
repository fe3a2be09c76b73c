// Collective diagnosis on a case: members' suggestions (coded or free text), the candidates they
// merge into, votes on candidates, and the collective differential computed from all of them.
import { z } from 'zod';
import { AuthorViewSchema, CaseParamsSchema } from './cases.js';
import { defineRoute } from './route.js';

/** Suggestions one member may have on one case at a time (withdrawn ones don't count). */
export const MAX_SUGGESTIONS_PER_MEMBER = 5;

/** "SYSTEM:code", e.g. "DOID:9074" or "ICD10CM:M32.9". */
export const ConceptIdSchema = z
  .string({ error: 'Concept must be a code like DOID:9074' })
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]{0,19}:[A-Za-z0-9_.-]{1,40}$/,
    'Concept must be a code like DOID:9074',
  );

const PMID = /^(?:PMID:?\s*)?(\d{1,9})$/i;

export const ReferenceSchema = z
  .strictObject({
    kind: z.enum(['url', 'pmid'], { error: 'A reference is a url or a pmid' }),
    value: z.string({ error: 'Give the reference' }).trim().min(1, 'Give the reference').max(500),
  })
  .superRefine((reference, ctx) => {
    if (reference.kind === 'pmid' && !PMID.test(reference.value))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${reference.value}" is not a PubMed id (digits only, e.g. 31234567)`,
      });
    if (reference.kind === 'url') {
      const url = URL.parse(reference.value);
      const ok = url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `"${reference.value}" is not a web address (https://…)`,
        });
    }
  })
  .transform((reference) =>
    reference.kind === 'pmid'
      ? { kind: reference.kind, value: PMID.exec(reference.value)?.[1] ?? reference.value }
      : reference,
  );

const diagnosisText = z
  .string({ error: 'Diagnosis is required' })
  .trim()
  .min(2, 'Diagnosis must be at least 2 characters')
  .max(200, 'Diagnosis must be at most 200 characters');

const rationaleText = z.string().trim().max(5_000, 'Rationale must be at most 5,000 characters');

const nextStepsText = z.string().trim().max(2_000, 'Next steps must be at most 2,000 characters');

const referencesList = z
  .array(ReferenceSchema, { error: 'References must be a list' })
  .max(10, 'Give at most 10 references');

const confidenceValue = z
  .number({ error: 'Confidence must be a number from 0 to 100' })
  .int('Confidence must be a whole number from 0 to 100')
  .min(0, 'Confidence must be from 0 to 100')
  .max(100, 'Confidence must be from 0 to 100');

export const CreateSuggestionBodySchema = z
  .strictObject({
    /** The coded concept, when the member picked one; null for free text. */
    conceptId: ConceptIdSchema.nullable().default(null),
    /** The diagnosis as shown: the concept's name or the member's own words. */
    diagnosis: diagnosisText,
    rationale: rationaleText.default(''),
    nextSteps: nextStepsText.default(''),
    references: referencesList.default([]),
    confidence: confidenceValue.default(50),
  })
  .meta({ id: 'CreateSuggestionBody' });

export const EditSuggestionBodySchema = z
  .strictObject({
    conceptId: ConceptIdSchema.nullable().optional(),
    diagnosis: diagnosisText.optional(),
    rationale: rationaleText.optional(),
    nextSteps: nextStepsText.optional(),
    references: referencesList.optional(),
    confidence: confidenceValue.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Change at least one field' })
  .meta({ id: 'EditSuggestionBody' });

export const ReorderSuggestionsBodySchema = z
  .strictObject({
    /** The member's suggestions on the case, most likely first: each of them exactly once. */
    suggestionIds: z
      .array(z.uuid({ error: 'Suggestion id must be a UUID' }))
      .min(1, 'List your suggestions, most likely first')
      .max(MAX_SUGGESTIONS_PER_MEMBER, `List at most ${MAX_SUGGESTIONS_PER_MEMBER} suggestions`),
  })
  .meta({ id: 'ReorderSuggestionsBody' });

export const SeedCandidateBodySchema = z
  .strictObject({
    conceptId: ConceptIdSchema.nullable().default(null),
    label: diagnosisText,
  })
  .meta({ id: 'SeedCandidateBody' });

export const MapCandidateBodySchema = z
  .strictObject({ conceptId: ConceptIdSchema })
  .meta({ id: 'MapCandidateBody' });

export const VoteValueSchema = z.union([z.literal(1), z.literal(-1), z.literal(0)], {
  error: 'Vote must be 1 (up), -1 (down) or 0 (withdraw your vote)',
});

export const CastVoteBodySchema = z
  .strictObject({ value: VoteValueSchema })
  .meta({ id: 'CastVoteBody' });

export const ConceptRefSchema = z
  .object({ id: z.string(), system: z.string(), code: z.string() })
  .meta({ id: 'ConceptRef' });

export const SuggestionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    candidateId: z.uuid(),
    /** The author's own rank of it among their suggestions on the case, 1 = most likely. */
    position: z.number().int().min(1),
    diagnosis: z.string(),
    concept: ConceptRefSchema.nullable(),
    rationale: z.string(),
    /** The rationale rendered from markdown and sanitised. */
    rationaleHtml: z.string(),
    nextSteps: z.string(),
    references: z.array(z.object({ kind: z.enum(['url', 'pmid']), value: z.string() })),
    confidence: z.number().int().min(0).max(100),
    author: AuthorViewSchema,
    isOwn: z.boolean(),
    revision: z.number().int().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** The owner's rating at close; shown to the owner and to the suggestion's author. */
    helpful: z.boolean().nullable(),
    abilities: z.object({ canEdit: z.boolean(), canRate: z.boolean() }),
  })
  .meta({ id: 'Suggestion' });

export const SupportByTierSchema = z
  .object({
    specialist: z.number().int(),
    professional: z.number().int(),
    student: z.number().int(),
    detective: z.number().int(),
  })
  .meta({ id: 'SupportByTier' });

export const CandidateSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    label: z.string(),
    concept: ConceptRefSchema.nullable(),
    seededByAuthor: z.boolean(),
    /**
     * Rank among the candidates of the collective differential that a trusted member backs
     * (1 = most likely); null before anyone backs it, and while it is pending.
     */
    rank: z.number().int().min(1).nullable(),
    /** 0–1, from the collective differential; 0 while pending. */
    probability: z.number().min(0).max(1),
    /**
     * Backed so far only by members with no credential and no confirmed hit: shown without rank or
     * probability until a trusted member backs it (docs/aggregation.md, "Herding").
     */
    pending: z.boolean(),
    support: SupportByTierSchema,
    upvotes: z.number().int(),
    downvotes: z.number().int(),
    myVote: VoteValueSchema,
    suggestions: z.array(SuggestionSchema),
    abilities: z.object({ canVote: z.boolean(), canMap: z.boolean() }),
  })
  .meta({ id: 'Candidate' });

export const SuggestionBoardSchema = z
  .object({
    /** In collective order: ranked candidates, then pending ones, then those nobody backs yet. */
    candidates: z.array(CandidateSchema),
    /** How many suggestions the viewer has on the case, and the most they may have. */
    mine: z.object({ count: z.number().int(), limit: z.number().int() }),
    abilities: z.object({ canSuggest: z.boolean(), canSeed: z.boolean() }),
    /** Why the viewer may not suggest, in words (null when they may). */
    cannotSuggestReason: z.string().nullable(),
  })
  .meta({ id: 'SuggestionBoard' });

export const DifferentialItemSchema = z
  .object({
    candidateId: z.uuid(),
    label: z.string(),
    concept: ConceptRefSchema.nullable(),
    rank: z.number().int().min(1),
    probability: z.number().min(0).max(1),
    /** Members of each tier who suggested or upvoted it; never who they are. */
    support: SupportByTierSchema,
    /** How many members put it first. */
    firstChoices: z.number().int(),
  })
  .meta({ id: 'DifferentialItem' });

export const PendingDifferentialItemSchema = z
  .object({
    candidateId: z.uuid(),
    label: z.string(),
    concept: ConceptRefSchema.nullable(),
    support: SupportByTierSchema,
    firstChoices: z.number().int(),
  })
  .meta({ id: 'PendingDifferentialItem' });

export const CollectiveDifferentialSchema = z
  .object({
    caseId: z.uuid(),
    /** Grows by one with each recomputation: a reader can tell a newer differential. */
    version: z.number().int(),
    computedAt: z.iso.datetime().nullable(),
    rule: z.enum(['plurality', 'reciprocal-rank', 'weighted']),
    contributors: z.number().int(),
    /** The candidates a trusted member (verified, or with a confirmed hit) backs, ranked. */
    items: z.array(DifferentialItemSchema),
    /** Candidates backed only by members without either, not ranked until a trusted one backs them. */
    pending: z.array(PendingDifferentialItemSchema),
  })
  .meta({ id: 'CollectiveDifferential' });

export const SuggestionRevisionSchema = z
  .object({
    revision: z.number().int(),
    diagnosis: z.string(),
    concept: ConceptRefSchema.nullable(),
    rationale: z.string(),
    nextSteps: z.string(),
    references: z.array(z.object({ kind: z.enum(['url', 'pmid']), value: z.string() })),
    confidence: z.number().int(),
    replacedAt: z.iso.datetime(),
  })
  .meta({ id: 'SuggestionRevision' });

export const SuggestionHistorySchema = z
  .object({
    current: SuggestionSchema,
    withdrawnAt: z.iso.datetime().nullable(),
    /** Earlier versions, newest first. */
    revisions: z.array(SuggestionRevisionSchema),
  })
  .meta({ id: 'SuggestionHistory' });

export const SuggestionParamsSchema = CaseParamsSchema.extend({
  suggestionId: z.uuid({ error: 'Suggestion id must be a UUID' }),
});

export const CandidateParamsSchema = CaseParamsSchema.extend({
  candidateId: z.uuid({ error: 'Candidate id must be a UUID' }),
});

export type CreateSuggestionBody = z.input<typeof CreateSuggestionBodySchema>;
export type EditSuggestionBody = z.infer<typeof EditSuggestionBodySchema>;
export type SeedCandidateBody = z.input<typeof SeedCandidateBodySchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type SuggestionBoard = z.infer<typeof SuggestionBoardSchema>;
export type CollectiveDifferential = z.infer<typeof CollectiveDifferentialSchema>;
export type DifferentialItem = z.infer<typeof DifferentialItemSchema>;
export type PendingDifferentialItem = z.infer<typeof PendingDifferentialItemSchema>;
export type SuggestionHistory = z.infer<typeof SuggestionHistorySchema>;
export type SupportByTier = z.infer<typeof SupportByTierSchema>;
export type ConceptRef = z.infer<typeof ConceptRefSchema>;
export type VoteValue = z.infer<typeof VoteValueSchema>;

export const suggestionRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/suggestions',
    summary: "A case's candidates in collective order, each with its suggestions and votes",
    tags: ['suggestions'],
    params: CaseParamsSchema,
    response: SuggestionBoardSchema,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/suggestions',
    summary: 'Propose a diagnosis (a concept or free text); up to 5 per member per case',
    tags: ['suggestions'],
    status: 201,
    params: CaseParamsSchema,
    body: CreateSuggestionBodySchema,
    response: SuggestionSchema,
  }),
  edit: defineRoute({
    method: 'PATCH',
    path: '/api/cases/:caseId/suggestions/:suggestionId',
    summary: 'Edit your suggestion; the earlier version is kept in its history',
    tags: ['suggestions'],
    params: SuggestionParamsSchema,
    body: EditSuggestionBodySchema,
    response: SuggestionSchema,
  }),
  withdraw: defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/suggestions/:suggestionId',
    summary: 'Withdraw your suggestion (kept in its history, no longer counted)',
    tags: ['suggestions'],
    status: 204,
    params: SuggestionParamsSchema,
    response: z.null(),
  }),
  history: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/suggestions/:suggestionId/history',
    summary: 'A suggestion and its earlier versions',
    tags: ['suggestions'],
    params: SuggestionParamsSchema,
    response: SuggestionHistorySchema,
  }),
  reorder: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/suggestions/order',
    summary: 'Rank your own suggestions on a case, most likely first',
    tags: ['suggestions'],
    params: CaseParamsSchema,
    body: ReorderSuggestionsBodySchema,
    response: SuggestionBoardSchema,
  }),
  seed: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/candidates',
    summary: "The case's author puts up a possible diagnosis for the crowd to vote on",
    tags: ['suggestions'],
    status: 201,
    params: CaseParamsSchema,
    body: SeedCandidateBodySchema,
    response: CandidateSchema,
  }),
  map: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/candidates/:candidateId/concept',
    summary: 'Map a free-text candidate to a concept (moderators); merges with that concept',
    tags: ['suggestions'],
    params: CandidateParamsSchema,
    body: MapCandidateBodySchema,
    response: CandidateSchema,
  }),
  vote: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/candidates/:candidateId/vote',
    summary: 'Vote on a candidate (1 up, -1 down, 0 withdraw); one vote per member, changeable',
    tags: ['suggestions'],
    params: CandidateParamsSchema,
    body: CastVoteBodySchema,
    response: CandidateSchema,
  }),
  differential: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/collective-differential',
    summary: "The case's collective differential: ranked, with probabilities and support by tier",
    tags: ['suggestions'],
    params: CaseParamsSchema,
    response: CollectiveDifferentialSchema,
  }),
};
