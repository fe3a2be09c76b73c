// The conditions every feed and search shares: what this reader may see, and the filters asked.
import type { CaseFilters } from '@consilium/api';
import { isAllowed } from '@consilium/core';
import type { SQL } from 'drizzle-orm';
import { and, sql } from 'drizzle-orm';
import type { RequestContext } from '../platform/context.js';
import { caseOutcomes, cases, media } from '../platform/database/schema.js';

/** Whether this reader may read professionals-only cases (a verified tier with its second factor). */
export function readsProfessionalCases(ctx: RequestContext): boolean {
  return isAllowed(ctx.actor, {
    action: 'case.read',
    case: { authorId: '', status: 'open', audience: 'professionals' },
  });
}

/**
 * Published cases this reader may see: never drafts; withdrawn ones only when asked for by the
 * status filter; professionals-only ones only for those who may read them (their own included).
 */
export function visibleCases(ctx: RequestContext, filters: CaseFilters): SQL {
  const status =
    filters.status === 'withdrawn'
      ? sql`${cases.status} = 'withdrawn'`
      : sql`${cases.status} not in ('draft', 'withdrawn')`;
  if (readsProfessionalCases(ctx)) return status;
  const own = ctx.member === undefined ? sql`false` : sql`${cases.authorId} = ${ctx.member.id}`;
  return sql`${status} and (${cases.audience} = 'everyone' or ${own})`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The filters of a feed or search as SQL conditions (undefined when there are none). */
export function filterConditions(filters: CaseFilters, now: Date): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.kind !== undefined) conditions.push(sql`${cases.kind} = ${filters.kind}`);
  if (filters.specialty !== undefined)
    conditions.push(sql`${cases.specialties} @> array[${filters.specialty}]::text[]`);
  if (filters.audience !== undefined) conditions.push(sql`${cases.audience} = ${filters.audience}`);
  switch (filters.status) {
    case 'open':
      conditions.push(
        sql`${cases.status} = 'open' and (${cases.closesAt} is null or ${cases.closesAt} > ${now.toISOString()}::timestamptz)`,
      );
      break;
    case 'closing':
      // Stored as closing, or open with its window already ended.
      conditions.push(
        sql`(${cases.status} = 'closing' or (${cases.status} = 'open' and ${cases.closesAt} <= ${now.toISOString()}::timestamptz))`,
      );
      break;
    case 'closed':
      conditions.push(sql`${cases.status} = 'closed'`);
      break;
    case 'withdrawn': // Read by visibleCases.
    case undefined:
      break;
  }
  const hasOutcome = sql`exists (select 1 from ${caseOutcomes} where ${caseOutcomes.caseId} = ${cases.id})`;
  switch (filters.label) {
    case 'case-study':
      conditions.push(sql`${cases.isCaseStudy}`);
      break;
    case 'solved':
      conditions.push(sql`not ${cases.isCaseStudy} and ${hasOutcome}`);
      break;
    case 'unsolved':
      conditions.push(sql`not ${cases.isCaseStudy} and not ${hasOutcome}`);
      break;
    case undefined:
      break;
  }
  if (filters.hasImages !== undefined) {
    const images = sql`exists (select 1 from ${media} where ${media.caseId} = ${cases.id} and ${media.status} = 'ready')`;
    conditions.push(filters.hasImages ? images : sql`not ${images}`);
  }
  if (filters.from !== undefined)
    conditions.push(
      sql`${cases.publishedAt} >= ${new Date(Date.parse(filters.from)).toISOString()}::timestamptz`,
    );
  if (filters.to !== undefined)
    conditions.push(
      sql`${cases.publishedAt} < ${new Date(Date.parse(filters.to) + DAY_MS).toISOString()}::timestamptz`,
    );
  return and(...conditions);
}
