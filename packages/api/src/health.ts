import { z } from 'zod';
import { defineRoute } from './route.js';

export const healthRoutes = {
  alive: defineRoute({
    method: 'GET',
    path: '/healthz',
    summary: 'The process is alive',
    tags: ['health'],
    response: z.object({ status: z.literal('ok') }),
  }),
  ready: defineRoute({
    method: 'GET',
    path: '/readyz',
    summary: 'The database answers and every migration is applied',
    tags: ['health'],
    response: z.object({
      status: z.literal('ready'),
      checks: z.object({
        database: z.literal('ok'),
        migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
      }),
    }),
  }),
};
