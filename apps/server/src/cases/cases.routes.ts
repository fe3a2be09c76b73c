// HTTP routes of cases.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { CaseDeps } from './cases.service.js';
import {
  caseRevisions,
  changeCaseStatus,
  createDraft,
  editCase,
  postClinicalCase,
  postImagePost,
  discardDraft,
  getCase,
  myCases,
  postCase,
  publishCase,
  saveDraft,
} from './cases.service.js';

export function registerCaseRoutes(app: FastifyInstance, deps: CaseDeps): void {
  registerRoute(app, routes.cases.get, ({ params, request, reply }) => {
    // A case may be a private draft: never kept by shared caches.
    void reply.header('cache-control', 'private, no-store');
    return getCase(request.context, deps, params.caseId);
  });
  registerRoute(app, routes.cases.create, ({ body, request }) =>
    postCase(request.context, deps, body),
  );
  registerRoute(app, routes.cases.createClinical, ({ body, request }) =>
    postClinicalCase(request.context, deps, body),
  );
  registerRoute(app, routes.cases.createImagePost, ({ body, request }) =>
    postImagePost(request.context, deps, body),
  );
  registerRoute(app, routes.cases.createDraft, ({ body, request }) =>
    createDraft(request.context, deps, body),
  );
  registerRoute(app, routes.cases.saveDraft, ({ params, body, request }) =>
    saveDraft(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.cases.publish, ({ params, body, request }) =>
    publishCase(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.cases.deleteDraft, async ({ params, request }) => {
    await discardDraft(request.context, deps, params.caseId);
    return null;
  });
  registerRoute(app, routes.cases.edit, ({ params, body, request }) =>
    editCase(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.cases.revisions, ({ params, request, reply }) => {
    void reply.header('cache-control', 'private, no-store');
    return caseRevisions(request.context, deps, params.caseId);
  });
  registerRoute(app, routes.cases.changeStatus, ({ params, body, request }) =>
    changeCaseStatus(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.cases.mine, ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return myCases(request.context, deps);
  });
}
