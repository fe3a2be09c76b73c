// HTTP routes of coded vocabularies.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { VocabularyDeps } from './vocabulary.service.js';
import { lookUpHpoTerms } from './vocabulary.service.js';

export function registerVocabularyRoutes(app: FastifyInstance, deps: VocabularyDeps): void {
  registerRoute(app, routes.vocabulary.hpo, ({ query, request, reply }) => {
    // The same letters give the same terms until an operator re-imports: browsers may keep them.
    void reply.header('cache-control', 'public, max-age=300');
    return lookUpHpoTerms(request.context, deps, query);
  });
}
