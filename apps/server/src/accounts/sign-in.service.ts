// Sign-in, sign-out and a member's sessions.
import type { SessionList, SignInBody } from '@consilium/api';
import type { RequestContext, SignedInMember } from '../platform/context.js';
import { recordAudit } from '../platform/audit.js';
import type { Queryable } from '../platform/database/index.js';
import { EmailUnverified, NotFound, Unauthenticated } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { findMemberByEmail, findMemberById } from './accounts.queries.js';
import { LOCK_AFTER_FAILURES } from './attempts.js';
import type { AccountDeps } from './deps.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';

export interface SignedIn {
  member: SignedInMember;
  token: string;
  tokenHash: string;
  /** The session waits for a second-factor code and grants nothing until then. */
  needsSecondFactor: boolean;
}

/**
 * Starts a new session for a member inside the caller's transaction. A member with two-factor
 * sign-in gets a pending session unless the caller has just checked the second factor.
 */
export async function startSession(
  ctx: RequestContext,
  deps: AccountDeps,
  tx: Queryable,
  memberId: string,
  { secondFactorPassed = false }: { secondFactorPassed?: boolean } = {},
): Promise<SignedIn> {
  const member = await findMemberById(tx, memberId);
  if (member === undefined) throw new NotFound('This account no longer exists.');
  const needsSecondFactor = member.totpEnabledAt !== null && !secondFactorPassed;
  const { token, tokenHash } = await deps.sessions.create(
    tx,
    member.id,
    ctx.now,
    ctx.userAgent,
    needsSecondFactor,
  );
  return { member, token, tokenHash, needsSecondFactor };
}

/** Counts a failed sign-in (wrong password or wrong code); audits the lock when it starts. */
export async function recordFailedSignIn(
  ctx: RequestContext,
  deps: AccountDeps,
  email: string,
  memberId: string | undefined,
): Promise<void> {
  const failures = await deps.attempts.recordFailure(email, ctx.now);
  if (memberId !== undefined && failures === LOCK_AFTER_FAILURES)
    await recordAudit(deps.database.db, {
      actorId: null,
      action: 'member.sign-in-locked',
      subjectType: 'member',
      subjectId: memberId,
      ip: ctx.ip,
      at: ctx.now,
    });
}

/**
 * Checks the password and starts a fresh session. The caller's previous session, if any, is
 * revoked so a token planted before sign-in (session fixation) never becomes authenticated.
 */
export async function signIn(
  ctx: RequestContext,
  deps: AccountDeps,
  input: SignInBody,
  previousToken: string | undefined,
): Promise<SignedIn> {
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  await deps.attempts.assertNotLocked(input.email, ctx.now);
  const { db } = deps.database;
  const member = await findMemberByEmail(db, input.email);
  const passwordHash = member?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(passwordHash, input.password);
  if (member === undefined || !matches) {
    await recordFailedSignIn(ctx, deps, input.email, member?.id);
    throw new Unauthenticated('E-mail or password is incorrect.');
  }
  if (member.emailVerifiedAt === null)
    throw new EmailUnverified(
      'Confirm your e-mail address first: open the link we sent you, or ask for a new one.',
    );
  // With two-factor sign-in the failures are cleared only once the code is right too, so a
  // known password cannot reset the count between guesses at the code.
  if (member.totpEnabledAt === null) await deps.attempts.clearFailures(input.email);
  return db.transaction(async (tx) => {
    if (previousToken !== undefined) await deps.sessions.revoke(tx, previousToken);
    const signedIn = await startSession(ctx, deps, tx, member.id);
    ctx.log.info(
      { memberId: member.id },
      signedIn.needsSecondFactor ? 'password accepted, second factor owed' : 'member signed in',
    );
    return signedIn;
  });
}

/**
 * The session of this browser: a signed-in member, a member who still owes the second factor
 * (so a page reload keeps the token the second step needs), or no one.
 */
export async function findBrowserSession(
  ctx: RequestContext,
  deps: AccountDeps,
  token: string | undefined,
): Promise<{ member: SignedInMember; tokenHash: string; needsSecondFactor: boolean } | undefined> {
  if (ctx.member !== undefined && ctx.session !== undefined)
    return { member: ctx.member, tokenHash: ctx.session.tokenHash, needsSecondFactor: false };
  if (token === undefined) return undefined;
  const pending = await deps.sessions.resolvePending(deps.database.db, token, ctx.now);
  if (pending === undefined) return undefined;
  const member = await findMemberById(deps.database.db, pending.memberId);
  return member === undefined
    ? undefined
    : { member, tokenHash: pending.tokenHash, needsSecondFactor: true };
}

export async function signOut(
  ctx: RequestContext,
  deps: AccountDeps,
  token: string | undefined,
): Promise<void> {
  if (token === undefined) return;
  await deps.sessions.revoke(deps.database.db, token);
  ctx.log.info({ memberId: ctx.member?.id }, 'member signed out');
}

export async function listSessions(ctx: RequestContext, deps: AccountDeps): Promise<SessionList> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const rows = await deps.sessions.list(deps.database.db, member.id, ctx.now);
  return {
    items: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      userAgent: row.userAgent,
      isCurrent: row.tokenHash === ctx.session?.tokenHash,
    })),
  };
}

export async function revokeSession(
  ctx: RequestContext,
  deps: AccountDeps,
  sessionId: string,
): Promise<{ wasCurrent: boolean }> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  // Another member's session id answers as if it did not exist.
  if (!(await deps.sessions.revokeById(deps.database.db, member.id, sessionId)))
    throw new NotFound('You have no session with this id.');
  return { wasCurrent: sessionId === ctx.session?.id };
}

export async function signOutEverywhere(ctx: RequestContext, deps: AccountDeps): Promise<void> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  await deps.database.db.transaction(async (tx) => {
    const ended = await deps.sessions.revokeAll(tx, member.id);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.signed-out-everywhere',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      details: { sessionsEnded: ended },
      at: ctx.now,
    });
  });
}
