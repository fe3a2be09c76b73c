// HTTP routes of a case's discussion.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { DiscussionDeps } from './comments.service.js';
import {
  commentHistory,
  deleteComment,
  editComment,
  listComments,
  postComment,
} from './comments.service.js';

export function registerDiscussionRoutes(app: FastifyInstance, deps: DiscussionDeps): void {
  registerRoute(app, routes.comments.list, ({ params, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return listComments(request.context, deps, params.caseId);
  });
  registerRoute(app, routes.comments.create, ({ params, body, request }) =>
    postComment(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.comments.edit, ({ params, body, request }) =>
    editComment(request.context, deps, params.commentId, body),
  );
  registerRoute(app, routes.comments.delete, async ({ params, request }) => {
    await deleteComment(request.context, deps, params.commentId);
    return null;
  });
  registerRoute(app, routes.comments.revisions, ({ params, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return commentHistory(request.context, deps, params.commentId);
  });
}
