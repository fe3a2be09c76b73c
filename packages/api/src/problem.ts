// RFC 9457 problem details: the one shape of every error answer.
import { z } from 'zod';

export const FieldErrorSchema = z.object({
  /** Where the problem is, e.g. `body.title` or `query.limit`. */
  field: z.string(),
  message: z.string(),
});

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types this API answers with; documented in docs/api.md. */
export const problemTypes = {
  validation: '/problems/validation',
  malformedBody: '/problems/malformed-body',
  unsupportedMediaType: '/problems/unsupported-media-type',
  bodyTooLarge: '/problems/body-too-large',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  emailUnverified: '/problems/email-unverified',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  rateLimited: '/problems/rate-limited',
  unavailable: '/problems/unavailable',
  internal: '/problems/internal',
} as const;
