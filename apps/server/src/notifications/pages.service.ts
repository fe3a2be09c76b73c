// Paging: the author of an open clinical case or image post asks the verified members of one
// specialty to look at it now. Each specialty is paged once per case, a member pages a few times
// a day, and recipients learn the case, never who paged it when the case is anonymous.
import type { PageBody, PageResult } from '@consilium/api';
import { PAGE_LIMITS } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import { toCaseAuthorView } from '../cases/cases.view.js';
import { readableCase } from '../cases/readable-case.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import { Conflict, RateLimited } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import {
  casePageExists,
  findPageRecipients,
  insertCasePage,
  insertNotifications,
  lockMember,
  pagesSentSince,
} from './notifications.queries.js';
import type { NotificationDeps } from './notifications.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "5 hours", "12 minutes": how long until a moment, rounded up. */
function waitFor(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

function alreadyPaged(specialty: string): Conflict {
  return new Conflict(
    `You already paged ${specialty} about this case: each specialty is paged once per case.`,
  );
}

/** The daily limit is reached: the next page is possible 24 hours after the oldest of the day. */
function pagedEnoughToday(oldest: Date, now: Date): RateLimited {
  const again = new Date(oldest.getTime() + DAY_MS);
  return new RateLimited(
    `You have paged ${PAGE_LIMITS.perDay} times in the last 24 hours, the most allowed: you can page again in ${waitFor(again, now)}.`,
    undefined,
    Math.ceil((again.getTime() - now.getTime()) / 1000),
  );
}

export async function pageSpecialty(
  ctx: RequestContext,
  deps: NotificationDeps,
  caseId: string,
  input: PageBody,
): Promise<PageResult> {
  return deps.database.db.transaction(async (tx) => {
    const { row, resource } = await readableCase(ctx, tx, caseId);
    const member = requireAllowedMember(ctx, { action: 'case.page', case: resource });
    const specialty = { code: input.specialty, name: specialtyName(input.specialty) };
    // One page at a time per member, so two at once cannot both pass the daily limit.
    await lockMember(tx, member.id);
    if (await casePageExists(tx, caseId, specialty.code)) throw alreadyPaged(specialty.name);
    const sent = await pagesSentSince(tx, member.id, new Date(ctx.now.getTime() - DAY_MS));
    if (sent.count >= PAGE_LIMITS.perDay) throw pagedEnoughToday(sent.oldest ?? ctx.now, ctx.now);

    const recipients = await findPageRecipients(tx, {
      specialty: specialty.code,
      pagerId: member.id,
      now: ctx.now,
      limit: PAGE_LIMITS.maxRecipients,
      // A professionals-only case is read with two-factor sign-in: page only those who can.
      withTwoFactorOnly: resource.audience === 'professionals',
    });
    if (recipients.length === 0)
      throw new Conflict(`No verified member of ${specialty.name} can be paged right now.`);
    const message = input.message === undefined || input.message === '' ? null : input.message;
    const page = await insertCasePage(tx, {
      caseId,
      pagedBy: member.id,
      specialty: specialty.code,
      message,
      recipients: recipients.length,
      createdAt: ctx.now,
    });
    if (page === undefined) throw alreadyPaged(specialty.name);
    // The pseudonym of an anonymous case, else the author's name: what any reader sees of them.
    const actorLabel = toCaseAuthorView(row).displayName;
    await insertNotifications(
      tx,
      recipients.map((memberId) => ({
        memberId,
        kind: 'page' as const,
        caseId,
        commentId: null,
        actorLabel,
        title: row.title,
        message,
        createdAt: ctx.now,
      })),
    );
    await recordAudit(tx, {
      actorId: member.id,
      action: 'case.paged',
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details: { specialty: specialty.code, recipients: recipients.length },
      at: ctx.now,
    });
    return {
      specialty,
      recipients: recipients.length,
      remainingToday: PAGE_LIMITS.perDay - sent.count - 1,
    };
  });
}
