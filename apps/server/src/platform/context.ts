// The request context every service function receives first: who acts, when, and where to log.
import type { Actor } from '@consilium/core';
import type { FastifyBaseLogger } from 'fastify';
import type { members } from './database/schema.js';

export type SignedInMember = Omit<typeof members.$inferSelect, 'passwordHash'>;

export interface RequestContext {
  actor: Actor;
  /** The signed-in member, or undefined for a visitor. */
  member: SignedInMember | undefined;
  /** The current session, when signed in. */
  session: { tokenHash: string; id: string } | undefined;
  now: Date;
  log: FastifyBaseLogger;
  ip: string;
  userAgent: string | undefined;
}
