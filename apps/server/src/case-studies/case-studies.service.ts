// Case studies: a solver commits a differential once, and only then sees the hidden answer and
// its teaching point. The author sees it always; nobody else before committing.
import type { CommitDifferentialBody, Solution } from '@consilium/api';
import { readableCase } from '../cases/readable-case.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { Conflict, Forbidden, NotFound, Unauthenticated } from '../platform/errors.js';
import { caseSpecialtyOf } from '../diagnoses/contributors.js';
import { keysOf, rankIn } from '../outcomes/matching.js';
import { recordReputationEvents } from '../outcomes/outcomes.service.js';
import { knownDiagnosis } from '../diagnoses/candidates.js';
import { requireAllowedMember } from '../platform/policy.js';
import type { CommitRow, OutcomeRow } from './case-studies.queries.js';
import { countCommits, findCommit, findOutcome, insertCommit } from './case-studies.queries.js';

export interface CaseStudyDeps {
  database: Database;
}

function noHiddenAnswer(): NotFound {
  return new NotFound('This case has no hidden answer.');
}

function toSolution(
  outcome: OutcomeRow,
  commit: CommitRow | undefined,
  commitCount: number,
  yourRank: number | null,
): Solution {
  return {
    diagnosis: outcome.diagnosis,
    system: outcome.system,
    code: outcome.code,
    teachingPoint: outcome.teachingPoint,
    yourDifferential:
      commit?.diagnoses.map((item) => ({ label: item.label, conceptId: item.conceptId ?? null })) ??
      null,
    yourRank,
    committedAt: commit?.committedAt.toISOString() ?? null,
    commitCount,
  };
}

/** The keys naming a case study's hidden answer. */
function answerKeys(db: Queryable, outcome: OutcomeRow) {
  return keysOf(db, {
    conceptId:
      outcome.system === null || outcome.code === null ? null : `${outcome.system}:${outcome.code}`,
    label: outcome.diagnosis,
  });
}

/** The keys of each diagnosis of a committed differential, in its order. */
async function rankedKeysOf(db: Queryable, commit: CommitRow) {
  const ranked = [];
  for (const item of commit.diagnoses)
    ranked.push(await keysOf(db, { conceptId: item.conceptId ?? null, label: item.label }));
  return ranked;
}

export async function commitDifferential(
  ctx: RequestContext,
  deps: CaseStudyDeps,
  caseId: string,
  input: CommitDifferentialBody,
): Promise<Solution> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, caseId);
    const member = requireAllowedMember(ctx, { action: 'differential.commit', case: resource });
    const outcome = await findOutcome(tx, caseId);
    if (outcome === undefined) throw noHiddenAnswer();
    for (const [index, item] of input.diagnoses.entries())
      if (item.conceptId !== null)
        await knownDiagnosis(tx, item.conceptId, `body.diagnoses.${index}.conceptId`);
    // The primary key (case, member) decides between two commits sent at once.
    const commit = await insertCommit(tx, {
      caseId,
      memberId: member.id,
      diagnoses: input.diagnoses.map((item) => ({ label: item.label, conceptId: item.conceptId })),
      committedAt: ctx.now,
    });
    if (commit === undefined)
      throw new Conflict('You already committed your differential on this case.');
    // Scored the moment it is committed: the answer is revealed, and the score is evidence of
    // this member's accuracy from now on, like a confirmed outcome.
    const { row } = await readableCase(ctx, tx, caseId);
    const ranks = await recordReputationEvents(tx, {
      caseId,
      specialty: caseSpecialtyOf(row.specialties),
      source: 'case-study',
      confirmedAt: ctx.now,
      confirmed: await answerKeys(tx, outcome),
      differentials: [{ memberId: member.id, ranked: await rankedKeysOf(tx, commit) }],
    });
    await recordAudit(tx, {
      actorId: member.id,
      action: 'differential.committed',
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details: { diagnoses: input.diagnoses.length },
      at: ctx.now,
    });
    return toSolution(
      outcome,
      commit,
      await countCommits(tx, caseId),
      ranks.get(member.id) ?? null,
    );
  });
}

export async function caseStudySolution(
  ctx: RequestContext,
  deps: CaseStudyDeps,
  caseId: string,
): Promise<Solution> {
  const { db } = deps.database;
  const { row } = await readableCase(ctx, db, caseId);
  if (!row.isCaseStudy) throw noHiddenAnswer();
  if (ctx.member === undefined)
    throw new Unauthenticated('Sign in and commit your differential to see the answer.');
  const isAuthor = ctx.member.id === row.authorId;
  const commit = isAuthor ? undefined : await findCommit(db, caseId, ctx.member.id);
  if (!isAuthor && commit === undefined)
    throw new Forbidden('Commit your differential first to see the answer.');
  const outcome = await findOutcome(db, caseId);
  if (outcome === undefined) throw noHiddenAnswer();
  const yourRank =
    commit === undefined
      ? null
      : rankIn(await rankedKeysOf(db, commit), await answerKeys(db, outcome));
  return toSolution(outcome, commit, await countCommits(db, caseId), yourRank);
}
