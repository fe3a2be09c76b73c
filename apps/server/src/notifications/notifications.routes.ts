// HTTP routes of notifications: paging a specialty about a case, and a member's own notifications.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { NotificationDeps } from './notifications.service.js';
import { listNotifications, markRead, unreadCount } from './notifications.service.js';
import { pageSpecialty } from './pages.service.js';

export function registerNotificationRoutes(app: FastifyInstance, deps: NotificationDeps): void {
  registerRoute(app, routes.notifications.page, ({ params, body, request }) =>
    pageSpecialty(request.context, deps, params.caseId, body),
  );
  // A member's notifications are theirs alone: never kept by a cache.
  registerRoute(app, routes.notifications.list, ({ query, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return listNotifications(request.context, deps, query);
  });
  registerRoute(app, routes.notifications.unreadCount, ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return unreadCount(request.context, deps);
  });
  registerRoute(app, routes.notifications.markRead, ({ body, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return markRead(request.context, deps, body);
  });
}
