// Brute-force defence: rate limits per IP and per account, and a progressive delay, then a
// temporary lock, after repeated failed sign-ins. Counters live in memory or Redis.
import { createHash } from 'node:crypto';
import type { CounterStore } from '../platform/rate-limit.js';
import { RateLimited } from '../platform/errors.js';

const MINUTE = 60 * 1000;

export interface AttemptRule {
  max: number;
  windowMs: number;
}

/** Limits for each guarded action; documented in docs/security.md. */
export const ATTEMPT_RULES = {
  signInPerIp: { max: 30, windowMs: 10 * MINUTE },
  registerPerIp: { max: 10, windowMs: 60 * MINUTE },
  resetPerIp: { max: 10, windowMs: 60 * MINUTE },
  resetPerAccount: { max: 3, windowMs: 60 * MINUTE },
  verifyPerIp: { max: 30, windowMs: 10 * MINUTE },
  resendPerAccount: { max: 3, windowMs: 60 * MINUTE },
} satisfies Record<string, AttemptRule>;

export type AttemptRuleName = keyof typeof ATTEMPT_RULES;

/** After this many failed sign-ins on one account, each failure waits longer before answering. */
export const DELAY_AFTER_FAILURES = 3;
/** After this many, the account refuses sign-in until the window ends. */
export const LOCK_AFTER_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
const MAX_DELAY_MS = 8_000;

/** Keys never hold an e-mail in clear (Redis is not where personal data should be). */
function keyOf(kind: string, subject: string): string {
  return `${kind}:${createHash('sha256').update(subject).digest('base64url').slice(0, 32)}`;
}

function minutesUntil(when: Date, now: Date): number {
  return Math.max(1, Math.ceil((when.getTime() - now.getTime()) / MINUTE));
}

export class AttemptGuard {
  constructor(
    private readonly counters: CounterStore,
    /** Scales the progressive delay; tests use 0 to keep it out of their run time. */
    private readonly delayUnitMs = 500,
    private readonly rules: Record<AttemptRuleName, AttemptRule> = ATTEMPT_RULES,
  ) {}

  /** Counts one attempt; refuses with 429 once the rule's limit is passed. */
  async limit(name: AttemptRuleName, subject: string, now: Date): Promise<void> {
    const rule = this.rules[name];
    const counter = await this.counters.hit(keyOf(name, subject), rule.windowMs, now);
    if (counter.count > rule.max) {
      const minutes = minutesUntil(counter.resetAt, now);
      throw new RateLimited(
        `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        undefined,
        Math.ceil((counter.resetAt.getTime() - now.getTime()) / 1000),
      );
    }
  }

  /** Refuses sign-in to a locked account (whether or not it exists, so nothing is revealed). */
  async assertNotLocked(email: string, now: Date): Promise<void> {
    const failures = await this.counters.peek(keyOf('sign-in-failures', email), now);
    if (failures !== undefined && failures.count >= LOCK_AFTER_FAILURES) {
      const minutes = minutesUntil(failures.resetAt, now);
      throw new RateLimited(
        `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`,
        undefined,
        Math.ceil((failures.resetAt.getTime() - now.getTime()) / 1000),
      );
    }
  }

  /** Records a failure, waits longer the more failures there have been; returns the count. */
  async recordFailure(email: string, now: Date): Promise<number> {
    const failures = await this.counters.hit(
      keyOf('sign-in-failures', email),
      FAILURE_WINDOW_MS,
      now,
    );
    const beyond = failures.count - DELAY_AFTER_FAILURES;
    if (beyond >= 0 && this.delayUnitMs > 0) {
      const delay = Math.min(this.delayUnitMs * 2 ** beyond, MAX_DELAY_MS);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    return failures.count;
  }

  async clearFailures(email: string): Promise<void> {
    await this.counters.reset(keyOf('sign-in-failures', email));
  }
}
