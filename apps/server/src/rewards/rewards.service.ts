// The movements of points in a case's life: welcome grants, the owner's pledge into the case's
// escrow, the payout to the members who helped, or the refund to the owner.
import type { RewardContribution } from '@consilium/core';
import { WELCOME_POINTS, rewardWeight, splitPledge } from '@consilium/core';
import type { Queryable } from '../platform/database/index.js';
import { Invalid, NotFound } from '../platform/errors.js';
import type { AccountRef, TransferLeg, TransferResult } from './ledger.js';
import { accountKey, findTransfer, lockAccountsOf, transfer } from './ledger.js';
import { findAccount, findCaseOwner } from './ledger.queries.js';

const memberAccount = (memberId: string): AccountRef => ({ kind: 'member', memberId });
const escrowOf = (caseId: string): AccountRef => ({ kind: 'escrow', caseId });

async function requireCaseOwner(db: Queryable, caseId: string): Promise<string> {
  const ownerId = await findCaseOwner(db, caseId);
  if (ownerId === undefined) throw new NotFound('There is no such case.');
  return ownerId;
}

/** Gives a member their starting points, once: a second call returns the first grant. */
export function grantWelcomePoints(db: Queryable, memberId: string): Promise<TransferResult> {
  return transfer(db, {
    idempotencyKey: `grant:welcome:${memberId}`,
    kind: 'grant',
    memo: 'Welcome points',
    legs: [
      { account: { kind: 'platform' }, amount: -WELCOME_POINTS },
      { account: memberAccount(memberId), amount: WELCOME_POINTS },
    ],
  });
}

/**
 * Moves the owner's pledge into the case's escrow, once per case. Pass the transaction that
 * publishes the case so that the case and its pledge are recorded together or not at all.
 */
export async function pledge(
  db: Queryable,
  input: { caseId: string; ownerId: string; amount: number },
): Promise<TransferResult> {
  if (!Number.isSafeInteger(input.amount) || input.amount < 1)
    throw new Invalid(
      `A pledge must be a whole number of points, at least 1, not ${input.amount}.`,
    );
  if ((await requireCaseOwner(db, input.caseId)) !== input.ownerId)
    throw new Invalid("Only the case's owner can pledge points to it.");
  return transfer(db, {
    idempotencyKey: `pledge:${input.caseId}`,
    kind: 'pledge',
    caseId: input.caseId,
    memo: 'Reward pledged to your case',
    legs: [
      { account: memberAccount(input.ownerId), amount: -input.amount },
      { account: escrowOf(input.caseId), amount: input.amount },
    ],
  });
}

/**
 * Empties a case's escrow under lock and records where its points went. `decide` receives the
 * escrow's balance (never 0) and returns the transfer to make of it. Null when the escrow is
 * empty or was never funded; the earlier transfer when `idempotencyKey` was already used.
 */
async function settleEscrow(
  db: Queryable,
  caseId: string,
  settlement: {
    idempotencyKey: string;
    /** Every account the settlement may credit besides the escrow. */
    payees: readonly AccountRef[];
    decide(total: number): Pick<TransferResult, 'kind' | 'memo'> & { legs: TransferLeg[] };
  },
): Promise<TransferResult | null> {
  const escrow = escrowOf(caseId);
  if ((await findAccount(db, escrow)) === undefined)
    return (await findTransfer(db, settlement.idempotencyKey)) ?? null;
  return db.transaction(async (tx) => {
    // Locked before the balance is read, so a concurrent settlement waits and then sees 0.
    const locked = await lockAccountsOf(tx, [escrow, ...settlement.payees]);
    const earlier = await findTransfer(tx, settlement.idempotencyKey);
    if (earlier !== undefined) return earlier;
    const total = locked.get(accountKey(escrow))?.balance ?? 0;
    if (total === 0) return null;
    const decided = settlement.decide(total);
    return transfer(tx, {
      idempotencyKey: settlement.idempotencyKey,
      caseId,
      ...decided,
      legs: [{ account: escrow, amount: -total }, ...decided.legs],
    });
  });
}

/** Returns everything in a withdrawn case's escrow to its owner; null when there is nothing. */
export async function refundPledge(db: Queryable, caseId: string): Promise<TransferResult | null> {
  const owner = memberAccount(await requireCaseOwner(db, caseId));
  return settleEscrow(db, caseId, {
    idempotencyKey: `refund:${caseId}`,
    payees: [owner],
    decide: (total) => ({
      kind: 'refund',
      memo: 'Pledge returned: the case was withdrawn',
      legs: [{ account: owner, amount: total }],
    }),
  });
}

/**
 * Pays a closed case's escrow to the members who helped, split by `splitPledge`: all of it,
 * in whole points. When no one earned a share, the owner gets it back. Null when the escrow is
 * empty (never funded, or already refunded).
 */
export async function payOut(
  db: Queryable,
  input: { caseId: string; shares: readonly RewardContribution[] },
): Promise<TransferResult | null> {
  const ownerId = await requireCaseOwner(db, input.caseId);
  const owner = memberAccount(ownerId);
  const sharers = refusingInvalidShares(() =>
    input.shares.filter((share) => share.memberId !== ownerId && rewardWeight(share) > 0n),
  );
  return settleEscrow(db, input.caseId, {
    idempotencyKey: `payout:${input.caseId}`,
    payees: [owner, ...sharers.map((share) => memberAccount(share.memberId))],
    decide(total) {
      const awards = refusingInvalidShares(() => splitPledge(total, input.shares, { ownerId }));
      if (awards.length === 0)
        return {
          kind: 'refund',
          memo: 'Pledge returned: no suggestion earned a share',
          legs: [{ account: owner, amount: total }],
        };
      return {
        kind: 'payout',
        memo: 'Reward for helping with a case',
        legs: awards.map((award) => ({
          account: memberAccount(award.memberId),
          amount: award.amount,
        })),
      };
    },
  });
}

/** The core's split rules throw RangeError on shares they cannot weigh: a 400 for the caller. */
function refusingInvalidShares<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) throw new Invalid(`Invalid shares: ${error.message}.`);
    throw error;
  }
}
