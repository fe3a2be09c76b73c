// The authenticator secret at rest and the code checks, without a database.
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { memoryCounterStore } from '../../platform/rate-limit.js';
import { AuthenticatorCodes } from './authenticator.js';
import { TwoFactorSecrets } from './secrets.js';

const secrets = new TwoFactorSecrets('a session secret long enough for the tests 0123');
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const codeAt = (timestamp: number) =>
  TOTP.generate({
    secret: Secret.fromBase32(SECRET),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp,
  });

describe('the authenticator secret at rest', () => {
  it('is encrypted, differently each time, and decrypts for its member only', () => {
    const sealed = secrets.encrypt(SECRET, 'member-a');
    expect(sealed).not.toContain(SECRET);
    expect(secrets.encrypt(SECRET, 'member-a')).not.toBe(sealed);
    expect(secrets.decrypt(sealed, 'member-a')).toBe(SECRET);
    expect(() => secrets.decrypt(sealed, 'member-b')).toThrow();
  });

  it('cannot be read under another SESSION_SECRET', () => {
    const sealed = secrets.encrypt(SECRET, 'member-a');
    const other = new TwoFactorSecrets('another session secret long enough 0123456789');
    expect(() => other.decrypt(sealed, 'member-a')).toThrow();
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes whose hash ignores dashes, spaces and capitals', () => {
    const codes = secrets.newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const [code = ''] = codes;
    expect(secrets.hashRecoveryCode(code.toUpperCase().replaceAll('-', ' '))).toBe(
      secrets.hashRecoveryCode(code),
    );
    expect(secrets.hashRecoveryCode(code)).not.toContain(code.replaceAll('-', ''));
  });
});

describe('authenticator codes', () => {
  const now = new Date('2026-03-01T10:00:15Z');

  it('accepts the current code and one step of drift either way, not two', async () => {
    const codes = new AuthenticatorCodes(memoryCounterStore());
    expect(await codes.accept('m1', SECRET, codeAt(now.getTime() - 30_000), now)).toBe(true);
    expect(await codes.accept('m2', SECRET, codeAt(now.getTime() + 30_000), now)).toBe(true);
    expect(await codes.accept('m3', SECRET, codeAt(now.getTime() - 60_000), now)).toBe(false);
  });

  it('refuses a code used before, and codes older than the last accepted', async () => {
    const codes = new AuthenticatorCodes(memoryCounterStore());
    const current = codeAt(now.getTime());
    expect(await codes.accept('m', SECRET, current, now)).toBe(true);
    expect(await codes.accept('m', SECRET, current, now)).toBe(false);
    expect(await codes.accept('m', SECRET, codeAt(now.getTime() - 30_000), now)).toBe(false);
    expect(await codes.accept('m', SECRET, codeAt(now.getTime() + 30_000), now)).toBe(true);
    expect(await codes.accept('other', SECRET, current, now)).toBe(true);
  });
});
