// Points through a case's life on a real database: the welcome grant, the owner's pledge into
// escrow, the payout split among the members who helped, and the refund.
import { randomUUID } from 'node:crypto';
import { WELCOME_POINTS } from '@consilium/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { cases, ledgerTransfers } from '../platform/database/schema.js';
import { Invalid, NotFound } from '../platform/errors.js';
import { openTestDatabase } from '../testing/test-database.js';
import type { AccountRef } from './ledger.js';
import { NotEnoughPoints, balanceOf } from './ledger.js';
import { aCaseOf, aLedgerMember, ledgerInvariants, ledgerSnapshot } from './ledger-fixtures.js';
import { grantWelcomePoints, payOut, pledge, refundPledge } from './rewards.service.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const member = (memberId: string): AccountRef => ({ kind: 'member', memberId });
const escrow = (caseId: string): AccountRef => ({ kind: 'escrow', caseId });
const pointsOf = (memberId: string) => balanceOf(database.db, member(memberId));

/** A member with their welcome points and an open case on which they pledged `amount`. */
async function aPledgedCase(amount: number) {
  const ownerId = await aLedgerMember(database.db);
  await grantWelcomePoints(database.db, ownerId);
  const caseId = await aCaseOf(database.db, ownerId);
  await pledge(database.db, { caseId, ownerId, amount });
  return { ownerId, caseId };
}

describe('welcome points', () => {
  it('are granted once, however often they are asked for', async () => {
    const id = await aLedgerMember(database.db);
    const first = await grantWelcomePoints(database.db, id);
    const second = await grantWelcomePoints(database.db, id);
    expect(second).toEqual({ ...first, replayed: true });
    expect(await pointsOf(id)).toBe(WELCOME_POINTS);
  });
});

describe('a pledge', () => {
  it("moves points from the owner's account into the case's escrow", async () => {
    const { ownerId, caseId } = await aPledgedCase(40);
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS - 40);
    expect(await balanceOf(database.db, escrow(caseId))).toBe(40);
  });

  it('is refused beyond what the owner holds, and nothing moves', async () => {
    const ownerId = await aLedgerMember(database.db);
    await grantWelcomePoints(database.db, ownerId);
    const caseId = await aCaseOf(database.db, ownerId);
    await expect(
      pledge(database.db, { caseId, ownerId, amount: WELCOME_POINTS + 1 }),
    ).rejects.toThrow(NotEnoughPoints);
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS);
    expect(await balanceOf(database.db, escrow(caseId))).toBe(0);
  });

  it('is made once per case', async () => {
    const { ownerId, caseId } = await aPledgedCase(25);
    const again = await pledge(database.db, { caseId, ownerId, amount: 25 });
    expect(again.replayed).toBe(true);
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS - 25);
  });

  it.each([0, -5, 2.5])('of %s points is refused', async (amount) => {
    const ownerId = await aLedgerMember(database.db);
    const caseId = await aCaseOf(database.db, ownerId);
    await expect(pledge(database.db, { caseId, ownerId, amount })).rejects.toThrow(Invalid);
  });

  it("is refused from anyone but the case's owner", async () => {
    const ownerId = await aLedgerMember(database.db);
    const other = await aLedgerMember(database.db);
    await grantWelcomePoints(database.db, other);
    const caseId = await aCaseOf(database.db, ownerId);
    await expect(pledge(database.db, { caseId, ownerId: other, amount: 10 })).rejects.toThrow(
      "Only the case's owner can pledge points to it.",
    );
    expect(await pointsOf(other)).toBe(WELCOME_POINTS);
  });

  it('is recorded with the case that publishes it, or not at all', async () => {
    const ownerId = await aLedgerMember(database.db);
    await grantWelcomePoints(database.db, ownerId);
    const before = await ledgerSnapshot(database.db);

    const publish = database.db.transaction(async (tx) => {
      const caseId = await aCaseOf(tx, ownerId);
      await pledge(tx, { caseId, ownerId, amount: 30 });
      await tx.update(cases).set({ rewardPledge: 30 }).where(eq(cases.id, caseId));
      throw new Error('the case could not be published');
    });

    await expect(publish).rejects.toThrow('the case could not be published');
    expect(await ledgerSnapshot(database.db)).toEqual(before);
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS);
  });
});

describe('a refund', () => {
  it("returns the whole escrow to the case's owner, once", async () => {
    const { ownerId, caseId } = await aPledgedCase(35);

    const refund = await refundPledge(database.db, caseId);
    const again = await refundPledge(database.db, caseId);

    expect(refund?.kind).toBe('refund');
    expect(again).toEqual({ ...refund, replayed: true });
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS);
    expect(await balanceOf(database.db, escrow(caseId))).toBe(0);
  });

  it('is nothing for a case without a pledge', async () => {
    const ownerId = await aLedgerMember(database.db);
    const caseId = await aCaseOf(database.db, ownerId);
    expect(await refundPledge(database.db, caseId)).toBeNull();
  });

  it('is refused for a case that does not exist', async () => {
    await expect(refundPledge(database.db, randomUUID())).rejects.toThrow(NotFound);
  });
});

describe('a payout', () => {
  it('splits the escrow exactly among the members who helped, leaving nothing in it', async () => {
    const { caseId } = await aPledgedCase(100);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => aLedgerMember(database.db)));
    if (a === undefined || b === undefined || c === undefined) throw new Error('no members');

    const result = await payOut(database.db, {
      caseId,
      shares: [
        { memberId: a, helpful: true, contribution: 1 / 3 },
        { memberId: b, helpful: true, contribution: 1 / 3 },
        { memberId: c, helpful: true, contribution: 1 / 3 },
      ],
    });

    const paid = [await pointsOf(a), await pointsOf(b), await pointsOf(c)];
    expect(paid.reduce((sum, points) => sum + points, 0)).toBe(100);
    expect([...paid].sort()).toEqual([33, 33, 34]);
    expect(result?.kind).toBe('payout');
    expect(await balanceOf(database.db, escrow(caseId))).toBe(0);
    expect(await ledgerInvariants(database.db)).toEqual({
      sumOfBalances: 0,
      accountsOutOfBalance: [],
    });
  });

  it("weighs the owner's ratings: helpful in full, unrated half, not helpful nothing", async () => {
    const { caseId } = await aPledgedCase(90);
    const [helpful, unrated, unhelpful] = await Promise.all(
      [1, 2, 3].map(() => aLedgerMember(database.db)),
    );
    if (helpful === undefined || unrated === undefined || unhelpful === undefined)
      throw new Error('no members');

    await payOut(database.db, {
      caseId,
      shares: [
        { memberId: helpful, helpful: true, contribution: 0.3 },
        { memberId: unrated, helpful: null, contribution: 0.3 },
        { memberId: unhelpful, helpful: false, contribution: 0.4 },
      ],
    });

    expect(await pointsOf(helpful)).toBe(60);
    expect(await pointsOf(unrated)).toBe(30);
    expect(await pointsOf(unhelpful)).toBe(0);
  });

  it('never pays the owner from their own pledge', async () => {
    const { ownerId, caseId } = await aPledgedCase(50);
    const solver = await aLedgerMember(database.db);

    await payOut(database.db, {
      caseId,
      shares: [
        { memberId: ownerId, helpful: true, contribution: 0.9 },
        { memberId: solver, helpful: true, contribution: 0.1 },
      ],
    });

    expect(await pointsOf(solver)).toBe(50);
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS - 50);
  });

  it('returns the pledge to the owner when no one earned a share', async () => {
    const { ownerId, caseId } = await aPledgedCase(45);
    const solver = await aLedgerMember(database.db);

    const result = await payOut(database.db, {
      caseId,
      shares: [{ memberId: solver, helpful: false, contribution: 1 }],
    });

    expect(result?.kind).toBe('refund');
    expect(await pointsOf(ownerId)).toBe(WELCOME_POINTS);
    expect(await pointsOf(solver)).toBe(0);
  });

  it('pays once: asking again returns the first payout', async () => {
    const { caseId } = await aPledgedCase(20);
    const solver = await aLedgerMember(database.db);
    const shares = [{ memberId: solver, helpful: true, contribution: 1 }];

    const first = await payOut(database.db, { caseId, shares });
    const again = await payOut(database.db, { caseId, shares });

    expect(again).toEqual({ ...first, replayed: true });
    expect(await pointsOf(solver)).toBe(20);
    const payouts = await database.db
      .select()
      .from(ledgerTransfers)
      .where(eq(ledgerTransfers.idempotencyKey, `payout:${caseId}`));
    expect(payouts).toHaveLength(1);
  });

  it('is nothing after the pledge was refunded', async () => {
    const { caseId } = await aPledgedCase(20);
    const solver = await aLedgerMember(database.db);
    await refundPledge(database.db, caseId);

    const result = await payOut(database.db, {
      caseId,
      shares: [{ memberId: solver, helpful: true, contribution: 1 }],
    });

    expect(result).toBeNull();
    expect(await pointsOf(solver)).toBe(0);
  });

  it('refuses shares it cannot weigh, paying nothing', async () => {
    const { caseId } = await aPledgedCase(20);
    const solver = await aLedgerMember(database.db);
    await expect(
      payOut(database.db, {
        caseId,
        shares: [{ memberId: solver, helpful: true, contribution: Number.NaN }],
      }),
    ).rejects.toThrow(Invalid);
    expect(await balanceOf(database.db, escrow(caseId))).toBe(20);
  });
});
