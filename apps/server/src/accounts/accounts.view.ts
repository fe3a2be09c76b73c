// Maps member rows to what the API shows the member about themself.
import type { MemberSelf, SessionView } from '@consilium/api';
import type { RequestContext, SignedInMember } from '../platform/context.js';
import type { Queryable } from '../platform/database/index.js';
import type { SessionStore } from '../platform/sessions.js';
import type { CredentialInForce } from '../platform/tiers.js';
import { credentialsInForce, rolesWithTiers } from '../platform/tiers.js';

export function toMemberSelf(
  member: SignedInMember,
  inForce: readonly CredentialInForce[],
): MemberSelf {
  return {
    id: member.id,
    email: member.email,
    displayName: member.displayName,
    handle: member.handle,
    roles: rolesWithTiers(member.roles, inForce),
    country: member.country,
    language: member.language === 'es' ? 'es' : 'en',
    emailVerified: member.emailVerifiedAt !== null,
    twoFactorEnabled: member.totpEnabledAt !== null,
    createdAt: member.createdAt.toISOString(),
  };
}

export async function toSessionView(
  sessions: SessionStore,
  signedIn: { member: SignedInMember; tokenHash: string; needsSecondFactor?: boolean } | undefined,
  db: Queryable,
  /** The request's context: its credentials are reused when the member is the one signed in. */
  ctx: Pick<RequestContext, 'now' | 'member' | 'credentials'>,
): Promise<SessionView> {
  if (signedIn === undefined) return { member: null, csrfToken: null };
  // Between the password and the code: no member yet, but the token for the second step.
  if (signedIn.needsSecondFactor === true)
    return {
      member: null,
      csrfToken: sessions.csrfTokenFor(signedIn.tokenHash),
      secondFactorRequired: true,
    };
  return {
    member: toMemberSelf(
      signedIn.member,
      ctx.member?.id === signedIn.member.id
        ? ctx.credentials
        : await credentialsInForce(db, [signedIn.member.id], ctx.now),
    ),
    csrfToken: sessions.csrfTokenFor(signedIn.tokenHash),
  };
}
