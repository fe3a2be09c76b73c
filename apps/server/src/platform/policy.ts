// Applies the access policy of @consilium/core to a request context, raising typed errors.
import type { Permission } from '@consilium/core';
import { decide } from '@consilium/core';
import type { RequestContext, SignedInMember } from './context.js';
import { Forbidden, NotFound, Unauthenticated } from './errors.js';

/** Throws Unauthenticated or Forbidden unless the policy allows. */
export function requireAllowed(ctx: RequestContext, permission: Permission): void {
  const decision = decide(ctx.actor, permission);
  if (decision.allowed) return;
  if (decision.reason === 'unauthenticated') throw new Unauthenticated(decision.message);
  if (decision.reason === 'hidden') throw new NotFound(decision.message);
  throw new Forbidden(decision.message);
}

/** As requireAllowed, for actions only a signed-in member can take; returns that member. */
export function requireAllowedMember(ctx: RequestContext, permission: Permission): SignedInMember {
  requireAllowed(ctx, permission);
  if (ctx.member === undefined) throw new Unauthenticated('Sign in to do this.');
  return ctx.member;
}
