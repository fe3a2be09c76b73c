// The ledger under truly concurrent requests, each on its own connection of the pool. Only on
// PostgreSQL: PGlite is a single session, so its requests never overlap and prove nothing here.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/index.js';
import { ledgerAccounts, ledgerTransfers } from '../platform/database/schema.js';
import { openTestDatabase, testDatabaseKind } from '../testing/test-database.js';
import type { AccountRef } from './ledger.js';
import { NotEnoughPoints, balanceOf, transfer } from './ledger.js';
import { aCaseOf, aLedgerMember, ledgerInvariants } from './ledger-fixtures.js';
import { grantWelcomePoints, payOut, pledge } from './rewards.service.js';

const member = (memberId: string): AccountRef => ({ kind: 'member', memberId });

describe.skipIf(testDatabaseKind() === 'pglite')(
  'the ledger under concurrent requests (PostgreSQL only: PGlite runs one statement at a time)',
  () => {
    let database: Database;

    beforeAll(async () => {
      database = await openTestDatabase();
    });
    afterAll(async () => {
      await database.close();
    });

    it('lets exactly as many of 50 simultaneous pledges through as the balance allows', async () => {
      const owner = await aLedgerMember(database.db);
      await grantWelcomePoints(database.db, owner);
      const caseIds = await Promise.all(
        Array.from({ length: 50 }, () => aCaseOf(database.db, owner)),
      );
      const platformBefore = await balanceOf(database.db, { kind: 'platform' });

      const outcomes = await Promise.allSettled(
        caseIds.map((caseId) => pledge(database.db, { caseId, ownerId: owner, amount: 7 })),
      );

      const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
      );
      // 100 welcome points pay for 14 pledges of 7, leaving 2.
      expect(succeeded).toHaveLength(14);
      expect(refused).toHaveLength(36);
      expect(refused.every((reason) => reason instanceof NotEnoughPoints)).toBe(true);
      expect(await balanceOf(database.db, member(owner))).toBe(2);
      const escrows = await Promise.all(
        caseIds.map((caseId) => balanceOf(database.db, { kind: 'escrow', caseId })),
      );
      expect(escrows.reduce((sum, balance) => sum + balance, 0)).toBe(98);
      expect(await balanceOf(database.db, { kind: 'platform' })).toBe(platformBefore);
      expect(await ledgerInvariants(database.db)).toEqual({
        sumOfBalances: 0,
        accountsOutOfBalance: [],
      });
    });

    it('records one transfer when 20 identical requests arrive at once', async () => {
      const from = await aLedgerMember(database.db);
      await grantWelcomePoints(database.db, from);
      const to = await aLedgerMember(database.db);
      const request = {
        idempotencyKey: `test:race:${from}`,
        kind: 'pledge' as const,
        memo: 'Sent twenty times',
        legs: [
          { account: member(from), amount: -30 },
          { account: member(to), amount: 30 },
        ],
      };

      const results = await Promise.all(
        Array.from({ length: 20 }, () => transfer(database.db, request)),
      );

      expect(results.filter((result) => !result.replayed)).toHaveLength(1);
      expect(new Set(results.map((result) => result.id)).size).toBe(1);
      const rows = await database.db
        .select()
        .from(ledgerTransfers)
        .where(eq(ledgerTransfers.idempotencyKey, request.idempotencyKey));
      expect(rows).toHaveLength(1);
      expect(await balanceOf(database.db, member(from))).toBe(70);
      expect(await balanceOf(database.db, member(to))).toBe(30);
    });

    it('completes transfers in both directions between two accounts at once, without deadlock', async () => {
      const alice = await aLedgerMember(database.db);
      const bob = await aLedgerMember(database.db);
      await Promise.all([
        grantWelcomePoints(database.db, alice),
        grantWelcomePoints(database.db, bob),
      ]);

      const transfers = Array.from({ length: 40 }, (_, index) => {
        const [from, to] = index % 2 === 0 ? [alice, bob] : [bob, alice];
        return transfer(database.db, {
          idempotencyKey: `test:both-ways:${alice}:${index}`,
          kind: 'payout',
          memo: 'Back and forth',
          legs: [
            { account: member(from), amount: -3 },
            { account: member(to), amount: 3 },
          ],
        });
      });
      await Promise.all(transfers);

      expect(await balanceOf(database.db, member(alice))).toBe(100);
      expect(await balanceOf(database.db, member(bob))).toBe(100);
    });

    it('opens an account once when many first transfers to it arrive at once', async () => {
      const newcomer = await aLedgerMember(database.db);

      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          transfer(database.db, {
            idempotencyKey: `test:first-use:${newcomer}:${index}`,
            kind: 'grant',
            memo: 'Hello',
            legs: [
              { account: { kind: 'platform' }, amount: -5 },
              { account: member(newcomer), amount: 5 },
            ],
          }),
        ),
      );

      const accounts = await database.db
        .select()
        .from(ledgerAccounts)
        .where(eq(ledgerAccounts.memberId, newcomer));
      expect(accounts).toHaveLength(1);
      expect(accounts[0]?.balance).toBe(100);
    });

    it('pays a case out once when its payout is requested several times at once', async () => {
      const owner = await aLedgerMember(database.db);
      const solver = await aLedgerMember(database.db);
      await grantWelcomePoints(database.db, owner);
      const caseId = await aCaseOf(database.db, owner);
      await pledge(database.db, { caseId, ownerId: owner, amount: 60 });
      const shares = [{ memberId: solver, helpful: true, contribution: 1 }];

      const results = await Promise.all(
        Array.from({ length: 8 }, () => payOut(database.db, { caseId, shares })),
      );

      expect(new Set(results.map((result) => result?.id)).size).toBe(1);
      expect(await balanceOf(database.db, member(solver))).toBe(60);
      expect(await balanceOf(database.db, { kind: 'escrow', caseId })).toBe(0);
      expect(await ledgerInvariants(database.db)).toEqual({
        sumOfBalances: 0,
        accountsOutOfBalance: [],
      });
    });
  },
);
