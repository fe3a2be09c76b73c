// Reward points: a member's balance and the statement of their account.
import { z } from 'zod';
import { CursorSchema, LimitSchema } from './cases.js';
import { defineRoute } from './route.js';

export const TRANSFER_KINDS = ['grant', 'pledge', 'payout', 'refund'] as const;

/** The problem type of a transfer refused because an account holds too few points (409). */
export const NOT_ENOUGH_POINTS_PROBLEM = '/problems/not-enough-points';

export const PointsEntrySchema = z
  .object({
    /** The transfer this entry is part of (a transfer has one entry per account it touches). */
    id: z.uuid(),
    /** grant (welcome points), pledge (to a case's escrow), payout (a reward), refund. */
    kind: z.enum(TRANSFER_KINDS),
    memo: z.string(),
    /** The case the points moved for; null for grants, or when the case was deleted. */
    caseId: z.uuid().nullable(),
    /** Points in (positive) or out (negative) of your account. */
    amount: z.number().int(),
    /** Your balance just after this entry. */
    balanceAfter: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PointsEntry' });

export const PointsQuerySchema = z.strictObject({
  cursor: CursorSchema.optional(),
  limit: LimitSchema,
});

export const PointsStatementSchema = z
  .object({
    balance: z.number().int(),
    /** Newest first. */
    entries: z.array(PointsEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PointsStatement' });

export type TransferKind = (typeof TRANSFER_KINDS)[number];
export type PointsEntry = z.infer<typeof PointsEntrySchema>;
export type PointsQuery = z.infer<typeof PointsQuerySchema>;
export type PointsStatement = z.infer<typeof PointsStatementSchema>;

export const rewardRoutes = {
  points: defineRoute({
    method: 'GET',
    path: '/api/me/points',
    summary: 'Your points: balance and statement, newest first (keyset pagination via nextCursor)',
    tags: ['rewards'],
    query: PointsQuerySchema,
    response: PointsStatementSchema,
  }),
};
