// Maps member rows to what the API shows the member about themself.
import type { MemberSelf, SessionView } from '@consilium/api';
import type { SignedInMember } from '../platform/context.js';
import { actorOf } from '../platform/auth.js';
import type { SessionStore } from '../platform/sessions.js';

export function toMemberSelf(member: SignedInMember): MemberSelf {
  const actor = actorOf(member);
  return {
    id: member.id,
    email: member.email,
    displayName: member.displayName,
    handle: member.handle,
    roles: actor.kind === 'member' ? [...actor.roles] : [],
    country: member.country,
    language: member.language === 'es' ? 'es' : 'en',
    emailVerified: member.emailVerifiedAt !== null,
    twoFactorEnabled: member.totpEnabledAt !== null,
    createdAt: member.createdAt.toISOString(),
  };
}

export function toSessionView(
  sessions: SessionStore,
  signedIn: { member: SignedInMember; tokenHash: string; needsSecondFactor?: boolean } | undefined,
): SessionView {
  if (signedIn === undefined) return { member: null, csrfToken: null };
  // Between the password and the code: no member yet, but the token for the second step.
  if (signedIn.needsSecondFactor === true)
    return {
      member: null,
      csrfToken: sessions.csrfTokenFor(signedIn.tokenHash),
      secondFactorRequired: true,
    };
  return {
    member: toMemberSelf(signedIn.member),
    csrfToken: sessions.csrfTokenFor(signedIn.tokenHash),
  };
}
