// The one check before anything is read or written about a case: it exists and this viewer may
// read it (a draft or a professionals-only case is "not found" for those who may not).
import type { CaseResource } from '@consilium/core';
import type { RequestContext } from '../platform/context.js';
import type { Queryable } from '../platform/database/index.js';
import { NotFound } from '../platform/errors.js';
import { requireAllowed } from '../platform/policy.js';
import type { CaseRow } from './cases.queries.js';
import { findCase } from './cases.queries.js';
import { caseResourceOf } from './cases.view.js';

export async function readableCase(
  ctx: RequestContext,
  db: Queryable,
  caseId: string,
): Promise<{ row: CaseRow; resource: CaseResource }> {
  const row = await findCase(db, caseId);
  if (row === undefined) throw new NotFound('This case does not exist or was removed.');
  const resource = caseResourceOf(row, ctx.now);
  requireAllowed(ctx, { action: 'case.read', case: resource });
  return { row, resource };
}
