// Verification of professionals and students: members apply (with an optional private evidence
// file), moderators approve, reject, ask for more information or revoke. Every step is audited
// in the transaction that makes it, and the member is told by e-mail after it commits.
import { randomBytes } from 'node:crypto';
import type {
  CredentialApplicationBody,
  CredentialDecisionBody,
  CredentialKind,
  CredentialQueue,
  CredentialQueueQuery,
  CredentialReview,
  CredentialView,
  MyCredentials,
} from '@consilium/api';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '@consilium/api';
import { decide } from '@consilium/core';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { credentials, members } from '../platform/database/schema.js';
import { Conflict, Invalid, NotFound, sqlState, UNIQUE_VIOLATION } from '../platform/errors.js';
import { decodeCursor, encodeCursor } from '../platform/http/cursor.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { requireAllowed, requireAllowedMember } from '../platform/policy.js';
import type { SessionStore } from '../platform/sessions.js';
import type { FileStorage } from '../platform/storage/storage.js';
import {
  countWaiting,
  findCredential,
  listMemberCredentials,
  listQueue,
  lockCredential,
} from './credentials.queries.js';
import type { CredentialRow } from './credentials.view.js';
import { isOpen, statusOf, toCredentialView } from './credentials.view.js';
import type { VerificationNews } from './verification-mails.js';
import { verificationMail } from './verification-mails.js';

export interface VerificationDeps {
  database: Database;
  storage: FileStorage;
  mailer: Mailer;
  sessions: SessionStore;
  publicUrl: string;
  validityDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A member may apply to renew a credential this close to its expiry. */
export const RENEWAL_WINDOW_DAYS = 60;

type HistoryEvent = CredentialRow['history'][number];

function event(
  ctx: RequestContext,
  action: string,
  message: string | null | undefined,
): HistoryEvent {
  return { at: ctx.now.toISOString(), action, message: message ?? null };
}

/** The columns an application sets, from either kind of body; the other kind's are emptied. */
function applicationColumns(body: CredentialApplicationBody) {
  const note = body.note === undefined || body.note === '' ? null : body.note;
  if (body.kind === 'professional')
    return {
      kind: body.kind,
      profession: body.profession,
      program: null,
      specialties: body.specialties,
      licenceNumber: body.licenceNumber,
      issuingAuthority: body.issuingAuthority,
      school: null,
      studentId: null,
      expectedGraduationYear: null,
      country: body.country,
      note,
    };
  return {
    kind: body.kind,
    profession: null,
    program: body.program,
    specialties: body.specialties,
    licenceNumber: null,
    issuingAuthority: null,
    school: body.school,
    studentId: body.studentId,
    expectedGraduationYear: body.expectedGraduationYear,
    country: body.country,
    note,
  };
}

/** Whether the member may start a new application of this kind now, and if not, why not. */
function applyBlocker(
  rows: readonly CredentialRow[],
  kind: CredentialKind,
  now: Date,
): string | undefined {
  const ofKind = rows.filter((row) => row.kind === kind);
  if (ofKind.some(isOpen))
    return 'You already have an application of this kind under review: answer or withdraw it first.';
  const renewalFrom = now.getTime() + RENEWAL_WINDOW_DAYS * DAY_MS;
  if (
    ofKind.some(
      (row) => statusOf(row, now) === 'approved' && (row.expiresAt?.getTime() ?? 0) > renewalFrom,
    )
  )
    return `You are already verified: you can apply to renew in the last ${RENEWAL_WINDOW_DAYS} days before your badge expires.`;
  return undefined;
}

export async function myCredentials(
  ctx: RequestContext,
  deps: VerificationDeps,
): Promise<MyCredentials> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const rows = await listMemberCredentials(deps.database.db, member.id);
  const canApply = decide(ctx.actor, { action: 'credential.apply' }).allowed;
  return {
    items: rows.map((row) => toCredentialView(row, ctx.now)),
    canApply: {
      professional: canApply && applyBlocker(rows, 'professional', ctx.now) === undefined,
      student: canApply && applyBlocker(rows, 'student', ctx.now) === undefined,
    },
  };
}

export async function applyForCredential(
  ctx: RequestContext,
  deps: VerificationDeps,
  body: CredentialApplicationBody,
): Promise<CredentialView> {
  const member = requireAllowedMember(ctx, { action: 'credential.apply' });
  try {
    return await deps.database.db.transaction(async (tx) => {
      const blocker = applyBlocker(await listMemberCredentials(tx, member.id), body.kind, ctx.now);
      if (blocker !== undefined) throw new Conflict(blocker);
      const [row] = await tx
        .insert(credentials)
        .values({
          memberId: member.id,
          ...applicationColumns(body),
          status: 'pending',
          submittedAt: ctx.now,
          history: [event(ctx, 'submitted', body.note)],
        })
        .returning();
      if (row === undefined) throw new Error('credential not inserted');
      await recordAudit(tx, {
        actorId: member.id,
        action: 'credential.applied',
        subjectType: 'credential',
        subjectId: row.id,
        ip: ctx.ip,
        details: { kind: body.kind },
        at: ctx.now,
      });
      return toCredentialView(row, ctx.now);
    });
  } catch (error) {
    // Two applications sent at once: the unique index lets only one through.
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new Conflict('You already have an application of this kind under review.');
    throw error;
  }
}

/** The member's own application, locked; another member's is "not found" (no confirmation). */
async function lockOwn(tx: Queryable, memberId: string, id: string) {
  const row = await lockCredential(tx, id);
  if (row === undefined || row.memberId !== memberId)
    throw new NotFound('You have no verification application with this id.');
  return row;
}

export async function resubmitCredential(
  ctx: RequestContext,
  deps: VerificationDeps,
  id: string,
  body: CredentialApplicationBody,
): Promise<CredentialView> {
  const member = requireAllowedMember(ctx, { action: 'credential.apply' });
  return deps.database.db.transaction(async (tx) => {
    const row = await lockOwn(tx, member.id, id);
    if (row.status !== 'needs-info')
      throw new Conflict(
        'Only an application a moderator asked about can be changed; this one is not waiting for you.',
      );
    if (body.kind !== row.kind)
      throw new Invalid('An application cannot change its kind: withdraw it and apply again.', [
        { field: 'body.kind', message: `Kind must stay ${row.kind}` },
      ]);
    const [updated] = await tx
      .update(credentials)
      .set({
        ...applicationColumns(body),
        status: 'pending',
        history: [...row.history, event(ctx, 'resubmitted', body.note)],
      })
      .where(eq(credentials.id, id))
      .returning();
    if (updated === undefined) throw new Error('credential not updated');
    await recordAudit(tx, {
      actorId: member.id,
      action: 'credential.resubmitted',
      subjectType: 'credential',
      subjectId: id,
      ip: ctx.ip,
      at: ctx.now,
    });
    return toCredentialView(updated, ctx.now);
  });
}

async function deleteFileQuietly(ctx: RequestContext, deps: VerificationDeps, key: string | null) {
  if (key === null) return;
  try {
    await deps.storage.delete(key);
  } catch (error) {
    ctx.log.error({ err: error, key }, 'an evidence file could not be deleted');
  }
}

export async function withdrawCredential(
  ctx: RequestContext,
  deps: VerificationDeps,
  id: string,
): Promise<void> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const removedKey = await deps.database.db.transaction(async (tx) => {
    const row = await lockOwn(tx, member.id, id);
    if (!isOpen(row))
      throw new Conflict('Only an application still under review can be withdrawn.');
    await tx
      .update(credentials)
      .set({
        status: 'withdrawn',
        evidenceKey: null,
        history: [...row.history, event(ctx, 'withdrawn', null)],
      })
      .where(eq(credentials.id, id));
    await recordAudit(tx, {
      actorId: member.id,
      action: 'credential.withdrawn',
      subjectType: 'credential',
      subjectId: id,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.evidenceKey;
  });
  await deleteFileQuietly(ctx, deps, removedKey);
}

const EXTENSIONS: Record<(typeof EVIDENCE_TYPES)[number], string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** A file name safe to show and to put in a Content-Disposition header. */
export function cleanFileName(raw: string | undefined, extension: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw ?? '');
  } catch {
    decoded = '';
  }
  const base = decoded
    .replace(/^.*[\\/]/, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .trim()
    .slice(0, 120);
  if (base === '' || base.startsWith('.')) return `evidence.${extension}`;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Stores the evidence file of an open application. The bytes decide the type (never the
 * declared Content-Type alone); a refused file is never stored, and a file stored for a change
 * the database then refuses is removed again.
 */
export async function attachEvidence(
  ctx: RequestContext,
  deps: VerificationDeps,
  id: string,
  data: Buffer,
  rawFileName: string | undefined,
): Promise<CredentialView> {
  const member = requireAllowedMember(ctx, { action: 'credential.apply' });
  const own = await findCredential(deps.database.db, id);
  if (own === undefined || own.memberId !== member.id)
    throw new NotFound('You have no verification application with this id.');
  if (!isOpen(own))
    throw new Conflict('Evidence can only be attached while the application is under review.');
  if (data.length === 0)
    throw new Invalid('The file is empty.', [
      { field: 'body', message: 'Choose a file to upload' },
    ]);
  if (data.length > EVIDENCE_MAX_BYTES)
    throw new Invalid('The file is larger than 10 MB.', [
      { field: 'body', message: 'The evidence file must be at most 10 MB' },
    ]);
  const sniffed = await fileTypeFromBuffer(data);
  const type = EVIDENCE_TYPES.find((allowed) => allowed === sniffed?.mime);
  if (type === undefined)
    throw new Invalid('This file is not a PDF, JPEG, PNG or WebP image.', [
      { field: 'body', message: 'The evidence file must be a PDF, JPEG, PNG or WebP image' },
    ]);
  const key = `evidence/${id}-${randomBytes(8).toString('hex')}`;
  await deps.storage.put(key, data);
  let replacedKey: string | null = null;
  try {
    const view = await deps.database.db.transaction(async (tx) => {
      const row = await lockOwn(tx, member.id, id);
      if (!isOpen(row))
        throw new Conflict('Evidence can only be attached while the application is under review.');
      replacedKey = row.evidenceKey;
      const fileName = cleanFileName(rawFileName, EXTENSIONS[type]);
      const [updated] = await tx
        .update(credentials)
        .set({
          evidenceKey: key,
          evidenceName: fileName,
          evidenceType: type,
          evidenceBytes: data.length,
          evidenceUploadedAt: ctx.now,
          history: [...row.history, event(ctx, 'evidence-attached', fileName)],
        })
        .where(eq(credentials.id, id))
        .returning();
      if (updated === undefined) throw new Error('credential not updated');
      await recordAudit(tx, {
        actorId: member.id,
        action: 'credential.evidence-attached',
        subjectType: 'credential',
        subjectId: id,
        ip: ctx.ip,
        details: { type, bytes: data.length },
        at: ctx.now,
      });
      return toCredentialView(updated, ctx.now);
    });
    await deleteFileQuietly(ctx, deps, replacedKey);
    return view;
  } catch (error) {
    await deleteFileQuietly(ctx, deps, key);
    throw error;
  }
}

export async function credentialQueue(
  ctx: RequestContext,
  deps: VerificationDeps,
  query: CredentialQueueQuery,
): Promise<CredentialQueue> {
  requireAllowed(ctx, { action: 'credential.queue' });
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const rows = await listQueue(deps.database.db, query.filter, after, query.limit);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ credential, handle, displayName }) => {
      const view = toCredentialView(credential, ctx.now);
      return {
        id: view.id,
        kind: view.kind,
        status: view.status,
        applicant: { handle, displayName },
        profession: view.profession,
        program: view.program,
        specialties: view.specialties,
        country: view.country,
        hasEvidence: view.evidence !== null,
        submittedAt: view.submittedAt,
        expiresAt: view.expiresAt,
      };
    }),
    nextCursor:
      rows.length > query.limit && last !== undefined
        ? encodeCursor({ createdAt: last.submittedAtExact, id: last.credential.id })
        : null,
    waitingCount: await countWaiting(deps.database.db),
  };
}

async function reviewOf(
  ctx: RequestContext,
  db: Queryable,
  row: CredentialRow,
): Promise<CredentialReview> {
  const [applicant] = await db.select().from(members).where(eq(members.id, row.memberId));
  if (applicant === undefined)
    throw new NotFound('There is no verification application with this id.');
  const earlier = (await listMemberCredentials(db, row.memberId)).filter(
    (other) => other.id !== row.id,
  );
  const status = statusOf(row, ctx.now);
  const mayReview = decide(ctx.actor, {
    action: 'credential.review',
    credential: { memberId: row.memberId },
  }).allowed;
  return {
    credential: toCredentialView(row, ctx.now),
    applicant: {
      handle: applicant.handle,
      displayName: applicant.displayName,
      email: applicant.email,
      country: applicant.country,
      memberSince: applicant.createdAt.toISOString(),
      isSuspended: applicant.isSuspended,
    },
    earlier: earlier.map((other) => ({
      id: other.id,
      kind: other.kind,
      status: statusOf(other, ctx.now),
      submittedAt: other.submittedAt.toISOString(),
      moderatorMessage: other.moderatorMessage,
    })),
    abilities: {
      canApprove: mayReview && row.status === 'pending',
      canReject: mayReview && isOpen(row),
      canRequestInfo: mayReview && row.status === 'pending',
      canRevoke: mayReview && status === 'approved',
    },
  };
}

/** Moderators only; an application that does not exist is a 404 for them alone. */
async function reviewable(ctx: RequestContext, db: Queryable, id: string, lock: boolean) {
  requireAllowed(ctx, { action: 'credential.queue' });
  const row = lock ? await lockCredential(db, id) : await findCredential(db, id);
  if (row === undefined) throw new NotFound('There is no verification application with this id.');
  return row;
}

export async function reviewCredential(
  ctx: RequestContext,
  deps: VerificationDeps,
  id: string,
): Promise<CredentialReview> {
  const row = await reviewable(ctx, deps.database.db, id, false);
  return reviewOf(ctx, deps.database.db, row);
}

/** Streams the evidence file to a moderator; the read itself is audited. */
export async function evidenceFile(ctx: RequestContext, deps: VerificationDeps, id: string) {
  const row = await reviewable(ctx, deps.database.db, id, false);
  requireAllowed(ctx, { action: 'credential.review', credential: { memberId: row.memberId } });
  if (row.evidenceKey === null) throw new NotFound('This application has no evidence file.');
  const file = await deps.storage.get(row.evidenceKey);
  if (file === undefined) throw new NotFound('The evidence file of this application is missing.');
  await recordAudit(deps.database.db, {
    actorId: ctx.member?.id ?? null,
    action: 'credential.evidence-read',
    subjectType: 'credential',
    subjectId: id,
    ip: ctx.ip,
    at: ctx.now,
  });
  return {
    ...file,
    contentType: row.evidenceType ?? 'application/octet-stream',
    fileName: row.evidenceName ?? 'evidence',
  };
}

const DECISION_STATUS = {
  approve: 'approved',
  reject: 'rejected',
  'request-info': 'needs-info',
  revoke: 'revoked',
} as const;

const DECISION_EVENT = {
  approve: 'approved',
  reject: 'rejected',
  'request-info': 'info-requested',
  revoke: 'revoked',
} as const;

function refusal(row: CredentialRow, decision: CredentialDecisionBody['decision'], now: Date) {
  const status = statusOf(row, now);
  switch (decision) {
    case 'approve':
    case 'request-info':
      return row.status === 'pending'
        ? undefined
        : `Only a pending application can be ${decision === 'approve' ? 'approved' : 'questioned'}; this one is ${status}.`;
    case 'reject':
      return isOpen(row)
        ? undefined
        : `Only an application under review can be rejected; this one is ${status}.`;
    case 'revoke':
      return status === 'approved'
        ? undefined
        : `Only a credential in force can be revoked; this one is ${status}.`;
  }
}

export async function decideCredential(
  ctx: RequestContext,
  deps: VerificationDeps,
  id: string,
  body: CredentialDecisionBody,
): Promise<CredentialReview> {
  const message = body.message === undefined || body.message === '' ? null : body.message;
  const { review, applicant, news } = await deps.database.db.transaction(async (tx) => {
    const row = await reviewable(ctx, tx, id, true);
    const moderator = requireAllowedMember(ctx, {
      action: 'credential.review',
      credential: { memberId: row.memberId },
    });
    const refused = refusal(row, body.decision, ctx.now);
    if (refused !== undefined) throw new Conflict(refused);
    const expiresAt =
      body.decision === 'approve'
        ? new Date(ctx.now.getTime() + deps.validityDays * DAY_MS)
        : row.expiresAt;
    const [updated] = await tx
      .update(credentials)
      .set({
        status: DECISION_STATUS[body.decision],
        moderatorMessage: message,
        decidedAt: ctx.now,
        decidedBy: moderator.id,
        expiresAt,
        history: [...row.history, event(ctx, DECISION_EVENT[body.decision], message)],
      })
      .where(eq(credentials.id, id))
      .returning();
    if (updated === undefined) throw new Error('credential not updated');
    if (body.decision === 'approve') {
      // A renewal replaces the credential of the same kind that it renews.
      const previous = (await listMemberCredentials(tx, row.memberId)).filter(
        (other) => other.id !== id && other.kind === row.kind && other.status === 'approved',
      );
      for (const other of previous)
        await tx
          .update(credentials)
          .set({
            status: 'superseded',
            history: [...other.history, event(ctx, 'superseded', null)],
          })
          .where(eq(credentials.id, other.id));
    }
    // The member's tier changes with approval and revocation: their sessions get new tokens.
    if (body.decision === 'approve' || body.decision === 'revoke')
      await deps.sessions.requireRotation(tx, row.memberId);
    await recordAudit(tx, {
      actorId: moderator.id,
      action: `credential.${DECISION_EVENT[body.decision]}`,
      subjectType: 'credential',
      subjectId: id,
      ip: ctx.ip,
      details: {
        memberId: row.memberId,
        kind: row.kind,
        message,
        expiresAt: updated.expiresAt?.toISOString() ?? null,
      },
      at: ctx.now,
    });
    const [applicantRow] = await tx.select().from(members).where(eq(members.id, row.memberId));
    const news: VerificationNews =
      body.decision === 'approve'
        ? { kind: 'approved', expiresAt: updated.expiresAt ?? ctx.now, message }
        : { kind: DECISION_EVENT[body.decision], message: message ?? '' };
    return { review: await reviewOf(ctx, tx, updated), applicant: applicantRow, news };
  });
  if (applicant !== undefined && applicant.deletedAt === null) {
    try {
      await deps.mailer.send(verificationMail(applicant, news, `${deps.publicUrl}/verification`));
    } catch (error) {
      ctx.log.error({ err: error }, 'a verification e-mail could not be sent');
    }
  }
  return review;
}
