// Members and cases made straight in the database, and a look at the whole ledger, for the
// rewards tests.
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import {
  cases,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
  members,
} from '../platform/database/schema.js';
import { accountsOutOfBalance, sumOfBalances } from './ledger.queries.js';

export async function aLedgerMember(db: Queryable): Promise<string> {
  const unique = randomUUID().slice(0, 12);
  const [row] = await db
    .insert(members)
    .values({
      email: `ledger-${unique}@example.org`,
      passwordHash: 'not used',
      displayName: `Ledger member ${unique}`,
      handle: `ledger_${unique.replace('-', '')}`,
    })
    .returning({ id: members.id });
  if (row === undefined) throw new Error('member not inserted');
  return row.id;
}

export async function aCaseOf(db: Queryable, ownerId: string): Promise<string> {
  const [row] = await db
    .insert(cases)
    .values({
      authorId: ownerId,
      title: 'Fevers and a rash after travel',
      presentation: 'Fevers every few days for three months, a rash on the legs, aching joints.',
    })
    .returning({ id: cases.id });
  if (row === undefined) throw new Error('case not inserted');
  return row.id;
}

/** Everything the ledger holds, to compare before and after a refused transfer. */
export async function ledgerSnapshot(db: Queryable) {
  const [transfers] = await db.select({ n: count() }).from(ledgerTransfers);
  const [entries] = await db.select({ n: count() }).from(ledgerEntries);
  const accounts = await db
    .select({ id: ledgerAccounts.id, balance: ledgerAccounts.balance })
    .from(ledgerAccounts)
    .orderBy(ledgerAccounts.id);
  return { transfers: transfers?.n ?? 0, entries: entries?.n ?? 0, accounts };
}

/** The two invariants of double entry: balances sum to zero and each equals its entries' sum. */
export async function ledgerInvariants(db: Queryable) {
  return {
    sumOfBalances: await sumOfBalances(db),
    accountsOutOfBalance: await accountsOutOfBalance(db),
  };
}
