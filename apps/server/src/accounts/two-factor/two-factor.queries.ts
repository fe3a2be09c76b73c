// Table access for two-factor sign-in: the member's secret and recovery codes.
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/database/index.js';
import { members, recoveryCodes } from '../../platform/database/schema.js';

/** Keeps a new (encrypted) secret while two-factor sign-in is not on yet. */
export async function storePendingSecret(db: Queryable, memberId: string, encrypted: string) {
  await db
    .update(members)
    .set({ totpSecret: encrypted })
    .where(and(eq(members.id, memberId), isNull(members.totpEnabledAt)));
}

/** Turns two-factor sign-in on; false when it already was, or no secret was set up. */
export async function markTwoFactorEnabled(
  db: Queryable,
  memberId: string,
  at: Date,
): Promise<boolean> {
  const updated = await db
    .update(members)
    .set({ totpEnabledAt: at })
    .where(
      and(eq(members.id, memberId), isNull(members.totpEnabledAt), isNotNull(members.totpSecret)),
    )
    .returning({ id: members.id });
  return updated.length > 0;
}

/** Turns two-factor sign-in off: forgets the secret and every recovery code. */
export async function clearTwoFactor(db: Queryable, memberId: string) {
  await db
    .update(members)
    .set({ totpSecret: null, totpEnabledAt: null })
    .where(eq(members.id, memberId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.memberId, memberId));
}

/** Replaces the member's recovery codes (by their hashes); the old ones stop working. */
export async function replaceRecoveryCodes(
  db: Queryable,
  memberId: string,
  codeHashes: string[],
  at: Date,
) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.memberId, memberId));
  await db
    .insert(recoveryCodes)
    .values(codeHashes.map((codeHash) => ({ codeHash, memberId, createdAt: at })));
}

/** Uses a recovery code up in one statement, so two requests can never both spend it. */
export async function consumeRecoveryCode(
  db: Queryable,
  memberId: string,
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.codeHash, codeHash),
        eq(recoveryCodes.memberId, memberId),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  return used.length > 0;
}

export async function countUnusedRecoveryCodes(db: Queryable, memberId: string): Promise<number> {
  const [row] = await db
    .select({ unused: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.memberId, memberId), isNull(recoveryCodes.usedAt)));
  return row?.unused ?? 0;
}
