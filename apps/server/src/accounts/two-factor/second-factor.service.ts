// The second step of signing in: a pending session (right password) becomes a full one once the
// member gives a code from their authenticator app or one of their recovery codes.
import type { RequestContext } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import type { Queryable } from '../../platform/database/index.js';
import { Forbidden, Unauthenticated } from '../../platform/errors.js';
import { findMemberById } from '../accounts.queries.js';
import type { MemberRow } from '../accounts.queries.js';
import type { SignedIn } from '../sign-in.service.js';
import { recordFailedSignIn, startSession } from '../sign-in.service.js';
import type { TwoFactorDeps } from './deps.js';
import { consumeRecoveryCode, countUnusedRecoveryCodes } from './two-factor.queries.js';

export type SecondFactorKind = 'authenticator' | 'recovery-code';

/**
 * Checks a code of a member with two-factor sign-in: six digits go to the authenticator check,
 * anything else is tried as a recovery code and spent (inside the caller's transaction).
 */
export async function checkSecondFactor(
  deps: TwoFactorDeps,
  tx: Queryable,
  member: Pick<MemberRow, 'id' | 'totpSecret'>,
  code: string,
  now: Date,
): Promise<SecondFactorKind | undefined> {
  if (member.totpSecret === null) return undefined;
  if (/^\d{6}$/.test(code)) {
    const secret = deps.secrets.decrypt(member.totpSecret, member.id);
    return (await deps.codes.accept(member.id, secret, code, now)) ? 'authenticator' : undefined;
  }
  const codeHash = deps.secrets.hashRecoveryCode(code);
  return (await consumeRecoveryCode(tx, member.id, codeHash, now)) ? 'recovery-code' : undefined;
}

const EXPIRED =
  'Your sign-in has expired or was not started here: sign in again with your password.';

class WrongCode extends Error {}

/** Completes sign-in; the pending session is replaced by a fresh one (a new cookie). */
export async function completeSignIn(
  ctx: RequestContext,
  deps: TwoFactorDeps,
  pendingToken: string | undefined,
  csrfToken: string | undefined,
  code: string,
): Promise<SignedIn> {
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  const { db } = deps.database;
  const pending =
    pendingToken === undefined
      ? undefined
      : await deps.sessions.resolvePending(db, pendingToken, ctx.now);
  if (pendingToken === undefined || pending === undefined) throw new Unauthenticated(EXPIRED);
  // The pending session is no signed-in session for the CSRF check, so it is made here.
  if (csrfToken === undefined || !deps.sessions.isValidCsrfToken(pending.tokenHash, csrfToken))
    throw new Forbidden(
      "This request did not carry the page's security token (X-CSRF-Token). Sign in again.",
    );
  const member = await findMemberById(db, pending.memberId);
  if (member === undefined || member.totpEnabledAt === null || member.deletedAt !== null) {
    await deps.sessions.revoke(db, pendingToken);
    throw new Unauthenticated(EXPIRED);
  }
  await deps.attempts.assertNotLocked(member.email, ctx.now);
  try {
    const signedIn = await db.transaction(async (tx) => {
      const kind = await checkSecondFactor(deps, tx, member, code, ctx.now);
      if (kind === undefined) throw new WrongCode();
      await deps.sessions.revoke(tx, pendingToken);
      if (kind === 'recovery-code')
        await recordAudit(tx, {
          actorId: member.id,
          action: 'member.recovery-code-used',
          subjectType: 'member',
          subjectId: member.id,
          ip: ctx.ip,
          details: { recoveryCodesLeft: await countUnusedRecoveryCodes(tx, member.id) },
          at: ctx.now,
        });
      return startSession(ctx, deps, tx, member.id, { secondFactorPassed: true });
    });
    await deps.attempts.clearFailures(member.email);
    ctx.log.info({ memberId: member.id }, 'member signed in with a second factor');
    return signedIn;
  } catch (error) {
    if (!(error instanceof WrongCode)) throw error;
    await recordFailedSignIn(ctx, deps, member.email, member.id);
    throw new Unauthenticated(
      'That code is not right. Enter the newest code from your authenticator app (check that your phone shows the right time), or a recovery code.',
    );
  }
}
