// The behaviour every counter store shares, run against each adapter.
import { describe, expect, it } from 'vitest';
import type { CounterStore } from '../platform/rate-limit.js';

export function describeCounterStore(name: string, open: () => CounterStore) {
  describe(`${name} counters`, () => {
    it('count hits within a window and start again after it', async () => {
      const store = open();
      const key = `test:${Math.random().toString(36).slice(2)}`;
      const now = new Date();
      expect((await store.hit(key, 60_000, now)).count).toBe(1);
      const second = await store.hit(key, 60_000, now);
      expect(second.count).toBe(2);
      expect(second.resetAt.getTime()).toBeGreaterThan(now.getTime());
      expect((await store.peek(key, now))?.count).toBe(2);
      await store.reset(key);
      expect(await store.peek(key, now)).toBeUndefined();
      await store.close();
    });
  });
}
