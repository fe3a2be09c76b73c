// Liveness and readiness probes for load balancers and orchestrators.
import { routes } from '@consilium/api';
import { problemTypes } from '@consilium/api';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/database/index.js';
import { appliedMigrationCount, expectedMigrationCount } from '../platform/database/index.js';
import { registerRoute } from '../platform/http/route.js';
import { sendProblem } from '../platform/http/problems.js';

export function registerHealthRoutes(app: FastifyInstance, database: Database): void {
  const expected = expectedMigrationCount();

  registerRoute(app, routes.health.alive, ({ reply }) => {
    void reply.header('cache-control', 'no-store');
    return { status: 'ok' as const };
  });

  registerRoute(app, routes.health.ready, async ({ request, reply }) => {
    void reply.header('cache-control', 'no-store');
    let applied: number;
    try {
      applied = await appliedMigrationCount(database.db);
    } catch (error) {
      request.log.warn({ err: error }, 'readiness: database unreachable');
      return sendProblem(request, reply, {
        status: 503,
        type: problemTypes.unavailable,
        title: 'Not ready',
        detail: 'The database does not answer.',
      }) as never;
    }
    if (applied < expected)
      return sendProblem(request, reply, {
        status: 503,
        type: problemTypes.unavailable,
        title: 'Not ready',
        detail: `Database migrations are pending: ${applied} of ${expected} applied.`,
      }) as never;
    return {
      status: 'ready' as const,
      checks: { database: 'ok' as const, migrations: { applied, expected } },
    };
  });
}
