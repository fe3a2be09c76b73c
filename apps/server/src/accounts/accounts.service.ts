// Account use cases: register, sign in, sign out.
import type { RegisterBody, SignInBody } from '@consilium/api';
import type { RequestContext, SignedInMember } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { Conflict, Unauthenticated, UNIQUE_VIOLATION, sqlState } from '../platform/errors.js';
import type { SessionStore } from '../platform/sessions.js';
import { findMemberByEmail, insertMember, isHandleTaken } from './accounts.queries.js';
import { handleCandidates } from './handles.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';

export interface AccountDeps {
  database: Database;
  sessions: SessionStore;
}

/** Roles every new member starts with: post their own case, and help solve others'. */
export const NEW_MEMBER_ROLES = ['patient', 'detective'];

export interface SignedIn {
  member: SignedInMember;
  token: string;
}

async function pickHandle(deps: AccountDeps, displayName: string): Promise<string> {
  for (const candidate of handleCandidates(displayName)) {
    if (!(await isHandleTaken(deps.database.db, candidate))) return candidate;
  }
  throw new Conflict('Could not find a free handle for this display name; try another name.');
}

export async function registerMember(
  ctx: RequestContext,
  deps: AccountDeps,
  input: RegisterBody,
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const handle = await pickHandle(deps, input.displayName);
  try {
    return await deps.database.db.transaction(async (tx) => {
      const member = await insertMember(tx, {
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        handle,
        roles: NEW_MEMBER_ROLES,
        createdAt: ctx.now,
      });
      const { token } = await deps.sessions.create(tx, member.id, ctx.now);
      ctx.log.info({ memberId: member.id }, 'member registered');
      return { member, token };
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new Conflict('An account with this e-mail already exists. Sign in instead.', [
        { field: 'body.email', message: 'This e-mail is already registered' },
      ]);
    throw error;
  }
}

/**
 * Checks the password and starts a fresh session. The caller's previous session, if any, is
 * revoked so a token planted before sign-in (session fixation) never becomes authenticated.
 */
export async function signIn(
  ctx: RequestContext,
  deps: AccountDeps,
  input: SignInBody,
  previousToken: string | undefined,
): Promise<SignedIn> {
  const member = await findMemberByEmail(deps.database.db, input.email);
  const passwordHash = member?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(passwordHash, input.password);
  if (member === undefined || !matches) {
    ctx.log.info({ memberId: member?.id }, 'sign-in refused');
    throw new Unauthenticated('E-mail or password is incorrect.');
  }
  return deps.database.db.transaction(async (tx) => {
    if (previousToken !== undefined) await deps.sessions.revoke(tx, previousToken);
    const { token } = await deps.sessions.create(tx, member.id, ctx.now);
    ctx.log.info({ memberId: member.id }, 'member signed in');
    return { member, token };
  });
}

export async function signOut(
  ctx: RequestContext,
  deps: AccountDeps,
  token: string | undefined,
): Promise<void> {
  if (token === undefined) return;
  await deps.sessions.revoke(deps.database.db, token);
  ctx.log.info({ memberId: ctx.member?.id }, 'member signed out');
}
