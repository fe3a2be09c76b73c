// HTTP routes of case studies: commit a differential, then read the hidden answer.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { CaseStudyDeps } from './case-studies.service.js';
import { caseStudySolution, commitDifferential } from './case-studies.service.js';

export function registerCaseStudyRoutes(app: FastifyInstance, deps: CaseStudyDeps): void {
  registerRoute(app, routes.caseStudy.commit, ({ params, body, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return commitDifferential(request.context, deps, params.caseId, body);
  });
  // The answer is for this reader only: no shared cache may keep it.
  registerRoute(app, routes.caseStudy.solution, ({ params, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return caseStudySolution(request.context, deps, params.caseId);
  });
}
