// A member's in-app notifications: reading and marking their own, and those a new comment sends
// (mention, reply, answer). A notification names its actor as the reader may see them: an
// anonymous case's owner only by the case's pseudonym.
import type { MarkReadBody, NotificationList, NotificationView } from '@consilium/api';
import type { Actor, CaseResource } from '@consilium/core';
import { isAllowed } from '@consilium/core';
import type { CaseRow } from '../cases/cases.queries.js';
import { toCaseAuthorView } from '../cases/cases.view.js';
import type { RequestContext, SignedInMember } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { decodeCursor, encodeCursor } from '../platform/http/cursor.js';
import { requireAllowedMember } from '../platform/policy.js';
import type { CredentialInForce } from '../platform/tiers.js';
import { credentialsInForce, rolesWithTiers } from '../platform/tiers.js';
import type { AccountRow, NotificationRow } from './notifications.queries.js';
import {
  countUnread,
  findAccounts,
  findCommentAuthor,
  insertNotifications,
  listNotificationRows,
  markNotificationsRead,
} from './notifications.queries.js';

export interface NotificationDeps {
  database: Database;
}

function toNotificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    commentId: row.commentId,
    actor: row.actorLabel,
    title: row.title,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  };
}

export async function listNotifications(
  ctx: RequestContext,
  deps: NotificationDeps,
  query: { unread?: boolean | undefined; cursor?: string | undefined; limit: number },
): Promise<NotificationList> {
  // Reading one's own notifications is part of one's account: suspended members may too.
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const { db } = deps.database;
  const rows = await listNotificationRows(db, member.id, {
    after,
    unreadOnly: query.unread === true,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toNotificationView),
    nextCursor:
      rows.length > query.limit && last !== undefined
        ? encodeCursor({ createdAt: last.createdAtExact, id: last.id })
        : null,
    unreadCount: await countUnread(db, member.id),
  };
}

export async function unreadCount(
  ctx: RequestContext,
  deps: NotificationDeps,
): Promise<{ unreadCount: number }> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  return { unreadCount: await countUnread(deps.database.db, member.id) };
}

/** Marks the caller's notifications read; ids of anyone else's are quietly left alone. */
export async function markRead(
  ctx: RequestContext,
  deps: NotificationDeps,
  input: MarkReadBody,
): Promise<{ unreadCount: number }> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const { db } = deps.database;
  await markNotificationsRead(db, member.id, 'all' in input ? 'all' : input.ids, ctx.now);
  return { unreadCount: await countUnread(db, member.id) };
}

/** Whether a member may read the case now, by the same policy their own requests meet. */
function mayRead(
  account: AccountRow,
  inForce: readonly CredentialInForce[],
  resource: CaseResource,
): boolean {
  const actor: Actor = {
    kind: 'member',
    id: account.id,
    roles: rolesWithTiers(
      account.roles,
      inForce.filter((credential) => credential.memberId === account.id),
    ),
    isSuspended: account.isSuspended,
    hasTwoFactor: account.totpEnabledAt !== null,
  };
  return isAllowed(actor, { action: 'case.read', case: resource });
}

export interface PostedComment {
  id: string;
  parentId: string | null;
  /** Handles of members the comment mentions. */
  mentions: readonly string[];
}

/**
 * Notifies, in the comment's transaction: the question's author when the owner answers it, the
 * parent's author of a reply, each member mentioned. Once each (answer or reply before mention),
 * never the commenter, and only members who may read the case.
 */
export async function notifyCommentPosted(
  ctx: RequestContext,
  tx: Queryable,
  discussion: { case: CaseRow; resource: CaseResource; commenter: SignedInMember },
  comment: PostedComment,
): Promise<void> {
  const { case: caseRow, commenter } = discussion;
  const parent =
    comment.parentId === null ? undefined : await findCommentAuthor(tx, comment.parentId);
  // Whoever deleted their comment left that conversation: replies to it do not call them back.
  const parentAuthorId = parent?.deletedAt === null ? parent.authorId : undefined;
  const parentKind =
    parent?.kind === 'question' && commenter.id === caseRow.authorId ? 'answer' : 'reply';
  // One row per member, whether they are the parent's author, mentioned, or both.
  const accounts = (
    await findAccounts(tx, {
      ids: parentAuthorId === undefined ? [] : [parentAuthorId],
      handles: comment.mentions,
    })
  ).filter((account) => account.id !== commenter.id);
  if (accounts.length === 0) return;
  const inForce = await credentialsInForce(
    tx,
    accounts.map((account) => account.id),
    ctx.now,
  );
  // The owner of an anonymous case speaks under its pseudonym here as in the thread.
  const actorLabel =
    commenter.id === caseRow.authorId
      ? toCaseAuthorView(caseRow).displayName
      : commenter.displayName;
  await insertNotifications(
    tx,
    accounts
      .filter((account) => mayRead(account, inForce, discussion.resource))
      .map((account) => ({
        memberId: account.id,
        kind: account.id === parentAuthorId ? parentKind : ('mention' as const),
        caseId: caseRow.id,
        commentId: comment.id,
        actorLabel,
        title: caseRow.title,
        message: null,
        createdAt: ctx.now,
      })),
  );
}
