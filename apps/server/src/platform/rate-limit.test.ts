// Counter stores behave alike: a window starts at the first hit and counts until it ends.
import { describe, expect, it } from 'vitest';
import { describeCounterStore } from '../testing/counter-store-contract.js';
import { memoryCounterStore } from './rate-limit.js';

describeCounterStore('memory', memoryCounterStore);

describe('memory counters', () => {
  it('forget a window once it has ended', async () => {
    const store = memoryCounterStore();
    const start = new Date('2026-01-01T00:00:00Z');
    await store.hit('k', 1000, start);
    expect((await store.hit('k', 1000, new Date(start.getTime() + 1001))).count).toBe(1);
  });
});
