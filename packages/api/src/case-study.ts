// Shared solved cases: a solver commits a differential, then the hidden answer is revealed to them.
import { z } from 'zod';
import { CaseParamsSchema } from './cases.js';
import { defineRoute } from './route.js';
import { ConceptIdSchema } from './suggestions.js';

export const MAX_DIFFERENTIAL = 5;

export const CommitDifferentialBodySchema = z
  .strictObject({
    /** Most likely first. */
    diagnoses: z
      .array(
        z.strictObject({
          label: z
            .string({ error: 'Name each diagnosis' })
            .trim()
            .min(2, 'Name each diagnosis')
            .max(300, 'A diagnosis must be at most 300 characters'),
          /** The coded concept, when picked from the vocabulary. */
          conceptId: ConceptIdSchema.nullable().default(null),
        }),
        { error: 'Give your differential: up to 5 diagnoses, most likely first' },
      )
      .min(1, 'Give at least one diagnosis')
      .max(MAX_DIFFERENTIAL, `Give at most ${MAX_DIFFERENTIAL} diagnoses`),
  })
  .meta({ id: 'CommitDifferentialBody' });

export const SolutionSchema = z
  .object({
    diagnosis: z.string(),
    system: z.string().nullable(),
    code: z.string().nullable(),
    teachingPoint: z.string().nullable(),
    /** This reader's committed differential (null for the author, who did not commit one). */
    yourDifferential: z
      .array(z.object({ label: z.string(), conceptId: z.string().nullable() }))
      .nullable(),
    /** Where the answer stood in this reader's differential (null: not in it, or not committed). */
    yourRank: z.number().int().nullable(),
    committedAt: z.iso.datetime().nullable(),
    /** How many solvers have committed a differential. */
    commitCount: z.number().int(),
  })
  .meta({ id: 'Solution' });

export type CommitDifferentialBody = z.infer<typeof CommitDifferentialBodySchema>;
export type Solution = z.infer<typeof SolutionSchema>;

export const caseStudyRoutes = {
  commit: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/differential',
    summary:
      'Commit your differential on a case study (once); the answer is revealed to you in the response',
    tags: ['cases'],
    status: 201,
    params: CaseParamsSchema,
    body: CommitDifferentialBodySchema,
    response: SolutionSchema,
  }),
  solution: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/solution',
    summary: "A case study's answer: for its author, and for solvers who committed a differential",
    tags: ['cases'],
    params: CaseParamsSchema,
    response: SolutionSchema,
  }),
};
