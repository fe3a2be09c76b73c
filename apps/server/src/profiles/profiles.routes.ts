// HTTP routes of public profiles, data export and account deletion.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { SessionCookies } from '../platform/auth.js';
import { registerRoute } from '../platform/http/route.js';
import type { ProfileDeps } from './profiles.service.js';
import { deleteAccount, exportMemberData, getPublicProfile } from './profiles.service.js';

export function registerProfileRoutes(
  app: FastifyInstance,
  deps: ProfileDeps & { cookies: SessionCookies },
): void {
  registerRoute(app, routes.profiles.get, ({ params, request }) =>
    getPublicProfile(request.context, deps, params.handle),
  );
  registerRoute(app, routes.profiles.exportData, async ({ request, reply }) => {
    const exported = await exportMemberData(request.context, deps);
    const day = exported.exportedAt.slice(0, 10);
    void reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="consilium-export-${day}.json"`);
    return exported;
  });
  registerRoute(app, routes.profiles.deleteAccount, async ({ body, request, reply }) => {
    await deleteAccount(request.context, deps, body);
    deps.cookies.clear(reply);
    return null;
  });
}
