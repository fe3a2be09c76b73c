// The case feeds: latest, unanswered, my specialties, trending, following and bookmarks, each with
// the shared filters and keyset pagination (never OFFSET).
import type { CaseFeed, CaseFeedName, CaseFilters } from '@consilium/api';
import type { SQL } from 'drizzle-orm';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import {
  caseBookmarks,
  caseFollows,
  cases,
  members,
  suggestions,
} from '../platform/database/schema.js';
import { Invalid } from '../platform/errors.js';
import { requireAllowed, requireAllowedMember } from '../platform/policy.js';
import { summaryColumns } from '../cases/cases.queries.js';
import { toCaseSummary } from '../cases/cases.view.js';
import { filterConditions, visibleCases } from './case-filters.js';
import type { CursorSigner, FeedPosition } from './signed-cursor.js';

export interface FeedDeps {
  database: Database;
  cursors: CursorSigner;
}

export type FeedQuery = CaseFilters & {
  feed: CaseFeedName;
  cursor?: string | undefined;
  limit: number;
};

/** A from day after the to day is a mistake worth naming. */
export function checkDateRange(filters: CaseFilters): void {
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to)
    throw new Invalid('The "from" day is after the "to" day.', [
      { field: 'query.to', message: 'To must be on or after From' },
    ]);
}

interface FeedOrder {
  /** The column the feed is ordered by, highest first, then `id`. */
  column: SQL;
  id: SQL;
  /** The column as text, for the cursor, and its SQL type, to read the cursor back. */
  text: SQL;
  type: SQL;
}

/**
 * What a feed is ordered by. "desc nulls last", as the indexes are built, so that each feed
 * reads its index in order and stops at the page's end.
 */
function orderOf(feed: CaseFeedName): FeedOrder {
  switch (feed) {
    case 'trending':
      return {
        column: sql`${cases.trendRank}`,
        id: sql`${cases.id}`,
        text: sql`${cases.trendRank}::text`,
        type: sql`double precision`,
      };
    case 'following':
      return {
        column: sql`${caseFollows.createdAt}`,
        id: sql`${caseFollows.caseId}`,
        text: sql`${caseFollows.createdAt}::text`,
        type: sql`timestamptz`,
      };
    case 'bookmarks':
      return {
        column: sql`${caseBookmarks.createdAt}`,
        id: sql`${caseBookmarks.caseId}`,
        text: sql`${caseBookmarks.createdAt}::text`,
        type: sql`timestamptz`,
      };
    case 'latest':
    case 'unanswered':
    case 'specialties':
      return {
        column: sql`${cases.publishedAt}`,
        id: sql`${cases.id}`,
        text: sql`${cases.publishedAt}::text`,
        type: sql`timestamptz`,
      };
  }
}

function after(position: FeedPosition | undefined, order: FeedOrder) {
  if (position === undefined) return undefined;
  return sql`(${order.column}, ${order.id}) < (cast(${position.value} as ${order.type}), ${position.id}::uuid)`;
}

export async function listFeed(
  ctx: RequestContext,
  deps: FeedDeps,
  query: FeedQuery,
): Promise<CaseFeed> {
  requireAllowed(ctx, { action: 'case.list' });
  checkDateRange(query);
  const position =
    query.cursor === undefined ? undefined : deps.cursors.decode(query.feed, query.cursor);
  const order = orderOf(query.feed);
  const db = deps.database.db;
  const conditions: (SQL | undefined)[] = [
    visibleCases(ctx, query),
    filterConditions(query, ctx.now),
    after(position, order),
  ];

  let select = db
    .select({ ...summaryColumns, sortValue: sql<string>`${order.text}` })
    .from(cases)
    .innerJoin(members, eq(members.id, cases.authorId))
    .$dynamic();

  switch (query.feed) {
    case 'unanswered':
      conditions.push(
        sql`not exists (select 1 from ${suggestions} where ${suggestions.caseId} = ${cases.id} and ${suggestions.withdrawnAt} is null)`,
        sql`${cases.status} = 'open' and (${cases.closesAt} is null or ${cases.closesAt} > ${ctx.now.toISOString()}::timestamptz)`,
        sql`not ${cases.isCaseStudy}`,
      );
      break;
    case 'specialties': {
      const member = requireAllowedMember(ctx, { action: 'account.manage' });
      const mine = [...new Set(ctx.credentials.flatMap((credential) => credential.specialties))];
      // Without verified specialties this feed is empty (the page explains verification).
      if (mine.length === 0) return { items: [], nextCursor: null };
      conditions.push(
        sql`${cases.specialties} && array[${sql.join(
          mine.map((code) => sql`${code}`),
          sql`, `,
        )}]::text[]`,
        sql`${cases.authorId} <> ${member.id}`,
      );
      break;
    }
    case 'following': {
      const member = requireAllowedMember(ctx, { action: 'account.manage' });
      select = select.innerJoin(
        caseFollows,
        and(eq(caseFollows.caseId, cases.id), eq(caseFollows.memberId, member.id)),
      );
      break;
    }
    case 'bookmarks': {
      const member = requireAllowedMember(ctx, { action: 'account.manage' });
      select = select.innerJoin(
        caseBookmarks,
        and(eq(caseBookmarks.caseId, cases.id), eq(caseBookmarks.memberId, member.id)),
      );
      break;
    }
    case 'latest':
    case 'trending':
      break;
  }

  const rows = await select
    .where(and(...conditions))
    .orderBy(sql`${order.column} desc nulls last`, sql`${order.id} desc nulls last`)
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => toCaseSummary(row, ctx.now)),
    nextCursor:
      rows.length > query.limit && last !== undefined
        ? deps.cursors.encode(query.feed, { value: last.sortValue, id: last.id })
        : null,
  };
}
