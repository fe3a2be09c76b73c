// Case use cases: the latest feed, reading a case, posting a case.
import type { CaseDetail, CaseFeed, CreateCaseBody } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { NotFound } from '../platform/errors.js';
import { requireAllowed, requireAllowedMember } from '../platform/policy.js';
import { findCase, insertCase, listLatestCases } from './cases.queries.js';
import { toCaseDetail, toCaseSummary } from './cases.view.js';
import { decodeCursor, encodeCursor } from '../platform/http/cursor.js';

export interface CaseDeps {
  database: Database;
}

export async function listCases(
  ctx: RequestContext,
  deps: CaseDeps,
  page: { cursor?: string | undefined; limit: number },
): Promise<CaseFeed> {
  requireAllowed(ctx, { action: 'case.list' });
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  const rows = await listLatestCases(deps.database.db, after, page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: items.map(toCaseSummary),
    nextCursor:
      rows.length > page.limit && last !== undefined
        ? encodeCursor({ createdAt: last.createdAtExact, id: last.id })
        : null,
  };
}

export async function getCase(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
): Promise<CaseDetail> {
  const row = await findCase(deps.database.db, caseId);
  if (row === undefined) throw new NotFound('This case does not exist or was removed.');
  requireAllowed(ctx, { action: 'case.read', case: row });
  return toCaseDetail(row, ctx);
}

export async function postCase(
  ctx: RequestContext,
  deps: CaseDeps,
  input: CreateCaseBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.create' });
  const created = await deps.database.db.transaction(async (tx) => {
    const { id } = await insertCase(tx, {
      authorId: member.id,
      title: input.title,
      presentation: input.presentation,
      createdAt: ctx.now,
    });
    return findCase(tx, id);
  });
  if (created === undefined) throw new Error('a posted case could not be read back');
  ctx.log.info({ caseId: created.id }, 'case posted');
  return toCaseDetail(created, ctx);
}
