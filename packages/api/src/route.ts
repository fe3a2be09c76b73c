// A route contract: method, path and the zod schemas of its request and success response.
// The server registers routes from these; the web client calls them with the same types.
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContract<
  TParams extends z.ZodType | undefined = z.ZodType | undefined,
  TQuery extends z.ZodType | undefined = z.ZodType | undefined,
  TBody extends z.ZodType | undefined = z.ZodType | undefined,
  TResponse extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify-style path, e.g. `/api/cases/:caseId`. */
  path: string;
  summary: string;
  tags: string[];
  /** HTTP status of a successful answer. */
  status: 200 | 201 | 202 | 204;
  params: TParams;
  query: TQuery;
  body: TBody;
  response: TResponse;
}

export function defineRoute<
  TParams extends z.ZodType | undefined = undefined,
  TQuery extends z.ZodType | undefined = undefined,
  TBody extends z.ZodType | undefined = undefined,
  TResponse extends z.ZodType = z.ZodType,
>(contract: {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  status?: 200 | 201 | 202 | 204;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  response: TResponse;
}): RouteContract<TParams, TQuery, TBody, TResponse> {
  return {
    status: 200,
    ...contract,
    params: contract.params as TParams,
    query: contract.query as TQuery,
    body: contract.body as TBody,
  };
}

type InferOr<T, TFallback> = T extends z.ZodType ? z.infer<T> : TFallback;

/** What a caller passes to a route: only the parts the route declares. */
export type RouteInput<R extends RouteContract> = (R['params'] extends z.ZodType
  ? { params: z.input<R['params']> }
  : { params?: undefined }) &
  (R['query'] extends z.ZodType ? { query?: z.input<R['query']> } : { query?: undefined }) &
  (R['body'] extends z.ZodType ? { body: z.input<R['body']> } : { body?: undefined });

export type RouteOutput<R extends RouteContract> = InferOr<R['response'], never>;

/** Substitutes `:name` segments of a contract path with encoded values. */
export function buildPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
