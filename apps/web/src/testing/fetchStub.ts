// A stand-in for the server in component tests: answers fetch calls from a small function and
// records every request, so tests assert on what the app sent without any network.
import { vi } from 'vitest';

export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  /** A JSON body parsed; any other body (an uploaded file) as sent. */
  body: unknown;
  credentials: RequestCredentials | undefined;
}

export type Responder = (request: SentRequest) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export function problem(
  status: number,
  detail: string,
  errors?: { field: string; message: string }[],
): Response {
  const body = {
    type: status === 404 ? '/problems/not-found' : '/problems/validation',
    title: status === 404 ? 'Not found' : 'Invalid request',
    status,
    detail,
    requestId: 'req-test',
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/** A problem answer of a given type, e.g. `/problems/email-unverified` or `/problems/rate-limited`. */
export function typedProblem(
  status: number,
  type: string,
  detail: string,
  errors?: { field: string; message: string }[],
): Response {
  const body = {
    type,
    title: type,
    status,
    detail,
    requestId: 'req-test',
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/** Replaces fetch with `respond`; returns the list of requests the app sends. */
export function stubFetch(respond: Responder): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const bodyText = typeof init.body === 'string' ? init.body : undefined;
    const request: SentRequest = {
      method: init.method ?? 'GET',
      url: input,
      headers: new Headers(init.headers),
      body: bodyText === undefined ? (init.body ?? undefined) : (JSON.parse(bodyText) as unknown),
      credentials: init.credentials,
    };
    sent.push(request);
    return respond(request);
  });
  return sent;
}

/** Answers by "METHOD path" (path without the query string); anything else is a test bug. */
export function stubApi(table: Record<string, Responder>): SentRequest[] {
  return stubFetch((request) => {
    const path = request.url.split('?')[0] ?? '';
    const responder = table[`${request.method} ${path}`];
    if (!responder) throw new Error(`No stubbed answer for ${request.method} ${request.url}`);
    return responder(request);
  });
}
