// Notifications and pages table access: a member's notifications (keyset, newest first), the
// members a page or a comment may notify, and the pages a member sent.
import {
  and,
  arrayContains,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  min,
  ne,
  or,
  sql,
} from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import type { KeysetPosition } from '../platform/http/cursor.js';
import {
  casePages,
  comments,
  credentials,
  members,
  notifications,
} from '../platform/database/schema.js';

export type NotificationRow = Awaited<ReturnType<typeof listNotificationRows>>[number];

export async function insertNotifications(
  db: Queryable,
  values: (typeof notifications.$inferInsert)[],
): Promise<void> {
  if (values.length > 0) await db.insert(notifications).values(values);
}

/** One member's notifications, newest first, after a keyset position. */
export async function listNotificationRows(
  db: Queryable,
  memberId: string,
  options: { after: KeysetPosition | undefined; unreadOnly: boolean; limit: number },
) {
  const { after } = options;
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseId: notifications.caseId,
      commentId: notifications.commentId,
      actorLabel: notifications.actorLabel,
      title: notifications.title,
      message: notifications.message,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      /** Full-precision timestamp for keyset cursors (JS dates keep only milliseconds). */
      createdAtExact: sql<string>`${notifications.createdAt}::text`,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.memberId, memberId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        after === undefined
          ? undefined
          : or(
              lt(notifications.createdAt, sql`${after.createdAt}::timestamptz`),
              and(
                eq(notifications.createdAt, sql`${after.createdAt}::timestamptz`),
                lt(notifications.id, after.id),
              ),
            ),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function countUnread(db: Queryable, memberId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.memberId, memberId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the member's own notifications read: those named, or all. Others' ids match nothing. */
export async function markNotificationsRead(
  db: Queryable,
  memberId: string,
  ids: readonly string[] | 'all',
  now: Date,
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.memberId, memberId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, [...ids]),
      ),
    );
}

/** What deciding whether a member may read a case needs: their stored roles and account state. */
const accountColumns = {
  id: members.id,
  roles: members.roles,
  isSuspended: members.isSuspended,
  totpEnabledAt: members.totpEnabledAt,
};

export type AccountRow = Awaited<ReturnType<typeof findAccounts>>[number];

/** Live (not deleted) members among the ids, or holding the handles. */
export async function findAccounts(
  db: Queryable,
  which: { ids: readonly string[]; handles: readonly string[] },
) {
  if (which.ids.length === 0 && which.handles.length === 0) return [];
  return db
    .select(accountColumns)
    .from(members)
    .where(
      and(
        isNull(members.deletedAt),
        or(
          which.ids.length === 0 ? undefined : inArray(members.id, [...which.ids]),
          which.handles.length === 0 ? undefined : inArray(members.handle, [...which.handles]),
        ),
      ),
    );
}

/** The author and kind of a comment (the parent a reply answers). */
export async function findCommentAuthor(db: Queryable, commentId: string) {
  const [row] = await db
    .select({ authorId: comments.authorId, kind: comments.kind, deletedAt: comments.deletedAt })
    .from(comments)
    .where(eq(comments.id, commentId));
  return row;
}

/**
 * Members a page of `specialty` reaches: a professional credential in force naming it, not
 * suspended or deleted, not the pager; most recently verified first, then by id, so the choice
 * is the same every time.
 */
export async function findPageRecipients(
  db: Queryable,
  options: {
    specialty: string;
    pagerId: string;
    now: Date;
    limit: number;
    /** Only members with two-factor sign-in (who may read a professionals-only case). */
    withTwoFactorOnly: boolean;
  },
): Promise<string[]> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(credentials, eq(credentials.memberId, members.id))
    .where(
      and(
        eq(credentials.status, 'approved'),
        eq(credentials.kind, 'professional'),
        gt(credentials.expiresAt, options.now),
        arrayContains(credentials.specialties, [options.specialty]),
        eq(members.isSuspended, false),
        isNull(members.deletedAt),
        ne(members.id, options.pagerId),
        options.withTwoFactorOnly ? sql`${members.totpEnabledAt} is not null` : undefined,
      ),
    )
    .groupBy(members.id)
    .orderBy(sql`max(${credentials.decidedAt}) desc nulls last`, members.id)
    .limit(options.limit);
  return rows.map((row) => row.id);
}

/** Locks a member's row until the transaction ends, so their pages are counted one at a time. */
export async function lockMember(db: Queryable, memberId: string): Promise<void> {
  await db
    .select({ id: members.id })
    .from(members)
    .where(eq(members.id, memberId))
    .for('no key update');
}

/** How many pages a member sent since a moment, and when the oldest of them was sent. */
export async function pagesSentSince(db: Queryable, memberId: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(casePages.createdAt) })
    .from(casePages)
    .where(and(eq(casePages.pagedBy, memberId), gte(casePages.createdAt, since)));
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null };
}

export async function casePageExists(
  db: Queryable,
  caseId: string,
  specialty: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: casePages.id })
    .from(casePages)
    .where(and(eq(casePages.caseId, caseId), eq(casePages.specialty, specialty)));
  return row !== undefined;
}

/** Inserts a page; undefined when this case was paged about this specialty meanwhile. */
export async function insertCasePage(db: Queryable, values: typeof casePages.$inferInsert) {
  const [row] = await db
    .insert(casePages)
    .values(values)
    .onConflictDoNothing({ target: [casePages.caseId, casePages.specialty] })
    .returning({ id: casePages.id });
  return row;
}
