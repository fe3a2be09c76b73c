// HTTP routes of feeds, search, follows and bookmarks.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import { setBookmark, setFollow } from './engagement.service.js';
import { listFeed } from './feeds.service.js';
import type { SearchDeps } from './search.service.js';
import { searchCases } from './search.service.js';

export function registerFeedRoutes(app: FastifyInstance, deps: SearchDeps): void {
  registerRoute(app, routes.cases.feed, ({ query, request, reply }) => {
    // Personal feeds (following, bookmarks, specialties) must not be kept by shared caches.
    void reply.header('cache-control', 'private, no-store');
    return listFeed(request.context, deps, query);
  });
  registerRoute(app, routes.search.cases, ({ query, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return searchCases(request.context, deps, query);
  });
  registerRoute(app, routes.engagement.follow, ({ params, request }) =>
    setFollow(request.context, deps.database, params.caseId, true),
  );
  registerRoute(app, routes.engagement.unfollow, ({ params, request }) =>
    setFollow(request.context, deps.database, params.caseId, false),
  );
  registerRoute(app, routes.engagement.bookmark, ({ params, request }) =>
    setBookmark(request.context, deps.database, params.caseId, true),
  );
  registerRoute(app, routes.engagement.unbookmark, ({ params, request }) =>
    setBookmark(request.context, deps.database, params.caseId, false),
  );
}
