// Public profiles, the member's data export, and account deletion.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataExport, DeleteAccountBody, PublicProfile } from '@consilium/api';
import { hashPassword, verifyPassword } from '../accounts/passwords.js';
import { findMemberById } from '../accounts/accounts.queries.js';
import { decide } from '@consilium/core';
import { recordAudit } from '../platform/audit.js';
import { credentialsInForce, rolesWithTiers } from '../platform/tiers.js';
import { toBadge } from '../verification/credentials.view.js';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { Invalid, NotFound } from '../platform/errors.js';
import { requireAllowed, requireAllowedMember } from '../platform/policy.js';
import type { SessionStore } from '../platform/sessions.js';
import type { FileStorage } from '../platform/storage/storage.js';
import { collectMemberData, eraseMember, findActiveMemberByHandle } from './profiles.queries.js';

export interface ProfileDeps {
  database: Database;
  sessions: SessionStore;
  storage: FileStorage;
}

/** Roles shown publicly; being a patient is private. */
const PUBLIC_TIERS: ReadonlySet<string> = new Set([
  'student',
  'professional',
  'moderator',
  'admin',
]);

export async function getPublicProfile(
  ctx: RequestContext,
  deps: ProfileDeps,
  handle: string,
): Promise<PublicProfile> {
  requireAllowed(ctx, { action: 'profile.read' });
  const member = await findActiveMemberByHandle(deps.database.db, handle);
  if (member === undefined) throw new NotFound('There is no member with this handle.');
  const inForce = await credentialsInForce(deps.database.db, [member.id], ctx.now);
  const roles = rolesWithTiers(member.roles, inForce);
  const target = { id: member.id, roles };
  const isModerator = decide(ctx.actor, { action: 'credential.queue' }).allowed;
  const maySuspend = decide(ctx.actor, { action: 'member.suspend', member: target }).allowed;
  return {
    handle: member.handle,
    displayName: member.displayName,
    tiers: roles.filter((role) => PUBLIC_TIERS.has(role)),
    badges: inForce.map(toBadge),
    country: member.country,
    memberSince: member.createdAt.toISOString(),
    moderation: isModerator
      ? {
          isSuspended: member.isSuspended,
          canSuspend: maySuspend && !member.isSuspended,
          canReinstate: maySuspend && member.isSuspended,
        }
      : null,
  };
}

/** Columns that never leave the server, not even to their owner. */
const SECRET_COLUMNS = new Set(['passwordHash', 'totpSecret']);

/** Rows as plain JSON: dates as ISO strings, secrets left out. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}

export async function exportMemberData(
  ctx: RequestContext,
  deps: ProfileDeps,
): Promise<DataExport> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const data = await collectMemberData(deps.database.db, member.id);
  if (data.member === undefined) throw new NotFound('This account no longer exists.');
  const profile = Object.fromEntries(
    Object.entries(data.member).filter(([key]) => !SECRET_COLUMNS.has(key)),
  );
  await recordAudit(deps.database.db, {
    actorId: member.id,
    action: 'member.data-exported',
    subjectType: 'member',
    subjectId: member.id,
    ip: ctx.ip,
    at: ctx.now,
  });
  return {
    exportedAt: ctx.now.toISOString(),
    member: plain(profile),
    sessions: data.sessions.map(plain),
    cases: data.cases.map(plain),
    suggestions: data.suggestions.map(plain),
    votes: data.votes.map(plain),
    comments: data.comments.map(plain),
    credentials: data.credentials.map(plain),
    follows: data.follows.map(plain),
    bookmarks: data.bookmarks.map(plain),
    differentials: data.differentials.map(plain),
    notifications: data.notifications.map(plain),
    reputationEvents: data.reputationEvents.map(plain),
    pointsEntries: data.pointsEntries.map(plain),
    auditLog: data.auditLog.map(plain),
  };
}

/**
 * Erases the member's identifying data in one transaction, ends every session, and records the
 * deletion (by id only). Cases, suggestions and votes remain, attributed to "Deleted member".
 */
export async function deleteAccount(
  ctx: RequestContext,
  deps: ProfileDeps,
  input: DeleteAccountBody,
): Promise<void> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const row = await findMemberById(deps.database.db, member.id);
  if (row === undefined || !(await verifyPassword(row.passwordHash, input.password)))
    throw new Invalid('Your password is not correct: the account was not deleted.', [
      { field: 'body.password', message: 'This is not your password' },
    ]);
  const tombstone = randomUUID();
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  const files = await deps.database.db.transaction(async (tx) => {
    const keys = await eraseMember(
      tx,
      member.id,
      {
        email: `deleted-${tombstone}@deleted.invalid`,
        handle: `deleted_${tombstone.replace(/-/g, '').slice(0, 20)}`,
        passwordHash: unusableHash,
      },
      ctx.now,
    );
    await recordAudit(tx, {
      actorId: member.id,
      action: 'member.deleted',
      subjectType: 'member',
      subjectId: member.id,
      at: ctx.now,
    });
    return keys;
  });
  for (const key of files)
    await deps.storage.delete(key).catch((error: unknown) => {
      ctx.log.error({ err: error, key }, 'a deleted member’s file could not be removed');
    });
  ctx.log.info({ memberId: member.id }, 'account deleted');
}
