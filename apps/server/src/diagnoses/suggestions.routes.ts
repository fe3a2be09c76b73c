// HTTP routes of suggestions, candidates, votes and the collective differential.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { SuggestionDeps } from './suggestions.service.js';
import {
  castVote,
  collectiveDifferential,
  editSuggestion,
  listSuggestions,
  mapCandidate,
  proposeSuggestion,
  reorderSuggestions,
  seedCandidate,
  suggestionHistory,
  withdrawSuggestion,
} from './suggestions.service.js';

export function registerSuggestionRoutes(app: FastifyInstance, deps: SuggestionDeps): void {
  registerRoute(app, routes.suggestions.list, ({ params, request }) =>
    listSuggestions(request.context, deps, params.caseId),
  );
  registerRoute(app, routes.suggestions.create, ({ params, body, request }) =>
    proposeSuggestion(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.suggestions.reorder, ({ params, body, request }) =>
    reorderSuggestions(request.context, deps, params.caseId, body.suggestionIds),
  );
  registerRoute(app, routes.suggestions.edit, ({ params, body, request }) =>
    editSuggestion(request.context, deps, params, body),
  );
  registerRoute(app, routes.suggestions.withdraw, async ({ params, request }) => {
    await withdrawSuggestion(request.context, deps, params);
    return null;
  });
  registerRoute(app, routes.suggestions.history, ({ params, request }) =>
    suggestionHistory(request.context, deps, params),
  );
  registerRoute(app, routes.suggestions.seed, ({ params, body, request }) =>
    seedCandidate(request.context, deps, params.caseId, body),
  );
  registerRoute(app, routes.suggestions.map, ({ params, body, request }) =>
    mapCandidate(request.context, deps, params, body.conceptId),
  );
  registerRoute(app, routes.suggestions.vote, ({ params, body, request }) =>
    castVote(request.context, deps, params, body.value),
  );
  registerRoute(app, routes.suggestions.differential, ({ params, request }) =>
    collectiveDifferential(request.context, deps, params.caseId),
  );
}
