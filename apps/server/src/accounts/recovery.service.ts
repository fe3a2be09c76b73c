// Password reset by e-mail. The request's answer never says whether the address has an account.
import type { Accepted, PasswordResetConfirmBody } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import { recordAudit } from '../platform/audit.js';
import { Invalid } from '../platform/errors.js';
import { passwordResetMail } from './account-mails.js';
import { findMemberByEmail, findMemberById, updateMember } from './accounts.queries.js';
import type { AccountDeps } from './deps.js';
import { linkTo } from './deps.js';
import { deliver } from './mail-delivery.js';
import { hashPassword, weakPasswordReason } from './passwords.js';
import type { SignedIn } from './sign-in.service.js';
import { startSession } from './sign-in.service.js';

export async function requestPasswordReset(
  ctx: RequestContext,
  deps: AccountDeps,
  email: string,
): Promise<Accepted> {
  await deps.attempts.limit('resetPerIp', ctx.ip, ctx.now);
  await deps.attempts.limit('resetPerAccount', email, ctx.now);
  const member = await findMemberByEmail(deps.database.db, email);
  if (member !== undefined) {
    const token = await deps.tokens.issue(deps.database.db, member.id, 'reset-password', ctx.now);
    await deliver(ctx, deps, passwordResetMail(member, linkTo(deps, '/reset-password', token)));
  }
  return {
    status: 'accepted',
    detail: `If ${email} has an account, we sent it a link to choose a new password. The link expires in one hour.`,
  };
}

/** Sets the new password, ends every session of the member, and signs in here. */
export async function confirmPasswordReset(
  ctx: RequestContext,
  deps: AccountDeps,
  input: PasswordResetConfirmBody,
): Promise<SignedIn> {
  await deps.attempts.limit('verifyPerIp', ctx.ip, ctx.now);
  const passwordHash = await hashPassword(input.password);
  const signedIn = await deps.database.db.transaction(async (tx) => {
    const used = await deps.tokens.consume(tx, input.token, 'reset-password', ctx.now);
    const member = await findMemberById(tx, used.memberId);
    if (member === undefined) throw new Invalid('This account no longer exists.');
    const weak = await weakPasswordReason(input.password, member);
    if (weak !== undefined) throw new Invalid(weak, [{ field: 'body.password', message: weak }]);
    // Following the link proves the address, so an unconfirmed one becomes confirmed.
    await updateMember(tx, member.id, {
      passwordHash,
      emailVerifiedAt: member.emailVerifiedAt ?? ctx.now,
    });
    const ended = await deps.sessions.revokeAll(tx, member.id);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.password-reset',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      details: { sessionsEnded: ended },
      at: ctx.now,
    });
    return startSession(ctx, deps, tx, member.id);
  });
  // A member with two-factor sign-in still owes a code: the count of failures stands until then.
  if (!signedIn.needsSecondFactor) await deps.attempts.clearFailures(signedIn.member.email);
  return signedIn;
}
