// In-app notifications, and paging: an urgent consult sent to the verified members of a specialty.
import { z } from 'zod';
import { CaseParamsSchema, CursorSchema, LimitSchema } from './cases.js';
import { SpecialtyCodeSchema } from './credentials.js';
import { defineRoute } from './route.js';

export const NOTIFICATION_KINDS = [
  'page',
  'mention',
  'answer',
  'reply',
  'outcome-reminder',
] as const;

/** Pages a member may send in a day, and members one page reaches at most. */
export const PAGE_LIMITS = { perDay: 3, maxRecipients: 200 } as const;

export const PageBodySchema = z
  .strictObject({
    specialty: SpecialtyCodeSchema,
    message: z.string().trim().max(500, 'The message must be at most 500 characters').optional(),
  })
  .meta({ id: 'PageBody' });

export const PageResultSchema = z
  .object({
    specialty: z.object({ code: z.string(), name: z.string() }),
    /** How many verified members were paged (never who). */
    recipients: z.number().int(),
    /** Pages you may still send today. */
    remainingToday: z.number().int(),
  })
  .meta({ id: 'PageResult' });

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    caseId: z.uuid().nullable(),
    commentId: z.uuid().nullable(),
    /** Who caused it, as shown to you: a display name or an anonymous author's pseudonym. */
    actor: z.string(),
    title: z.string(),
    message: z.string().nullable(),
    createdAt: z.iso.datetime(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const NotificationListQuerySchema = z.strictObject({
  unread: z
    .enum(['true', 'false'], { error: 'Unread must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
  cursor: CursorSchema.optional(),
  limit: LimitSchema,
});

export const NotificationListSchema = z
  .object({
    items: z.array(NotificationSchema),
    nextCursor: z.string().nullable(),
    unreadCount: z.number().int(),
  })
  .meta({ id: 'NotificationList' });

export const MarkReadBodySchema = z
  .union(
    [
      z.strictObject({
        ids: z
          .array(z.uuid({ error: 'Each id must be a notification id' }))
          .min(1, 'Name at least one notification')
          .max(100, 'Mark at most 100 notifications at once'),
      }),
      z.strictObject({ all: z.literal(true) }),
    ],
    { error: 'Send ids (a list of notification ids) or all: true' },
  )
  .meta({ id: 'MarkReadBody' });

export const UnreadCountSchema = z.object({ unreadCount: z.number().int() });

export type PageBody = z.infer<typeof PageBodySchema>;
export type PageResult = z.infer<typeof PageResultSchema>;
export type NotificationView = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
export type MarkReadBody = z.infer<typeof MarkReadBodySchema>;

export const notificationRoutes = {
  page: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/pages',
    summary:
      'Page the verified members of one specialty about your open clinical case or image post (rate-limited)',
    tags: ['notifications'],
    status: 201,
    params: CaseParamsSchema,
    body: PageBodySchema,
    response: PageResultSchema,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/me/notifications',
    summary: 'Your notifications, newest first (keyset pagination through nextCursor)',
    tags: ['notifications'],
    query: NotificationListQuerySchema,
    response: NotificationListSchema,
  }),
  unreadCount: defineRoute({
    method: 'GET',
    path: '/api/me/notifications/unread-count',
    summary: 'How many of your notifications are unread',
    tags: ['notifications'],
    response: UnreadCountSchema,
  }),
  markRead: defineRoute({
    method: 'POST',
    path: '/api/me/notifications/read',
    summary: 'Mark notifications read: some by id, or all',
    tags: ['notifications'],
    body: MarkReadBodySchema,
    response: UnreadCountSchema,
  }),
};
