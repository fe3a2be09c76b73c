// Coded vocabularies: looking up Human Phenotype Ontology terms (with lay synonyms) for symptoms,
// and coded diagnoses (Disease Ontology, ICD-10-CM, OMIM, Orphanet…) for suggestions.
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

export const DiagnosisLookupQuerySchema = TermLookupQuerySchema.extend({
  q: z
    .string({ error: 'Type a few letters of the diagnosis' })
    .trim()
    .min(2, 'Type at least 2 letters')
    .max(100, 'Type at most 100 characters'),
});

export const DiagnosisTermSchema = z
  .object({
    /** "SYSTEM:code", prefixes spelled one way per system (DOID:9074, OMIM:152700, ORPHA:536). */
    id: z.string(),
    system: z.string(),
    code: z.string(),
    label: z.string(),
    /** The synonym that matched, when it was not the label (e.g. "lupus"). */
    matched: z.string().nullable(),
    /** The same disease in other systems, as ids. */
    xrefs: z.array(z.string()),
  })
  .meta({ id: 'DiagnosisTerm' });

export const DiagnosisTermListSchema = z
  .object({
    items: z.array(DiagnosisTermSchema),
    /** Whether any diagnosis vocabulary is loaded (the demo set, or an operator's import). */
    available: z.boolean(),
  })
  .meta({ id: 'DiagnosisTermList' });

export type DiagnosisTerm = z.infer<typeof DiagnosisTermSchema>;
export type DiagnosisTermList = z.infer<typeof DiagnosisTermListSchema>;

export const vocabularyRoutes = {
  hpo: defineRoute({
    method: 'GET',
    path: '/api/vocabulary/hpo',
    summary: 'Look up Human Phenotype Ontology terms by label or lay synonym (typo-tolerant)',
    tags: ['vocabulary'],
    query: TermLookupQuerySchema,
    response: TermListSchema,
  }),
  diagnoses: defineRoute({
    method: 'GET',
    path: '/api/vocabulary/diagnoses',
    summary:
      'Look up coded diagnoses (Disease Ontology, ICD-10-CM, OMIM, Orphanet…) by name or synonym (typo-tolerant)',
    tags: ['vocabulary'],
    query: DiagnosisLookupQuerySchema,
    response: DiagnosisTermListSchema,
  }),
};
