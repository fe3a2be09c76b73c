// Full-text search over cases: ranked, highlighted, filtered, keyset-paged.
import { z } from 'zod';
import { CaseFiltersSchema, CaseSummarySchema, CursorSchema, LimitSchema } from './cases.js';
import { defineRoute } from './route.js';

/** Words shorter than this are not searched on their own (they match nearly everything). */
export const MIN_SEARCH_TERM_LENGTH = 3;

export const SearchQuerySchema = CaseFiltersSchema.extend({
  q: z
    .string({ error: 'Type what to search for' })
    .trim()
    .min(MIN_SEARCH_TERM_LENGTH, `Type at least ${MIN_SEARCH_TERM_LENGTH} characters to search`)
    .max(200, 'A search must be at most 200 characters')
    .refine(
      (text) => text.split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= MIN_SEARCH_TERM_LENGTH),
      `Search for at least one word of ${MIN_SEARCH_TERM_LENGTH} or more letters`,
    ),
  /** relevance: best matches first (among the most recent matches); newest: newest first. */
  sort: z
    .enum(['relevance', 'newest'], { error: 'Sort must be relevance or newest' })
    .default('relevance'),
  cursor: CursorSchema.optional(),
  limit: LimitSchema,
});

/** Highlighted text as plain segments: no HTML crosses the API, the client marks the matches. */
export const HighlightSchema = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .meta({ id: 'Highlight' });

export const SearchResultSchema = CaseSummarySchema.extend({
  titleHighlight: HighlightSchema,
  /** The best-matching passage of the presentation (or question), with the matches marked. */
  snippet: HighlightSchema,
  rank: z.number(),
}).meta({ id: 'SearchResult' });

export const SearchResultsSchema = z
  .object({
    items: z.array(SearchResultSchema),
    nextCursor: z.string().nullable(),
    /** True when only the most recent matches were ranked (a very common query). */
    bounded: z.boolean(),
  })
  .meta({ id: 'SearchResults' });

export type SearchQuery = z.input<typeof SearchQuerySchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchResults = z.infer<typeof SearchResultsSchema>;
export type Highlight = z.infer<typeof HighlightSchema>;

export const searchRoutes = {
  cases: defineRoute({
    method: 'GET',
    path: '/api/search/cases',
    summary:
      'Search cases by words (title weighs most, then presentation, then tags), with filters; rate-limited per address',
    tags: ['search'],
    query: SearchQuerySchema,
    response: SearchResultsSchema,
  }),
};
