// Demo data: members (one per role) and a dozen invented cases with suggestions and votes.
import { eq, sql } from 'drizzle-orm';
import { DEFAULT_CREDENTIAL_VALIDITY_DAYS } from '@consilium/core';
import type { FastifyBaseLogger } from 'fastify';
import { hashPassword } from '../accounts/passwords.js';
import type { Config } from '../platform/config.js';
import type { Database, Tx } from '../platform/database/index.js';
import { loadDemoDiagnoses } from '../vocabulary/demo-diagnoses.js';
import { loadDemoHpoTerms } from '../vocabulary/demo-hpo.js';
import {
  caseOutcomes,
  caseRevisions,
  cases,
  credentials,
  members,
  votes,
} from '../platform/database/schema.js';
import { findCase } from '../cases/cases.queries.js';
import { knownDiagnosis, resolveDiagnosis } from '../diagnoses/candidates.js';
import { finaliseCase, storeOutcome } from '../outcomes/outcomes.service.js';
import { recomputeDifferential } from '../diagnoses/differential.js';
import { ensureCandidate, insertSuggestion } from '../diagnoses/suggestions.queries.js';
import type { DemoCase, DemoMemberKey } from './demo-content.js';
import { demoCases } from './demo-content.js';
import { demoMembers } from './demo-members.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(members);
  return (row?.n ?? 0) === 0;
}

/** Seeds on the first start of an empty embedded database, or when SEED_DEMO=always. */
export async function seedIfDue(
  database: Database,
  config: Config,
  log: FastifyBaseLogger,
  now: Date,
): Promise<boolean> {
  if (config.seedDemo === 'never') return false;
  if (config.seedDemo === 'auto' && database.kind !== 'pglite') return false;
  if (!(await isDatabaseEmpty(database))) return false;
  await seedDemoData(database, now);
  logDemoAccounts(log);
  return true;
}

export function demoAccountLines(): string[] {
  return demoMembers.map((member) => `${member.key}: ${member.email} / ${member.password}`);
}

export function logDemoAccounts(log: FastifyBaseLogger): void {
  log.info(
    { demoAccounts: demoAccountLines() },
    'Demo data seeded. Sign in with one of these demo accounts (passwords are also in the README)',
  );
}

async function insertDemoMembers(tx: Tx, now: Date): Promise<Map<DemoMemberKey, string>> {
  const ids = new Map<DemoMemberKey, string>();
  const hashes = await Promise.all(demoMembers.map((member) => hashPassword(member.password)));
  for (const [index, member] of demoMembers.entries()) {
    const [row] = await tx
      .insert(members)
      .values({
        email: member.email,
        passwordHash: hashes[index] ?? '',
        displayName: member.displayName,
        handle: member.handle,
        roles: member.roles,
        country: member.country,
        language: member.language,
        createdAt: new Date(now.getTime() - 90 * DAY_MS),
        emailVerifiedAt: new Date(now.getTime() - 90 * DAY_MS),
      })
      .returning({ id: members.id });
    if (row === undefined) throw new Error(`demo member ${member.key} was not inserted`);
    ids.set(member.key, row.id);
  }
  await insertDemoCredentials(tx, ids, now);
  return ids;
}

/** The demo professional's and student's credentials, approved by the demo moderator. */
async function insertDemoCredentials(tx: Tx, ids: Map<DemoMemberKey, string>, now: Date) {
  const submittedAt = new Date(now.getTime() - 85 * DAY_MS);
  const decidedAt = new Date(now.getTime() - 84 * DAY_MS);
  const expiresAt = new Date(decidedAt.getTime() + DEFAULT_CREDENTIAL_VALIDITY_DAYS * DAY_MS);
  for (const member of demoMembers) {
    const credential = member.credential;
    if (credential === undefined) continue;
    await tx.insert(credentials).values({
      memberId: idOf(ids, member.key),
      kind: credential.kind,
      status: 'approved',
      profession: credential.kind === 'professional' ? credential.profession : null,
      program: credential.kind === 'student' ? credential.program : null,
      specialties: credential.specialties,
      licenceNumber: credential.kind === 'professional' ? credential.licenceNumber : null,
      issuingAuthority: credential.kind === 'professional' ? credential.issuingAuthority : null,
      school: credential.kind === 'student' ? credential.school : null,
      studentId: credential.kind === 'student' ? credential.studentId : null,
      expectedGraduationYear: credential.kind === 'student' ? now.getUTCFullYear() + 2 : null,
      country: credential.country,
      submittedAt,
      decidedAt,
      decidedBy: idOf(ids, 'moderator'),
      expiresAt,
      history: [
        { at: submittedAt.toISOString(), action: 'submitted', message: null },
        { at: decidedAt.toISOString(), action: 'approved', message: null },
      ],
    });
  }
}

function idOf(ids: Map<DemoMemberKey, string>, key: DemoMemberKey): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`unknown demo member ${key}`);
  return id;
}

export async function seedDemoData(database: Database, now: Date): Promise<void> {
  await database.db.transaction(async (tx) => {
    // Common symptoms with lay synonyms, so symptom lookup works before a full HPO import.
    await loadDemoHpoTerms(tx);
    await loadDemoDiagnoses(tx);
    const ids = await insertDemoMembers(tx, now);
    for (const demo of demoCases) {
      const postedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS - 3 * HOUR_MS);
      const [inserted] = await tx
        .insert(cases)
        .values({
          authorId: idOf(ids, demo.author),
          title: demo.title,
          presentation: demo.presentation,
          ...(demo.clinical === undefined
            ? {}
            : {
                kind: demo.imagePost === true ? ('image' as const) : ('clinical' as const),
                isCaseStudy: demo.solution !== undefined,
                question: demo.presentation.split('\n\n').at(-1) ?? null,
                specialties: demo.clinical.specialties,
                audience: demo.clinical.audience,
                isAnonymous: demo.clinical.anonymous,
                authorLabel: demo.clinical.label ?? null,
              }),
          ...(demo.questionnaire === undefined
            ? {}
            : {
                questionnaire: demo.questionnaire,
                questionnaireVersion: demo.questionnaire.version,
              }),
          status: 'open',
          createdAt: postedAt,
          publishedAt: postedAt,
          updatedAt: postedAt,
          // Demo cases stay open for at least a week after seeding, whatever their age.
          closesAt: new Date(
            Math.max(postedAt.getTime() + 60 * DAY_MS, now.getTime() + 7 * DAY_MS),
          ),
        })
        .returning({ id: cases.id });
      if (inserted === undefined) throw new Error(`demo case "${demo.title}" was not inserted`);
      if (demo.solution !== undefined)
        await tx.insert(caseOutcomes).values({
          caseId: inserted.id,
          diagnosis: demo.solution.diagnosis,
          teachingPoint: demo.solution.teachingPoint,
          source: 'case-study',
          recordedAt: postedAt,
        });
      await tx.insert(caseRevisions).values({
        caseId: inserted.id,
        revision: 1,
        title: demo.title,
        presentation: demo.presentation,
        questionnaire: demo.questionnaire ?? null,
        createdAt: postedAt,
      });
      const authorId = idOf(ids, demo.author);
      const perMember = new Map<string, number>();
      for (const [index, suggestion] of demo.suggestions.entries()) {
        const suggestedAt = new Date(postedAt.getTime() + (index + 1) * 2 * HOUR_MS);
        const suggesterId = idOf(ids, suggestion.by);
        const diagnosis = await resolveDiagnosis(tx, {
          conceptId: suggestion.conceptId ?? null,
          text: suggestion.diagnosis,
          field: 'seed',
        });
        const candidate = await ensureCandidate(tx, {
          caseId: inserted.id,
          key: diagnosis.key,
          label: diagnosis.label,
          conceptSystem: diagnosis.conceptSystem,
          conceptCode: diagnosis.conceptCode,
          seededByAuthor: false,
          at: suggestedAt,
        });
        const position = (perMember.get(suggesterId) ?? 0) + 1;
        perMember.set(suggesterId, position);
        await insertSuggestion(tx, {
          caseId: inserted.id,
          authorId: suggesterId,
          candidateId: candidate.id,
          diagnosis: suggestion.diagnosis,
          rationale: suggestion.rationale,
          nextSteps: suggestion.nextSteps ?? '',
          references: [],
          confidence: suggestion.confidence ?? 60,
          position,
          at: suggestedAt,
        });
        // The case's author and the suggestion's author do not vote on it.
        const voters = suggestion.votes.filter((vote) => {
          const voterId = idOf(ids, vote.by);
          return voterId !== authorId && voterId !== suggesterId;
        });
        if (voters.length > 0)
          await tx
            .insert(votes)
            .values(
              voters.map((vote, voteIndex) => ({
                candidateId: candidate.id,
                memberId: idOf(ids, vote.by),
                value: vote.value,
                createdAt: new Date(suggestedAt.getTime() + (voteIndex + 1) * HOUR_MS),
              })),
            )
            .onConflictDoNothing();
      }
      if (demo.suggestions.length > 0) await recomputeDifferential(tx, inserted.id, now);
      if (demo.closed !== undefined) await closeDemoCase(tx, inserted.id, demo.closed, now);
    }
  });
}

/** A demo case closed for good (its report frozen), and its diagnosis confirmed since. */
async function closeDemoCase(
  tx: Tx,
  caseId: string,
  closed: NonNullable<DemoCase['closed']>,
  now: Date,
): Promise<void> {
  const closedAt = new Date(now.getTime() - closed.daysAgo * DAY_MS);
  await tx
    .update(cases)
    .set({ status: 'closed', closesAt: closedAt, updatedAt: closedAt })
    .where(eq(cases.id, caseId));
  const row = await findCase(tx, caseId);
  if (row === undefined) throw new Error('a demo case vanished while closing');
  await finaliseCase(tx, row, closedAt);
  const concept = await knownDiagnosis(tx, closed.outcome.conceptId, 'seed');
  const confirmedAt = new Date(now.getTime() - closed.outcome.confirmedDaysAgo * DAY_MS);
  await storeOutcome(tx, {
    caseId,
    specialties: row.specialties,
    diagnosis: { conceptId: concept.id, label: concept.label },
    concept,
    method: closed.outcome.method,
    confirmedOn: confirmedAt.toISOString().slice(0, 10),
    teachingPoint: closed.outcome.teachingPoint,
    at: confirmedAt,
  });
}

/** Empties every table of the application (not the migrations) before a reseed. */
export async function deleteAllData(database: Database): Promise<void> {
  await database.db.execute(
    sql`truncate table candidate_votes, suggestions, candidates, case_differentials, case_reports, ledger_entries, ledger_transfers, ledger_accounts, reputation_events, member_reputations, collusion_flags, case_revisions, cases, credentials, sessions, members cascade`,
  );
}
