// HTTP routes of coded vocabularies.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { VocabularyDeps } from './vocabulary.service.js';
import { lookUpDiagnoses, lookUpHpoTerms } from './vocabulary.service.js';

/** The same letters give the same terms until an operator re-imports: browsers may keep them. */
const CACHE_FOR_FIVE_MINUTES = 'public, max-age=300';

export function registerVocabularyRoutes(app: FastifyInstance, deps: VocabularyDeps): void {
  registerRoute(app, routes.vocabulary.hpo, ({ query, request, reply }) => {
    void reply.header('cache-control', CACHE_FOR_FIVE_MINUTES);
    return lookUpHpoTerms(request.context, deps, query);
  });
  registerRoute(app, routes.vocabulary.diagnoses, ({ query, request, reply }) => {
    void reply.header('cache-control', CACHE_FOR_FIVE_MINUTES);
    return lookUpDiagnoses(request.context, deps, query);
  });
}
