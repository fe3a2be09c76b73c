// The progressive delay after failed sign-ins, on a fake clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryCounterStore } from '../platform/rate-limit.js';
import { AttemptGuard, DELAY_AFTER_FAILURES } from './attempts.js';

afterEach(() => {
  vi.useRealTimers();
});

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('failed sign-ins', () => {
  it('answer at once at first, then wait twice as long after each further failure', async () => {
    vi.useFakeTimers();
    const guard = new AttemptGuard(memoryCounterStore(), 100);
    const now = new Date();
    for (let i = 0; i < DELAY_AFTER_FAILURES - 1; i += 1)
      expect(await settledWithin(guard.recordFailure('a@example.org', now), 0)).toBe(true);
    const first = guard.recordFailure('a@example.org', now);
    expect(await settledWithin(first, 99)).toBe(false);
    expect(await settledWithin(first, 1)).toBe(true);
    const second = guard.recordFailure('a@example.org', now);
    expect(await settledWithin(second, 199)).toBe(false);
    expect(await settledWithin(second, 1)).toBe(true);
  });

  it('count each account on its own, and start again after a success', async () => {
    vi.useFakeTimers();
    const guard = new AttemptGuard(memoryCounterStore(), 100);
    const now = new Date();
    for (let i = 0; i < DELAY_AFTER_FAILURES - 1; i += 1)
      await guard.recordFailure('b@example.org', now);
    await guard.clearFailures('b@example.org');
    expect(await settledWithin(guard.recordFailure('b@example.org', now), 0)).toBe(true);
    expect(await settledWithin(guard.recordFailure('c@example.org', now), 0)).toBe(true);
  });
});
