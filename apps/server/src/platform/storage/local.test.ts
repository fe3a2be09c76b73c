import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localFileStorage } from './local.js';
import { describeFileStorage } from './storage-contract.js';

const root = mkdtempSync(path.join(tmpdir(), 'consilium-files-'));
describeFileStorage('local', () => localFileStorage(root));

describe('local file storage', () => {
  it('leaves no partial file behind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'consilium-files-'));
    await localFileStorage(folder).put('evidence/one', Buffer.alloc(1024, 1));
    expect(readdirSync(path.join(folder, 'evidence'))).toEqual(['one']);
  });
});
