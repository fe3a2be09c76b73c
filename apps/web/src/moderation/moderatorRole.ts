// Who sees the moderators' pages in the navigation; the server still decides every request.
import type { MemberSelf } from '@consilium/api';

export function isModerator(member: MemberSelf | null | undefined): boolean {
  return member?.roles.some((role) => role === 'moderator' || role === 'admin') === true;
}
