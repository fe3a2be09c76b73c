// The ledger's guarantees on a real database: balanced transfers, no negative balances, refusals
// that leave nothing behind, idempotent retries, and transfers inside a caller's transaction.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import {
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
  members,
} from '../platform/database/schema.js';
import { Conflict, Invalid } from '../platform/errors.js';
import { openTestDatabase } from '../testing/test-database.js';
import type { AccountRef } from './ledger.js';
import { NotEnoughPoints, balanceOf, transfer } from './ledger.js';
import { aCaseOf, aLedgerMember, ledgerInvariants, ledgerSnapshot } from './ledger-fixtures.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const platform: AccountRef = { kind: 'platform' };
const member = (memberId: string): AccountRef => ({ kind: 'member', memberId });
let keys = 0;
const aKey = () => `test:${(keys += 1)}:${Math.random().toString(36).slice(2)}`;

/** The messages of an error and of its causes (drivers wrap database errors differently). */
function messagesOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause)
    messages.push(current.message);
  return messages;
}

/** A member holding `points`, granted by the platform. */
async function aMemberWith(points: number): Promise<string> {
  const id = await aLedgerMember(database.db);
  await transfer(database.db, {
    idempotencyKey: aKey(),
    kind: 'grant',
    memo: 'Starting points',
    legs: [
      { account: platform, amount: -points },
      { account: member(id), amount: points },
    ],
  });
  return id;
}

describe('a transfer', () => {
  it('moves points between accounts, creating them on first use, and keeps the books balanced', async () => {
    const from = await aMemberWith(40);
    const to = await aLedgerMember(database.db);
    const caseId = await aCaseOf(database.db, from);

    const result = await transfer(database.db, {
      idempotencyKey: aKey(),
      kind: 'pledge',
      caseId,
      memo: 'Pledged',
      legs: [
        { account: member(from), amount: -25 },
        { account: { kind: 'escrow', caseId }, amount: 15 },
        { account: member(to), amount: 10 },
      ],
    });

    expect(result.replayed).toBe(false);
    expect(await balanceOf(database.db, member(from))).toBe(15);
    expect(await balanceOf(database.db, { kind: 'escrow', caseId })).toBe(15);
    expect(await balanceOf(database.db, member(to))).toBe(10);
    const entries = await database.db
      .select({ amount: ledgerEntries.amount })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transferId, result.id));
    expect(entries.map((entry) => entry.amount).sort((a, b) => a - b)).toEqual([-25, 10, 15]);
    expect(await ledgerInvariants(database.db)).toEqual({
      sumOfBalances: 0,
      accountsOutOfBalance: [],
    });
  });

  it('lets only the platform account go below zero: it is the points issued', async () => {
    const before = await balanceOf(database.db, platform);
    await aMemberWith(70);
    expect(await balanceOf(database.db, platform)).toBe(before - 70);
  });

  it('is refused when an account would go below zero, leaving the ledger exactly as it was', async () => {
    const poor = await aMemberWith(30);
    const rich = await aLedgerMember(database.db);
    const before = await ledgerSnapshot(database.db);

    const attempt = transfer(database.db, {
      idempotencyKey: aKey(),
      kind: 'pledge',
      memo: 'Too much',
      legs: [
        { account: member(poor), amount: -31 },
        { account: member(rich), amount: 31 },
      ],
    });

    await expect(attempt).rejects.toThrow(NotEnoughPoints);
    await expect(attempt).rejects.toThrow(
      "Not enough points: this pledge takes 31 points from the member's account, which holds 30.",
    );
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      shortfall: { account: member(poor), available: 30, needed: 31 },
    });
    expect(await ledgerSnapshot(database.db)).toEqual(before);
  });

  it('is refused when its legs do not sum to zero, before anything is written', async () => {
    const from = await aMemberWith(50);
    const before = await ledgerSnapshot(database.db);
    const attempt = transfer(database.db, {
      idempotencyKey: aKey(),
      kind: 'grant',
      memo: 'Unbalanced',
      legs: [
        { account: member(from), amount: -10 },
        { account: platform, amount: 9 },
      ],
    });
    await expect(attempt).rejects.toThrow(Invalid);
    await expect(attempt).rejects.toThrow(
      'The legs of a transfer must sum to zero; these sum to -1.',
    );
    expect(await ledgerSnapshot(database.db)).toEqual(before);
  });

  it.each([
    ['a fraction of a point', 2.5],
    ['zero points', 0],
    ['an unsafe integer', Number.MAX_SAFE_INTEGER + 1],
  ])('is refused when a leg moves %s', async (_what, amount) => {
    const from = await aMemberWith(50);
    await expect(
      transfer(database.db, {
        idempotencyKey: aKey(),
        kind: 'grant',
        memo: 'Odd amounts',
        legs: [
          { account: member(from), amount: -amount },
          { account: platform, amount },
        ],
      }),
    ).rejects.toThrow(/whole, non-zero number of points/);
  });

  it('is refused when one account appears in two legs', async () => {
    const from = await aMemberWith(50);
    await expect(
      transfer(database.db, {
        idempotencyKey: aKey(),
        kind: 'grant',
        memo: 'Twice',
        legs: [
          { account: member(from), amount: -5 },
          { account: member(from), amount: 5 },
        ],
      }),
    ).rejects.toThrow(/appears twice/);
  });
});

describe('the database itself', () => {
  it('refuses at commit a transfer whose entries do not sum to zero', async () => {
    const id = await aMemberWith(20);
    const before = await ledgerSnapshot(database.db);
    const [account] = await database.db
      .select({ id: ledgerAccounts.id })
      .from(ledgerAccounts)
      .where(eq(ledgerAccounts.memberId, id));
    if (account === undefined) throw new Error('no account');

    const writeUnbalanced = database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(ledgerTransfers)
        .values({ idempotencyKey: aKey(), kind: 'grant' })
        .returning({ id: ledgerTransfers.id });
      if (row === undefined) throw new Error('no transfer');
      await tx
        .insert(ledgerEntries)
        .values({ transferId: row.id, accountId: account.id, amount: 5 });
    });

    const refusal: unknown = await writeUnbalanced.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(messagesOf(refusal)).toContainEqual(
      expect.stringMatching(/does not balance \(legs sum to 5\)/),
    );
    expect(await ledgerSnapshot(database.db)).toEqual(before);
  });

  it('refuses a member balance below zero even when written directly', async () => {
    const id = await aMemberWith(20);
    await expect(
      database.db.execute(
        sql`update ledger_accounts set balance = -1 where kind = 'member' and member_id = ${id}`,
      ),
    ).rejects.toMatchObject({ cause: { constraint: 'ledger_accounts_balance_check' } });
    expect(await balanceOf(database.db, member(id))).toBe(20);
  });
});

describe('an idempotency key', () => {
  it('makes a retried transfer return the first one and move nothing more', async () => {
    const from = await aMemberWith(50);
    const to = await aLedgerMember(database.db);
    const request = {
      idempotencyKey: aKey(),
      kind: 'pledge' as const,
      memo: 'Once',
      legs: [
        { account: member(from), amount: -20 },
        { account: member(to), amount: 20 },
      ],
    };
    const first = await transfer(database.db, request);
    const before = await ledgerSnapshot(database.db);

    const again = await transfer(database.db, request);

    expect(again).toEqual({ ...first, replayed: true });
    expect(await ledgerSnapshot(database.db)).toEqual(before);
    expect(await balanceOf(database.db, member(from))).toBe(30);
  });

  it('used for a different transfer is refused with a conflict', async () => {
    const from = await aMemberWith(50);
    const to = await aLedgerMember(database.db);
    const idempotencyKey = aKey();
    const legs = (amount: number) => [
      { account: member(from), amount: -amount },
      { account: member(to), amount },
    ];
    await transfer(database.db, { idempotencyKey, kind: 'pledge', memo: 'First', legs: legs(5) });
    const before = await ledgerSnapshot(database.db);

    const other = transfer(database.db, {
      idempotencyKey,
      kind: 'pledge',
      memo: 'Other',
      legs: legs(6),
    });

    await expect(other).rejects.toThrow(Conflict);
    await expect(other).rejects.toThrow(/This idempotency key was used for a different transfer/);
    expect(await ledgerSnapshot(database.db)).toEqual(before);
  });

  it('is free again after a refused transfer, which recorded nothing', async () => {
    const from = await aMemberWith(10);
    const to = await aLedgerMember(database.db);
    const idempotencyKey = aKey();
    const legs = (amount: number) => [
      { account: member(from), amount: -amount },
      { account: member(to), amount },
    ];
    await expect(
      transfer(database.db, { idempotencyKey, kind: 'pledge', memo: 'Too much', legs: legs(11) }),
    ).rejects.toThrow(NotEnoughPoints);
    const result = await transfer(database.db, {
      idempotencyKey,
      kind: 'pledge',
      memo: 'Enough',
      legs: legs(10),
    });
    expect(result.replayed).toBe(false);
    expect(await balanceOf(database.db, member(to))).toBe(10);
  });
});

describe("inside a caller's transaction", () => {
  it("is undone with the caller's work when the caller rolls back", async () => {
    const from = await aMemberWith(50);
    const to = await aLedgerMember(database.db);
    const before = await ledgerSnapshot(database.db);

    const publish = database.db.transaction(async (tx) => {
      await transfer(tx, {
        idempotencyKey: aKey(),
        kind: 'pledge',
        memo: 'With the case',
        legs: [
          { account: member(from), amount: -20 },
          { account: member(to), amount: 20 },
        ],
      });
      throw new Error('publishing failed after the pledge');
    });

    await expect(publish).rejects.toThrow('publishing failed after the pledge');
    expect(await ledgerSnapshot(database.db)).toEqual(before);
  });

  it("leaves the caller's transaction usable after a refusal", async () => {
    const from = await aMemberWith(5);
    const to = await aLedgerMember(database.db);

    await database.db.transaction(async (tx) => {
      await expect(
        transfer(tx, {
          idempotencyKey: aKey(),
          kind: 'pledge',
          memo: 'Too much',
          legs: [
            { account: member(from), amount: -6 },
            { account: member(to), amount: 6 },
          ],
        }),
      ).rejects.toThrow(NotEnoughPoints);
      await tx.update(members).set({ displayName: 'Still writing' }).where(eq(members.id, from));
    });

    const [row] = await database.db
      .select({ displayName: members.displayName })
      .from(members)
      .where(eq(members.id, from));
    expect(row?.displayName).toBe('Still writing');
    expect(await balanceOf(database.db, member(from))).toBe(5);
  });
});
