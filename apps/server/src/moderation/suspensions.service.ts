// Moderators suspend members (who may then still sign in and manage their account, but not act)
// and lift suspensions. Audited with the reason; the member is told by e-mail.
import type { SuspensionBody, SuspensionView } from '@consilium/api';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { members } from '../platform/database/schema.js';
import { Conflict, NotFound } from '../platform/errors.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { requireAllowed, requireAllowedMember } from '../platform/policy.js';
import type { SessionStore } from '../platform/sessions.js';
import { credentialsInForce, rolesWithTiers } from '../platform/tiers.js';
import { findActiveMemberByHandle } from '../profiles/profiles.queries.js';
import type { VerificationNews } from '../verification/verification-mails.js';
import { verificationMail } from '../verification/verification-mails.js';

export interface SuspensionDeps {
  database: Database;
  mailer: Mailer;
  sessions: SessionStore;
  publicUrl: string;
}

export async function setSuspension(
  ctx: RequestContext,
  deps: SuspensionDeps,
  handle: string,
  suspend: SuspensionBody | undefined,
): Promise<SuspensionView> {
  // Only moderators learn whether a handle exists through this route.
  requireAllowed(ctx, { action: 'credential.queue' });
  const { target, changed } = await deps.database.db.transaction(async (tx) => {
    const found = await findActiveMemberByHandle(tx, handle);
    if (found === undefined) throw new NotFound('There is no member with this handle.');
    const [target] = await tx.select().from(members).where(eq(members.id, found.id)).for('update');
    if (target === undefined) throw new NotFound('There is no member with this handle.');
    const roles = rolesWithTiers(target.roles, await credentialsInForce(tx, [target.id], ctx.now));
    const moderator = requireAllowedMember(ctx, {
      action: 'member.suspend',
      member: { id: target.id, roles },
    });
    const wantSuspended = suspend !== undefined;
    if (target.isSuspended === wantSuspended)
      throw new Conflict(
        wantSuspended ? 'This member is already suspended.' : 'This member is not suspended.',
      );
    await tx
      .update(members)
      .set({ isSuspended: wantSuspended, suspensionReason: suspend?.reason ?? null })
      .where(eq(members.id, target.id));
    await deps.sessions.requireRotation(tx, target.id);
    await recordAudit(tx, {
      actorId: moderator.id,
      action: wantSuspended ? 'member.suspended' : 'member.reinstated',
      subjectType: 'member',
      subjectId: target.id,
      ip: ctx.ip,
      details: wantSuspended ? { reason: suspend.reason } : {},
      at: ctx.now,
    });
    return { target, changed: wantSuspended };
  });
  const news: VerificationNews =
    suspend === undefined ? { kind: 'reinstated' } : { kind: 'suspended', message: suspend.reason };
  try {
    await deps.mailer.send(verificationMail(target, news, `${deps.publicUrl}/settings`));
  } catch (error) {
    ctx.log.error({ err: error }, 'a suspension e-mail could not be sent');
  }
  return { handle: target.handle, isSuspended: changed };
}
