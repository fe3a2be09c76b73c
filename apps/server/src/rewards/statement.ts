// A member's points: the balance and the entries of their account, newest first, each with the
// balance it left. Only the member's own legs are shown, never who was on the other side.
import type { PointsStatement } from '@consilium/api';
import type { RequestContext } from '../platform/context.js';
import type { Database, Db } from '../platform/database/index.js';
import { Invalid } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import type { StatementRow, TransferKind } from './ledger.queries.js';
import { findAccount, listStatementRows } from './ledger.queries.js';

export interface RewardsDeps {
  database: Database;
}

export interface StatementEntry {
  /** Position in the ledger: a later entry of the account has a larger one. */
  entryId: number;
  transferId: string;
  kind: TransferKind;
  memo: string;
  caseId: string | null;
  amount: number;
  balanceAfter: number;
  createdAt: Date;
}

export interface Statement {
  balance: number;
  entries: StatementEntry[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

function encodeStatementCursor(entryId: number): string {
  return Buffer.from(JSON.stringify([entryId])).toString('base64url');
}

function decodeStatementCursor(cursor: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const entryId: unknown = Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : undefined;
  if (typeof entryId !== 'number' || !Number.isSafeInteger(entryId) || entryId < 1)
    throw new Invalid('This page cursor is not valid: start again from the first page.', [
      { field: 'query.cursor', message: 'Cursor must be the nextCursor value of a previous page' },
    ]);
  return entryId;
}

/**
 * A member's balance and a page of their entries, read from one snapshot so that the newest
 * entry's balanceAfter is the balance.
 */
export async function statement(
  db: Db,
  memberId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Statement> {
  const beforeEntryId = page.cursor === undefined ? undefined : decodeStatementCursor(page.cursor);
  return db.transaction(
    async (tx) => {
      const account = await findAccount(tx, { kind: 'member', memberId });
      if (account === undefined) return { balance: 0, entries: [], nextCursor: null };
      const rows: StatementRow[] = await listStatementRows(tx, account.id, {
        beforeEntryId,
        limit: page.limit + 1,
      });
      const entries = rows.slice(0, page.limit);
      const last = entries.at(-1);
      return {
        balance: account.balance,
        entries,
        nextCursor:
          rows.length > page.limit && last !== undefined
            ? encodeStatementCursor(last.entryId)
            : null,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export function toPointsStatement(value: Statement): PointsStatement {
  return {
    balance: value.balance,
    entries: value.entries.map((entry) => ({
      id: entry.transferId,
      kind: entry.kind,
      memo: entry.memo,
      caseId: entry.caseId,
      amount: entry.amount,
      balanceAfter: entry.balanceAfter,
      createdAt: entry.createdAt.toISOString(),
    })),
    nextCursor: value.nextCursor,
  };
}

/** The signed-in member's own points. Suspended members may read theirs too. */
export async function showMyPoints(
  ctx: RequestContext,
  deps: RewardsDeps,
  query: { limit: number; cursor?: string | undefined },
): Promise<PointsStatement> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  return toPointsStatement(await statement(deps.database.db, member.id, query));
}
