// The behaviour every FileStorage adapter must have; each adapter's test runs it.
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { FileStorage } from './storage.js';

export function describeFileStorage(name: string, storage: () => FileStorage): void {
  describe(`${name} file storage`, () => {
    it('stores, reads back, replaces and deletes a file', async () => {
      const files = storage();
      await files.put('evidence/abc-123', Buffer.from('licence scan'));
      const file = await files.get('evidence/abc-123');
      expect(file?.bytes).toBe(12);
      if (file === undefined) throw new Error('the stored file is missing');
      expect(await text(file.body)).toBe('licence scan');
      await files.put('evidence/abc-123', Buffer.from('second'));
      const replaced = await files.get('evidence/abc-123');
      if (replaced === undefined) throw new Error('the replaced file is missing');
      expect(await text(replaced.body)).toBe('second');
      await files.delete('evidence/abc-123');
      expect(await files.get('evidence/abc-123')).toBeUndefined();
      await expect(files.delete('evidence/abc-123')).resolves.toBeUndefined();
    });

    it('answers undefined for a file that was never stored', async () => {
      expect(await storage().get('evidence/never-stored')).toBeUndefined();
    });

    it('refuses keys that could leave its folder', async () => {
      const files = storage();
      for (const key of ['../outside', 'evidence/../../x', '/etc/passwd', 'Evidence/UPPER', ''])
        await expect(files.put(key, Buffer.from('x'))).rejects.toThrow('invalid storage key');
    });
  });
}
