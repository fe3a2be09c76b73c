// Password hashing with argon2id at OWASP's recommended cost (m=19 MiB, t=2, p=1).
import { hash, verify } from '@node-rs/argon2';

// `Algorithm.Argon2id` is a const enum, which verbatimModuleSyntax cannot import: 2 is argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, verified when an e-mail is unknown so timing reveals nothing. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${String(Math.random())}`);
  return decoyHash;
}

let commonPasswords: Set<string> | undefined;

async function loadCommonPasswords(): Promise<Set<string>> {
  if (commonPasswords === undefined) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    commonPasswords = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  }
  return commonPasswords;
}

/** Why a new password is too easy to guess, or undefined when it is acceptable. */
export async function weakPasswordReason(
  password: string,
  personal: { email: string; handle?: string; displayName?: string },
): Promise<string | undefined> {
  const lowered = password.toLowerCase();
  if ((await loadCommonPasswords()).has(lowered))
    return 'This password is on a list of commonly used passwords: choose another.';
  if (/^(.)\1*$/.test(password)) return 'A password of one repeated character is easy to guess.';
  const local = personal.email.split('@')[0] ?? '';
  const personalWords = [local, personal.handle, personal.displayName]
    .filter((word): word is string => word !== undefined && word.length >= 4)
    .map((word) => word.toLowerCase());
  if (personalWords.some((word) => lowered.includes(word)))
    return 'Your password must not contain your e-mail name, handle or display name.';
  return undefined;
}
