// Registers a route from its contract in @consilium/api: one schema validates, types and documents.
import type { RouteContract } from '@consilium/api';
import { ProblemSchema } from '@consilium/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type Part<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInputs<R extends RouteContract> {
  params: Part<R['params']>;
  query: Part<R['query']>;
  body: Part<R['body']>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type RouteHandler<R extends RouteContract> = (
  inputs: RouteInputs<R>,
) => RouteResult<R> | Promise<RouteResult<R>>;

type RouteResult<R extends RouteContract> = R['status'] extends 204 ? null : z.input<R['response']>;

export function registerRoute<R extends RouteContract>(
  app: FastifyInstance,
  contract: R,
  handler: RouteHandler<R>,
): void {
  const response: Record<string, z.ZodType> = { '4xx': ProblemSchema, '5xx': ProblemSchema };
  if (contract.status !== 204) response[contract.status] = contract.response;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    schema: {
      summary: contract.summary,
      tags: contract.tags,
      ...(contract.params === undefined ? {} : { params: contract.params }),
      ...(contract.query === undefined ? {} : { querystring: contract.query }),
      ...(contract.body === undefined ? {} : { body: contract.body }),
      response,
    },
    handler: async (request, reply) => {
      const result = await handler({
        params: request.params as Part<R['params']>,
        query: request.query as Part<R['query']>,
        body: request.body as Part<R['body']>,
        request,
        reply,
      });
      if (contract.status === 204) return reply.code(204).send();
      return reply.code(contract.status).send(result);
    },
  });
}
