// Logger options: request ids on every line; secrets and case text never written.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/** Paths pino replaces with "[redacted]" wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'presentation',
  '*.presentation',
  'rationale',
  '*.rationale',
  'body',
  '*.body',
];

/** Where log lines go when not to stdout (tests capture them). */
export interface LogStream {
  write(line: string): void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Honours a well-formed X-Request-Id from a proxy, otherwise makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export function loggerOptions(
  config: Config,
  stream: LogStream | undefined,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(stream === undefined ? {} : { stream }),
  };
}
