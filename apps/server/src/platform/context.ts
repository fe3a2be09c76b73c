// The request context every service function receives first: who acts, when, and where to log.
import type { Actor } from '@consilium/core';
import type { FastifyBaseLogger } from 'fastify';

export interface SignedInMember {
  id: string;
  email: string;
  displayName: string;
  handle: string;
  roles: string[];
  isSuspended: boolean;
  createdAt: Date;
}

export interface RequestContext {
  actor: Actor;
  /** The signed-in member, or undefined for a visitor. */
  member: SignedInMember | undefined;
  now: Date;
  log: FastifyBaseLogger;
}
