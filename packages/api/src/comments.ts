// The discussion of a case: threaded comments in markdown, questions to the case's owner answered
// in place, edits with history, deletion that leaves a marker.
import { z } from 'zod';
import { AuthorViewSchema, CaseParamsSchema } from './cases.js';
import { defineRoute } from './route.js';

export const COMMENT_KINDS = ['comment', 'question'] as const;

const BodySchema = z
  .string({ error: 'Write a comment' })
  .trim()
  .min(1, 'Write a comment')
  .max(10_000, 'A comment must be at most 10,000 characters');

export const CreateCommentBodySchema = z
  .strictObject({
    body: BodySchema,
    /** The comment this one replies to, in the same case. */
    parentId: z.uuid({ error: 'Parent id must be a UUID' }).optional(),
    /** A question to the case's owner, shown as such until they answer it. */
    kind: z.enum(COMMENT_KINDS, { error: 'Kind must be comment or question' }).default('comment'),
  })
  .meta({ id: 'CreateCommentBody' });

export const EditCommentBodySchema = z
  .strictObject({ body: BodySchema })
  .meta({ id: 'EditCommentBody' });

export const CommentParamsSchema = z.strictObject({
  commentId: z.uuid({ error: 'Comment id must be a UUID' }),
});

export const CommentViewSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(COMMENT_KINDS),
    /** The markdown as written; empty once deleted. */
    body: z.string(),
    /** The markdown rendered to sanitised HTML (no raw HTML, no scripts, safe links only). */
    bodyHtml: z.string(),
    author: AuthorViewSchema,
    /** Written by the case's owner: their answers are highlighted. */
    byOwner: z.boolean(),
    /** A question the owner has answered with a reply. */
    answered: z.boolean(),
    deleted: z.boolean(),
    createdAt: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    abilities: z.object({ canReply: z.boolean(), canEdit: z.boolean(), canDelete: z.boolean() }),
  })
  .meta({ id: 'Comment' });

export const CommentListSchema = z
  .object({
    /** Oldest first; each names its parent, so the thread can be drawn. */
    items: z.array(CommentViewSchema),
    canComment: z.boolean(),
    canAsk: z.boolean(),
  })
  .meta({ id: 'CommentList' });

export const CommentRevisionsSchema = z
  .object({
    items: z.array(
      z.object({ body: z.string(), bodyHtml: z.string(), createdAt: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'CommentRevisions' });

export type CreateCommentBody = z.infer<typeof CreateCommentBodySchema>;
export type EditCommentBody = z.infer<typeof EditCommentBodySchema>;
export type CommentView = z.infer<typeof CommentViewSchema>;
export type CommentList = z.infer<typeof CommentListSchema>;
export type CommentRevisions = z.infer<typeof CommentRevisionsSchema>;

export const commentRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/comments',
    summary: "A case's discussion, oldest first",
    tags: ['discussion'],
    params: CaseParamsSchema,
    response: CommentListSchema,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/comments',
    summary: 'Comment on a case, reply to a comment, or ask the owner a question (markdown)',
    tags: ['discussion'],
    status: 201,
    params: CaseParamsSchema,
    body: CreateCommentBodySchema,
    response: CommentViewSchema,
  }),
  edit: defineRoute({
    method: 'PUT',
    path: '/api/comments/:commentId',
    summary: 'Edit your comment; the earlier text stays in its history',
    tags: ['discussion'],
    params: CommentParamsSchema,
    body: EditCommentBodySchema,
    response: CommentViewSchema,
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/comments/:commentId',
    summary: 'Delete your comment (moderators: any comment); a marker stays in the thread',
    tags: ['discussion'],
    status: 204,
    params: CommentParamsSchema,
    response: z.null(),
  }),
  revisions: defineRoute({
    method: 'GET',
    path: '/api/comments/:commentId/revisions',
    summary: "A comment's earlier texts, newest first",
    tags: ['discussion'],
    params: CommentParamsSchema,
    response: CommentRevisionsSchema,
  }),
};
