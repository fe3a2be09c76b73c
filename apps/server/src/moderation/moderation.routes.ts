// HTTP routes of moderation: suspending and reinstating members.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { SuspensionDeps } from './suspensions.service.js';
import { setSuspension } from './suspensions.service.js';

export function registerModerationRoutes(app: FastifyInstance, deps: SuspensionDeps): void {
  registerRoute(app, routes.credentials.suspend, ({ params, body, request }) =>
    setSuspension(request.context, deps, params.handle, body),
  );
  registerRoute(app, routes.credentials.reinstate, ({ params, request }) =>
    setSuspension(request.context, deps, params.handle, undefined),
  );
}
