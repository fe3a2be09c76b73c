// The S3 adapter against s3rver, an S3-compatible server run by the test (the bucket service
// itself is outside this machine in production).
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll } from 'vitest';
import { s3FileStorage } from './s3.js';
import { describeFileStorage } from './storage-contract.js';

let server: S3rver;
let storage: ReturnType<typeof s3FileStorage>;

beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), 'consilium-s3-')),
    configureBuckets: [{ name: 'consilium-test', configs: [] }],
  });
  const address: AddressInfo = await server.run();
  storage = s3FileStorage({
    bucket: 'consilium-test',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});
afterAll(async () => {
  storage.close();
  await server.close();
});

describeFileStorage('S3', () => storage);
