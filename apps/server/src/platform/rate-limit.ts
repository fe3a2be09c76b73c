// Fixed-window counters for rate limits and failed sign-ins: in memory for one process, or in
// Redis (REDIS_URL) so every app process shares them.
import { Redis } from 'ioredis';

export interface Counter {
  count: number;
  /** When the window ends and the count starts again from zero. */
  resetAt: Date;
}

export interface CounterStore {
  kind: 'memory' | 'redis';
  /** Adds one to `key` in a window of `windowMs` that starts at the first hit. */
  hit(key: string, windowMs: number, now: Date): Promise<Counter>;
  peek(key: string, now: Date): Promise<Counter | undefined>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export function memoryCounterStore(): CounterStore {
  const counters = new Map<string, { count: number; resetAt: number }>();
  const live = (key: string, now: Date) => {
    const counter = counters.get(key);
    if (counter !== undefined && counter.resetAt <= now.getTime()) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  return {
    kind: 'memory',
    hit(key, windowMs, now) {
      const counter = live(key, now) ?? { count: 0, resetAt: now.getTime() + windowMs };
      counter.count += 1;
      counters.set(key, counter);
      if (counters.size > 100_000) {
        for (const [name] of counters) if (live(name, now) === undefined) counters.delete(name);
      }
      return Promise.resolve({ count: counter.count, resetAt: new Date(counter.resetAt) });
    },
    peek(key, now) {
      const counter = live(key, now);
      return Promise.resolve(
        counter === undefined
          ? undefined
          : { count: counter.count, resetAt: new Date(counter.resetAt) },
      );
    },
    reset(key) {
      counters.delete(key);
      return Promise.resolve();
    },
    close() {
      counters.clear();
      return Promise.resolve();
    },
  };
}

export function redisCounterStore(url: string, prefix: string): CounterStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  return {
    kind: 'redis',
    async hit(key, windowMs, now) {
      const name = prefix + key;
      // INCR and a first-hit expiry in one round trip; the window starts at the first hit.
      const [[, count], , [, ttl]] = (await redis
        .multi()
        .incr(name)
        .pexpire(name, windowMs, 'NX')
        .pttl(name)
        .exec()) as [[null, number], [null, number], [null, number]];
      return { count, resetAt: new Date(now.getTime() + Math.max(ttl, 0)) };
    },
    async peek(key, now) {
      const name = prefix + key;
      const [[, value], [, ttl]] = (await redis.multi().get(name).pttl(name).exec()) as [
        [null, string | null],
        [null, number],
      ];
      if (value === null) return undefined;
      return { count: Number(value), resetAt: new Date(now.getTime() + Math.max(ttl, 0)) };
    },
    async reset(key) {
      await redis.del(prefix + key);
    },
    async close() {
      await redis.quit();
    },
  };
}
