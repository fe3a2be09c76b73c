// Small factories for API payloads, so each test states only what matters to it.
import type { CaseDetail, CaseSummary, MemberSelf, SessionView, Suggestion } from '@consilium/api';

export const CASE_ID = '7d1f6f0e-3a51-4c8e-9a4e-2f1b0c9d8e71';

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function aMember(overrides: Partial<MemberSelf> = {}): MemberSelf {
  return {
    id: nextId(),
    email: 'ada@example.org',
    displayName: 'Ada Detective',
    handle: 'ada',
    roles: ['detective'],
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aSession(member: MemberSelf | null): SessionView {
  return { member };
}

export function aCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: nextId(),
    title: 'Recurring fevers and a migrating rash',
    excerpt: 'A 34-year-old with fevers every three weeks…',
    status: 'open',
    author: { handle: 'pat', displayName: 'Pat Patient' },
    suggestionCount: 2,
    createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

export function aCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: CASE_ID,
    title: 'Recurring fevers and a migrating rash',
    presentation: 'Fevers every three weeks.\n\nA rash that moves from arm to leg.',
    status: 'open',
    author: { handle: 'pat', displayName: 'Pat Patient' },
    isOwn: false,
    createdAt: '2025-03-01T10:00:00.000Z',
    abilities: { canSuggest: true, canVote: true },
    ...overrides,
  };
}

export function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: nextId(),
    caseId: CASE_ID,
    rank: 1,
    diagnosis: 'Lyme disease',
    rationale: '',
    author: { handle: 'bo', displayName: 'Bo Solver' },
    score: 0,
    upvotes: 0,
    downvotes: 0,
    myVote: 0,
    isOwn: false,
    createdAt: '2025-03-02T10:00:00.000Z',
    abilities: { canVote: true },
    ...overrides,
  };
}
