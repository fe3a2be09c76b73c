// Single-use, expiring tokens for links sent by e-mail. The link carries a random token; the
// table keeps only its HMAC, so a copy of the database cannot be used to follow a link.
import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { accountTokens } from '../platform/database/schema.js';
import { Invalid } from '../platform/errors.js';

export type TokenPurpose = 'verify-email' | 'reset-password' | 'change-email';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 48 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
  'change-email': 24 * 60 * 60 * 1000,
};

export class EmailTokens {
  constructor(private readonly secret: string) {}

  private hash(token: string): string {
    return createHmac('sha256', this.secret).update(`email-token:${token}`).digest('base64url');
  }

  /** Issues a new token; earlier unused tokens of the same purpose stop working. */
  async issue(
    db: Queryable,
    memberId: string,
    purpose: TokenPurpose,
    now: Date,
    newEmail?: string,
  ): Promise<string> {
    await db
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.memberId, memberId),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
        ),
      );
    const token = randomBytes(32).toString('base64url');
    await db.insert(accountTokens).values({
      tokenHash: this.hash(token),
      memberId,
      purpose,
      newEmail: newEmail ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    });
    return token;
  }

  /**
   * Marks a token used and returns what it was for. Atomic: of two requests with the same token,
   * only one succeeds. Expired, used, unknown and wrong-purpose tokens get the same answer.
   */
  async consume(db: Queryable, token: string, purpose: TokenPurpose, now: Date) {
    const [row] = await db
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.tokenHash, this.hash(token)),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
        ),
      )
      .returning();
    if (row === undefined || row.expiresAt.getTime() <= now.getTime())
      throw new Invalid('This link has expired or was already used. Ask for a new one.', [
        { field: 'body.token', message: 'This link has expired or was already used' },
      ]);
    return row;
  }
}
