// HTTP routes of reward points: a member's own balance and statement.
import { routes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../platform/http/route.js';
import type { RewardsDeps } from './statement.js';
import { showMyPoints } from './statement.js';

export function registerRewardsRoutes(app: FastifyInstance, deps: RewardsDeps): void {
  // A member's points are theirs alone: never kept by a cache.
  registerRoute(app, routes.rewards.points, ({ query, request, reply }) => {
    void reply.header('cache-control', 'no-store');
    return showMyPoints(request.context, deps, query);
  });
}
