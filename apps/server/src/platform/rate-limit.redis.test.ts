// The Redis counter store, against the real Redis named by REDIS_URL (CI always sets it).
import { describeCounterStore } from '../testing/counter-store-contract.js';
import { redisCounterStore } from './rate-limit.js';

describeCounterStore('Redis', () =>
  redisCounterStore(process.env.REDIS_URL ?? '', 'consilium-test:'),
);
