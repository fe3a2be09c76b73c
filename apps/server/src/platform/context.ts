// The request context every service function receives first: who acts, when, and where to log.
import type { Actor } from '@consilium/core';
import type { FastifyBaseLogger } from 'fastify';
import type { members } from './database/schema.js';
import type { CredentialInForce } from './tiers.js';

export type SignedInMember = Omit<typeof members.$inferSelect, 'passwordHash'>;

export interface RequestContext {
  actor: Actor;
  /** The signed-in member, or undefined for a visitor. */
  member: SignedInMember | undefined;
  /** The member's verified credentials in force (professional, student), oldest first. */
  credentials: readonly CredentialInForce[];
  /** The current session, when signed in. */
  session: { tokenHash: string; id: string } | undefined;
  now: Date;
  log: FastifyBaseLogger;
  ip: string;
  userAgent: string | undefined;
}
