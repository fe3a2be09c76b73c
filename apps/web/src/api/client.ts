// The one way the web app talks to the server: typed by the route contracts of @consilium/api,
// every failure surfaced as an ApiProblem carrying an RFC 9457 problem.
import { buildPath, ProblemSchema } from '@consilium/api';
import type { Problem, RouteContract, RouteInput, RouteOutput } from '@consilium/api';
import { i18n } from '../i18n/i18n';

/** Problem type of a request that never got an answer (offline, server down, DNS). */
export const NETWORK_PROBLEM_TYPE = 'about:network-failure';

/** A failed request: the server's problem details, or one describing why there was no answer. */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get isNetworkFailure(): boolean {
    return this.problem.type === NETWORK_PROBLEM_TYPE;
  }
}

/** Methods that change state: the server wants proof (the CSRF token) that our pages sent them. */
const STATE_CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The signed-in session's CSRF token. It lives here, beside the one API client, so no caller can
// forget it; accounts/session.ts updates it whenever a SessionView arrives, and any answer that
// carries a rotated token (an X-CSRF-Token header) updates it too.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the session on this browser (null when signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface CallOptions {
  signal?: AbortSignal;
}

function queryString(query: unknown): string {
  if (query === undefined || query === null) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

function networkFailure(): ApiProblem {
  return new ApiProblem({
    type: NETWORK_PROBLEM_TYPE,
    title: i18n.t('problems.networkTitle'),
    status: 0,
    detail: i18n.t('problems.network'),
    requestId: '',
  });
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return new ApiProblem(parsed.data);
  // Not from our API (a proxy's error page, say): describe it from the status alone.
  return new ApiProblem({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: i18n.t('problems.unexpectedStatus', { status: response.status }),
    requestId: response.headers.get('x-request-id') ?? '',
  });
}

function requestUrl<R extends RouteContract>(route: R, input: RouteInput<R>): string {
  const params = input.params as Record<string, string> | undefined;
  return buildPath(route.path, params) + queryString(input.query);
}

function requestHeaders(route: RouteContract): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': i18n.language,
  };
  if (csrfToken !== null && STATE_CHANGING_METHODS.has(route.method)) {
    headers['x-csrf-token'] = csrfToken;
  }
  return headers;
}

/**
 * Reads any answer the same way, whichever transport brought it. The server rotates a session
 * whose privileges changed and sends its new CSRF token in a header: adopt it before anything else.
 */
async function answerFrom<R extends RouteContract>(response: Response): Promise<RouteOutput<R>> {
  const rotatedToken = response.headers.get('x-csrf-token');
  if (rotatedToken !== null && rotatedToken !== '') setCsrfToken(rotatedToken);
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return null as RouteOutput<R>;
  return (await response.json()) as RouteOutput<R>;
}

/** Calls one route of the API with its declared params, query and body. */
export async function callApi<R extends RouteContract>(
  route: R,
  input: RouteInput<R>,
  options: CallOptions = {},
): Promise<RouteOutput<R>> {
  const headers = requestHeaders(route);
  const init: RequestInit = { method: route.method, headers, credentials: 'same-origin' };
  if (input.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(input.body);
  }
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(requestUrl(route, input), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkFailure();
  }
  return answerFrom<R>(response);
}

export interface UploadOptions extends CallOptions {
  /** Called as the file goes out, with the share sent so far (0 to 1). */
  onProgress?: (sent: number) => void;
}

function headersOf(request: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of request.getAllResponseHeaders().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Statuses whose answer has no body by definition (a Response refuses one). */
const BODILESS_STATUSES = new Set([204, 205, 304]);

/**
 * Sends a file as the whole request body (its own content type, no JSON), for routes that take
 * one. XMLHttpRequest rather than fetch because only it reports upload progress; the answer is
 * read exactly as callApi reads it.
 */
export function sendFile<R extends RouteContract>(
  route: R,
  input: RouteInput<R>,
  file: Blob,
  options: UploadOptions = {},
): Promise<RouteOutput<R>> {
  const { signal, onProgress } = options;
  return new Promise<RouteOutput<R>>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open(route.method, requestUrl(route, input));
    for (const [name, value] of Object.entries(requestHeaders(route))) {
      request.setRequestHeader(name, value);
    }
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    // The server keeps the name to show moderators (it never trusts it for the type).
    if (file instanceof File && file.name !== '')
      request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    if (onProgress) {
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    }
    request.onload = () => {
      const body = BODILESS_STATUSES.has(request.status) ? null : request.responseText;
      const response = new Response(body, {
        status: request.status,
        statusText: request.statusText,
        headers: headersOf(request),
      });
      answerFrom<R>(response).then(resolve, reject);
    };
    request.onerror = () => {
      reject(networkFailure());
    };
    request.onabort = () => {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    };
    signal?.addEventListener(
      'abort',
      () => {
        request.abort();
      },
      { once: true },
    );
    request.send(file);
  });
}
