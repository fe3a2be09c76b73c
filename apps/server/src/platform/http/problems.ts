// The one error handler: every failure becomes RFC 9457 application/problem+json.
import type { FieldError, Problem } from '@consilium/api';
import { PROBLEM_CONTENT_TYPE, problemTypes } from '@consilium/api';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, RateLimited } from '../errors.js';

interface ProblemParts {
  status: number;
  type: string;
  title: string;
  detail: string;
  errors?: FieldError[] | undefined;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, parts: ProblemParts) {
  const problem: Problem = {
    type: parts.type,
    title: parts.title,
    status: parts.status,
    detail: parts.detail,
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...(parts.errors === undefined ? {} : { errors: parts.errors }),
  };
  return reply.code(parts.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

interface ValidationItem {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params: Record<string, unknown>;
}

function fieldPath(context: string, instancePath: string): string {
  const where = context === 'querystring' ? 'query' : context;
  const path = instancePath.split('/').filter((part) => part !== '');
  return [where, ...path].join('.');
}

function describeIssue(item: ValidationItem): string {
  const keys = item.params.keys;
  if (item.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
    const plural = keys.length > 1;
    return `Unknown field${plural ? 's' : ''} ${keys.map(String).join(', ')}: remove ${plural ? 'them' : 'it'}.`;
  }
  return item.message ?? 'Invalid value';
}

const MALFORMED_JSON_DETAIL =
  'The request body is not valid JSON: check for a missing quote, comma or brace.';

/** Problems raised by Fastify itself before a handler runs (body parsing, content type). */
function frameworkProblem(error: FastifyError): ProblemParts | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        type: problemTypes.unsupportedMediaType,
        title: 'Unsupported content type',
        detail: 'Send the request body as JSON with the header Content-Type: application/json.',
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        type: problemTypes.bodyTooLarge,
        title: 'Request body too large',
        detail: 'The request body is larger than this server accepts; shorten the text and retry.',
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        type: problemTypes.malformedBody,
        title: 'Empty request body',
        detail: 'The Content-Type is application/json but the body is empty; send a JSON object.',
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        type: problemTypes.malformedBody,
        title: 'Malformed JSON',
        detail: MALFORMED_JSON_DETAIL,
      };
    default:
      break;
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return {
      status: 400,
      type: problemTypes.malformedBody,
      title: 'Malformed JSON',
      detail: MALFORMED_JSON_DETAIL,
    };
  return undefined;
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const errors = error.validation.map((item: ValidationItem) => ({
        field: fieldPath(context, item.instancePath),
        message: describeIssue(item),
      }));
      return sendProblem(request, reply, {
        status: 400,
        type: problemTypes.validation,
        title: 'Your request has invalid fields',
        detail: errors.map((item) => `${item.field}: ${item.message}`).join('; '),
        errors,
      });
    }
    if (error instanceof RateLimited && error.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(Math.max(1, error.retryAfterSeconds)));
    if (error instanceof DomainError)
      return sendProblem(request, reply, {
        status: error.status,
        type: error.type,
        title: error.title,
        detail: error.message,
        errors: error.errors,
      });
    const framework = frameworkProblem(error);
    if (framework !== undefined) return sendProblem(request, reply, framework);
    if (error.statusCode === 429)
      return sendProblem(request, reply, {
        status: 429,
        type: problemTypes.rateLimited,
        title: 'Too many requests',
        detail: error.message,
      });
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return sendProblem(request, reply, {
        status: error.statusCode,
        type: 'about:blank',
        title: 'Bad request',
        detail: error.message,
      });
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      status: 500,
      type: problemTypes.internal,
      title: 'Something went wrong on our side',
      detail: `The server could not complete this request. Quote request id ${request.id} if you report it.`,
    });
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, {
    status: 404,
    type: problemTypes.notFound,
    title: 'Not found',
    detail: `There is no ${request.method} ${request.url.split('?')[0] ?? ''} here. The API's routes are listed at /api/docs.`,
  });
}
