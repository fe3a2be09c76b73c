// A case's discussion: comments and replies in markdown, questions to the owner (answered by the
// owner's reply), edits kept in a history, soft deletion. On an anonymous case, the owner's
// comments carry the case's pseudonym, never their name.
import type {
  CommentList,
  CommentRevisions,
  CommentView,
  CreateCommentBody,
  EditCommentBody,
} from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { isAllowed } from '@consilium/core';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { commentRevisions, comments, members } from '../platform/database/schema.js';
import { Invalid, NotFound } from '../platform/errors.js';
import { readableCase } from '../cases/readable-case.js';
import { requireAllowedMember } from '../platform/policy.js';
import type { CaseRow } from '../cases/cases.queries.js';
import { toAuthorView, toCaseAuthorView } from '../cases/cases.view.js';
import { mentionedHandles, renderMarkdown } from './markdown.js';
import { notifyCommentPosted } from '../notifications/notifications.service.js';

export interface DiscussionDeps {
  database: Database;
}

type CommentRow = typeof comments.$inferSelect & {
  authorHandle: string;
  authorDisplayName: string;
};

/** The handles among `handles` that belong to members, lower-cased. */
async function existingHandles(db: Queryable, handles: string[]): Promise<Set<string>> {
  if (handles.length === 0) return new Set();
  const rows = await db
    .select({ handle: members.handle })
    .from(members)
    .where(and(inArray(members.handle, handles), isNull(members.deletedAt)));
  return new Set(rows.map((row) => row.handle.toLowerCase()));
}

async function listRows(db: Queryable, caseId: string, commentId?: string): Promise<CommentRow[]> {
  return db
    .select({
      id: comments.id,
      caseId: comments.caseId,
      parentId: comments.parentId,
      authorId: comments.authorId,
      kind: comments.kind,
      body: comments.body,
      mentions: comments.mentions,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      deletedBy: comments.deletedBy,
      authorHandle: members.handle,
      authorDisplayName: members.displayName,
    })
    .from(comments)
    .innerJoin(members, eq(members.id, comments.authorId))
    .where(
      commentId === undefined
        ? eq(comments.caseId, caseId)
        : and(eq(comments.caseId, caseId), eq(comments.id, commentId)),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

function toCommentView(
  ctx: RequestContext,
  caseRow: CaseRow,
  resource: CaseResource,
  row: CommentRow,
  answeredIds: ReadonlySet<string>,
): CommentView {
  const byOwner = row.authorId === caseRow.authorId;
  const deleted = row.deletedAt !== null;
  const comment = { authorId: row.authorId, case: resource };
  return {
    id: row.id,
    caseId: row.caseId,
    parentId: row.parentId,
    kind: row.kind,
    body: deleted ? '' : row.body,
    bodyHtml: deleted ? '' : renderMarkdown(row.body, new Set(row.mentions)),
    // On an anonymous case, the owner speaks under the case's pseudonym.
    author: byOwner ? toCaseAuthorView({ ...caseRow, ...row }) : toAuthorView(row),
    byOwner,
    answered: row.kind === 'question' && answeredIds.has(row.id),
    deleted,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    abilities: {
      canReply:
        !deleted &&
        isAllowed(ctx.actor, { action: 'comment.create', case: resource, kind: 'comment' }),
      canEdit: !deleted && isAllowed(ctx.actor, { action: 'comment.edit', comment }),
      canDelete: !deleted && isAllowed(ctx.actor, { action: 'comment.delete', comment }),
    },
  };
}

/** Questions that have a reply from the case's owner. */
function answeredQuestions(rows: readonly CommentRow[], ownerId: string): Set<string> {
  const questions = new Set(rows.filter((row) => row.kind === 'question').map((row) => row.id));
  return new Set(
    rows
      .filter(
        (row) =>
          row.authorId === ownerId &&
          row.deletedAt === null &&
          row.parentId !== null &&
          questions.has(row.parentId),
      )
      .map((row) => row.parentId ?? ''),
  );
}

export async function listComments(
  ctx: RequestContext,
  deps: DiscussionDeps,
  caseId: string,
): Promise<CommentList> {
  const { row, resource } = await readableCase(ctx, deps.database.db, caseId);
  const rows = await listRows(deps.database.db, caseId);
  const answered = answeredQuestions(rows, row.authorId);
  return {
    items: rows.map((comment) => toCommentView(ctx, row, resource, comment, answered)),
    canComment: isAllowed(ctx.actor, { action: 'comment.create', case: resource, kind: 'comment' }),
    canAsk: isAllowed(ctx.actor, { action: 'comment.create', case: resource, kind: 'question' }),
  };
}

async function viewOne(ctx: RequestContext, db: Queryable, caseId: string, commentId: string) {
  const { row, resource } = await readableCase(ctx, db, caseId);
  const rows = await listRows(db, caseId);
  const comment = rows.find((item) => item.id === commentId);
  if (comment === undefined) throw new NotFound('This comment does not exist.');
  return toCommentView(ctx, row, resource, comment, answeredQuestions(rows, row.authorId));
}

export async function postComment(
  ctx: RequestContext,
  deps: DiscussionDeps,
  caseId: string,
  input: CreateCommentBody,
): Promise<CommentView> {
  return deps.database.db.transaction(async (tx) => {
    const { row, resource } = await readableCase(ctx, tx, caseId);
    const member = requireAllowedMember(ctx, {
      action: 'comment.create',
      case: resource,
      kind: input.kind,
    });
    if (input.parentId !== undefined) {
      const [parent] = await tx
        .select({ caseId: comments.caseId, deletedAt: comments.deletedAt })
        .from(comments)
        .where(eq(comments.id, input.parentId));
      if (parent?.caseId !== caseId)
        throw new Invalid('You can only reply to a comment of this case.', [
          { field: 'body.parentId', message: 'This comment is not in this case' },
        ]);
      if (input.kind === 'question')
        throw new Invalid('A reply cannot be a new question: ask it as its own comment.', [
          { field: 'body.kind', message: 'A reply is a comment' },
        ]);
    }
    const mentions = [...(await existingHandles(tx, mentionedHandles(input.body)))];
    const [created] = await tx
      .insert(comments)
      .values({
        caseId,
        parentId: input.parentId ?? null,
        authorId: member.id,
        kind: input.kind,
        body: input.body,
        mentions,
        createdAt: ctx.now,
      })
      .returning({ id: comments.id });
    if (created === undefined) throw new Error('comment not inserted');
    await notifyCommentPosted(
      ctx,
      tx,
      { case: row, resource, commenter: member },
      { id: created.id, parentId: input.parentId ?? null, mentions },
    );
    return viewOne(ctx, tx, caseId, created.id);
  });
}

async function commentFor(db: Queryable, commentId: string) {
  const [row] = await db.select().from(comments).where(eq(comments.id, commentId)).for('update');
  if (row === undefined) throw new NotFound('This comment does not exist.');
  return row;
}

export async function editComment(
  ctx: RequestContext,
  deps: DiscussionDeps,
  commentId: string,
  input: EditCommentBody,
): Promise<CommentView> {
  return deps.database.db.transaction(async (tx) => {
    const row = await commentFor(tx, commentId);
    const { resource } = await readableCase(ctx, tx, row.caseId);
    requireAllowedMember(ctx, {
      action: 'comment.edit',
      comment: { authorId: row.authorId, case: resource },
    });
    if (row.deletedAt !== null) throw new NotFound('This comment was deleted.');
    await tx
      .insert(commentRevisions)
      .values({ commentId, body: row.body, createdAt: row.editedAt ?? row.createdAt });
    const mentions = [...(await existingHandles(tx, mentionedHandles(input.body)))];
    await tx
      .update(comments)
      .set({ body: input.body, mentions, editedAt: ctx.now })
      .where(eq(comments.id, commentId));
    return viewOne(ctx, tx, row.caseId, commentId);
  });
}

export async function deleteComment(
  ctx: RequestContext,
  deps: DiscussionDeps,
  commentId: string,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const row = await commentFor(tx, commentId);
    const { resource } = await readableCase(ctx, tx, row.caseId);
    const member = requireAllowedMember(ctx, {
      action: 'comment.delete',
      comment: { authorId: row.authorId, case: resource },
    });
    if (row.deletedAt !== null) return;
    await tx
      .update(comments)
      .set({ deletedAt: ctx.now, deletedBy: member.id })
      .where(eq(comments.id, commentId));
    // Moderators' deletions of other people's comments are audited.
    if (member.id !== row.authorId)
      await recordAudit(tx, {
        actorId: member.id,
        action: 'comment.deleted-by-moderator',
        subjectType: 'comment',
        subjectId: commentId,
        ip: ctx.ip,
        details: { caseId: row.caseId, authorId: row.authorId },
        at: ctx.now,
      });
  });
}

export async function commentHistory(
  ctx: RequestContext,
  deps: DiscussionDeps,
  commentId: string,
): Promise<CommentRevisions> {
  const [row] = await deps.database.db.select().from(comments).where(eq(comments.id, commentId));
  if (row === undefined) throw new NotFound('This comment does not exist.');
  await readableCase(ctx, deps.database.db, row.caseId);
  if (row.deletedAt !== null) return { items: [] };
  const rows = await deps.database.db
    .select()
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(desc(commentRevisions.id));
  return {
    items: rows.map((revision) => ({
      body: revision.body,
      bodyHtml: renderMarkdown(revision.body, new Set(row.mentions)),
      createdAt: revision.createdAt.toISOString(),
    })),
  };
}
