// Turning two-factor sign-in on and off, and replacing the recovery codes. Each step that could
// lock a member out or weaken the account asks for the password again.
import type {
  DisableTwoFactorBody,
  EnableTwoFactorBody,
  RecoveryCodes,
  TwoFactorPasswordBody,
  TwoFactorSetup,
} from '@consilium/api';
import type { RequestContext } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import type { Queryable } from '../../platform/database/index.js';
import { Conflict, Invalid } from '../../platform/errors.js';
import { requireAllowedMember } from '../../platform/policy.js';
import { findMemberById } from '../accounts.queries.js';
import { verifyPassword } from '../passwords.js';
import { newEnrolment } from './authenticator.js';
import type { TwoFactorDeps } from './deps.js';
import { checkSecondFactor } from './second-factor.service.js';
import {
  clearTwoFactor,
  markTwoFactorEnabled,
  replaceRecoveryCodes,
  storePendingSecret,
} from './two-factor.queries.js';

const NOT_ON = 'Two-factor sign-in is not on for your account.';

async function requirePassword(ctx: RequestContext, deps: TwoFactorDeps, password: string) {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  const row = await findMemberById(deps.database.db, member.id);
  if (row === undefined || !(await verifyPassword(row.passwordHash, password)))
    throw new Invalid('Your current password is not correct.', [
      { field: 'body.password', message: 'This is not your current password' },
    ]);
  return row;
}

function wrongCode(): Invalid {
  return new Invalid('That code is not right.', [
    {
      field: 'body.code',
      message: 'Enter the newest code from your authenticator app, or an unused recovery code',
    },
  ]);
}

async function issueRecoveryCodes(deps: TwoFactorDeps, tx: Queryable, memberId: string, at: Date) {
  const codes = deps.secrets.newRecoveryCodes();
  await replaceRecoveryCodes(
    tx,
    memberId,
    codes.map((code) => deps.secrets.hashRecoveryCode(code)),
    at,
  );
  return codes;
}

/** Starts enrolment: a new secret for the app; nothing changes at sign-in until it is enabled. */
export async function startTwoFactorSetup(
  ctx: RequestContext,
  deps: TwoFactorDeps,
  input: TwoFactorPasswordBody,
): Promise<TwoFactorSetup> {
  const member = await requirePassword(ctx, deps, input.password);
  if (member.totpEnabledAt !== null)
    throw new Conflict(
      'Two-factor sign-in is already on. Turn it off first to move it to another app.',
    );
  const enrolment = await newEnrolment(member.email);
  await storePendingSecret(
    deps.database.db,
    member.id,
    deps.secrets.encrypt(enrolment.secret, member.id),
  );
  return enrolment;
}

/**
 * Turns two-factor sign-in on once the member proves a first code, and ends their other
 * sessions (they were opened with the password alone). The recovery codes are shown only now.
 */
export async function enableTwoFactor(
  ctx: RequestContext,
  deps: TwoFactorDeps,
  input: EnableTwoFactorBody,
): Promise<RecoveryCodes> {
  const signedIn = requireAllowedMember(ctx, { action: 'account.manage' });
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  const member = await findMemberById(deps.database.db, signedIn.id);
  if (member === undefined || member.totpEnabledAt !== null)
    throw new Conflict('Two-factor sign-in is already on.');
  if (member.totpSecret === null)
    throw new Conflict('Start the set-up first: ask for a new secret with your password.');
  const secret = deps.secrets.decrypt(member.totpSecret, member.id);
  if (!(await deps.codes.accept(member.id, secret, input.code, ctx.now))) throw wrongCode();
  return deps.database.db.transaction(async (tx) => {
    if (!(await markTwoFactorEnabled(tx, member.id, ctx.now)))
      throw new Conflict('Two-factor sign-in is already on.');
    const recoveryCodes = await issueRecoveryCodes(deps, tx, member.id, ctx.now);
    const ended = await deps.sessions.revokeAll(tx, member.id, ctx.session?.tokenHash);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.two-factor-enabled',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      details: { otherSessionsEnded: ended },
      at: ctx.now,
    });
    return { recoveryCodes };
  });
}

/** Turns two-factor sign-in off: needs the password and a current code or a recovery code. */
export async function disableTwoFactor(
  ctx: RequestContext,
  deps: TwoFactorDeps,
  input: DisableTwoFactorBody,
): Promise<void> {
  const member = await requirePassword(ctx, deps, input.password);
  if (member.totpEnabledAt === null) throw new Conflict(NOT_ON);
  await deps.database.db.transaction(async (tx) => {
    const kind = await checkSecondFactor(deps, tx, member, input.code, ctx.now);
    if (kind === undefined) throw wrongCode();
    await clearTwoFactor(tx, member.id);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.two-factor-disabled',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      details: { provedWith: kind },
      at: ctx.now,
    });
  });
}

/** Ten new recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(
  ctx: RequestContext,
  deps: TwoFactorDeps,
  input: TwoFactorPasswordBody,
): Promise<RecoveryCodes> {
  const member = await requirePassword(ctx, deps, input.password);
  if (member.totpEnabledAt === null) throw new Conflict(NOT_ON);
  return deps.database.db.transaction(async (tx) => {
    const recoveryCodes = await issueRecoveryCodes(deps, tx, member.id, ctx.now);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.recovery-codes-regenerated',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      at: ctx.now,
    });
    return { recoveryCodes };
  });
}
