// Cases table access: the keyset feed, one case, insert.
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import type { KeysetPosition as FeedPosition } from '../platform/http/cursor.js';
import { cases, members, suggestions } from '../platform/database/schema.js';

const caseColumns = {
  id: cases.id,
  authorId: cases.authorId,
  title: cases.title,
  presentation: cases.presentation,
  status: cases.status,
  createdAt: cases.createdAt,
  /** Full-precision timestamp for keyset cursors (JS dates keep only milliseconds). */
  createdAtExact: sql<string>`${cases.createdAt}::text`,
  authorHandle: members.handle,
  authorDisplayName: members.displayName,
};

export type CaseRow = Awaited<ReturnType<typeof findCase>> & object;

export async function findCase(db: Queryable, caseId: string) {
  const [row] = await db
    .select(caseColumns)
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .where(eq(cases.id, caseId));
  return row;
}

export async function listLatestCases(
  db: Queryable,
  after: FeedPosition | undefined,
  limit: number,
) {
  const suggestionCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(suggestions)
    .where(eq(suggestions.caseId, cases.id));
  return db
    .select({ ...caseColumns, suggestionCount: sql<number>`(${suggestionCount})` })
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .where(
      after === undefined
        ? undefined
        : or(
            lt(cases.createdAt, sql`${after.createdAt}::timestamptz`),
            and(eq(cases.createdAt, sql`${after.createdAt}::timestamptz`), lt(cases.id, after.id)),
          ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit);
}

export async function insertCase(
  db: Queryable,
  values: { authorId: string; title: string; presentation: string; createdAt: Date },
) {
  const [row] = await db.insert(cases).values(values).returning({ id: cases.id });
  if (row === undefined) throw new Error('insert into cases returned no row');
  return row;
}
