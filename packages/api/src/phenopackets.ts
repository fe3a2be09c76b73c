// Importing a case from a GA4GH Phenopacket (schema v2, JSON).
import { z } from 'zod';
import { CaseDetailSchema } from './cases.js';
import { defineRoute } from './route.js';

/** The parts of a v2 phenopacket the import reads; everything else in the packet is ignored. */
const OntologyClassSchema = z.object({
  id: z.string().max(100),
  label: z.string().max(500).optional().default(''),
});

const TimeElementSchema = z
  .object({
    age: z.object({ iso8601duration: z.string().max(50) }).optional(),
    ontologyClass: OntologyClassSchema.optional(),
  })
  .loose();

export const PhenopacketSchema = z
  .object({
    id: z.string({ error: 'A phenopacket has an id' }).max(500),
    subject: z
      .object({
        id: z.string().max(500).optional(),
        sex: z.string().max(50).optional(),
        timeAtLastEncounter: TimeElementSchema.optional(),
      })
      .loose()
      .optional(),
    phenotypicFeatures: z
      .array(
        z
          .object({
            type: OntologyClassSchema,
            excluded: z.boolean().optional(),
            onset: TimeElementSchema.optional(),
            severity: OntologyClassSchema.optional(),
          })
          .loose(),
      )
      .max(500, 'A phenopacket may have at most 500 phenotypic features')
      .optional(),
    diseases: z
      .array(z.object({ term: OntologyClassSchema, excluded: z.boolean().optional() }).loose())
      .max(50)
      .optional(),
    interpretations: z.array(z.unknown()).max(50).optional(),
    metaData: z
      .object({ phenopacketSchemaVersion: z.string().max(20).optional() })
      .loose()
      .optional(),
  })
  .loose();

export const ImportPhenopacketBodySchema = z
  .strictObject({
    packet: PhenopacketSchema,
    /**
     * Keep the packet's diagnosis as the hidden confirmed outcome: the case becomes a case study
     * whose answer each solver sees only after committing a differential. Otherwise it is dropped.
     */
    keepOutcome: z.boolean({ error: 'keepOutcome must be true or false' }).default(false),
  })
  .meta({ id: 'ImportPhenopacketBody' });

export type Phenopacket = z.infer<typeof PhenopacketSchema>;
export type ImportPhenopacketBody = z.infer<typeof ImportPhenopacketBodySchema>;

export const phenopacketRoutes = {
  import: defineRoute({
    method: 'POST',
    path: '/api/cases/import/phenopacket',
    summary:
      'Import a GA4GH Phenopacket (v2 JSON) as a draft patient case; its diagnoses are never shown to solvers',
    tags: ['cases'],
    status: 201,
    body: ImportPhenopacketBodySchema,
    response: CaseDetailSchema,
  }),
};
