// Following and bookmarking cases.
import { z } from 'zod';
import { CaseParamsSchema } from './cases.js';
import { defineRoute } from './route.js';

export const FollowStateSchema = z
  .object({ following: z.boolean(), followers: z.number().int() })
  .meta({ id: 'FollowState' });

export const BookmarkStateSchema = z
  .object({ bookmarked: z.boolean() })
  .meta({ id: 'BookmarkState' });

export type FollowState = z.infer<typeof FollowStateSchema>;
export type BookmarkState = z.infer<typeof BookmarkStateSchema>;

export const engagementRoutes = {
  follow: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/follow',
    summary: 'Follow a case (it appears in your following feed)',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: FollowStateSchema,
  }),
  unfollow: defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/follow',
    summary: 'Stop following a case',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: FollowStateSchema,
  }),
  bookmark: defineRoute({
    method: 'PUT',
    path: '/api/cases/:caseId/bookmark',
    summary: 'Bookmark a case (only you see your bookmarks)',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: BookmarkStateSchema,
  }),
  unbookmark: defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/bookmark',
    summary: 'Remove a bookmark',
    tags: ['cases'],
    params: CaseParamsSchema,
    response: BookmarkStateSchema,
  }),
};
