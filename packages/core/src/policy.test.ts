import { describe, expect, it } from 'vitest';
import type { Actor, CaseResource } from './policy.js';
import type { Role } from './roles.js';
import { decide, isAllowed, requireSecondFactor } from './policy.js';

const visitor: Actor = { kind: 'visitor' };
const member = (id: string, isSuspended = false): Actor => ({
  kind: 'member',
  id,
  roles: ['patient', 'detective'],
  isSuspended,
  hasTwoFactor: false,
});
const openCase: CaseResource = { authorId: 'owner', status: 'open' };
const closedCase: CaseResource = { authorId: 'owner', status: 'closed' };

describe('access policy', () => {
  it('lets anyone list and read open cases', () => {
    expect(isAllowed(visitor, { action: 'case.list' })).toBe(true);
    expect(isAllowed(visitor, { action: 'case.read', case: openCase })).toBe(true);
  });

  it('asks a visitor to sign in before posting, suggesting or voting', () => {
    expect(decide(visitor, { action: 'case.create' })).toEqual({
      allowed: false,
      reason: 'unauthenticated',
      message: 'Sign in to post a case.',
    });
    expect(decide(visitor, { action: 'suggestion.create', case: openCase })).toMatchObject({
      reason: 'unauthenticated',
    });
    expect(
      decide(visitor, { action: 'vote.cast', candidate: { backerIds: ['a'], case: openCase } }),
    ).toMatchObject({ reason: 'unauthenticated' });
  });

  it('forbids a suspended member from acting', () => {
    expect(decide(member('m', true), { action: 'case.create' })).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
  });

  it('forbids voting on one’s own suggestion but allows voting on others’', () => {
    const candidate = { backerIds: ['m', 'n'], case: openCase };
    expect(decide(member('m'), { action: 'vote.cast', candidate })).toEqual({
      allowed: false,
      reason: 'forbidden',
      message: 'You cannot vote on your own suggestion.',
    });
    expect(isAllowed(member('n'), { action: 'vote.cast', candidate })).toBe(false);
    expect(isAllowed(member('other'), { action: 'vote.cast', candidate })).toBe(true);
    expect(decide(member(openCase.authorId), { action: 'vote.cast', candidate })).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
  });

  it('lets only a suggestion’s author change it, and only while the case is open', () => {
    const suggestion = { authorId: 'm', case: openCase };
    expect(isAllowed(member('m'), { action: 'suggestion.edit', suggestion })).toBe(true);
    expect(decide(member('x'), { action: 'suggestion.edit', suggestion })).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
    expect(
      isAllowed(member('m'), {
        action: 'suggestion.edit',
        suggestion: { authorId: 'm', case: closedCase },
      }),
    ).toBe(false);
  });

  it('lets only the owner rate suggestions, and only while the case closes', () => {
    const closing = { ...openCase, status: 'closing' as const };
    const owner = member(openCase.authorId);
    expect(
      isAllowed(owner, { action: 'suggestion.rate', suggestion: { authorId: 'm', case: closing } }),
    ).toBe(true);
    expect(
      isAllowed(member('m'), {
        action: 'suggestion.rate',
        suggestion: { authorId: 'm', case: closing },
      }),
    ).toBe(false);
    expect(
      isAllowed(owner, {
        action: 'suggestion.rate',
        suggestion: { authorId: 'm', case: openCase },
      }),
    ).toBe(false);
  });

  it('lets only the owner seed candidates on an open case and record the outcome of a closed one', () => {
    const owner = member(openCase.authorId);
    expect(isAllowed(owner, { action: 'candidate.seed', case: openCase })).toBe(true);
    expect(isAllowed(member('m'), { action: 'candidate.seed', case: openCase })).toBe(false);
    expect(isAllowed(owner, { action: 'outcome.record', case: openCase })).toBe(false);
    const finished = closedCase;
    expect(isAllowed(owner, { action: 'outcome.record', case: finished })).toBe(true);
    expect(decide(member('m'), { action: 'outcome.record', case: finished })).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
  });

  it('takes no suggestions or votes on a closed case', () => {
    expect(isAllowed(member('m'), { action: 'suggestion.create', case: closedCase })).toBe(false);
    expect(
      isAllowed(member('m'), {
        action: 'vote.cast',
        candidate: { backerIds: ['x'], case: closedCase },
      }),
    ).toBe(false);
  });

  it('lets any member, even a suspended one, manage their own account', () => {
    expect(isAllowed(member('m', true), { action: 'account.manage' })).toBe(true);
    expect(decide(visitor, { action: 'account.manage' })).toMatchObject({
      reason: 'unauthenticated',
    });
  });

  it('lets only an active admin read the outbox', () => {
    const admin: Actor = {
      kind: 'member',
      id: 'a',
      roles: ['admin'],
      isSuspended: false,
      hasTwoFactor: true,
    };
    expect(isAllowed(admin, { action: 'outbox.read' })).toBe(true);
    expect(isAllowed({ ...admin, isSuspended: true }, { action: 'outbox.read' })).toBe(false);
    expect(decide(member('m'), { action: 'outbox.read' })).toMatchObject({ reason: 'forbidden' });
  });
});

describe('privileges need two-factor sign-in', () => {
  const privileged = (hasTwoFactor: boolean, roles: Role[] = ['admin']): Actor => ({
    kind: 'member',
    id: 'a',
    roles,
    isSuspended: false,
    hasTwoFactor,
  });
  const admin = (hasTwoFactor: boolean) => privileged(hasTwoFactor);

  it('refuses an admin without two-factor the outbox, saying how to get it', () => {
    expect(decide(admin(false), { action: 'outbox.read' })).toEqual({
      allowed: false,
      reason: 'forbidden',
      message: 'Turn on two-factor sign-in in Settings to use your admin privileges.',
    });
    expect(isAllowed(admin(true), { action: 'outbox.read' })).toBe(true);
  });

  it('names the role whose privileges need it', () => {
    const professional = privileged(false, ['professional']);
    expect(requireSecondFactor(professional, 'professional')).toMatchObject({
      reason: 'forbidden',
      message: 'Turn on two-factor sign-in in Settings to use your professional privileges.',
    });
    expect(requireSecondFactor(admin(false), 'moderator')).toMatchObject({ allowed: false });
    expect(requireSecondFactor(privileged(true, ['moderator']), 'moderator')).toEqual({
      allowed: true,
    });
  });

  it('asks a visitor to sign in first', () => {
    expect(requireSecondFactor({ kind: 'visitor' }, 'admin')).toMatchObject({
      reason: 'unauthenticated',
    });
  });

  it('does not ask members without privileges for a second factor', () => {
    expect(isAllowed(member('m'), { action: 'case.create' })).toBe(true);
    expect(isAllowed(member('m'), { action: 'account.manage' })).toBe(true);
  });
});

describe('verification and suspension', () => {
  const withRoles = (
    id: string,
    roles: Role[],
    hasTwoFactor = true,
    isSuspended = false,
  ): Actor => ({
    kind: 'member',
    id,
    roles,
    isSuspended,
    hasTwoFactor,
  });
  const moderator = withRoles('mod', ['moderator']);

  it('lets any active member apply, but not a suspended one or a visitor', () => {
    expect(isAllowed(member('m'), { action: 'credential.apply' })).toBe(true);
    expect(isAllowed(member('m', true), { action: 'credential.apply' })).toBe(false);
    expect(decide(visitor, { action: 'credential.apply' })).toMatchObject({
      reason: 'unauthenticated',
    });
  });

  it('opens the queue to moderators and admins with two-factor only', () => {
    expect(isAllowed(moderator, { action: 'credential.queue' })).toBe(true);
    expect(isAllowed(withRoles('a', ['admin']), { action: 'credential.queue' })).toBe(true);
    expect(decide(withRoles('m', ['moderator'], false), { action: 'credential.queue' })).toEqual({
      allowed: false,
      reason: 'forbidden',
      message: 'Turn on two-factor sign-in in Settings to use your moderator privileges.',
    });
    expect(isAllowed(withRoles('p', ['professional']), { action: 'credential.queue' })).toBe(false);
    expect(
      isAllowed(withRoles('m', ['moderator'], true, true), { action: 'credential.queue' }),
    ).toBe(false);
  });

  it('never lets a moderator decide their own application', () => {
    expect(
      isAllowed(moderator, { action: 'credential.review', credential: { memberId: 'other' } }),
    ).toBe(true);
    expect(
      decide(moderator, { action: 'credential.review', credential: { memberId: 'mod' } }),
    ).toMatchObject({ allowed: false, reason: 'forbidden' });
  });

  it('lets moderators suspend members, only admins suspend moderators, nobody an admin or themself', () => {
    const target = (id: string, roles: Role[]) => ({ id, roles });
    const admin = withRoles('adm', ['admin']);
    expect(
      isAllowed(moderator, { action: 'member.suspend', member: target('x', ['patient']) }),
    ).toBe(true);
    expect(
      isAllowed(moderator, { action: 'member.suspend', member: target('y', ['moderator']) }),
    ).toBe(false);
    expect(isAllowed(admin, { action: 'member.suspend', member: target('y', ['moderator']) })).toBe(
      true,
    );
    expect(isAllowed(admin, { action: 'member.suspend', member: target('z', ['admin']) })).toBe(
      false,
    );
    expect(isAllowed(moderator, { action: 'member.suspend', member: target('mod', []) })).toBe(
      false,
    );
    expect(
      isAllowed(member('m'), { action: 'member.suspend', member: target('x', ['patient']) }),
    ).toBe(false);
  });
});

describe('who reads which case', () => {
  const withRoles = (id: string, roles: Role[], hasTwoFactor = true): Actor => ({
    kind: 'member',
    id,
    roles,
    isSuspended: false,
    hasTwoFactor,
  });
  const proOnly: CaseResource = { authorId: 'owner', status: 'open', audience: 'professionals' };

  it('hides a draft from everyone but its author', () => {
    const draft: CaseResource = { authorId: 'owner', status: 'draft' };
    expect(decide(member('other'), { action: 'case.read', case: draft })).toMatchObject({
      reason: 'hidden',
    });
    expect(decide(visitor, { action: 'case.read', case: draft })).toMatchObject({
      reason: 'hidden',
    });
    expect(isAllowed(member('owner'), { action: 'case.read', case: draft })).toBe(true);
  });

  it('hides professionals-only cases from patients and visitors, and asks professionals for two-factor', () => {
    expect(decide(member('p'), { action: 'case.read', case: proOnly })).toMatchObject({
      reason: 'hidden',
    });
    expect(decide(visitor, { action: 'case.read', case: proOnly })).toMatchObject({
      reason: 'hidden',
    });
    expect(
      isAllowed(withRoles('d', ['professional']), { action: 'case.read', case: proOnly }),
    ).toBe(true);
    expect(
      decide(withRoles('d', ['professional'], false), { action: 'case.read', case: proOnly }),
    ).toMatchObject({ reason: 'forbidden' });
  });

  it('lets only verified professionals post clinical cases, and no owner suggest on their own case', () => {
    expect(isAllowed(withRoles('d', ['professional']), { action: 'case.create.clinical' })).toBe(
      true,
    );
    expect(isAllowed(withRoles('s', ['student']), { action: 'case.create.clinical' })).toBe(false);
    expect(decide(member('owner'), { action: 'suggestion.create', case: openCase })).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
  });
});
