// Diagnostic suggestions on a case and the votes on them.
import { z } from 'zod';
import { AuthorViewSchema, CaseParamsSchema } from './cases.js';
import { defineRoute } from './route.js';

export const CreateSuggestionBodySchema = z
  .strictObject({
    diagnosis: z
      .string({ error: 'Diagnosis is required' })
      .trim()
      .min(2, 'Diagnosis must be at least 2 characters')
      .max(200, 'Diagnosis must be at most 200 characters'),
    rationale: z
      .string()
      .trim()
      .max(5_000, 'Rationale must be at most 5,000 characters')
      .default(''),
  })
  .meta({ id: 'CreateSuggestionBody' });

export const VoteValueSchema = z.union([z.literal(1), z.literal(-1), z.literal(0)], {
  error: 'Vote must be 1 (up), -1 (down) or 0 (withdraw your vote)',
});

export const CastVoteBodySchema = z
  .strictObject({ value: VoteValueSchema })
  .meta({ id: 'CastVoteBody' });

export const SuggestionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    rank: z.number().int().min(1),
    diagnosis: z.string(),
    rationale: z.string(),
    author: AuthorViewSchema,
    score: z.number().int(),
    upvotes: z.number().int(),
    downvotes: z.number().int(),
    myVote: VoteValueSchema,
    isOwn: z.boolean(),
    createdAt: z.iso.datetime(),
    abilities: z.object({ canVote: z.boolean() }),
  })
  .meta({ id: 'Suggestion' });

export const SuggestionListSchema = z
  .object({ items: z.array(SuggestionSchema) })
  .meta({ id: 'SuggestionList' });

export const SuggestionParamsSchema = CaseParamsSchema.extend({
  suggestionId: z.uuid({ error: 'Suggestion id must be a UUID' }),
});

export type CreateSuggestionBody = z.infer<typeof CreateSuggestionBodySchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type SuggestionList = z.infer<typeof SuggestionListSchema>;
export type VoteValue = z.infer<typeof VoteValueSchema>;

export const suggestionRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/suggestions',
    summary: "A case's suggestions, ranked by votes",
    tags: ['suggestions'],
    params: CaseParamsSchema,
    response: SuggestionListSchema,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/suggestions',
    summary: 'Propose a free-text diagnosis',
    tags: ['suggestions'],
    status: 201,
    params: CaseParamsSchema,
    body: CreateSuggestionBodySchema,
    response: SuggestionSchema,
  }),
  vote: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/suggestions/:suggestionId/vote',
    summary: 'Vote on a suggestion (1 up, -1 down, 0 withdraw); one vote per member, changeable',
    tags: ['suggestions'],
    params: SuggestionParamsSchema,
    body: CastVoteBodySchema,
    response: SuggestionSchema,
  }),
};
