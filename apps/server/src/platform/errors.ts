// Typed errors thrown by services; the HTTP error handler maps each to one problem+json answer.
import type { FieldError } from '@consilium/api';
import { problemTypes } from '@consilium/api';

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  readonly errors: FieldError[] | undefined;

  constructor(detail: string, errors?: FieldError[]) {
    super(detail);
    this.name = new.target.name;
    this.errors = errors;
  }
}

export class Invalid extends DomainError {
  readonly status = 400;
  readonly type = problemTypes.validation;
  readonly title = 'Your request has invalid fields';
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly type = problemTypes.unauthenticated;
  readonly title = 'Sign in required';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly type = problemTypes.forbidden;
  readonly title = 'Not allowed';
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly type = problemTypes.notFound;
  readonly title = 'Not found';
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly type = problemTypes.conflict;
  readonly title = 'Conflict';
}

export class RateLimited extends DomainError {
  readonly status = 429;
  readonly type = problemTypes.rateLimited;
  readonly title = 'Too many requests';

  constructor(
    detail: string,
    errors?: FieldError[],
    /** Seconds until a retry may succeed; sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail, errors);
  }
}

/** Work the server stopped because it took too long or could not be done now; retry later. */
export class ServiceUnavailable extends DomainError {
  readonly status = 503;
  readonly type = problemTypes.unavailable;
  readonly title = 'Try again shortly';
}

/** A member who has not confirmed their e-mail address yet tried to sign in. */
export class EmailUnverified extends DomainError {
  readonly status = 403;
  readonly type = problemTypes.emailUnverified;
  readonly title = 'E-mail not confirmed';
}

/** The SQLSTATE of a database error, which Drizzle wraps in `cause`. */
export function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
