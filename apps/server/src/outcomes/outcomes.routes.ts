// HTTP routes of ratings, the report (and its FHIR export), outcomes and reputation.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { OutcomeDeps } from './outcomes.service.js';
import {
  caseReport,
  collusionFlagList,
  reviewCollusionFlag,
  caseReportFhir,
  memberReputation,
  rateCaseSuggestion,
  recordOutcome,
} from './outcomes.service.js';

export function registerOutcomeRoutes(app: FastifyInstance, deps: OutcomeDeps): void {
  registerRoute(app, routes.outcomes.rate, ({ params, body, request }) =>
    rateCaseSuggestion(request.context, deps, params, body.helpful),
  );
  registerRoute(app, routes.outcomes.report, ({ params, request }) =>
    caseReport(request.context, deps, params.caseId),
  );
  registerRoute(app, routes.outcomes.fhir, async ({ params, request, reply }) => {
    const bundle = await caseReportFhir(request.context, deps, params.caseId);
    void reply
      .type('application/fhir+json; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="consilium-report-${params.caseId}.fhir.json"`,
      );
    return bundle;
  });
  registerRoute(app, routes.outcomes.recordOutcome, ({ params, body, request }) =>
    recordOutcome(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.outcomes.collusionFlags, ({ request }) =>
    collusionFlagList(request.context, deps),
  );
  registerRoute(app, routes.outcomes.reviewCollusion, ({ body, request }) =>
    reviewCollusionFlag(request.context, deps, body),
  );
  registerRoute(app, routes.outcomes.reputation, ({ params, request }) =>
    memberReputation(request.context, deps, params.handle),
  );
}
