// The points ledger: balanced, idempotent transfers between accounts, each in one transaction
// (a savepoint when the caller already holds one). Balances never go below zero.
import { NOT_ENOUGH_POINTS_PROBLEM } from '@consilium/api';
import type { Queryable } from '../platform/database/index.js';
import {
  Conflict,
  DomainError,
  Invalid,
  ServiceUnavailable,
  sqlState,
} from '../platform/errors.js';
import type { AccountRef, AccountRow, StoredTransfer, TransferKind } from './ledger.queries.js';
import {
  addToBalance,
  findAccount,
  findTransferByKey,
  insertAccountIfMissing,
  insertEntries,
  insertTransferOnce,
  lockAccounts,
} from './ledger.queries.js';

export type { AccountRef, TransferKind } from './ledger.queries.js';

export interface TransferLeg {
  account: AccountRef;
  /** Whole points: positive into the account, negative out of it. */
  amount: number;
}

export interface TransferRequest {
  /** The same key twice moves points once: the second call returns the first transfer. */
  idempotencyKey: string;
  kind: TransferKind;
  caseId?: string | undefined;
  memo: string;
  legs: readonly TransferLeg[];
}

export interface TransferResult {
  id: string;
  idempotencyKey: string;
  kind: TransferKind;
  caseId: string | null;
  memo: string;
  createdAt: Date;
  legs: { account: AccountRef; accountId: string; amount: number }[];
  /** True when the key had been used already: this call moved nothing. */
  replayed: boolean;
}

/** A transfer refused because an account would go below zero; nothing of it was written. */
export class NotEnoughPoints extends DomainError {
  readonly status = 409;
  readonly type = NOT_ENOUGH_POINTS_PROBLEM;
  readonly title = 'Not enough points';

  constructor(
    detail: string,
    /** The account that holds too few, its balance, and what the transfer takes from it. */
    readonly shortfall?: { account: AccountRef; available: number; needed: number },
  ) {
    super(detail);
  }
}

const BALANCE_CHECK = 'ledger_accounts_balance_check';
const MAX_KEY_LENGTH = 200;

/** A stable text naming an account, used to sort, compare and look up references. */
export function accountKey(ref: AccountRef): string {
  switch (ref.kind) {
    case 'member':
      return `member:${ref.memberId}`;
    case 'escrow':
      return `escrow:${ref.caseId}`;
    case 'platform':
      return 'platform';
  }
}

function refOf(row: AccountRow): AccountRef {
  if (row.kind === 'member' && row.memberId !== null)
    return { kind: 'member', memberId: row.memberId };
  if (row.kind === 'escrow' && row.caseId !== null) return { kind: 'escrow', caseId: row.caseId };
  return { kind: 'platform' };
}

function validatedLegs(request: TransferRequest): readonly TransferLeg[] {
  const key = request.idempotencyKey;
  if (key.trim() === '' || key.length > MAX_KEY_LENGTH)
    throw new Invalid(`An idempotency key must have 1–${MAX_KEY_LENGTH} characters.`);
  if (request.legs.length < 2)
    throw new Invalid('A transfer moves points between at least two accounts.');
  const seen = new Set<string>();
  let sum = 0n;
  for (const leg of request.legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount === 0)
      throw new Invalid(
        `Each leg must move a whole, non-zero number of points, not ${leg.amount}.`,
      );
    const name = accountKey(leg.account);
    if (seen.has(name)) throw new Invalid(`Account ${name} appears twice in one transfer.`);
    seen.add(name);
    sum += BigInt(leg.amount);
  }
  if (sum !== 0n)
    throw new Invalid(`The legs of a transfer must sum to zero; these sum to ${sum}.`);
  return request.legs;
}

/**
 * Creates the accounts that do not exist yet (always in the same order, so concurrent creators
 * never wait on each other in a circle) and locks them all in ascending id order. Returns them
 * by accountKey, with their balances as of the lock.
 */
export async function lockAccountsOf(
  tx: Queryable,
  refs: readonly AccountRef[],
): Promise<Map<string, AccountRow>> {
  const byKey = new Map(refs.map((ref) => [accountKey(ref), ref]));
  const keys = [...byKey.keys()].sort();
  for (const key of keys) {
    const ref = byKey.get(key);
    if (ref !== undefined) await insertAccountIfMissing(tx, ref);
  }
  const rows = await lockAccounts(tx, [...byKey.values()]);
  return new Map(rows.map((row) => [accountKey(refOf(row)), row]));
}

function describeAccount(ref: AccountRef): string {
  switch (ref.kind) {
    case 'member':
      return "the member's account";
    case 'escrow':
      return "the case's escrow";
    case 'platform':
      return 'the platform account';
  }
}

/** Explains which account would have gone below zero, from the balances read under lock. */
function notEnoughPoints(
  request: TransferRequest,
  legs: readonly TransferLeg[],
  locked: ReadonlyMap<string, AccountRow>,
): NotEnoughPoints {
  for (const leg of legs) {
    const account = locked.get(accountKey(leg.account));
    if (account === undefined || account.balance + leg.amount >= 0) continue;
    const needed = -leg.amount;
    return new NotEnoughPoints(
      `Not enough points: this ${request.kind} takes ${needed} points from ${describeAccount(leg.account)}, which holds ${account.balance}.`,
      { account: leg.account, available: account.balance, needed },
    );
  }
  return new NotEnoughPoints(`Not enough points for this ${request.kind}.`);
}

function isBalanceRefusal(error: unknown): boolean {
  if (sqlState(error) !== '23514') return false;
  for (let current: unknown = error; current instanceof Error; current = current.cause)
    if ((current as { constraint?: unknown }).constraint === BALANCE_CHECK) return true;
  return false;
}

function toResult(stored: StoredTransfer, replayed: boolean): TransferResult {
  return {
    id: stored.id,
    idempotencyKey: stored.idempotencyKey,
    kind: stored.kind,
    caseId: stored.caseId,
    memo: stored.memo,
    createdAt: stored.createdAt,
    legs: stored.legs.map((leg) => ({
      account: refOf(leg.account),
      accountId: leg.account.id,
      amount: leg.amount,
    })),
    replayed,
  };
}

/** The same kind, case and legs (the memo is a description and may be reworded). */
function isSameTransfer(stored: StoredTransfer, request: TransferRequest): boolean {
  const legsOf = (legs: readonly { key: string; amount: number }[]) =>
    legs
      .map((leg) => `${leg.key}=${leg.amount}`)
      .sort()
      .join(',');
  return (
    stored.kind === request.kind &&
    stored.caseId === (request.caseId ?? null) &&
    legsOf(
      stored.legs.map((leg) => ({ key: accountKey(refOf(leg.account)), amount: leg.amount })),
    ) === legsOf(request.legs.map((leg) => ({ key: accountKey(leg.account), amount: leg.amount })))
  );
}

/** The transfer already recorded under the request's key, if it is the same transfer. */
async function replay(tx: Queryable, request: TransferRequest): Promise<TransferResult> {
  const stored = await findTransferByKey(tx, request.idempotencyKey);
  // Only a caller's repeatable-read snapshot could hide the row that took the key.
  if (stored === undefined)
    throw new ServiceUnavailable('This transfer is being recorded by another request: try again.');
  if (!isSameTransfer(stored, request))
    throw new Conflict(
      `This idempotency key was used for a different transfer (${stored.kind}, recorded ${stored.createdAt.toISOString()}): use a new key.`,
    );
  return toResult(stored, true);
}

/**
 * Moves points between accounts in one transaction: records the transfer and its entries and
 * updates the balances, or changes nothing. Accounts are created on first use. Pass a
 * transaction to make the transfer part of it (it then runs in a savepoint).
 */
export async function transfer(db: Queryable, request: TransferRequest): Promise<TransferResult> {
  const legs = validatedLegs(request);
  let locked: ReadonlyMap<string, AccountRow> = new Map();
  try {
    return await db.transaction(async (tx) => {
      // The key is taken first: a concurrent request with the same key waits here, then replays.
      const inserted = await insertTransferOnce(tx, {
        idempotencyKey: request.idempotencyKey,
        kind: request.kind,
        caseId: request.caseId ?? null,
        memo: request.memo,
      });
      if (inserted === undefined) return replay(tx, request);
      locked = await lockAccountsOf(
        tx,
        legs.map((leg) => leg.account),
      );
      const resolved = legs
        .map((leg) => {
          const account = locked.get(accountKey(leg.account));
          if (account === undefined) throw new Error(`account ${accountKey(leg.account)} missing`);
          return { account: leg.account, accountId: account.id, amount: leg.amount };
        })
        .sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
      await insertEntries(tx, inserted.id, resolved);
      for (const leg of resolved) await addToBalance(tx, leg.accountId, leg.amount);
      return {
        id: inserted.id,
        idempotencyKey: request.idempotencyKey,
        kind: request.kind,
        caseId: request.caseId ?? null,
        memo: request.memo,
        createdAt: inserted.createdAt,
        legs: resolved,
        replayed: false,
      };
    });
  } catch (error) {
    if (isBalanceRefusal(error)) throw notEnoughPoints(request, legs, locked);
    throw error;
  }
}

/** The transfer recorded under an idempotency key, if any. */
export async function findTransfer(
  db: Queryable,
  idempotencyKey: string,
): Promise<TransferResult | undefined> {
  const stored = await findTransferByKey(db, idempotencyKey);
  return stored === undefined ? undefined : toResult(stored, true);
}

/** An account's balance; 0 for an account never used. */
export async function balanceOf(db: Queryable, ref: AccountRef): Promise<number> {
  return (await findAccount(db, ref))?.balance ?? 0;
}
