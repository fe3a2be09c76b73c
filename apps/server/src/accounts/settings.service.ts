// A member's own settings: profile fields, password and e-mail address.
import type {
  Accepted,
  ChangeEmailBody,
  ChangePasswordBody,
  MemberSelf,
  UpdateSettingsBody,
} from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import { recordAudit } from '../platform/audit.js';
import { Conflict, Invalid, UNIQUE_VIOLATION, sqlState } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { confirmNewEmailMail, emailChangedNoticeMail } from './account-mails.js';
import { findMemberByEmail, findMemberById, updateMember } from './accounts.queries.js';
import { toMemberSelf } from './accounts.view.js';
import type { AccountDeps } from './deps.js';
import { linkTo } from './deps.js';
import { deliver } from './mail-delivery.js';
import { hashPassword, verifyPassword, weakPasswordReason } from './passwords.js';

export async function updateSettings(
  ctx: RequestContext,
  deps: AccountDeps,
  input: UpdateSettingsBody,
): Promise<MemberSelf> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const changes: UpdateSettingsBody = {};
  if (input.displayName !== undefined) changes.displayName = input.displayName;
  if (input.country !== undefined) changes.country = input.country;
  if (input.language !== undefined) changes.language = input.language;
  if (Object.keys(changes).length === 0) return toMemberSelf(member, ctx.credentials);
  return toMemberSelf(await updateMember(deps.database.db, member.id, changes), ctx.credentials);
}

async function requireCurrentPassword(
  deps: AccountDeps,
  memberId: string,
  password: string,
  field: string,
) {
  const row = await findMemberById(deps.database.db, memberId);
  if (row === undefined || !(await verifyPassword(row.passwordHash, password)))
    throw new Invalid('Your current password is not correct.', [
      { field, message: 'This is not your current password' },
    ]);
  return row;
}

/** Changes the password; every other session of the member ends. */
export async function changePassword(
  ctx: RequestContext,
  deps: AccountDeps,
  input: ChangePasswordBody,
): Promise<void> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  await requireCurrentPassword(deps, member.id, input.currentPassword, 'body.currentPassword');
  const weak = await weakPasswordReason(input.newPassword, member);
  if (weak !== undefined) throw new Invalid(weak, [{ field: 'body.newPassword', message: weak }]);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.database.db.transaction(async (tx) => {
    await updateMember(tx, member.id, { passwordHash });
    const ended = await deps.sessions.revokeAll(tx, member.id, ctx.session?.tokenHash);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.password-changed',
      subjectType: 'member',
      subjectId: member.id,
      ip: ctx.ip,
      details: { otherSessionsEnded: ended },
      at: ctx.now,
    });
  });
}

/** Sends a confirmation link to the new address; nothing changes until it is followed. */
export async function requestEmailChange(
  ctx: RequestContext,
  deps: AccountDeps,
  input: ChangeEmailBody,
): Promise<Accepted> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  await deps.attempts.limit('signInPerIp', ctx.ip, ctx.now);
  await requireCurrentPassword(deps, member.id, input.password, 'body.password');
  if (input.newEmail === member.email)
    throw new Invalid('This is already your e-mail address.', [
      { field: 'body.newEmail', message: 'This is already your e-mail address' },
    ]);
  // An address taken by another account gets no link, but the answer is the same.
  if ((await findMemberByEmail(deps.database.db, input.newEmail)) === undefined) {
    const token = await deps.tokens.issue(
      deps.database.db,
      member.id,
      'change-email',
      ctx.now,
      input.newEmail,
    );
    await deliver(
      ctx,
      deps,
      confirmNewEmailMail(member, input.newEmail, linkTo(deps, '/confirm-email', token)),
    );
  }
  return {
    status: 'accepted',
    detail: `We sent a link to ${input.newEmail}. Your address changes when you open it (within 24 hours).`,
  };
}

export async function confirmEmailChange(
  ctx: RequestContext,
  deps: AccountDeps,
  token: string,
): Promise<MemberSelf> {
  await deps.attempts.limit('verifyPerIp', ctx.ip, ctx.now);
  let previous: { email: string; displayName: string; language: string } | undefined;
  let updated;
  try {
    updated = await deps.database.db.transaction(async (tx) => {
      const used = await deps.tokens.consume(tx, token, 'change-email', ctx.now);
      const member = await findMemberById(tx, used.memberId);
      if (member === undefined || used.newEmail === null)
        throw new Invalid('This link has expired or was already used. Ask for a new one.');
      previous = member;
      const changed = await updateMember(tx, member.id, {
        email: used.newEmail,
        emailVerifiedAt: ctx.now,
      });
      await recordAudit(tx, {
        actorId: member.id,
        action: 'member.email-changed',
        subjectType: 'member',
        subjectId: member.id,
        ip: ctx.ip,
        at: ctx.now,
      });
      return changed;
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new Conflict('Another account started using this address in the meantime.');
    throw error;
  }
  if (previous !== undefined)
    await deliver(ctx, deps, emailChangedNoticeMail(previous, updated.email));
  return toMemberSelf(updated, ctx.credentials);
}
