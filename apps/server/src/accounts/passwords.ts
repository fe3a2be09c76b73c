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
