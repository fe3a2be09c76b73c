// Resolves the session cookie into the request context of every request.
import type {} from '@fastify/cookie';
import type { Actor, Role } from '@consilium/core';
import { ROLES } from '@consilium/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { RequestContext, SignedInMember } from './context.js';
import type { Database } from './database/index.js';
import type { SessionStore } from './sessions.js';
import { SESSION_ABSOLUTE_MS, sessionCookieName } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    context: RequestContext;
    sessionToken: string | undefined;
  }
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function actorOf(member: SignedInMember | undefined): Actor {
  if (member === undefined) return { kind: 'visitor' };
  return {
    kind: 'member',
    id: member.id,
    roles: member.roles.filter(isRole),
    isSuspended: member.isSuspended,
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
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const now = new Date();
    const token = request.cookies[name];
    const member =
      token === undefined ? undefined : await sessions.resolve(database.db, token, now);
    request.sessionToken = member === undefined ? undefined : token;
    request.context = { actor: actorOf(member), member, now, log: request.log };
  });
}
