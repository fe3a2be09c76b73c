// Reads and erasures of a member's own data across tables, for profiles, export and deletion.
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import {
  accountTokens,
  auditLog,
  caseBookmarks,
  caseFollows,
  cases,
  comments,
  credentials,
  differentialCommits,
  members,
  notifications,
  recoveryCodes,
  sessions,
  suggestions,
  votes,
  reputationEvents,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
} from '../platform/database/schema.js';

export async function findActiveMemberByHandle(db: Queryable, handle: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.handle, handle), isNull(members.deletedAt)));
  return row;
}

export async function collectMemberData(db: Queryable, memberId: string) {
  const [member] = await db.select().from(members).where(eq(members.id, memberId));
  return {
    member,
    sessions: await db
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.memberId, memberId)),
    // The search document and trending score are derived from the case, not data about the member.
    cases: (await db.select().from(cases).where(eq(cases.authorId, memberId))).map(
      ({ searchVector: _searchVector, trendRank: _trendRank, ...row }) => row,
    ),
    follows: await db.select().from(caseFollows).where(eq(caseFollows.memberId, memberId)),
    bookmarks: await db.select().from(caseBookmarks).where(eq(caseBookmarks.memberId, memberId)),
    differentials: await db
      .select()
      .from(differentialCommits)
      .where(eq(differentialCommits.memberId, memberId)),
    notifications: await db
      .select()
      .from(notifications)
      .where(eq(notifications.memberId, memberId)),
    suggestions: await db.select().from(suggestions).where(eq(suggestions.authorId, memberId)),
    votes: await db.select().from(votes).where(eq(votes.memberId, memberId)),
    reputationEvents: await db
      .select()
      .from(reputationEvents)
      .where(eq(reputationEvents.memberId, memberId)),
    pointsEntries: await db
      .select({
        at: ledgerTransfers.createdAt,
        kind: ledgerTransfers.kind,
        memo: ledgerTransfers.memo,
        caseId: ledgerTransfers.caseId,
        amount: ledgerEntries.amount,
      })
      .from(ledgerEntries)
      .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerEntries.transferId))
      .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
      .where(and(eq(ledgerAccounts.kind, 'member'), eq(ledgerAccounts.memberId, memberId)))
      .orderBy(ledgerEntries.id),
    comments: await db.select().from(comments).where(eq(comments.authorId, memberId)),
    credentials: (
      await db.select().from(credentials).where(eq(credentials.memberId, memberId))
    ).map(
      // Where the file is stored, and which moderator decided, are not the member's to know.
      ({ evidenceKey: _storageKey, decidedBy: _moderator, ...credential }) => credential,
    ),
    auditLog: await db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(eq(auditLog.subjectId, memberId)),
  };
}

/**
 * Replaces everything that identifies the member; their posts stay, by "a deleted member".
 * Returns the storage keys of their files, to delete once the erasure is committed.
 */
export async function eraseMember(
  db: Queryable,
  memberId: string,
  replacement: { email: string; handle: string; passwordHash: string },
  at: Date,
): Promise<string[]> {
  await db
    .update(members)
    .set({
      email: replacement.email,
      handle: replacement.handle,
      displayName: 'Deleted member',
      passwordHash: replacement.passwordHash,
      roles: [],
      country: null,
      totpSecret: null,
      totpEnabledAt: null,
      suspensionReason: null,
      deletedAt: at,
    })
    .where(eq(members.id, memberId));
  await db.delete(sessions).where(eq(sessions.memberId, memberId));
  await db.delete(accountTokens).where(eq(accountTokens.memberId, memberId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.memberId, memberId));
  // What only the member saw: follows, bookmarks and notifications.
  await db.delete(caseFollows).where(eq(caseFollows.memberId, memberId));
  await db.delete(caseBookmarks).where(eq(caseBookmarks.memberId, memberId));
  await db.delete(notifications).where(eq(notifications.memberId, memberId));
  // Unpublished drafts were never shared: they go with the account.
  await db.delete(cases).where(and(eq(cases.authorId, memberId), eq(cases.status, 'draft')));
  // Licence numbers, schools and evidence identify the member: the applications go entirely.
  const removed = await db
    .delete(credentials)
    .where(eq(credentials.memberId, memberId))
    .returning({ evidenceKey: credentials.evidenceKey });
  return removed.flatMap((row) => (row.evidenceKey === null ? [] : [row.evidenceKey]));
}
