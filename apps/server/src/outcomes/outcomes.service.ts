// After the crowd: the owner rates suggestions while the case closes; closing for good freezes
// the report and pays out the pledge; weeks later the owner records the confirmed diagnosis,
// which shows where the crowd ranked it and updates the contributors' reputations.
import type {
  CaseReport,
  CollusionFlag,
  ConfirmationMethod,
  Outcome,
  PatientQuestionnaire,
  RecordOutcomeBody,
  Reputation,
  Suggestion,
} from '@consilium/api';
import { RecordOutcomeBodySchema } from '@consilium/api';
import { decide, reputationSummary } from '@consilium/core';
import { and, count, eq, sql } from 'drizzle-orm';
import { caseResourceOf } from '../cases/cases.view.js';
import type { CaseRow } from '../cases/cases.queries.js';
import { readableCase } from '../cases/readable-case.js';
import { knownDiagnosis, textKey } from '../diagnoses/candidates.js';
import { caseSpecialtyOf, outcomeEventsOf, standingOf } from '../diagnoses/contributors.js';
import { recomputeDifferential } from '../diagnoses/differential.js';
import {
  findSuggestion,
  listActiveSuggestions,
  listVotes,
  rateSuggestion,
} from '../diagnoses/suggestions.queries.js';
import { toSuggestionView } from '../diagnoses/suggestions.view.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { caseOutcomes, memberReputations, reputationEvents } from '../platform/database/schema.js';
import { Conflict, Invalid, NotFound } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { credentialsInForce } from '../platform/tiers.js';
import { findActiveMemberByHandle } from '../profiles/profiles.queries.js';
import type { ReportForExport } from '../reports/fhir.js';
import { toFhirBundle } from '../reports/fhir.js';
import { payOut, refundPledge } from '../rewards/rewards.service.js';
import { listCollusionFlags, markCollusionReviewed, reviewCollusion } from './collusion.js';
import type { DiagnosisRef } from './matching.js';
import { keysOf, rankIn } from './matching.js';
import type { FrozenReport } from './report.js';
import { buildReport, findFrozenReport, storeReport } from './report.js';

export interface OutcomeDeps {
  database: Database;
  /** This server's public address, for links and FHIR extension URLs. */
  publicUrl: string;
}

// ---- Rating ---------------------------------------------------------------------------------

export async function rateCaseSuggestion(
  ctx: RequestContext,
  deps: OutcomeDeps,
  target: { caseId: string; suggestionId: string },
  helpful: boolean,
): Promise<Suggestion> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, target.caseId);
    const row = await findSuggestion(tx, target.caseId, target.suggestionId);
    if (row === undefined || row.withdrawnAt !== null)
      throw new NotFound('This suggestion does not exist or was withdrawn.');
    requireAllowedMember(ctx, {
      action: 'suggestion.rate',
      suggestion: { authorId: row.authorId, case: resource },
    });
    await rateSuggestion(tx, { suggestionId: row.id, helpful, at: ctx.now });
    const rated = await findSuggestion(tx, target.caseId, target.suggestionId);
    if (rated === undefined) throw new Error('a rated suggestion could not be read back');
    return toSuggestionView(ctx, rated, resource);
  });
}

// ---- Closing --------------------------------------------------------------------------------

/**
 * Closes a case for good, inside the transaction that changes its status: the collective
 * differential is computed one last time and frozen into the report, and the pledge is paid out
 * by the owner's ratings and each member's share in the differential (or returned to the owner).
 */
export async function finaliseCase(tx: Queryable, caseRow: CaseRow, at: Date): Promise<void> {
  await recomputeDifferential(tx, caseRow.id, at);
  const built = await buildReport(tx, caseRow.id, caseRow.rewardPledge, at);
  const { shares, ...report } = built;
  const paid = caseRow.rewardPledge > 0 ? await payOut(tx, { caseId: caseRow.id, shares }) : null;
  const paidOut =
    paid === null || paid.kind !== 'payout'
      ? 0
      : paid.legs.filter((leg) => leg.amount > 0).reduce((sum, leg) => sum + leg.amount, 0);
  await storeReport(
    tx,
    caseRow.id,
    { ...report, reward: { pledged: caseRow.rewardPledge, paidOut } },
    at,
  );
}

/** A withdrawn case's pledge goes back to its owner. */
export async function releasePledge(tx: Queryable, caseRow: CaseRow): Promise<void> {
  if (caseRow.rewardPledge > 0) await refundPledge(tx, caseRow.id);
}

// ---- The report -----------------------------------------------------------------------------

type OutcomeRow = typeof caseOutcomes.$inferSelect;

async function followUpOf(db: Queryable, caseId: string): Promise<OutcomeRow | undefined> {
  const [row] = await db
    .select()
    .from(caseOutcomes)
    .where(and(eq(caseOutcomes.caseId, caseId), eq(caseOutcomes.source, 'follow-up')));
  return row;
}

function toOutcomeView(row: OutcomeRow, candidates: number): Outcome {
  return {
    diagnosis: row.diagnosis,
    concept:
      row.system === null || row.code === null
        ? null
        : { id: `${row.system}:${row.code}`, system: row.system, code: row.code },
    method: (row.method as ConfirmationMethod | null) ?? null,
    confirmedOn: row.confirmedOn,
    teachingPoint: row.teachingPoint,
    collectiveRank: row.collectiveRank,
    candidates,
    recordedAt: row.recordedAt.toISOString(),
  };
}

async function reportOf(ctx: RequestContext, db: Queryable, caseId: string) {
  const { row, resource } = await readableCase(ctx, db, caseId);
  if (resource.status === 'open' || resource.status === 'draft')
    throw new Conflict(
      'The report is ready when the case closes: until then, follow the collective differential.',
    );
  if (resource.status === 'withdrawn')
    throw new NotFound('This case was withdrawn: it has no report.');
  const frozen = await findFrozenReport(db, caseId);
  // While the owner rates, the report is built from the data as it stands (shares aside).
  const report: FrozenReport =
    frozen?.report ?? (await buildReport(db, caseId, row.rewardPledge, ctx.now));
  return {
    row,
    resource,
    report,
    closedAt: frozen?.closedAt ?? null,
    frozen: frozen !== undefined,
  };
}

export async function caseReport(
  ctx: RequestContext,
  deps: OutcomeDeps,
  caseId: string,
): Promise<CaseReport> {
  const { db } = deps.database;
  const { row, resource, report, closedAt, frozen } = await reportOf(ctx, db, caseId);
  const outcome = await followUpOf(db, caseId);
  return {
    caseId,
    title: row.title,
    kind: row.kind,
    specialty: row.specialties[0] ?? null,
    state: frozen ? 'final' : 'preview',
    closedAt: closedAt?.toISOString() ?? null,
    rule: report.rule,
    contributors: report.contributors,
    items: report.items,
    outcome: outcome === undefined ? null : toOutcomeView(outcome, report.items.length),
    reward: report.reward,
    abilities: {
      canRecordOutcome:
        outcome === undefined &&
        decide(ctx.actor, { action: 'outcome.record', case: resource }).allowed,
      canRate: ctx.member?.id === row.authorId && resource.status === 'closing',
    },
  };
}

const SEX_FOR_FHIR = {
  female: 'female',
  male: 'male',
  intersex: 'other',
  undisclosed: 'unknown',
} as const;

function symptomsOf(
  questionnaire: Partial<PatientQuestionnaire> | null,
): ReportForExport['symptoms'] {
  const symptoms = questionnaire?.symptoms;
  if (symptoms === undefined) return [];
  const onsetOf = (symptom: (typeof symptoms.symptoms)[number]) =>
    symptom.onsetDate ??
    (symptom.onsetAgo === undefined
      ? null
      : `${symptom.onsetAgo.value} ${symptom.onsetAgo.unit} ago`);
  return [
    ...symptoms.symptoms.map((symptom) => ({
      id: symptom.hpo?.id ?? null,
      label: symptom.hpo?.label ?? symptom.description,
      present: true,
      onset: onsetOf(symptom),
    })),
    ...(symptoms.ruledOutFindings ?? []).map((finding) => ({
      id: finding.hpo?.id ?? null,
      label: finding.hpo?.label ?? finding.description,
      present: false,
      onset: null,
    })),
  ];
}

/** The final report as an HL7 FHIR R4 Bundle. */
export async function caseReportFhir(
  ctx: RequestContext,
  deps: OutcomeDeps,
  caseId: string,
): Promise<Record<string, unknown>> {
  const { db } = deps.database;
  const { row, report, closedAt, frozen } = await reportOf(ctx, db, caseId);
  if (!frozen || closedAt === null)
    throw new Conflict('The FHIR export is of the final report: close the case for good first.');
  const outcome = await followUpOf(db, caseId);
  const questionnaire = row.questionnaire as Partial<PatientQuestionnaire> | null;
  const about = questionnaire?.about;
  const bundle = toFhirBundle(
    {
      caseId,
      title: row.title,
      specialty: row.specialties[0] ?? null,
      kind: row.kind === 'patient' ? 'patient' : 'clinical',
      closedAt: closedAt.toISOString(),
      patient: {
        sex: about === undefined ? null : SEX_FOR_FHIR[about.sex],
        ageYears: null,
        ageBand: about?.ageBand ?? null,
      },
      symptoms: symptomsOf(questionnaire),
      differential: report.items.map((item) => ({
        rank: item.rank,
        label: item.label,
        conceptId: item.concept?.id ?? null,
        probability: item.probability,
        support: item.support,
        rationaleExcerpts: item.rationaleExcerpts,
        references: item.references,
        nextSteps: item.nextSteps,
      })),
      confirmed:
        outcome === undefined
          ? null
          : {
              label: outcome.diagnosis,
              conceptId:
                outcome.system === null || outcome.code === null
                  ? null
                  : `${outcome.system}:${outcome.code}`,
              method: outcome.method ?? 'other',
              confirmedOn: outcome.confirmedOn ?? outcome.recordedAt.toISOString().slice(0, 10),
              collectiveRank: outcome.collectiveRank,
            },
    },
    { baseUrl: deps.publicUrl, generatedAt: ctx.now.toISOString() },
  );
  return bundle as unknown as Record<string, unknown>;
}

// ---- Reputation -----------------------------------------------------------------------------

/**
 * Records, for each member's ranked differential, whether the confirmed diagnosis was in their
 * top 3: the evidence their reputation is learned from, counted from `confirmedAt` on.
 */
export async function recordReputationEvents(
  tx: Queryable,
  input: {
    caseId: string;
    specialty: string;
    source: 'outcome' | 'case-study';
    confirmedAt: Date;
    confirmed: ReadonlySet<string>;
    differentials: { memberId: string; ranked: ReadonlySet<string>[] }[];
  },
): Promise<Map<string, number | null>> {
  const ranks = new Map<string, number | null>();
  for (const differential of input.differentials) {
    if (differential.ranked.length === 0) continue;
    const rank = rankIn(differential.ranked, input.confirmed);
    const hit = rank !== null && rank <= 3;
    ranks.set(differential.memberId, rank);
    const inserted = await tx
      .insert(reputationEvents)
      .values({
        memberId: differential.memberId,
        caseId: input.caseId,
        specialty: input.specialty,
        source: input.source,
        rank,
        hit,
        confirmedAt: input.confirmedAt,
      })
      .onConflictDoNothing()
      .returning({ id: reputationEvents.id });
    if (inserted.length === 0) continue;
    await tx
      .insert(memberReputations)
      .values({
        memberId: differential.memberId,
        specialty: input.specialty,
        hits: hit ? 1 : 0,
        misses: hit ? 0 : 1,
        updatedAt: input.confirmedAt,
      })
      .onConflictDoUpdate({
        target: [memberReputations.memberId, memberReputations.specialty],
        set: {
          hits: sql`${memberReputations.hits} + ${hit ? 1 : 0}`,
          misses: sql`${memberReputations.misses} + ${hit ? 0 : 1}`,
          updatedAt: input.confirmedAt,
        },
      });
  }
  return ranks;
}

export async function memberReputation(
  ctx: RequestContext,
  deps: OutcomeDeps,
  handle: string,
): Promise<Reputation> {
  const { db } = deps.database;
  const member = await findActiveMemberByHandle(db, handle);
  if (member === undefined) throw new NotFound('There is no member with this handle.');
  const standing = standingOf(await credentialsInForce(db, [member.id], ctx.now));
  const events = (await outcomeEventsOf(db, [member.id], ctx.now)).get(member.id) ?? [];
  const [scored] = await db
    .select({ n: count() })
    .from(reputationEvents)
    .where(eq(reputationEvents.memberId, member.id));
  return {
    handle: member.handle,
    tier: standing.tier,
    items: reputationSummary(events, standing, ctx.now).map((item) => ({
      specialty: item.specialty,
      hits: item.hits,
      misses: item.misses,
      accuracy: item.posteriorMean,
      low: item.credibleInterval95[0],
      high: item.credibleInterval95[1],
      weight: item.weight,
    })),
    scoredCases: scored?.n ?? 0,
  };
}

// ---- The outcome ----------------------------------------------------------------------------

export async function recordOutcome(
  ctx: RequestContext,
  deps: OutcomeDeps,
  caseId: string,
  rawInput: RecordOutcomeBody,
): Promise<Outcome> {
  const input = RecordOutcomeBodySchema.parse(rawInput);
  return deps.database.db.transaction(async (tx) => {
    const { row } = await readableCase(ctx, tx, caseId);
    const resource = caseResourceOf(row, ctx.now);
    const member = requireAllowedMember(ctx, { action: 'outcome.record', case: resource });
    if ((await followUpOf(tx, caseId)) !== undefined || row.hasOutcome)
      throw new Conflict(
        'The confirmed diagnosis of this case is recorded already: ask a moderator to correct it.',
      );
    const today = ctx.now.toISOString().slice(0, 10);
    const posted = (row.publishedAt ?? row.createdAt).toISOString().slice(0, 10);
    if (input.confirmedOn > today)
      throw new Invalid('The date it was confirmed cannot be in the future.', [
        { field: 'body.confirmedOn', message: 'Give a date that has passed' },
      ]);
    if (input.confirmedOn < posted)
      throw new Invalid(
        `The date it was confirmed must be on or after ${posted}, when the case was posted.`,
        [{ field: 'body.confirmedOn', message: `Give a date on or after ${posted}` }],
      );
    const concept =
      input.conceptId === null ? null : await knownDiagnosis(tx, input.conceptId, 'body.conceptId');
    const { stored, candidates } = await storeOutcome(tx, {
      caseId,
      specialties: row.specialties,
      diagnosis: { conceptId: concept?.id ?? null, label: concept?.label ?? input.diagnosis },
      concept,
      method: input.method,
      confirmedOn: input.confirmedOn,
      teachingPoint: input.teachingPoint,
      at: ctx.now,
    });
    const collectiveRank = stored.collectiveRank;
    await recordAudit(tx, {
      actorId: member.id,
      action: 'case.outcome-recorded',
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details: { method: input.method, collectiveRank, coded: concept !== null },
      at: ctx.now,
    });
    return toOutcomeView(stored, candidates);
  });
}

/**
 * Stores a case's confirmed diagnosis and what follows from it, inside the caller's transaction:
 * where the crowd ranked it (in the frozen report), each contributor's scored differential
 * (evidence from `at` on), and a collusion review of the contributors.
 */
export async function storeOutcome(
  tx: Queryable,
  input: {
    caseId: string;
    specialties: readonly string[];
    diagnosis: DiagnosisRef;
    concept: { system: string; code: string } | null;
    method: ConfirmationMethod;
    confirmedOn: string;
    teachingPoint: string;
    at: Date;
  },
) {
  const { caseId, at } = input;
  const confirmed = await keysOf(tx, input.diagnosis);
  const frozen = await findFrozenReport(tx, caseId);
  const items = frozen?.report.items ?? [];
  const keysOfItem = (item: (typeof items)[number]) =>
    new Set([frozen?.report.keys[item.candidateId] ?? '', textKey(item.label)]);
  const collectiveRank = rankIn(
    [...items].sort((a, b) => a.rank - b.rank).map(keysOfItem),
    confirmed,
  );
  const [stored] = await tx
    .insert(caseOutcomes)
    .values({
      caseId,
      diagnosis: input.diagnosis.label,
      system: input.concept?.system ?? null,
      code: input.concept?.code ?? null,
      teachingPoint: input.teachingPoint === '' ? null : input.teachingPoint,
      source: 'follow-up',
      method: input.method,
      confirmedOn: input.confirmedOn,
      collectiveRank,
      recordedAt: at,
    })
    .returning();
  if (stored === undefined) throw new Error('the outcome was not stored');
  // Each contributor's own differential as they left it, scored from now on.
  const active = await listActiveSuggestions(tx, caseId);
  const byMember = new Map<string, typeof active>();
  for (const suggestion of active) {
    const list = byMember.get(suggestion.authorId) ?? [];
    list.push(suggestion);
    byMember.set(suggestion.authorId, list);
  }
  const differentials = [];
  for (const [memberId, list] of byMember) {
    const ranked = [];
    for (const suggestion of [...list].sort((a, b) => a.position - b.position))
      ranked.push(
        await keysOf(tx, {
          conceptId:
            suggestion.conceptSystem === null
              ? null
              : `${suggestion.conceptSystem}:${suggestion.conceptCode ?? ''}`,
          label: suggestion.diagnosis,
        }),
      );
    differentials.push({ memberId, ranked });
  }
  await recordReputationEvents(tx, {
    caseId,
    specialty: caseSpecialtyOf(input.specialties),
    source: 'outcome',
    confirmedAt: at,
    confirmed,
    differentials,
  });
  const voters = (await listVotes(tx, caseId)).map((vote) => vote.memberId);
  await reviewCollusion(tx, [...new Set([...byMember.keys(), ...voters])], at);
  return { stored, candidates: items.length };
}

// ---- Collusion flags (moderators) -----------------------------------------------------------

export async function collusionFlagList(
  ctx: RequestContext,
  deps: OutcomeDeps,
): Promise<{ items: CollusionFlag[] }> {
  requireAllowedMember(ctx, { action: 'collusion.review' });
  const rows = await listCollusionFlags(deps.database.db);
  return {
    items: rows.map((row) => ({
      memberA: { handle: row.aHandle, displayName: row.aName },
      memberB: { handle: row.bHandle, displayName: row.bName },
      overlap: row.overlap,
      agreements: row.agreements,
      flaggedAt: row.flaggedAt.toISOString(),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
    })),
  };
}

export async function reviewCollusionFlag(
  ctx: RequestContext,
  deps: OutcomeDeps,
  handles: { memberA: string; memberB: string },
): Promise<{ items: CollusionFlag[] }> {
  const moderator = requireAllowedMember(ctx, { action: 'collusion.review' });
  const { db } = deps.database;
  const a = await findActiveMemberByHandle(db, handles.memberA);
  const b = await findActiveMemberByHandle(db, handles.memberB);
  if (
    a === undefined ||
    b === undefined ||
    !(await markCollusionReviewed(db, [a.id, b.id], ctx.now))
  )
    throw new NotFound('These two members are not flagged.');
  await recordAudit(db, {
    actorId: moderator.id,
    action: 'collusion.reviewed',
    subjectType: 'member',
    subjectId: a.id,
    ip: ctx.ip,
    details: { with: b.id },
    at: ctx.now,
  });
  return collusionFlagList(ctx, deps);
}
