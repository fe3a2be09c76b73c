// Coded vocabularies: looking up Human Phenotype Ontology terms (with lay synonyms) for symptoms.
import { z } from 'zod';
import { defineRoute } from './route.js';

export const TermLookupQuerySchema = z.strictObject({
  q: z
    .string({ error: 'Type a few letters of the symptom' })
    .trim()
    .min(2, 'Type at least 2 letters')
    .max(100, 'Type at most 100 characters'),
  limit: z.coerce
    .number({ error: 'Limit must be a number' })
    .int('Limit must be a whole number')
    .min(1, 'Limit must be between 1 and 20')
    .max(20, 'Limit must be between 1 and 20')
    .default(10),
});

export const TermSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    /** The synonym that matched, when it was not the label (e.g. a lay term). */
    matched: z.string().nullable(),
  })
  .meta({ id: 'Term' });

export const TermListSchema = z
  .object({
    items: z.array(TermSchema),
    /** Whether any terms of this vocabulary are loaded (an operator imports them). */
    available: z.boolean(),
  })
  .meta({ id: 'TermList' });

export type Term = z.infer<typeof TermSchema>;
export type TermList = z.infer<typeof TermListSchema>;

export const vocabularyRoutes = {
  hpo: defineRoute({
    method: 'GET',
    path: '/api/vocabulary/hpo',
    summary: 'Look up Human Phenotype Ontology terms by label or lay synonym (typo-tolerant)',
    tags: ['vocabulary'],
    query: TermLookupQuerySchema,
    response: TermListSchema,
  }),
};
