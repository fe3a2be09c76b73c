// Full-text search over cases with bounded work, so a common word on a large platform cannot
// stall the database: only the most recent SEARCH_CANDIDATES matches are ranked, words shorter
// than MIN_SEARCH_TERM_LENGTH are dropped, each search runs under a statement timeout, snippets
// (ts_headline) are made only for the page returned, and each address has a rate limit. On
// PostgreSQL searches run in a small pool of their own, each statement under a timeout.
import type { Highlight, SearchQuery, SearchResults } from '@consilium/api';
import { MIN_SEARCH_TERM_LENGTH } from '@consilium/api';
import type { SQL } from 'drizzle-orm';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../platform/context.js';
import { selectRows } from '../platform/database/index.js';
import { cases, members } from '../platform/database/schema.js';
import { Invalid, RateLimited, ServiceUnavailable, sqlState } from '../platform/errors.js';
import type { CounterStore } from '../platform/rate-limit.js';
import { requireAllowed } from '../platform/policy.js';
import { summaryColumns } from '../cases/cases.queries.js';
import { toCaseSummary } from '../cases/cases.view.js';
import { filterConditions, visibleCases } from './case-filters.js';
import type { FeedDeps } from './feeds.service.js';
import { checkDateRange } from './feeds.service.js';

/** How many of the most recent matches are ranked at most. */
export const SEARCH_CANDIDATES = 1000;

export interface SearchDeps extends FeedDeps {
  counters: CounterStore;
  /** Searches one address may make per minute. */
  searchesPerMinute: number;
}

type SearchInput = Omit<SearchQuery, 'limit' | 'sort' | 'hasImages'> & {
  limit: number;
  sort: 'relevance' | 'newest';
  hasImages?: boolean | undefined;
};

/** The words worth searching: short ones dropped (quotes and -exclusions kept for websearch). */
export function searchableText(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => {
      const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
      return letters.length >= MIN_SEARCH_TERM_LENGTH || /^(or|OR)$/.test(word);
    })
    .join(' ');
}

/** Marks from ts_headline (control characters no text contains) turned into plain segments. */
const START = '\u0002';
const STOP = '\u0003';

export function toHighlight(marked: string): Highlight {
  const segments: Highlight = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(START);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    segments.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  return segments.filter((segment) => segment.text.length > 0);
}

async function limitRate(ctx: RequestContext, deps: SearchDeps): Promise<void> {
  const counter = await deps.counters.hit(`search:${ctx.ip}`, 60_000, ctx.now);
  if (counter.count > deps.searchesPerMinute) {
    const seconds = Math.max(1, Math.ceil((counter.resetAt.getTime() - ctx.now.getTime()) / 1000));
    throw new RateLimited(
      `Too many searches from your address. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      undefined,
      seconds,
    );
  }
}

export async function searchCases(
  ctx: RequestContext,
  deps: SearchDeps,
  query: SearchInput,
): Promise<SearchResults> {
  requireAllowed(ctx, { action: 'case.list' });
  checkDateRange(query);
  await limitRate(ctx, deps);
  const text = searchableText(query.q);
  const cursorFeed = `search:${query.sort}`;
  const position =
    query.cursor === undefined ? undefined : deps.cursors.decode(cursorFeed, query.cursor);
  const tsquery = sql`websearch_to_tsquery('english', ${text})`;
  const visible = and(visibleCases(ctx, query), filterConditions(query, ctx.now));
  try {
    // The search pool: few connections, each statement under a timeout (see platform/database).
    const db = deps.database.searchDb;
    let rows: { id: string; rank: number; sortValue: string }[];
    let bounded = false;
    if (query.sort === 'relevance') {
      // Rank only the most recent matches: bounded work however common the words are. The
      // candidates are read in publication order from the index, then ranked.
      const candidates = sql`select ${cases.id} as id, ${cases.searchVector} as document
          from ${cases}
          where ${cases.searchVector} @@ ${tsquery} and ${visible}
          order by ${cases.publishedAt} desc nulls last, ${cases.id} desc nulls last
          limit ${SEARCH_CANDIDATES}`;
      const keyset: SQL =
        position === undefined
          ? sql`true`
          : sql`(r.rank, r.id) < (cast(${position.value} as real), ${position.id}::uuid)`;
      const result = await selectRows<{
        id: string;
        rank: number | string;
        total: number | string;
      }>(
        db,
        sql`
          with c as (${candidates}),
            r as (select c.id, ts_rank(c.document, ${tsquery}) as rank from c)
          select r.id, r.rank, (select count(*) from r)::int as total
          from r where ${keyset}
          order by r.rank desc, r.id desc
          limit ${query.limit + 1}`,
      );
      rows = result.map((row) => ({
        id: row.id,
        rank: Number(row.rank),
        sortValue: String(row.rank),
      }));
      bounded = result.some((row) => Number(row.total) >= SEARCH_CANDIDATES);
    } else {
      const keyset: SQL | undefined =
        position === undefined
          ? undefined
          : sql`(${cases.publishedAt}, ${cases.id}) < (cast(${position.value} as timestamptz), ${position.id}::uuid)`;
      const result = await selectRows<{
        id: string;
        rank: number | string;
        sort_value: string;
      }>(
        db,
        sql`
          select ${cases.id} as id, ts_rank(${cases.searchVector}, ${tsquery}) as rank,
            ${cases.publishedAt}::text as sort_value
          from ${cases}
          where ${cases.searchVector} @@ ${tsquery} and ${and(visible, keyset)}
          order by ${cases.publishedAt} desc nulls last, ${cases.id} desc nulls last
          limit ${query.limit + 1}`,
      );
      rows = result.map((row) => ({
        id: row.id,
        rank: Number(row.rank),
        sortValue: row.sort_value,
      }));
    }

    const page = rows.slice(0, query.limit);
    if (page.length === 0) {
      // Nothing found: say so, unless nothing could be (only words too common to search).
      const [check] = await selectRows<{ nodes: number | string }>(
        db,
        sql`select numnode(${tsquery}) as nodes`,
      );
      if (check === undefined || Number(check.nodes) === 0)
        throw new Invalid('Search for words that say something: these are all too common.', [
          { field: 'query.q', message: 'Use at least one word that is not a common word' },
        ]);
      return { items: [], nextCursor: null, bounded };
    }
    const ids = page.map((row) => row.id);
    // Summaries and highlighted snippets only for the page returned.
    const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
    const details = await db
      .select({
        ...summaryColumns,
        titleMarked: sql<string>`ts_headline('english', ${cases.title}, ${tsquery}, ${'HighlightAll=true, StartSel=' + START + ', StopSel=' + STOP})`,
        snippetMarked: sql<string>`ts_headline('english', ${cases.presentation} || coalesce(' ' || ${cases.question}, ''), ${tsquery}, ${options})`,
      })
      .from(cases)
      .innerJoin(members, eq(members.id, cases.authorId))
      .where(inArray(cases.id, ids));
    const byId = new Map(details.map((row) => [row.id, row]));
    const items = page.flatMap((row) => {
      const detail = byId.get(row.id);
      if (detail === undefined) return [];
      return [
        {
          ...toCaseSummary(detail, ctx.now),
          titleHighlight: toHighlight(detail.titleMarked),
          snippet: toHighlight(detail.snippetMarked),
          rank: row.rank,
        },
      ];
    });
    const last = page.at(-1);
    return {
      items,
      nextCursor:
        rows.length > query.limit && last !== undefined
          ? deps.cursors.encode(cursorFeed, { value: last.sortValue, id: last.id })
          : null,
      bounded,
    };
  } catch (error) {
    if (sqlState(error) === '57014')
      throw new ServiceUnavailable(
        'This search took too long. Add words or filters to narrow it, and try again.',
      );
    throw error;
  }
}
