// Suggestion use cases: list a case's ranked suggestions, propose one, vote.
import type { CreateSuggestionBody, Suggestion, SuggestionList, VoteValue } from '@consilium/api';
import type { CaseResource } from '@consilium/core';
import { rankByVotes } from '@consilium/core';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { NotFound } from '../platform/errors.js';
import { readableCase } from '../cases/readable-case.js';
import { requireAllowedMember } from '../platform/policy.js';
import {
  deleteVote,
  findSuggestion,
  insertSuggestion,
  listSuggestionTallies,
  upsertVote,
} from './suggestions.queries.js';
import { toSuggestionView } from './suggestions.view.js';

export interface SuggestionDeps {
  database: Database;
}

async function rankedViews(
  ctx: RequestContext,
  db: Queryable,
  caseId: string,
  resource: CaseResource,
): Promise<Suggestion[]> {
  const tallies = await listSuggestionTallies(db, caseId, ctx.member?.id);
  return rankByVotes(tallies).map((row) => toSuggestionView(row, resource, ctx));
}

function pick(views: Suggestion[], suggestionId: string): Suggestion {
  const view = views.find((item) => item.id === suggestionId);
  if (view === undefined) throw new NotFound('This suggestion does not exist or was withdrawn.');
  return view;
}

export async function listSuggestions(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
): Promise<SuggestionList> {
  const { resource } = await readableCase(ctx, deps.database.db, caseId);
  return { items: await rankedViews(ctx, deps.database.db, caseId, resource) };
}

export async function proposeSuggestion(
  ctx: RequestContext,
  deps: SuggestionDeps,
  caseId: string,
  input: CreateSuggestionBody,
): Promise<Suggestion> {
  const { db } = deps.database;
  const { resource } = await readableCase(ctx, db, caseId);
  const member = requireAllowedMember(ctx, { action: 'suggestion.create', case: resource });
  const { id } = await insertSuggestion(db, {
    caseId,
    authorId: member.id,
    diagnosis: input.diagnosis,
    rationale: input.rationale,
    createdAt: ctx.now,
  });
  ctx.log.info({ caseId, suggestionId: id }, 'suggestion proposed');
  return pick(await rankedViews(ctx, db, caseId, resource), id);
}

export async function castVote(
  ctx: RequestContext,
  deps: SuggestionDeps,
  target: { caseId: string; suggestionId: string },
  value: VoteValue,
): Promise<Suggestion> {
  const { db } = deps.database;
  const { resource } = await readableCase(ctx, db, target.caseId);
  const suggestion = await findSuggestion(db, target.caseId, target.suggestionId);
  if (suggestion === undefined)
    throw new NotFound('This suggestion does not exist or was withdrawn.');
  const member = requireAllowedMember(ctx, {
    action: 'vote.cast',
    suggestion: { authorId: suggestion.authorId, case: resource },
  });
  if (value === 0) await deleteVote(db, suggestion.id, member.id);
  else
    await upsertVote(db, { suggestionId: suggestion.id, memberId: member.id, value, at: ctx.now });
  return pick(await rankedViews(ctx, db, target.caseId, resource), suggestion.id);
}
