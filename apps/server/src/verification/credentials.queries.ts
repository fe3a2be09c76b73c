// Credentials table access: a member's applications, the moderators' queue, one application.
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { credentials, members } from '../platform/database/schema.js';
import type { KeysetPosition } from '../platform/http/cursor.js';
import type { CredentialRow } from './credentials.view.js';

export async function findCredential(
  db: Queryable,
  id: string,
): Promise<CredentialRow | undefined> {
  const [row] = await db.select().from(credentials).where(eq(credentials.id, id));
  return row;
}

/** Locks the row for the rest of the transaction, so two decisions cannot cross. */
export async function lockCredential(
  db: Queryable,
  id: string,
): Promise<CredentialRow | undefined> {
  const [row] = await db.select().from(credentials).where(eq(credentials.id, id)).for('update');
  return row;
}

export async function listMemberCredentials(db: Queryable, memberId: string) {
  return db
    .select()
    .from(credentials)
    .where(eq(credentials.memberId, memberId))
    .orderBy(desc(credentials.submittedAt), desc(credentials.id));
}

export type QueueFilter = 'waiting' | 'needs-info' | 'approved' | 'closed';

const QUEUE_STATUSES: Record<QueueFilter, CredentialRow['status'][]> = {
  waiting: ['pending'],
  'needs-info': ['needs-info'],
  approved: ['approved'],
  closed: ['rejected', 'revoked', 'withdrawn', 'superseded'],
};

/** Applications waiting for a moderator are served oldest first; the rest newest first. */
function oldestFirst(filter: QueueFilter): boolean {
  return filter === 'waiting' || filter === 'needs-info';
}

export async function listQueue(
  db: Queryable,
  filter: QueueFilter,
  after: KeysetPosition | undefined,
  limit: number,
) {
  const ascending = oldestFirst(filter);
  const conditions: SQL[] = [inArray(credentials.status, QUEUE_STATUSES[filter])];
  if (after !== undefined) {
    const at = sql`${after.createdAt}::timestamptz`;
    const beyond = ascending
      ? or(
          gt(credentials.submittedAt, at),
          and(eq(credentials.submittedAt, at), gt(credentials.id, after.id)),
        )
      : or(
          lt(credentials.submittedAt, at),
          and(eq(credentials.submittedAt, at), lt(credentials.id, after.id)),
        );
    if (beyond !== undefined) conditions.push(beyond);
  }
  const order = ascending
    ? [asc(credentials.submittedAt), asc(credentials.id)]
    : [desc(credentials.submittedAt), desc(credentials.id)];
  return db
    .select({
      credential: credentials,
      submittedAtExact: sql<string>`${credentials.submittedAt}::text`,
      handle: members.handle,
      displayName: members.displayName,
    })
    .from(credentials)
    .innerJoin(members, eq(members.id, credentials.memberId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit + 1);
}

export async function countWaiting(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(credentials)
    .where(eq(credentials.status, 'pending'));
  return row?.n ?? 0;
}
