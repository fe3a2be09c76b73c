// Small factories for API payloads, so each test states only what matters to it.
import type {
  Badge,
  Candidate,
  CaseDetail,
  CaseReport,
  CaseSummary,
  CollectiveDifferential,
  CredentialQueue,
  CredentialReview,
  CredentialView,
  DifferentialItem,
  MemberSelf,
  MyCases,
  OutboxMail,
  Outcome,
  PatientQuestionnaire,
  PublicProfile,
  ReportItem,
  Reputation,
  SessionSummary,
  SessionView,
  Suggestion,
  SuggestionBoard,
  SupportByTier,
} from '@consilium/api';
import { json } from './fetchStub';

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
    country: 'GB',
    language: 'en',
    emailVerified: true,
    twoFactorEnabled: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The CSRF token every signed-in test session carries. */
export const CSRF_TOKEN = 'csrf-token-of-the-test-session';

export function aSession(member: MemberSelf | null): SessionView {
  return { member, csrfToken: member === null ? null : CSRF_TOKEN };
}

export function aCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: nextId(),
    kind: 'patient',
    audience: 'everyone',
    title: 'Recurring fevers and a migrating rash',
    excerpt: 'A 34-year-old with fevers every three weeks…',
    status: 'open',
    label: 'unsolved',
    specialties: [],
    author: { handle: 'pat', displayName: 'Pat Patient', anonymous: false },
    suggestionCount: 2,
    commentCount: 0,
    viewCount: 0,
    hasImages: false,
    createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(),
    closesAt: null,
    ...overrides,
  };
}

/** What a reader may do with a case: nothing beyond the given abilities. */
export function caseAbilities(
  overrides: Partial<CaseDetail['abilities']> = {},
): CaseDetail['abilities'] {
  return {
    canSuggest: false,
    canVote: false,
    canEdit: false,
    caseActions: [],
    canFollow: false,
    canCommitDifferential: false,
    canPage: false,
    ...overrides,
  };
}

export function aCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: CASE_ID,
    kind: 'patient',
    title: 'Recurring fevers and a migrating rash',
    presentation: 'Fevers every three weeks.\n\nA rash that moves from arm to leg.',
    question: null,
    specialties: [],
    audience: 'everyone',
    status: 'open',
    label: 'unsolved',
    author: { handle: 'pat', displayName: 'Pat Patient', anonymous: false },
    isOwn: false,
    attachments: [],
    stats: { views: 0, followers: 0, comments: 0 },
    viewer: { following: false, bookmarked: false },
    caseStudy: null,
    createdAt: '2025-03-01T10:00:00.000Z',
    publishedAt: '2025-03-01T10:00:00.000Z',
    closesAt: '2025-03-31T10:00:00.000Z',
    questionnaire: null,
    missingSteps: [],
    revision: 1,
    reopenedAt: null,
    abilities: caseAbilities({ canSuggest: true, canVote: true }),
    ...overrides,
  };
}

/** The author's own draft, not yet published. */
export function aDraft(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return aCaseDetail({
    status: 'draft',
    isOwn: true,
    publishedAt: null,
    closesAt: null,
    revision: 0,
    abilities: caseAbilities({ canEdit: true }),
    ...overrides,
  });
}

/** A complete questionnaire, as a published patient case carries it. */
export function aQuestionnaire(): PatientQuestionnaire {
  return {
    version: 1,
    about: { ageBand: '30-44', sex: 'female', country: 'ES' },
    complaint: {
      title: 'Recurring fevers and a migrating rash',
      chiefComplaint: 'Fevers every three weeks for six months, with a rash that moves.',
    },
    symptoms: {
      symptoms: [
        {
          description: 'Evening fever',
          onsetDate: '2025-09-14',
          frequency: 'weekly',
          severity: 7,
          helps: 'Paracetamol',
        },
        {
          description: 'Aching knees',
          bodySite: 'Both knees',
          onsetAgo: { value: 3, unit: 'months' },
          severity: 4,
        },
      ],
    },
    tests: { tests: [{ name: 'C-reactive protein', date: '2025-10-02', result: '24 mg/L' }] },
    diagnoses: { diagnoses: [{ name: 'Lupus', status: 'ruled-out' }] },
    care: {
      specialtiesSeen: ['rheumatology'],
      doctorsSeen: 3,
      illFor: { value: 6, unit: 'months' },
      moneySpent: { amount: 1200, currency: 'EUR' },
    },
    question: { wantToKnow: 'What could cause fevers that come back every three weeks?' },
  };
}

export function aMyCase(
  overrides: Partial<MyCases['items'][number]> = {},
): MyCases['items'][number] {
  return {
    id: nextId(),
    kind: 'patient',
    title: 'Recurring fevers and a migrating rash',
    status: 'draft',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
    closesAt: null,
    missingSteps: [],
    ...overrides,
  };
}

export function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: nextId(),
    caseId: CASE_ID,
    candidateId: nextId(),
    position: 1,
    diagnosis: 'Lyme disease',
    concept: null,
    rationale: '',
    rationaleHtml: '',
    nextSteps: '',
    references: [],
    confidence: 60,
    author: { handle: 'bo', displayName: 'Bo Solver', anonymous: false },
    isOwn: false,
    revision: 1,
    createdAt: '2025-03-02T10:00:00.000Z',
    updatedAt: '2025-03-02T10:00:00.000Z',
    helpful: null,
    abilities: { canEdit: false, canRate: false },
    ...overrides,
  };
}

export function noSupport(): SupportByTier {
  return { specialist: 0, professional: 0, student: 0, detective: 0 };
}

/** A candidate with its suggestions; they are tied to it by id. */
export function aCandidate(overrides: Partial<Candidate> = {}): Candidate {
  const id = overrides.id ?? nextId();
  const suggestions = (overrides.suggestions ?? []).map((suggestion) => ({
    ...suggestion,
    candidateId: id,
  }));
  return {
    caseId: CASE_ID,
    label: 'Lyme disease',
    concept: null,
    seededByAuthor: false,
    rank: 1,
    probability: 0.5,
    pending: false,
    support: noSupport(),
    upvotes: 0,
    downvotes: 0,
    myVote: 0,
    abilities: { canVote: true, canMap: false },
    ...overrides,
    id,
    suggestions,
  };
}

export function aBoard(overrides: Partial<SuggestionBoard> = {}): SuggestionBoard {
  return {
    candidates: [],
    mine: { count: 0, limit: 5 },
    abilities: { canSuggest: false, canSeed: false },
    cannotSuggestReason: null,
    ...overrides,
  };
}

export function aDifferentialItem(overrides: Partial<DifferentialItem> = {}): DifferentialItem {
  return {
    candidateId: nextId(),
    label: 'Lyme disease',
    concept: null,
    rank: 1,
    probability: 0.5,
    support: noSupport(),
    firstChoices: 0,
    ...overrides,
  };
}

export function aDifferential(
  overrides: Partial<CollectiveDifferential> = {},
): CollectiveDifferential {
  return {
    caseId: CASE_ID,
    version: 1,
    computedAt: '2025-03-03T10:00:00.000Z',
    rule: 'weighted',
    contributors: 0,
    items: [],
    pending: [],
    ...overrides,
  };
}

/** Answers for a case page's collective diagnosis when nobody has suggested anything yet. */
export function noSuggestionsYet(caseId: string = CASE_ID) {
  return {
    [`GET /api/cases/${caseId}/suggestions`]: () => json(200, aBoard()),
    [`GET /api/cases/${caseId}/collective-differential`]: () =>
      json(200, aDifferential({ caseId, version: 0, computedAt: null })),
  };
}

export function aReportItem(overrides: Partial<ReportItem> = {}): ReportItem {
  return {
    candidateId: nextId(),
    rank: 1,
    label: 'Lyme disease',
    concept: null,
    probability: 0.5,
    support: noSupport(),
    firstChoices: 0,
    rationaleExcerpts: [],
    references: [],
    nextSteps: [],
    helpful: 0,
    ...overrides,
  };
}

export function aReport(overrides: Partial<CaseReport> = {}): CaseReport {
  return {
    caseId: CASE_ID,
    title: 'Recurring fevers and a migrating rash',
    kind: 'patient',
    specialty: null,
    state: 'final',
    closedAt: '2025-04-01T10:00:00.000Z',
    rule: 'weighted',
    contributors: 0,
    items: [],
    outcome: null,
    reward: { pledged: 0, paidOut: 0 },
    abilities: { canRecordOutcome: false, canRate: false },
    ...overrides,
  };
}

export function anOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    diagnosis: 'Lyme disease',
    concept: null,
    method: 'laboratory',
    confirmedOn: '2025-05-02',
    teachingPoint: null,
    collectiveRank: 1,
    candidates: 3,
    recordedAt: '2025-05-03T10:00:00.000Z',
    ...overrides,
  };
}

export function aReputation(overrides: Partial<Reputation> = {}): Reputation {
  return {
    handle: 'dr_elena_v',
    tier: 'professional',
    items: [],
    scoredCases: 0,
    ...overrides,
  };
}

export function aSessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: nextId(),
    createdAt: '2025-03-01T10:00:00.000Z',
    lastSeenAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
    expiresAt: '2099-03-31T10:00:00.000Z',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    isCurrent: false,
    ...overrides,
  };
}

export function anOutboxMail(overrides: Partial<OutboxMail> = {}): OutboxMail {
  return {
    id: nextId(),
    to: 'ada@example.org',
    subject: 'Confirm your e-mail address',
    text: 'Welcome to Consilium.\n\nConfirm your address: http://localhost:3000/verify-email?token=abc_DEF-123456789012345\n',
    createdAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aPublicProfile(overrides: Partial<PublicProfile> = {}): PublicProfile {
  return {
    handle: 'dr_elena_v',
    displayName: 'Dr. Elena V.',
    tiers: ['professional'],
    badges: [],
    country: 'ES',
    memberSince: '2026-01-15T10:00:00.000Z',
    moderation: null,
    ...overrides,
  };
}

export function aBadge(overrides: Partial<Badge> = {}): Badge {
  return {
    kind: 'professional',
    profession: 'physician',
    program: null,
    specialties: [
      { code: 'cardiology', name: 'Cardiology' },
      { code: 'nephrology', name: 'Nephrology' },
    ],
    country: 'ES',
    verifiedUntil: '2099-03-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A professional's application, waiting for review, with no evidence file yet. */
export function aCredential(overrides: Partial<CredentialView> = {}): CredentialView {
  return {
    id: nextId(),
    kind: 'professional',
    status: 'pending',
    profession: 'physician',
    program: null,
    specialties: [{ code: 'cardiology', name: 'Cardiology' }],
    licenceNumber: 'MED-12345',
    issuingAuthority: 'Colegio de Médicos de Madrid',
    school: null,
    studentId: null,
    expectedGraduationYear: null,
    country: 'ES',
    note: null,
    evidence: null,
    moderatorMessage: null,
    submittedAt: '2026-03-01T10:00:00.000Z',
    decidedAt: null,
    expiresAt: null,
    history: [{ at: '2026-03-01T10:00:00.000Z', action: 'submitted', message: null }],
    abilities: { canResubmit: false, canWithdraw: true, canAttachEvidence: true },
    ...overrides,
  };
}

export function aQueueItem(
  overrides: Partial<CredentialQueue['items'][number]> = {},
): CredentialQueue['items'][number] {
  return {
    id: nextId(),
    kind: 'professional',
    status: 'pending',
    applicant: { handle: 'dr_elena_v', displayName: 'Dr. Elena V.' },
    profession: 'physician',
    program: null,
    specialties: [{ code: 'cardiology', name: 'Cardiology' }],
    country: 'ES',
    hasEvidence: true,
    submittedAt: '2026-03-01T10:00:00.000Z',
    expiresAt: null,
    ...overrides,
  };
}

export function aReview(overrides: Partial<CredentialReview> = {}): CredentialReview {
  return {
    credential: aCredential({
      evidence: {
        fileName: 'licence.pdf',
        contentType: 'application/pdf',
        bytes: 2_400_000,
        uploadedAt: '2026-03-01T10:01:00.000Z',
      },
    }),
    applicant: {
      handle: 'dr_elena_v',
      displayName: 'Dr. Elena V.',
      email: 'elena@example.org',
      country: 'ES',
      memberSince: '2026-01-15T10:00:00.000Z',
      isSuspended: false,
    },
    earlier: [],
    abilities: { canApprove: true, canReject: true, canRequestInfo: true, canRevoke: false },
    ...overrides,
  };
}
