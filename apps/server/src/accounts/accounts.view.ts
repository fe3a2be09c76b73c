// Maps member rows to what the API shows the member about themself.
import type { MemberSelf } from '@consilium/api';
import type { SignedInMember } from '../platform/context.js';
import { actorOf } from '../platform/auth.js';

export function toMemberSelf(member: SignedInMember): MemberSelf {
  const actor = actorOf(member);
  return {
    id: member.id,
    email: member.email,
    displayName: member.displayName,
    handle: member.handle,
    roles: actor.kind === 'member' ? [...actor.roles] : [],
    createdAt: member.createdAt.toISOString(),
  };
}
