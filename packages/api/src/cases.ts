// Cases and their feed. Later issues add kinds, the questionnaire, audiences and anonymity.
import { z } from 'zod';
import { defineRoute } from './route.js';

export const CASE_STATUSES = ['open', 'closed'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);

/** How another member is shown: never more than this about an author. */
export const AuthorViewSchema = z
  .object({ handle: z.string(), displayName: z.string() })
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
});

export const CaseSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    status: CaseStatusSchema,
    author: AuthorViewSchema,
    suggestionCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseSummary' });

export const CaseDetailSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    presentation: z.string(),
    status: CaseStatusSchema,
    author: AuthorViewSchema,
    isOwn: z.boolean(),
    createdAt: z.iso.datetime(),
    abilities: CaseAbilitiesSchema,
  })
  .meta({ id: 'CaseDetail' });

export const CaseFeedQuerySchema = z.strictObject({
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'Cursor must be the nextCursor value of a previous page')
    .optional(),
  limit: z.coerce
    .number({ error: 'Limit must be a number' })
    .int('Limit must be a whole number')
    .min(1, 'Limit must be between 1 and 50')
    .max(50, 'Limit must be between 1 and 50')
    .default(20),
});

export const CaseFeedSchema = z
  .object({ items: z.array(CaseSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CaseFeed' });

export const CaseParamsSchema = z.strictObject({
  caseId: z.uuid({ error: 'Case id must be a UUID' }),
});

export type CreateCaseBody = z.infer<typeof CreateCaseBodySchema>;
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type CaseFeed = z.infer<typeof CaseFeedSchema>;
export type AuthorView = z.infer<typeof AuthorViewSchema>;

export const caseRoutes = {
  feed: defineRoute({
    method: 'GET',
    path: '/api/cases',
    summary: 'Latest cases, newest first (keyset pagination through nextCursor)',
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
  get: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId',
    summary: 'One case',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: CaseDetailSchema,
  }),
};
