// Collective diagnosis use cases: the board of a case's candidates, proposing, editing,
// withdrawing and ranking one's suggestions, seeding and mapping candidates, voting, and the
// collective differential. Every write recomputes the differential in its own transaction.
import type {
  Candidate,
  CollectiveDifferential,
  CreateSuggestionBody,
  EditSuggestionBody,
  SeedCandidateBody,
  Suggestion,
  SuggestionBoard,
  SuggestionHistory,
  VoteValue,
} from '@consilium/api';
import { CreateSuggestionBodySchema, MAX_SUGGESTIONS_PER_MEMBER } from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { decide } from '@consilium/core';
import { readableCase } from '../cases/readable-case.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { Conflict, NotFound } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import type { ResolvedDiagnosis } from './candidates.js';
import { resolveDiagnosis } from './candidates.js';
import {
  COLLECTIVE_RULE,
  currentDifferential,
  recomputeDifferential,
  shownDifferential,
} from './differential.js';
import {
  archiveRevision,
  backersOf,
  deleteVote,
  dropOwnVotes,
  ensureCandidate,
  findCandidate,
  findSuggestion,
  insertSuggestion,
  listActiveSuggestions,
  listCandidates,
  listRevisions,
  listVotes,
  lockMemberOnCase,
  memberSuggestions,
  mergeCandidate,
  updateCandidateConcept,
  updateSuggestion,
  upsertVote,
} from './suggestions.queries.js';
import type { SuggestionRow } from './suggestions.queries.js';
import {
  conceptRefOf,
  toCandidateView,
  toRevisionView,
  toSuggestionView,
} from './suggestions.view.js';

export interface SuggestionDeps {
  database: Database;
}

const withdrawnOrMissing = () => new NotFound('This suggestion does not exist or was withdrawn.');

/** The board of a case as this viewer sees it. */
async function boardOf(
  ctx: RequestContext,
  db: Queryable,
  caseId: string,
  resource: CaseResource,
): Promise<SuggestionBoard> {
  const [all, active, allVotes, differential] = [
    await listCandidates(db, caseId),
    await listActiveSuggestions(db, caseId),
    await listVotes(db, caseId),
    await currentDifferential(db, caseId, ctx.now),
  ];
  const { ranked: trusted, pending } = shownDifferential(differential.items);
  const ranked = new Map(trusted.map((item) => [item.candidateId, item]));
  // Collective order: ranked candidates, then pending ones (in their own order), then the rest.
  const order = new Map(
    [...trusted, ...pending].map((item, index) => [item.candidateId, index] as const),
  );
  const shown = all.filter(
    (candidate) =>
      candidate.seededByAuthor ||
      order.has(candidate.id) ||
      active.some((item) => item.candidateId === candidate.id),
  );
  shown.sort((a, b) => {
    const placeA = order.get(a.id) ?? Number.POSITIVE_INFINITY;
    const placeB = order.get(b.id) ?? Number.POSITIVE_INFINITY;
    return placeA - placeB || a.createdAt.getTime() - b.createdAt.getTime();
  });
  const pendingById = new Map(pending.map((item) => [item.candidateId, item]));
  const candidates = shown.map((candidate) =>
    toCandidateView(ctx, {
      candidate,
      resource,
      ranked: ranked.get(candidate.id),
      pending: pendingById.get(candidate.id),
      suggestions: active.filter((item) => item.candidateId === candidate.id),
      votes: allVotes.filter((vote) => vote.candidateId === candidate.id),
    }),
  );
  const mine =
    ctx.member === undefined ? 0 : active.filter((item) => item.authorId === ctx.member?.id).length;
  const decision = decide(ctx.actor, { action: 'suggestion.create', case: resource });
  const full = mine >= MAX_SUGGESTIONS_PER_MEMBER;
  return {
    candidates,
    mine: { count: mine, limit: MAX_SUGGESTIONS_PER_MEMBER },
    abilities: {
      canSuggest: decision.allowed && !full,
      canSeed: decide(ctx.actor, { action: 'candidate.seed', case: resource }).allowed,
    },
    cannotSuggestReason: !decision.allowed
      ? decision.message
      : full
        ? `You have ${MAX_SUGGESTIONS_PER_MEMBER} suggestions on this case: withdraw one to add another.`
        : null,
  };
}

async function suggestionView(
  ctx: RequestContext,
  db: Queryable,
  resource: CaseResource,
  caseId: string,
  suggestionId: string,
): Promise<Suggestion> {
  const row = await findSuggestion(db, caseId, suggestionId);
  if (row === undefined) throw withdrawnOrMissing();
  return toSuggestionView(ctx, row, resource);
}

async function candidateView(
  ctx: RequestContext,
  db: Queryable,
  resource: CaseResource,
  caseId: string,
  candidateId: string,
): Promise<Candidate> {
  const candidate = await findCandidate(db, caseId, candidateId);
  if (candidate === undefined) throw new NotFound('This diagnosis is not on this case.');
  const { ranked, pending } = shownDifferential(
    (await currentDifferential(db, caseId, ctx.now)).items,
  );
  const active = await listActiveSuggestions(db, caseId);
  const allVotes = await listVotes(db, caseId);
  return toCandidateView(ctx, {
    candidate,
    resource,
    ranked: ranked.find((item) => item.candidateId === candidateId),
    pending: pending.find((item) => item.candidateId === candidateId),
    suggestions: active.filter((item) => item.candidateId === candidateId),
    votes: allVotes.filter((vote) => vote.candidateId === candidateId),
  });
}

export async function listSuggestions(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
): Promise<SuggestionBoard> {
  const { db } = deps.database;
  const { resource } = await readableCase(ctx, db, caseId);
  return boardOf(ctx, db, caseId, resource);
}

/** Files a suggestion under its candidate (created if new), refusing a second one of the same. */
async function fileUnder(
  tx: Queryable,
  ctx: RequestContext,
  caseId: string,
  diagnosis: ResolvedDiagnosis,
) {
  return ensureCandidate(tx, {
    caseId,
    key: diagnosis.key,
    label: diagnosis.label,
    conceptSystem: diagnosis.conceptSystem,
    conceptCode: diagnosis.conceptCode,
    seededByAuthor: false,
    at: ctx.now,
  });
}

export async function proposeSuggestion(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
  rawInput: CreateSuggestionBody,
): Promise<Suggestion> {
  const input = CreateSuggestionBodySchema.parse(rawInput);
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, caseId);
    const member = requireAllowedMember(ctx, { action: 'suggestion.create', case: resource });
    const diagnosis = await resolveDiagnosis(tx, {
      conceptId: input.conceptId,
      text: input.diagnosis,
      field: 'body',
    });
    await lockMemberOnCase(tx, caseId, member.id);
    const mine = await memberSuggestions(tx, caseId, member.id);
    if (mine.length >= MAX_SUGGESTIONS_PER_MEMBER)
      throw new Conflict(
        `You already have ${MAX_SUGGESTIONS_PER_MEMBER} suggestions on this case: withdraw one to add another.`,
      );
    const candidate = await fileUnder(tx, ctx, caseId, diagnosis);
    if (mine.some((item) => item.candidateId === candidate.id))
      throw new Conflict(
        `You already suggested ${candidate.label} on this case: edit that suggestion instead.`,
      );
    const { id } = await insertSuggestion(tx, {
      caseId,
      authorId: member.id,
      candidateId: candidate.id,
      diagnosis: diagnosis.conceptSystem === null ? input.diagnosis : candidate.label,
      rationale: input.rationale,
      nextSteps: input.nextSteps,
      references: input.references,
      confidence: input.confidence,
      position: mine.length + 1,
      at: ctx.now,
    });
    // One's own suggestion is not voted on: an earlier vote on the same diagnosis lapses.
    await dropOwnVotes(tx, member.id, [candidate.id]);
    await recomputeDifferential(tx, caseId, ctx.now);
    ctx.log.info({ caseId, suggestionId: id }, 'suggestion proposed');
    return suggestionView(ctx, tx, resource, caseId, id);
  });
}

async function ownSuggestion(
  ctx: RequestContext,
  tx: Queryable,
  target: { caseId: string; suggestionId: string },
) {
  const { resource } = await readableCase(ctx, tx, target.caseId);
  const current = await findSuggestion(tx, target.caseId, target.suggestionId);
  if (current === undefined || current.withdrawnAt !== null) throw withdrawnOrMissing();
  const member = requireAllowedMember(ctx, {
    action: 'suggestion.edit',
    suggestion: { authorId: current.authorId, case: resource },
  });
  await lockMemberOnCase(tx, target.caseId, member.id);
  return { resource, current, member };
}

export async function editSuggestion(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; suggestionId: string },
  input: EditSuggestionBody,
): Promise<Suggestion> {
  return deps.database.db.transaction(async (tx) => {
    const { resource, current, member } = await ownSuggestion(ctx, tx, target);
    let candidateId = current.candidateId;
    let diagnosisText = input.diagnosis ?? current.diagnosis;
    if (input.conceptId !== undefined || input.diagnosis !== undefined) {
      const conceptId =
        input.conceptId !== undefined
          ? input.conceptId
          : current.conceptSystem === null
            ? null
            : `${current.conceptSystem}:${current.conceptCode ?? ''}`;
      const diagnosis = await resolveDiagnosis(tx, {
        conceptId,
        text: diagnosisText,
        field: 'body',
      });
      const candidate = await fileUnder(tx, ctx, target.caseId, diagnosis);
      if (candidate.id !== current.candidateId) {
        const mine = await memberSuggestions(tx, target.caseId, member.id);
        if (mine.some((item) => item.candidateId === candidate.id))
          throw new Conflict(
            `You already suggested ${candidate.label} on this case: withdraw one of the two instead.`,
          );
        await dropOwnVotes(tx, member.id, [candidate.id]);
      }
      candidateId = candidate.id;
      if (diagnosis.conceptSystem !== null) diagnosisText = candidate.label;
    }
    await archiveRevision(tx, current, ctx.now);
    await updateSuggestion(tx, current.id, {
      candidateId,
      diagnosis: diagnosisText,
      rationale: input.rationale ?? current.rationale,
      nextSteps: input.nextSteps ?? current.nextSteps,
      references: input.references ?? current.references,
      confidence: input.confidence ?? current.confidence,
      revision: current.revision + 1,
      updatedAt: ctx.now,
    });
    await recomputeDifferential(tx, target.caseId, ctx.now);
    return suggestionView(ctx, tx, resource, target.caseId, current.id);
  });
}

/** Closes the gaps in a member's order after one of their suggestions leaves it. */
async function renumber(tx: Queryable, caseId: string, memberId: string, order?: string[]) {
  const mine = await memberSuggestions(tx, caseId, memberId);
  const ids = order ?? mine.map((item) => item.id);
  for (const [index, id] of ids.entries()) {
    const item = mine.find((suggestion) => suggestion.id === id);
    if (item !== undefined && item.position !== index + 1)
      await updateSuggestion(tx, id, { position: index + 1 });
  }
}

export async function withdrawSuggestion(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; suggestionId: string },
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const { current, member } = await ownSuggestion(ctx, tx, target);
    await archiveRevision(tx, current, ctx.now);
    await updateSuggestion(tx, current.id, {
      withdrawnAt: ctx.now,
      revision: current.revision + 1,
      updatedAt: ctx.now,
    });
    await renumber(tx, target.caseId, member.id);
    await recomputeDifferential(tx, target.caseId, ctx.now);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'suggestion.withdrawn',
      subjectType: 'suggestion',
      subjectId: current.id,
      ip: ctx.ip,
      details: { caseId: target.caseId },
      at: ctx.now,
    });
  });
}

export async function reorderSuggestions(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
  suggestionIds: string[],
): Promise<SuggestionBoard> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, caseId);
    const member = requireAllowedMember(ctx, { action: 'suggestion.create', case: resource });
    await lockMemberOnCase(tx, caseId, member.id);
    const mine = await memberSuggestions(tx, caseId, member.id);
    const given = new Set(suggestionIds);
    if (
      given.size !== suggestionIds.length ||
      given.size !== mine.length ||
      mine.some((item) => !given.has(item.id))
    )
      throw new Conflict(
        'List each of your suggestions on this case exactly once, most likely first.',
      );
    await renumber(tx, caseId, member.id, suggestionIds);
    await recomputeDifferential(tx, caseId, ctx.now);
    return boardOf(ctx, tx, caseId, resource);
  });
}

export async function suggestionHistory(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; suggestionId: string },
): Promise<SuggestionHistory> {
  const { db } = deps.database;
  const { resource } = await readableCase(ctx, db, target.caseId);
  const row: SuggestionRow | undefined = await findSuggestion(
    db,
    target.caseId,
    target.suggestionId,
  );
  // A withdrawn suggestion's history is its author's to see; to others it is gone.
  if (row === undefined || (row.withdrawnAt !== null && row.authorId !== ctx.member?.id))
    throw withdrawnOrMissing();
  const revisions = await listRevisions(db, row.id);
  return {
    current: toSuggestionView(ctx, row, resource),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    revisions: revisions.map(toRevisionView),
  };
}

export async function seedCandidate(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
  input: SeedCandidateBody,
): Promise<Candidate> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, caseId);
    requireAllowedMember(ctx, { action: 'candidate.seed', case: resource });
    const diagnosis = await resolveDiagnosis(tx, {
      conceptId: input.conceptId ?? null,
      text: input.label,
      field: 'body',
    });
    const existing = (await listCandidates(tx, caseId)).find((item) => item.key === diagnosis.key);
    if (existing !== undefined) throw new Conflict(`${existing.label} is already on this case.`);
    const candidate = await ensureCandidate(tx, {
      caseId,
      key: diagnosis.key,
      label: diagnosis.conceptSystem === null ? input.label : diagnosis.label,
      conceptSystem: diagnosis.conceptSystem,
      conceptCode: diagnosis.conceptCode,
      seededByAuthor: true,
      at: ctx.now,
    });
    return candidateView(ctx, tx, resource, caseId, candidate.id);
  });
}

export async function mapCandidate(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; candidateId: string },
  conceptId: string,
): Promise<Candidate> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, target.caseId);
    const member = requireAllowedMember(ctx, { action: 'candidate.map', case: resource });
    const candidate = await findCandidate(tx, target.caseId, target.candidateId);
    if (candidate === undefined) throw new NotFound('This diagnosis is not on this case.');
    if (candidate.conceptSystem !== null)
      throw new Conflict(`${candidate.label} is coded already.`);
    const diagnosis = await resolveDiagnosis(tx, {
      conceptId,
      text: candidate.label,
      field: 'body',
    });
    const existing = (await listCandidates(tx, target.caseId)).find(
      (item) => item.key === diagnosis.key,
    );
    let resultId = candidate.id;
    if (existing !== undefined) {
      await mergeCandidate(tx, candidate.id, existing.id);
      resultId = existing.id;
    } else {
      await updateCandidateConcept(tx, candidate.id, {
        key: diagnosis.key,
        label: diagnosis.label,
        conceptSystem: diagnosis.conceptSystem ?? '',
        conceptCode: diagnosis.conceptCode ?? '',
      });
    }
    // Members who backed it drop any vote they had cast on the candidate it merged into.
    for (const backer of await backersOf(tx, resultId)) await dropOwnVotes(tx, backer, [resultId]);
    await recomputeDifferential(tx, target.caseId, ctx.now);
    await recordAudit(tx, {
      actorId: member.id,
      action: 'candidate.mapped',
      subjectType: 'case',
      subjectId: target.caseId,
      ip: ctx.ip,
      details: { candidateId: candidate.id, conceptId: diagnosis.key, mergedInto: resultId },
      at: ctx.now,
    });
    return candidateView(ctx, tx, resource, target.caseId, resultId);
  });
}

export async function castVote(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; candidateId: string },
  value: VoteValue,
): Promise<Candidate> {
  return deps.database.db.transaction(async (tx) => {
    const { resource } = await readableCase(ctx, tx, target.caseId);
    const candidate = await findCandidate(tx, target.caseId, target.candidateId);
    if (candidate === undefined) throw new NotFound('This diagnosis is not on this case.');
    const member = requireAllowedMember(ctx, {
      action: 'vote.cast',
      candidate: { case: resource, backerIds: await backersOf(tx, candidate.id) },
    });
    if (value === 0) await deleteVote(tx, candidate.id, member.id);
    else
      await upsertVote(tx, { candidateId: candidate.id, memberId: member.id, value, at: ctx.now });
    await recomputeDifferential(tx, target.caseId, ctx.now);
    return candidateView(ctx, tx, resource, target.caseId, candidate.id);
  });
}

export async function collectiveDifferential(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
): Promise<CollectiveDifferential> {
  const { db } = deps.database;
  await readableCase(ctx, db, caseId);
  const differential = await currentDifferential(db, caseId, ctx.now);
  const { ranked, pending } = shownDifferential(differential.items);
  const candidates = new Map((await listCandidates(db, caseId)).map((item) => [item.id, item]));
  return {
    caseId,
    version: differential.version,
    computedAt: differential.computedAt?.toISOString() ?? null,
    rule: COLLECTIVE_RULE,
    contributors: differential.contributors,
    items: ranked.flatMap((item) => {
      const candidate = candidates.get(item.candidateId);
      if (candidate === undefined) return [];
      return [
        {
          candidateId: item.candidateId,
          label: candidate.label,
          concept: conceptRefOf(candidate),
          rank: item.shownRank,
          probability: item.probability,
          support: item.support,
          firstChoices: item.firstChoices,
        },
      ];
    }),
    pending: pending.flatMap((item) => {
      const candidate = candidates.get(item.candidateId);
      if (candidate === undefined) return [];
      return [
        {
          candidateId: item.candidateId,
          label: candidate.label,
          concept: conceptRefOf(candidate),
          support: item.support,
          firstChoices: item.firstChoices,
        },
      ];
    }),
  };
}
