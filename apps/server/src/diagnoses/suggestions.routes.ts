// HTTP routes of suggestions and votes.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { SuggestionDeps } from './suggestions.service.js';
import { castVote, listSuggestions, proposeSuggestion } from './suggestions.service.js';

export function registerSuggestionRoutes(app: FastifyInstance, deps: SuggestionDeps): void {
  registerRoute(app, routes.suggestions.list, ({ params, request }) =>
    listSuggestions(request.context, deps, params.caseId),
  );
  registerRoute(app, routes.suggestions.create, ({ params, body, request }) =>
    proposeSuggestion(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.suggestions.vote, ({ params, body, request }) =>
    castVote(request.context, deps, params, body.value),
  );
}
