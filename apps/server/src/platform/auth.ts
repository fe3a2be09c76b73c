// Resolves the session cookie into the request context of every request.
import type {} from '@fastify/cookie';
import type { Actor } from '@consilium/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { RequestContext, SignedInMember } from './context.js';
import type { Database } from './database/index.js';
import { problemTypes } from '@consilium/api';
import { sendProblem } from './http/problems.js';
import type { SessionStore } from './sessions.js';
import { SESSION_ABSOLUTE_MS, sessionCookieName } from './sessions.js';
import type { CredentialInForce } from './tiers.js';
import { credentialsInForce, rolesWithTiers } from './tiers.js';

declare module 'fastify' {
  interface FastifyRequest {
    context: RequestContext;
    sessionToken: string | undefined;
    /** The session the request arrived with, before any rotation: its CSRF token is valid. */
    arrivedSessionHash: string | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function actorOf(
  member: SignedInMember | undefined,
  inForce: readonly CredentialInForce[],
): Actor {
  if (member === undefined) return { kind: 'visitor' };
  return {
    kind: 'member',
    id: member.id,
    roles: rolesWithTiers(member.roles, inForce),
    isSuspended: member.isSuspended,
    hasTwoFactor: member.totpEnabledAt !== null,
  };
}

export interface SessionCookies {
  /** The raw token the browser sent, valid or not. */
  read(request: FastifyRequest): string | undefined;
  set(reply: FastifyReply, token: string): void;
  clear(reply: FastifyReply): void;
}

export function sessionCookies(config: Config): SessionCookies {
  const name = sessionCookieName(config.publicUrl);
  const secure = config.publicUrl.startsWith('https:');
  return {
    read(request) {
      return request.cookies[name];
    },
    set(reply, token) {
      reply.setCookie(name, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: SESSION_ABSOLUTE_MS / 1000,
      });
    },
    clear(reply) {
      reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    },
  };
}

export function registerAuthentication(
  app: FastifyInstance,
  config: Config,
  database: Database,
  sessions: SessionStore,
): void {
  const name = sessionCookieName(config.publicUrl);
  app.decorateRequest('context', null as unknown as RequestContext);
  app.decorateRequest('sessionToken', undefined);
  const cookies = sessionCookies(config);
  app.decorateRequest('arrivedSessionHash', undefined);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const now = new Date();
    const token = request.cookies[name];
    const found = token === undefined ? undefined : await sessions.resolve(database.db, token, now);
    // Defence in depth: a session of an unconfirmed or deleted account grants nothing.
    const resolved =
      found !== undefined &&
      found.member.emailVerifiedAt !== null &&
      found.member.deletedAt === null
        ? found
        : undefined;
    request.arrivedSessionHash = resolved?.tokenHash;
    let session =
      resolved === undefined
        ? undefined
        : { tokenHash: resolved.tokenHash, id: resolved.sessionId };
    request.sessionToken = resolved === undefined ? undefined : token;
    // The member's privileges changed since this session began: swap it for a fresh token, and
    // tell the page its new CSRF token.
    // Only API requests rotate: the page reads its new CSRF token from their answers.
    if (resolved?.mustRotate === true && request.url.startsWith('/api/')) {
      const rotated = await sessions.rotate(database.db, resolved.tokenHash, now);
      if (rotated !== undefined) {
        cookies.set(reply, rotated.token);
        void reply.header('x-csrf-token', sessions.csrfTokenFor(rotated.tokenHash));
        session = { tokenHash: rotated.tokenHash, id: rotated.id };
        request.sessionToken = rotated.token;
      }
    }
    const inForce =
      resolved === undefined
        ? []
        : await credentialsInForce(database.db, [resolved.member.id], now);
    request.context = {
      actor: actorOf(resolved?.member, inForce),
      member: resolved?.member,
      credentials: inForce,
      session,
      now,
      log: request.log,
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    };
  });

  // A signed-in browser proves each state-changing request comes from our own pages by echoing
  // the session's CSRF token (given in every SessionView) in the X-CSRF-Token header.
  app.addHook('preValidation', async (request, reply) => {
    const { session } = request.context;
    if (session === undefined || SAFE_METHODS.has(request.method)) return;
    const header = request.headers['x-csrf-token'];
    // The token of the session the request arrived with stays valid if it was just rotated.
    const accepted = [session.tokenHash, request.arrivedSessionHash].filter(
      (hash): hash is string => hash !== undefined,
    );
    if (
      typeof header === 'string' &&
      accepted.some((hash) => sessions.isValidCsrfToken(hash, header))
    )
      return;
    return sendProblem(request, reply, {
      status: 403,
      type: problemTypes.forbidden,
      title: 'Missing or invalid CSRF token',
      detail:
        "This request did not carry the page's security token (X-CSRF-Token). Reload the page and try again.",
    });
  });
}
