// What account use cases need from the platform.
import type { Database } from '../platform/database/index.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { SessionStore } from '../platform/sessions.js';
import type { AttemptGuard } from './attempts.js';
import type { EmailTokens } from './tokens.js';

export interface AccountDeps {
  database: Database;
  sessions: SessionStore;
  tokens: EmailTokens;
  mailer: Mailer;
  attempts: AttemptGuard;
  /** Base of the links in e-mails, e.g. https://consilium.example.org. */
  publicUrl: string;
}

export function linkTo(deps: AccountDeps, path: string, token?: string): string {
  const url = new URL(path, `${deps.publicUrl}/`);
  if (token !== undefined) url.searchParams.set('token', token);
  return url.toString();
}
