// Verification of professionals and students: applications, the moderators' queue, decisions,
// and the badges a verified credential earns. Also moderators' suspension of members.
import { COUNTRY_CODES, PROFESSIONS, SPECIALTY_CODES, STUDY_PROGRAMS } from '@consilium/core';
import { z } from 'zod';
import { HandleSchema } from './accounts.js';
import { defineRoute } from './route.js';

export const CREDENTIAL_KINDS = ['professional', 'student'] as const;
export const CredentialKindSchema = z.enum(CREDENTIAL_KINDS);

/**
 * Where an application stands. `approved` credentials past their expiry are shown as `expired`;
 * a renewal that is approved marks the credential it replaces `superseded`.
 */
export const CREDENTIAL_STATUSES = [
  'pending',
  'needs-info',
  'approved',
  'expired',
  'rejected',
  'revoked',
  'withdrawn',
  'superseded',
] as const;
export const CredentialStatusSchema = z.enum(CREDENTIAL_STATUSES);

export const ProfessionSchema = z.enum(PROFESSIONS, { error: 'Choose a profession from the list' });
export const StudyProgramSchema = z.enum(STUDY_PROGRAMS, {
  error: 'Choose a programme from the list',
});
export const SpecialtyCodeSchema = z.enum(SPECIALTY_CODES, {
  error: 'Choose specialties from the list',
});

const CredentialCountrySchema = z.enum(COUNTRY_CODES, {
  error: 'Choose the country that issued it',
});

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(2, `${label} must be at least 2 characters`)
    .max(max, `${label} must be at most ${max} characters`);

const NoteSchema = z
  .string()
  .trim()
  .max(2000, 'The note must be at most 2,000 characters')
  .optional();

const SpecialtiesSchema = z
  .array(SpecialtyCodeSchema)
  .max(5, 'Choose at most 5 specialties')
  .refine((codes) => new Set(codes).size === codes.length, 'Each specialty may be chosen once');

export const ProfessionalApplicationSchema = z.strictObject({
  kind: z.literal('professional'),
  profession: ProfessionSchema,
  specialties: SpecialtiesSchema.min(1, 'Choose at least one specialty (or General practice)'),
  licenceNumber: text('Licence number', 64),
  issuingAuthority: text('Issuing authority', 200),
  country: CredentialCountrySchema,
  note: NoteSchema,
});

export const StudentApplicationSchema = z.strictObject({
  kind: z.literal('student'),
  program: StudyProgramSchema,
  school: text('School', 200),
  /** The student number or enrolment id the school issued. */
  studentId: text('Student id', 64),
  expectedGraduationYear: z
    .number({ error: 'Expected graduation year must be a year like 2028' })
    .int('Expected graduation year must be a year like 2028')
    .min(2000, 'Expected graduation year must be 2000 or later')
    .max(2100, 'Expected graduation year must be 2100 or earlier'),
  country: CredentialCountrySchema,
  specialties: SpecialtiesSchema.default([]),
  note: NoteSchema,
});

export const CredentialApplicationBodySchema = z
  .discriminatedUnion('kind', [ProfessionalApplicationSchema, StudentApplicationSchema], {
    error: 'Kind must be professional or student',
  })
  .meta({ id: 'CredentialApplicationBody' });

/** The member's answer to a moderator's question: corrected fields and a note. */
export const CredentialResubmitBodySchema = CredentialApplicationBodySchema;

export const EvidenceViewSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  bytes: z.number().int(),
  uploadedAt: z.iso.datetime(),
});

export const SpecialtyViewSchema = z.object({ code: z.string(), name: z.string() });

/** The decisions and requests on one application, oldest first. */
export const CredentialEventSchema = z.object({
  at: z.iso.datetime(),
  action: z.enum([
    'submitted',
    'resubmitted',
    'evidence-attached',
    'approved',
    'rejected',
    'info-requested',
    'revoked',
    'withdrawn',
    'superseded',
  ]),
  /** The reason or question a moderator gave, or the applicant's note. */
  message: z.string().nullable(),
});

export const CredentialViewSchema = z
  .object({
    id: z.uuid(),
    kind: CredentialKindSchema,
    status: CredentialStatusSchema,
    profession: ProfessionSchema.nullable(),
    program: StudyProgramSchema.nullable(),
    specialties: z.array(SpecialtyViewSchema),
    licenceNumber: z.string().nullable(),
    issuingAuthority: z.string().nullable(),
    school: z.string().nullable(),
    studentId: z.string().nullable(),
    expectedGraduationYear: z.number().int().nullable(),
    country: z.string(),
    note: z.string().nullable(),
    evidence: EvidenceViewSchema.nullable(),
    /** The moderator's last reason (rejection, revocation) or question (needs-info). */
    moderatorMessage: z.string().nullable(),
    submittedAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    history: z.array(CredentialEventSchema),
    abilities: z.object({
      canResubmit: z.boolean(),
      canWithdraw: z.boolean(),
      canAttachEvidence: z.boolean(),
    }),
  })
  .meta({ id: 'Credential' });

export const MyCredentialsSchema = z
  .object({
    items: z.array(CredentialViewSchema),
    /** A new application of this kind may be made (none is pending, none is valid for long). */
    canApply: z.object({ professional: z.boolean(), student: z.boolean() }),
  })
  .meta({ id: 'MyCredentials' });

export const CredentialParamsSchema = z.strictObject({
  credentialId: z.uuid({ error: 'Credential id must be a UUID' }),
});

/** What a moderator sees: the application, who made it, and their earlier applications. */
export const CredentialReviewSchema = z
  .object({
    credential: CredentialViewSchema,
    applicant: z.object({
      handle: z.string(),
      displayName: z.string(),
      email: z.string(),
      country: z.string().nullable(),
      memberSince: z.iso.datetime(),
      isSuspended: z.boolean(),
    }),
    earlier: z.array(
      z.object({
        id: z.uuid(),
        kind: CredentialKindSchema,
        status: CredentialStatusSchema,
        submittedAt: z.iso.datetime(),
        moderatorMessage: z.string().nullable(),
      }),
    ),
    abilities: z.object({
      canApprove: z.boolean(),
      canReject: z.boolean(),
      canRequestInfo: z.boolean(),
      canRevoke: z.boolean(),
    }),
  })
  .meta({ id: 'CredentialReview' });

export const QUEUE_FILTERS = ['waiting', 'needs-info', 'approved', 'closed'] as const;

export const CredentialQueueQuerySchema = z.strictObject({
  /** waiting: pending, oldest first; needs-info: waiting on the member; approved; closed: the rest. */
  filter: z
    .enum(QUEUE_FILTERS, { error: 'Filter must be waiting, needs-info, approved or closed' })
    .default('waiting'),
  cursor: z
    .string()
    .max(200, 'Cursor is too long')
    .regex(/^[A-Za-z0-9_-]+$/, 'Cursor must be the nextCursor value of a previous page')
    .optional(),
  limit: z.coerce
    .number({ error: 'Limit must be a number' })
    .int('Limit must be a whole number')
    .min(1, 'Limit must be at least 1')
    .max(100, 'Limit must be at most 100')
    .default(25),
});

export const CredentialQueueItemSchema = z.object({
  id: z.uuid(),
  kind: CredentialKindSchema,
  status: CredentialStatusSchema,
  applicant: z.object({ handle: z.string(), displayName: z.string() }),
  profession: ProfessionSchema.nullable(),
  program: StudyProgramSchema.nullable(),
  specialties: z.array(SpecialtyViewSchema),
  country: z.string(),
  hasEvidence: z.boolean(),
  submittedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
});

export const CredentialQueueSchema = z
  .object({
    items: z.array(CredentialQueueItemSchema),
    nextCursor: z.string().nullable(),
    /** How many applications wait for a moderator, whatever the filter. */
    waitingCount: z.number().int(),
  })
  .meta({ id: 'CredentialQueue' });

const ReasonSchema = z
  .string({ error: 'Give a reason the member can act on' })
  .trim()
  .min(5, 'Give a reason the member can act on (at least 5 characters)')
  .max(2000, 'The reason must be at most 2,000 characters');

export const CredentialDecisionBodySchema = z
  .discriminatedUnion(
    'decision',
    [
      z.strictObject({ decision: z.literal('approve'), message: NoteSchema }),
      z.strictObject({ decision: z.literal('reject'), message: ReasonSchema }),
      z.strictObject({ decision: z.literal('request-info'), message: ReasonSchema }),
      z.strictObject({ decision: z.literal('revoke'), message: ReasonSchema }),
    ],
    { error: 'Decision must be approve, reject, request-info or revoke' },
  )
  .meta({ id: 'CredentialDecisionBody' });

/** A verified credential as shown publicly: profession or programme, and specialties. */
export const BadgeSchema = z
  .object({
    kind: CredentialKindSchema,
    profession: ProfessionSchema.nullable(),
    program: StudyProgramSchema.nullable(),
    specialties: z.array(SpecialtyViewSchema),
    country: z.string(),
    verifiedUntil: z.iso.datetime(),
  })
  .meta({ id: 'Badge' });

export const SuspensionBodySchema = z
  .strictObject({ reason: ReasonSchema })
  .meta({ id: 'SuspensionBody' });

export const MemberHandleParamsSchema = z.strictObject({ handle: HandleSchema });

export const SuspensionViewSchema = z
  .object({ handle: z.string(), isSuspended: z.boolean() })
  .meta({ id: 'SuspensionView' });

/** Evidence files a member may attach: a scan or photo of the licence or student card. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type CredentialKind = z.infer<typeof CredentialKindSchema>;
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;
export type CredentialApplicationBody = z.infer<typeof CredentialApplicationBodySchema>;
export type CredentialView = z.infer<typeof CredentialViewSchema>;
export type CredentialEvent = z.infer<typeof CredentialEventSchema>;
export type MyCredentials = z.infer<typeof MyCredentialsSchema>;
export type CredentialReview = z.infer<typeof CredentialReviewSchema>;
export type CredentialQueue = z.infer<typeof CredentialQueueSchema>;
export type CredentialQueueQuery = z.infer<typeof CredentialQueueQuerySchema>;
export type CredentialDecisionBody = z.infer<typeof CredentialDecisionBodySchema>;
export type Badge = z.infer<typeof BadgeSchema>;
export type SuspensionBody = z.infer<typeof SuspensionBodySchema>;
export type SuspensionView = z.infer<typeof SuspensionViewSchema>;

export const credentialRoutes = {
  apply: defineRoute({
    method: 'POST',
    path: '/api/me/credentials',
    summary: 'Apply to be verified as a professional or a student',
    tags: ['verification'],
    status: 201,
    body: CredentialApplicationBodySchema,
    response: CredentialViewSchema,
  }),
  mine: defineRoute({
    method: 'GET',
    path: '/api/me/credentials',
    summary: 'Your verification applications and credentials, newest first',
    tags: ['verification'],
    response: MyCredentialsSchema,
  }),
  resubmit: defineRoute({
    method: 'PUT',
    path: '/api/me/credentials/:credentialId',
    summary: "Answer a moderator's request for more information: corrected fields and a note",
    tags: ['verification'],
    params: CredentialParamsSchema,
    body: CredentialResubmitBodySchema,
    response: CredentialViewSchema,
  }),
  withdraw: defineRoute({
    method: 'DELETE',
    path: '/api/me/credentials/:credentialId',
    summary: 'Withdraw an application that is still under review (its evidence file is deleted)',
    tags: ['verification'],
    status: 204,
    params: CredentialParamsSchema,
    response: z.null(),
  }),
  // PUT /api/me/credentials/:credentialId/evidence takes the file itself as the request body
  // (application/pdf, image/jpeg, image/png or image/webp, at most 10 MB), and its name,
  // URI-encoded, in an optional X-File-Name header; see docs/api.md.
  attachEvidence: defineRoute({
    method: 'PUT',
    path: '/api/me/credentials/:credentialId/evidence',
    summary:
      'Attach the evidence file (the body is the file: PDF, JPEG, PNG or WebP, at most 10 MB); visible only to moderators',
    tags: ['verification'],
    params: CredentialParamsSchema,
    response: CredentialViewSchema,
  }),
  queue: defineRoute({
    method: 'GET',
    path: '/api/credentials',
    summary: "The moderators' verification queue (keyset pagination through nextCursor)",
    tags: ['verification', 'moderation'],
    query: CredentialQueueQuerySchema,
    response: CredentialQueueSchema,
  }),
  review: defineRoute({
    method: 'GET',
    path: '/api/credentials/:credentialId',
    summary: 'One application, its applicant and their earlier applications (moderators)',
    tags: ['verification', 'moderation'],
    params: CredentialParamsSchema,
    response: CredentialReviewSchema,
  }),
  evidence: defineRoute({
    method: 'GET',
    path: '/api/credentials/:credentialId/evidence',
    summary: "Download an application's evidence file (moderators; every download is audited)",
    tags: ['verification', 'moderation'],
    params: CredentialParamsSchema,
    response: z.unknown(),
  }),
  decide: defineRoute({
    method: 'POST',
    path: '/api/credentials/:credentialId/decision',
    summary: 'Approve, reject with a reason, ask for more information, or revoke (moderators)',
    tags: ['verification', 'moderation'],
    params: CredentialParamsSchema,
    body: CredentialDecisionBodySchema,
    response: CredentialReviewSchema,
  }),
  suspend: defineRoute({
    method: 'PUT',
    path: '/api/members/:handle/suspension',
    summary: 'Suspend a member, with a reason they are told (moderators)',
    tags: ['moderation'],
    params: MemberHandleParamsSchema,
    body: SuspensionBodySchema,
    response: SuspensionViewSchema,
  }),
  reinstate: defineRoute({
    method: 'DELETE',
    path: '/api/members/:handle/suspension',
    summary: 'Lift a suspension (moderators)',
    tags: ['moderation'],
    params: MemberHandleParamsSchema,
    response: SuspensionViewSchema,
  }),
};
