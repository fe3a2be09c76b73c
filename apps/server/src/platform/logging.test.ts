// Logs carry request ids and never passwords, cookies or case text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/test-app.js';
import { aMember, createTestApp } from '../testing/test-app.js';

const lines: string[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    env: { LOG_LEVEL: 'trace' },
    logStream: { write: (line) => lines.push(line) },
  });
});
afterAll(async () => {
  await t.close();
});

describe('logging', () => {
  it('writes the request id on every request line and in the error body', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nothing',
      headers: { 'x-request-id': 'proxy-given-id-123' },
    });
    expect(response.json<{ requestId: string }>().requestId).toBe('proxy-given-id-123');
    const mine = lines.filter((line) => line.includes('proxy-given-id-123'));
    expect(mine.length).toBeGreaterThanOrEqual(2);
  });

  it('ignores a malformed request id from the client and makes its own', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes a password, a session cookie or case text', async () => {
    const member = await aMember(t.app, { password: 'password-that-must-not-leak' });
    const secretText = 'presentation text that is private health information';
    await member.request({
      method: 'POST',
      url: '/api/cases',
      payload: { title: 'Logged case', presentation: secretText },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: member.email, password: 'wrong-password-that-must-not-leak' },
    });
    // Anything logged with these fields, by us or a library, is redacted too.
    t.app.log.info(
      {
        req: { headers: { cookie: member.cookie, authorization: 'Bearer abc.def' } },
        password: 'direct-password-value',
        body: { presentation: secretText },
      },
      'redaction probe',
    );
    const all = lines.join('\n');
    expect(all).toContain('redaction probe');
    expect(all).toContain('[redacted]');
    for (const secret of [
      'password-that-must-not-leak',
      'wrong-password-that-must-not-leak',
      'direct-password-value',
      member.cookie.split('=')[1] ?? member.cookie,
      'Bearer abc.def',
      secretText,
    ])
      expect(all).not.toContain(secret);
  });
});
