// The access policy: one pure function decides whether an actor may do an action on a resource.
// Every service asks it first; the web app shows what it allows through each payload's abilities.
import type { Role } from './roles.js';

export type Actor =
  | { kind: 'visitor' }
  | {
      kind: 'member';
      id: string;
      roles: readonly Role[];
      isSuspended: boolean;
      /** Signs in with a second factor (an authenticator app), not with a password alone. */
      hasTwoFactor: boolean;
    };

export interface CaseResource {
  authorId: string;
  /** The status as of now: an open case whose window has ended is already "closing". */
  status: 'draft' | 'open' | 'closing' | 'closed' | 'withdrawn';
  /** Who may read it; everyone when absent. */
  audience?: 'everyone' | 'professionals';
  /** A shared solved case: solvers commit a differential instead of suggesting. */
  isCaseStudy?: boolean;
  /** patient, clinical or image; patient when absent. */
  kind?: 'patient' | 'clinical' | 'image';
}

export interface SuggestionResource {
  authorId: string;
  case: CaseResource;
}

/** A candidate diagnosis on a case, with the members whose active suggestions back it. */
export interface CandidateResource {
  case: CaseResource;
  backerIds: readonly string[];
}

/** A member's application for a verified credential, as the reviewer sees it. */
export interface CredentialResource {
  memberId: string;
}

/** A comment in a case's discussion. */
export interface CommentResource {
  authorId: string;
  case: CaseResource;
}

/** A member as the target of a moderation action. */
export interface MemberResource {
  id: string;
  roles: readonly Role[];
}

export type Permission =
  | { action: 'case.list' }
  | { action: 'case.read'; case: CaseResource }
  | { action: 'case.create' }
  | { action: 'case.edit'; case: CaseResource }
  | { action: 'case.create.clinical' }
  | { action: 'case.create.image' }
  | { action: 'case.import' }
  | { action: 'case.engage'; case: CaseResource }
  | { action: 'case.page'; case: CaseResource }
  | { action: 'differential.commit'; case: CaseResource }
  | { action: 'vocabulary.read' }
  | { action: 'comment.create'; case: CaseResource; kind: 'comment' | 'question' }
  | { action: 'comment.edit'; comment: CommentResource }
  | { action: 'comment.delete'; comment: CommentResource }
  | { action: 'suggestion.create'; case: CaseResource }
  | { action: 'suggestion.edit'; suggestion: SuggestionResource }
  | { action: 'suggestion.rate'; suggestion: SuggestionResource }
  | { action: 'candidate.seed'; case: CaseResource }
  | { action: 'candidate.map'; case: CaseResource }
  | { action: 'vote.cast'; candidate: CandidateResource }
  | { action: 'outcome.record'; case: CaseResource }
  | { action: 'account.manage' }
  | { action: 'profile.read' }
  | { action: 'outbox.read' }
  | { action: 'credential.apply' }
  | { action: 'credential.queue' }
  | { action: 'collusion.review' }
  | { action: 'credential.review'; credential: CredentialResource }
  | { action: 'member.suspend'; member: MemberResource };

/**
 * `hidden`: refused, and the refusal must not confirm that the thing exists (another member's
 * draft, say): the answer is "not found".
 */
export type DenialReason = 'unauthenticated' | 'forbidden' | 'hidden';

export type Decision =
  { allowed: true } | { allowed: false; reason: DenialReason; message: string };

const allow: Decision = { allowed: true };

function deny(reason: DenialReason, message: string): Decision {
  return { allowed: false, reason, message };
}

function activeMember(actor: Actor, doing: string): Decision {
  if (actor.kind === 'visitor') return deny('unauthenticated', `Sign in to ${doing}.`);
  if (actor.isSuspended)
    return deny('forbidden', `Your account is suspended: you cannot ${doing}.`);
  return allow;
}

/** Roles whose privileges need two-factor sign-in: a stolen password alone must not reach them. */
export type PrivilegedRole = Extract<Role, 'professional' | 'moderator' | 'admin'>;

/** Allows a privileged role's action only to a member who signs in with a second factor. */
export function requireSecondFactor(actor: Actor, role: PrivilegedRole): Decision {
  if (actor.kind === 'visitor')
    return deny('unauthenticated', `Sign in to use your ${role} privileges.`);
  if (!actor.hasTwoFactor)
    return deny(
      'forbidden',
      `Turn on two-factor sign-in in Settings to use your ${role} privileges.`,
    );
  return allow;
}

/** Roles that may read professionals-only cases (each with its second factor). */
const PROFESSIONAL_READERS: readonly Role[] = ['professional', 'moderator', 'admin'];

/** Moderators (and admins) act with their privilege only after a second factor. */
function moderator(actor: Actor, doing: string): Decision {
  const member = activeMember(actor, doing);
  if (!member.allowed || actor.kind !== 'member') return member;
  if (actor.roles.includes('moderator')) return requireSecondFactor(actor, 'moderator');
  if (actor.roles.includes('admin')) return requireSecondFactor(actor, 'admin');
  return deny('forbidden', `Only moderators can ${doing}.`);
}

/** May this actor do this? Pure: everything it needs is in its arguments. */
export function decide(actor: Actor, permission: Permission): Decision {
  switch (permission.action) {
    case 'case.list':
    case 'profile.read':
    case 'vocabulary.read':
      return allow;
    case 'case.read': {
      const isAuthor = actor.kind === 'member' && actor.id === permission.case.authorId;
      // A draft is its author's alone; to anyone else it does not exist.
      if (permission.case.status === 'draft' && !isAuthor)
        return deny('hidden', 'This case does not exist or was removed.');
      if (permission.case.audience === 'professionals' && !isAuthor) {
        // Professionals-only cases do not exist for anyone without a verified tier.
        if (
          actor.kind === 'visitor' ||
          !PROFESSIONAL_READERS.some((role) => actor.roles.includes(role))
        )
          return deny('hidden', 'This case does not exist or was removed.');
        if (actor.isSuspended)
          return deny(
            'forbidden',
            'Your account is suspended: you cannot read professional cases.',
          );
        if (
          actor.roles.includes('professional') &&
          !actor.roles.includes('moderator') &&
          !actor.roles.includes('admin')
        )
          return requireSecondFactor(actor, 'professional');
        if (actor.roles.includes('moderator')) return requireSecondFactor(actor, 'moderator');
        return requireSecondFactor(actor, 'admin');
      }
      return allow;
    }
    case 'case.create.clinical':
    case 'case.create.image': {
      const what = permission.action === 'case.create.image' ? 'image posts' : 'clinical cases';
      const member = activeMember(actor, `post ${what}`);
      if (!member.allowed || actor.kind !== 'member') return member;
      if (!actor.roles.includes('professional'))
        return deny(
          'forbidden',
          `Only verified professionals can post ${what}: apply for verification first.`,
        );
      return requireSecondFactor(actor, 'professional');
    }
    case 'case.import':
      return activeMember(actor, 'import a case');
    case 'case.engage':
      return activeMember(actor, 'follow or bookmark cases');
    case 'case.page': {
      const member = activeMember(actor, 'page a specialty');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (actor.id !== permission.case.authorId)
        return deny('forbidden', "Only the case's author can page a specialty about it.");
      if ((permission.case.kind ?? 'patient') === 'patient')
        return deny('forbidden', 'Paging is for clinical cases and image posts.');
      if (permission.case.status !== 'open')
        return deny('forbidden', 'Only an open case can be paged about.');
      if (!actor.roles.includes('professional'))
        return deny('forbidden', 'Only verified professionals can page a specialty.');
      return requireSecondFactor(actor, 'professional');
    }
    case 'differential.commit': {
      const member = activeMember(actor, 'commit a differential');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (permission.case.isCaseStudy !== true)
        return deny('forbidden', 'This is not a case study: suggest diagnoses instead.');
      if (actor.id === permission.case.authorId)
        return deny('forbidden', 'This is your case study: you already know its answer.');
      if (permission.case.status === 'withdrawn')
        return deny('forbidden', 'This case was withdrawn.');
      return allow;
    }
    case 'case.edit': {
      const member = activeMember(actor, 'edit a case');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (actor.id !== permission.case.authorId)
        return deny(
          permission.case.status === 'draft' ? 'hidden' : 'forbidden',
          permission.case.status === 'draft'
            ? 'This case does not exist or was removed.'
            : 'Only the author can change this case.',
        );
      return allow;
    }
    case 'case.create':
      return activeMember(actor, 'post a case');
    case 'suggestion.create': {
      const member = activeMember(actor, 'suggest a diagnosis');
      if (!member.allowed) return member;
      if (permission.case.status !== 'open')
        return deny('forbidden', 'This case is closed: it takes no new suggestions.');
      if (permission.case.isCaseStudy === true)
        return deny(
          'forbidden',
          'This is a case study: commit your differential to see its answer.',
        );
      if (actor.kind === 'member' && actor.id === permission.case.authorId)
        return deny(
          'forbidden',
          'This is your case: the crowd suggests, you answer their questions.',
        );
      return allow;
    }
    case 'account.manage':
      // Even a suspended member may sign out, change a password or see their sessions.
      return actor.kind === 'visitor'
        ? deny('unauthenticated', 'Sign in to manage your account.')
        : allow;
    case 'outbox.read': {
      const member = activeMember(actor, 'read the outbox');
      if (!member.allowed) return member;
      if (actor.kind === 'member' && actor.roles.includes('admin'))
        return requireSecondFactor(actor, 'admin');
      return deny('forbidden', 'Only admins can read the outbox.');
    }
    case 'credential.apply':
      return activeMember(actor, 'apply for verification');
    case 'credential.queue':
      return moderator(actor, 'review verification applications');
    case 'collusion.review':
      return moderator(actor, 'review accounts flagged for voting together');
    case 'credential.review': {
      const reviewer = moderator(actor, 'review verification applications');
      if (!reviewer.allowed) return reviewer;
      if (actor.kind === 'member' && actor.id === permission.credential.memberId)
        return deny('forbidden', 'Another moderator must review your own application.');
      return allow;
    }
    case 'member.suspend': {
      const reviewer = moderator(actor, 'suspend members');
      if (!reviewer.allowed || actor.kind !== 'member') return reviewer;
      if (actor.id === permission.member.id)
        return deny('forbidden', 'You cannot suspend or reinstate yourself.');
      if (permission.member.roles.includes('admin'))
        return deny('forbidden', 'Admins cannot be suspended here.');
      if (permission.member.roles.includes('moderator') && !actor.roles.includes('admin'))
        return deny('forbidden', 'Only an admin can suspend or reinstate a moderator.');
      return allow;
    }
    case 'comment.create': {
      const member = activeMember(actor, 'join the discussion');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (permission.case.status !== 'open' && permission.case.status !== 'closing')
        return deny(
          'forbidden',
          `This case is ${permission.case.status}: its discussion is closed.`,
        );
      if (permission.kind === 'question' && actor.id === permission.case.authorId)
        return deny('forbidden', 'This is your case: answer questions by replying to them.');
      return allow;
    }
    case 'comment.edit': {
      const member = activeMember(actor, 'edit a comment');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (actor.id !== permission.comment.authorId)
        return deny('forbidden', 'Only its author can edit a comment.');
      return allow;
    }
    case 'comment.delete': {
      const member = activeMember(actor, 'delete a comment');
      if (!member.allowed || actor.kind !== 'member') return member;
      if (actor.id === permission.comment.authorId) return allow;
      return moderator(actor, "delete other members' comments");
    }
    case 'vote.cast': {
      const member = activeMember(actor, 'vote');
      if (!member.allowed) return member;
      if (permission.candidate.case.status !== 'open')
        return deny('forbidden', 'This case is closed: its votes are final.');
      if (actor.kind === 'member' && actor.id === permission.candidate.case.authorId)
        return deny('forbidden', 'This is your case: the crowd votes on its diagnoses.');
      if (actor.kind === 'member' && permission.candidate.backerIds.includes(actor.id))
        return deny('forbidden', 'You cannot vote on your own suggestion.');
      return allow;
    }
    case 'suggestion.edit': {
      const member = activeMember(actor, 'change a suggestion');
      if (!member.allowed) return member;
      if (actor.kind !== 'member' || actor.id !== permission.suggestion.authorId)
        return deny('forbidden', 'Only its author can change or withdraw a suggestion.');
      if (permission.suggestion.case.status !== 'open')
        return deny('forbidden', 'This case is closed: its suggestions are final.');
      return allow;
    }
    case 'suggestion.rate': {
      const member = activeMember(actor, 'rate suggestions');
      if (!member.allowed) return member;
      if (actor.kind !== 'member' || actor.id !== permission.suggestion.case.authorId)
        return deny('forbidden', 'Only the owner of the case rates its suggestions.');
      if (permission.suggestion.case.status !== 'closing')
        return deny(
          'forbidden',
          permission.suggestion.case.status === 'open'
            ? 'Close the case first: suggestions are rated while it closes.'
            : 'This case is closed for good: its ratings are final.',
        );
      return allow;
    }
    case 'candidate.seed': {
      const member = activeMember(actor, 'put up possible diagnoses');
      if (!member.allowed) return member;
      if (actor.kind !== 'member' || actor.id !== permission.case.authorId)
        return deny('forbidden', 'Only the author of the case puts up possible diagnoses.');
      if (permission.case.status !== 'open')
        return deny('forbidden', 'This case is closed: it takes no new diagnoses.');
      return allow;
    }
    case 'candidate.map': {
      const allowed = moderator(actor, 'map a diagnosis to a concept');
      if (!allowed.allowed) return allowed;
      if (permission.case.status === 'closed' || permission.case.status === 'withdrawn')
        return deny('forbidden', 'This case is closed: its diagnoses are final.');
      return allow;
    }
    case 'outcome.record': {
      const member = activeMember(actor, 'record the confirmed diagnosis');
      if (!member.allowed) return member;
      if (actor.kind !== 'member' || actor.id !== permission.case.authorId)
        return deny('forbidden', 'Only the owner of the case records its confirmed diagnosis.');
      if (permission.case.status !== 'closed')
        return deny(
          'forbidden',
          'Close the case for good first, then record what it turned out to be.',
        );
      return allow;
    }
  }
}

export function isAllowed(actor: Actor, permission: Permission): boolean {
  return decide(actor, permission).allowed;
}
