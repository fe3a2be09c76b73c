// HTTP routes of cases.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { CaseDeps } from './cases.service.js';
import { getCase, listCases, postCase } from './cases.service.js';

export function registerCaseRoutes(app: FastifyInstance, deps: CaseDeps): void {
  registerRoute(app, routes.cases.feed, ({ query, request }) =>
    listCases(request.context, deps, query),
  );
  registerRoute(app, routes.cases.get, ({ params, request }) =>
    getCase(request.context, deps, params.caseId),
  );
  registerRoute(app, routes.cases.create, ({ body, request }) =>
    postCase(request.context, deps, body),
  );
}
