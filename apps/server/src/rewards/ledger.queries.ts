// SQL of the points ledger: accounts, transfers and their entries. No decisions here.
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import {
  cases,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
} from '../platform/database/schema.js';

/** Names an account without knowing its id: a member's, a case's escrow, or the platform's. */
export type AccountRef =
  { kind: 'member'; memberId: string } | { kind: 'escrow'; caseId: string } | { kind: 'platform' };

export type TransferKind = (typeof ledgerTransfers.$inferSelect)['kind'];

export interface AccountRow {
  id: string;
  kind: AccountRef['kind'];
  memberId: string | null;
  caseId: string | null;
  balance: number;
}

function matching(ref: AccountRef) {
  switch (ref.kind) {
    case 'member':
      return and(eq(ledgerAccounts.kind, 'member'), eq(ledgerAccounts.memberId, ref.memberId));
    case 'escrow':
      return and(eq(ledgerAccounts.kind, 'escrow'), eq(ledgerAccounts.caseId, ref.caseId));
    case 'platform':
      return eq(ledgerAccounts.kind, 'platform');
  }
}

/** Creates the account unless it exists; a concurrent creator makes this wait, then do nothing. */
export async function insertAccountIfMissing(db: Queryable, ref: AccountRef): Promise<void> {
  switch (ref.kind) {
    case 'member':
      await db
        .insert(ledgerAccounts)
        .values({ kind: 'member', memberId: ref.memberId })
        .onConflictDoNothing({
          target: ledgerAccounts.memberId,
          where: sql`${ledgerAccounts.kind} = 'member'`,
        });
      return;
    case 'escrow':
      await db
        .insert(ledgerAccounts)
        .values({ kind: 'escrow', caseId: ref.caseId })
        .onConflictDoNothing({
          target: ledgerAccounts.caseId,
          where: sql`${ledgerAccounts.kind} = 'escrow'`,
        });
      return;
    case 'platform':
      await db
        .insert(ledgerAccounts)
        .values({ kind: 'platform' })
        .onConflictDoNothing({
          target: ledgerAccounts.kind,
          where: sql`${ledgerAccounts.kind} = 'platform'`,
        });
      return;
  }
}

const accountColumns = {
  id: ledgerAccounts.id,
  kind: ledgerAccounts.kind,
  memberId: ledgerAccounts.memberId,
  caseId: ledgerAccounts.caseId,
  balance: ledgerAccounts.balance,
};

export async function findAccount(db: Queryable, ref: AccountRef): Promise<AccountRow | undefined> {
  const [row] = await db.select(accountColumns).from(ledgerAccounts).where(matching(ref));
  return row;
}

/**
 * Locks the named (existing) accounts for update, in ascending id order so that two transfers
 * never hold one account each while waiting for the other's.
 */
export async function lockAccounts(
  db: Queryable,
  refs: readonly AccountRef[],
): Promise<AccountRow[]> {
  return db
    .select(accountColumns)
    .from(ledgerAccounts)
    .where(or(...refs.map(matching)))
    .orderBy(asc(ledgerAccounts.id))
    .for('update');
}

/** Inserts the transfer unless its idempotency key exists; undefined when it did. */
export async function insertTransferOnce(
  db: Queryable,
  transfer: { idempotencyKey: string; kind: TransferKind; caseId: string | null; memo: string },
): Promise<{ id: string; createdAt: Date } | undefined> {
  const [row] = await db
    .insert(ledgerTransfers)
    .values(transfer)
    .onConflictDoNothing({ target: ledgerTransfers.idempotencyKey })
    .returning({ id: ledgerTransfers.id, createdAt: ledgerTransfers.createdAt });
  return row;
}

export async function insertEntries(
  db: Queryable,
  transferId: string,
  legs: readonly { accountId: string; amount: number }[],
): Promise<void> {
  await db.insert(ledgerEntries).values(legs.map((leg) => ({ transferId, ...leg })));
}

/** Adds to a balance; the table's CHECK refuses a member's or an escrow's going below zero. */
export async function addToBalance(
  db: Queryable,
  accountId: string,
  amount: number,
): Promise<void> {
  await db
    .update(ledgerAccounts)
    .set({ balance: sql`${ledgerAccounts.balance} + ${amount}` })
    .where(eq(ledgerAccounts.id, accountId));
}

export interface StoredTransfer {
  id: string;
  idempotencyKey: string;
  kind: TransferKind;
  caseId: string | null;
  memo: string;
  createdAt: Date;
  legs: { account: AccountRow; amount: number }[];
}

export async function findTransferByKey(
  db: Queryable,
  idempotencyKey: string,
): Promise<StoredTransfer | undefined> {
  const [transfer] = await db
    .select()
    .from(ledgerTransfers)
    .where(eq(ledgerTransfers.idempotencyKey, idempotencyKey));
  if (transfer === undefined) return undefined;
  const legs = await db
    .select({ account: accountColumns, amount: ledgerEntries.amount })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(eq(ledgerEntries.transferId, transfer.id))
    .orderBy(asc(ledgerEntries.id));
  return { ...transfer, legs };
}

/** The member who posted a case, or undefined when there is no such case. */
export async function findCaseOwner(db: Queryable, caseId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ authorId: cases.authorId })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row?.authorId;
}

export interface StatementRow {
  entryId: number;
  transferId: string;
  kind: TransferKind;
  memo: string;
  caseId: string | null;
  amount: number;
  balanceAfter: number;
  createdAt: Date;
}

/**
 * An account's entries, newest first, each with the balance just after it. Entries of one account
 * are written while it is locked, so their ids follow the order in which they changed it.
 */
export async function listStatementRows(
  db: Queryable,
  accountId: string,
  page: { beforeEntryId: number | undefined; limit: number },
): Promise<StatementRow[]> {
  const running = db
    .select({
      entryId: ledgerEntries.id,
      transferId: ledgerEntries.transferId,
      amount: ledgerEntries.amount,
      balanceAfter: sql<number>`sum(${ledgerEntries.amount}) over (order by ${ledgerEntries.id})`
        .mapWith(Number)
        .as('balance_after'),
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId))
    .as('running');
  return db
    .select({
      entryId: running.entryId,
      transferId: running.transferId,
      kind: ledgerTransfers.kind,
      memo: ledgerTransfers.memo,
      caseId: ledgerTransfers.caseId,
      amount: running.amount,
      balanceAfter: running.balanceAfter,
      createdAt: ledgerTransfers.createdAt,
    })
    .from(running)
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, running.transferId))
    .where(page.beforeEntryId === undefined ? undefined : lt(running.entryId, page.beforeEntryId))
    .orderBy(desc(running.entryId))
    .limit(page.limit);
}

/** Sum of every account's balance: zero whenever the ledger is consistent. */
export async function sumOfBalances(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${ledgerAccounts.balance}), 0)`.mapWith(Number) })
    .from(ledgerAccounts);
  return row?.total ?? 0;
}

/** Accounts whose balance differs from the sum of their entries (none, when consistent). */
export async function accountsOutOfBalance(db: Queryable): Promise<string[]> {
  const rows = await db
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .leftJoin(ledgerEntries, eq(ledgerEntries.accountId, ledgerAccounts.id))
    .groupBy(ledgerAccounts.id, ledgerAccounts.balance)
    .having(sql`${ledgerAccounts.balance} <> coalesce(sum(${ledgerEntries.amount}), 0)`);
  return rows.map((row) => row.id);
}
