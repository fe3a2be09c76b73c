// Registration with e-mail verification. The answer never says whether an address is registered.
import type { Accepted, RegisterBody } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import { recordAudit } from '../platform/audit.js';
import { grantWelcomePoints } from '../rewards/rewards.service.js';
import { Conflict, Invalid, UNIQUE_VIOLATION, sqlState } from '../platform/errors.js';
import { alreadyRegisteredMail, verificationMail } from './account-mails.js';
import {
  findMemberByEmail,
  insertMember,
  isHandleTaken,
  markEmailVerified,
} from './accounts.queries.js';
import type { AccountDeps } from './deps.js';
import { linkTo } from './deps.js';
import { deliver } from './mail-delivery.js';
import { hashPassword, weakPasswordReason } from './passwords.js';
import type { SignedIn } from './sign-in.service.js';
import { startSession } from './sign-in.service.js';

/** Roles every new member starts with: post their own case, and help solve others'. */
export const NEW_MEMBER_ROLES = ['patient', 'detective'];

function accepted(email: string): Accepted {
  return {
    status: 'accepted',
    detail: `We sent a link to ${email}. Open it to confirm your address and finish registering; it expires in 48 hours.`,
  };
}

function handleTaken(): Conflict {
  return new Conflict('This handle is taken: choose another.', [
    { field: 'body.handle', message: 'This handle is taken' },
  ]);
}

export async function registerMember(
  ctx: RequestContext,
  deps: AccountDeps,
  input: RegisterBody,
): Promise<Accepted> {
  await deps.attempts.limit('registerPerIp', ctx.ip, ctx.now);
  const weak = await weakPasswordReason(input.password, input);
  if (weak !== undefined) throw new Invalid(weak, [{ field: 'body.password', message: weak }]);
  const { db } = deps.database;
  // Handles are public, so saying one is taken reveals nothing private.
  if (await isHandleTaken(db, input.handle)) throw handleTaken();

  // Hash first on every path, so the time taken does not tell a registered address apart.
  const passwordHash = await hashPassword(input.password);
  const existing = await findMemberByEmail(db, input.email);
  if (existing !== undefined) {
    await notifyExistingMember(ctx, deps, existing);
    return accepted(input.email);
  }
  let token: string;
  try {
    token = await db.transaction(async (tx) => {
      const member = await insertMember(tx, {
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        handle: input.handle,
        roles: NEW_MEMBER_ROLES,
        country: input.country,
        language: input.language,
        createdAt: ctx.now,
      });
      await recordAudit(tx, {
        actorId: member.id,
        action: 'member.registered',
        subjectType: 'member',
        subjectId: member.id,
        ip: ctx.ip,
        at: ctx.now,
      });
      return deps.tokens.issue(tx, member.id, 'verify-email', ctx.now);
    });
  } catch (error) {
    if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
    // Lost a race with another registration: of the same handle, or of the same address.
    if (await isHandleTaken(db, input.handle)) throw handleTaken();
    return accepted(input.email);
  }
  await deliver(ctx, deps, verificationMail(input, linkTo(deps, '/verify-email', token)));
  return accepted(input.email);
}

async function notifyExistingMember(
  ctx: RequestContext,
  deps: AccountDeps,
  member: {
    id: string;
    email: string;
    displayName: string;
    language: string;
    emailVerifiedAt: Date | null;
  },
): Promise<void> {
  if (member.emailVerifiedAt === null) {
    const token = await deps.tokens.issue(deps.database.db, member.id, 'verify-email', ctx.now);
    await deliver(ctx, deps, verificationMail(member, linkTo(deps, '/verify-email', token)));
    return;
  }
  await deliver(
    ctx,
    deps,
    alreadyRegisteredMail(member, linkTo(deps, '/sign-in'), linkTo(deps, '/forgot-password')),
  );
}

/** Confirms the address with the token from the link, and signs the member in. */
export async function verifyEmail(
  ctx: RequestContext,
  deps: AccountDeps,
  token: string,
): Promise<SignedIn> {
  await deps.attempts.limit('verifyPerIp', ctx.ip, ctx.now);
  return deps.database.db.transaction(async (tx) => {
    const used = await deps.tokens.consume(tx, token, 'verify-email', ctx.now);
    await markEmailVerified(tx, used.memberId, ctx.now);
    // Every verified member starts with points to pledge (once: the grant is idempotent).
    await grantWelcomePoints(tx, used.memberId);
    await recordAudit(tx, {
      actorId: used.memberId,
      action: 'member.email-verified',
      subjectType: 'member',
      subjectId: used.memberId,
      ip: ctx.ip,
      at: ctx.now,
    });
    return startSession(ctx, deps, tx, used.memberId);
  });
}

export async function resendVerification(
  ctx: RequestContext,
  deps: AccountDeps,
  email: string,
): Promise<Accepted> {
  await deps.attempts.limit('verifyPerIp', ctx.ip, ctx.now);
  await deps.attempts.limit('resendPerAccount', email, ctx.now);
  const member = await findMemberByEmail(deps.database.db, email);
  if (member !== undefined && member.emailVerifiedAt === null) {
    const token = await deps.tokens.issue(deps.database.db, member.id, 'verify-email', ctx.now);
    await deliver(ctx, deps, verificationMail(member, linkTo(deps, '/verify-email', token)));
  }
  return {
    status: 'accepted',
    detail: `If ${email} has an account waiting for confirmation, we sent it a new link.`,
  };
}
