// Keys and codes of two-factor sign-in: the authenticator secret encrypted at rest (AES-256-GCM
// under a key derived from SESSION_SECRET with HKDF), and recovery codes kept only as HMACs.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
} from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@consilium/api';

const FORMAT = 'v1';
const IV_BYTES = 12;
/** Letters and digits that cannot be mistaken for one another (no i, l, o, 0, 1). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function deriveKey(sessionSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'consilium-two-factor', purpose, 32));
}

/** Strips what people add when typing a recovery code: dashes, spaces, capitals. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}

export class TwoFactorSecrets {
  private readonly encryptionKey: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(sessionSecret: string) {
    this.encryptionKey = deriveKey(sessionSecret, 'totp-secret-encryption');
    this.recoveryKey = deriveKey(sessionSecret, 'recovery-code-hmac');
  }

  /** Encrypts a base32 secret; the member id is bound in, so a row's value can't be moved. */
  encrypt(secret: string, memberId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(memberId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), sealed]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The base32 secret; throws when the value was tampered with or belongs to another member. */
  decrypt(stored: string, memberId: string): string {
    const [format, iv, tag, sealed] = stored.split('.');
    if (format !== FORMAT || iv === undefined || tag === undefined || sealed === undefined)
      throw new Error('unknown format of an encrypted two-factor secret');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey,
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(memberId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Fresh recovery codes as the member sees them, like `k7pq-m2xd-9f` (about 49 bits each). */
  newRecoveryCodes(): string[] {
    return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const chars = Array.from(
        { length: 10 },
        () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)] ?? '',
      ).join('');
      return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
    });
  }

  /** What the database keeps of a recovery code. */
  hashRecoveryCode(code: string): string {
    return createHmac('sha256', this.recoveryKey)
      .update(normaliseRecoveryCode(code))
      .digest('base64url');
  }
}
