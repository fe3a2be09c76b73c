// Public profiles, and a member's own data: export and account deletion.
import { z } from 'zod';
import { HandleSchema, RoleSchema } from './accounts.js';
import { BadgeSchema } from './credentials.js';
import { defineRoute } from './route.js';

export const PublicProfileSchema = z
  .object({
    handle: z.string(),
    displayName: z.string(),
    /** Public tiers only: student, professional, moderator, admin (never patient). */
    tiers: z.array(RoleSchema),
    /** Verified credentials that are in force: profession or programme, and specialties. */
    badges: z.array(BadgeSchema),
    country: z.string().nullable(),
    memberSince: z.iso.datetime(),
    /** Present only for moderators: whether the member is suspended and what they may do. */
    moderation: z
      .object({ isSuspended: z.boolean(), canSuspend: z.boolean(), canReinstate: z.boolean() })
      .nullable(),
  })
  .meta({ id: 'PublicProfile' });

export const ProfileParamsSchema = z.strictObject({ handle: HandleSchema });

export const DeleteAccountBodySchema = z
  .strictObject({
    password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(256),
    confirm: z.literal('DELETE', { error: 'Type DELETE to confirm' }),
  })
  .meta({ id: 'DeleteAccountBody' });

/** Everything the platform holds about the member, as one JSON document. */
export const DataExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    member: z.record(z.string(), z.unknown()),
    sessions: z.array(z.record(z.string(), z.unknown())),
    cases: z.array(z.record(z.string(), z.unknown())),
    suggestions: z.array(z.record(z.string(), z.unknown())),
    votes: z.array(z.record(z.string(), z.unknown())),
    comments: z.array(z.record(z.string(), z.unknown())),
    /** Verification applications and decisions (the evidence file itself is not included). */
    credentials: z.array(z.record(z.string(), z.unknown())),
    /** Cases followed and bookmarked, differentials committed on case studies. */
    follows: z.array(z.record(z.string(), z.unknown())),
    bookmarks: z.array(z.record(z.string(), z.unknown())),
    differentials: z.array(z.record(z.string(), z.unknown())),
    notifications: z.array(z.record(z.string(), z.unknown())),
    /** Each scored differential (outcomes and case studies) a reputation is made of. */
    reputationEvents: z.array(z.record(z.string(), z.unknown())),
    /** Every movement of the member's points. */
    pointsEntries: z.array(z.record(z.string(), z.unknown())),
    auditLog: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'DataExport' });

export type PublicProfile = z.infer<typeof PublicProfileSchema>;
export type DataExport = z.infer<typeof DataExportSchema>;
export type DeleteAccountBody = z.infer<typeof DeleteAccountBodySchema>;

export const profileRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/members/:handle',
    summary: "A member's public profile",
    tags: ['profiles'],
    params: ProfileParamsSchema,
    response: PublicProfileSchema,
  }),
  exportData: defineRoute({
    method: 'GET',
    path: '/api/me/export',
    summary: 'Download everything the platform holds about you (JSON)',
    tags: ['profiles'],
    response: DataExportSchema,
  }),
  deleteAccount: defineRoute({
    method: 'DELETE',
    path: '/api/me',
    summary:
      'Delete your account: identifying data is erased; what you posted stays, attributed to a deleted member',
    tags: ['profiles'],
    status: 204,
    body: DeleteAccountBodySchema,
    response: z.null(),
  }),
};
