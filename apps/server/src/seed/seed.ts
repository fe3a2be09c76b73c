// Demo data: members (one per role) and a dozen invented cases with suggestions and votes.
import { sql } from 'drizzle-orm';
import { DEFAULT_CREDENTIAL_VALIDITY_DAYS } from '@consilium/core';
import type { FastifyBaseLogger } from 'fastify';
import { hashPassword } from '../accounts/passwords.js';
import type { Config } from '../platform/config.js';
import type { Database, Tx } from '../platform/database/index.js';
import { loadDemoHpoTerms } from '../vocabulary/demo-hpo.js';
import {
  caseOutcomes,
  caseRevisions,
  cases,
  credentials,
  members,
  suggestions,
  votes,
} from '../platform/database/schema.js';
import type { DemoMemberKey } from './demo-content.js';
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
      for (const [position, suggestion] of demo.suggestions.entries()) {
        const suggestedAt = new Date(postedAt.getTime() + (position + 1) * 2 * HOUR_MS);
        const [row] = await tx
          .insert(suggestions)
          .values({
            caseId: inserted.id,
            authorId: idOf(ids, suggestion.by),
            diagnosis: suggestion.diagnosis,
            rationale: suggestion.rationale,
            createdAt: suggestedAt,
          })
          .returning({ id: suggestions.id });
        if (row === undefined) throw new Error('demo suggestion was not inserted');
        if (suggestion.votes.length > 0)
          await tx.insert(votes).values(
            suggestion.votes.map((vote, index) => ({
              suggestionId: row.id,
              memberId: idOf(ids, vote.by),
              value: vote.value,
              createdAt: new Date(suggestedAt.getTime() + (index + 1) * HOUR_MS),
            })),
          );
      }
    }
  });
}

/** Empties every table of the application (not the migrations) before a reseed. */
export async function deleteAllData(database: Database): Promise<void> {
  await database.db.execute(
    sql`truncate table votes, suggestions, case_revisions, cases, credentials, sessions, members cascade`,
  );
}
