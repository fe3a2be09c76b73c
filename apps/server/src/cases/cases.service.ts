// Case use cases: the latest feed, reading a case, posting a case, and a patient case's life from
// draft to published.
import type {
  CaseDetail,
  CreateCaseBody,
  CreateDraftBody,
  CaseRevisions,
  CaseStatusChangeBody,
  CreateClinicalCaseBody,
  CreateImagePostBody,
  SolutionInput,
  EditCaseBody,
  FieldError,
  MyCases,
  PatientQuestionnaireDraft,
  PublishBody,
  SaveDraftBody,
} from '@consilium/api';
import { missingSteps, PatientQuestionnaireSchema, QUESTIONNAIRE_VERSION } from '@consilium/api';
import { isEditable, MAX_WINDOW_DAYS, refusalOf, specialtyName } from '@consilium/core';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database, Queryable } from '../platform/database/index.js';
import { Conflict, Invalid, NotFound } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { readableCase } from './readable-case.js';
import { finaliseCase, releasePledge } from '../outcomes/outcomes.service.js';
import {
  cancelOutcomeReminder,
  outcomeReminderTime,
  scheduleOutcomeReminder,
} from '../outcomes/reminders.js';
import type { Jobs } from '../platform/jobs/jobs.js';
import { grantWelcomePoints, pledge } from '../rewards/rewards.service.js';
import type { ViewCounter } from '../feeds/views.js';
import type { CaseRow } from './cases.queries.js';
import { caseOutcomes } from '../platform/database/schema.js';
import {
  deleteCase,
  findCase,
  findCaseExtras,
  insertCase,
  insertRevision,
  listRevisions,
  lockCase,
  listOwnCases,
  updateCase,
} from './cases.queries.js';
import {
  caseResourceOf,
  caseStatusOf,
  missingStepsOf,
  toCaseDetail,
  excerptOf,
} from './cases.view.js';

export interface CaseDeps {
  database: Database;
  views: ViewCounter;
  /** Durable jobs: the reminder to record the outcome of a case closed for good. */
  jobs: Jobs;
  outcomeReminderDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function getCase(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
): Promise<CaseDetail> {
  const { row } = await readableCase(ctx, deps.database.db, caseId);
  if (await deps.views.record(deps.database.db, ctx, row)) row.viewCount += 1;
  return caseDetailOf(deps.database.db, row, ctx);
}

/** The case page's view of a row: loads its images, counts and this reader's relation to it. */
export async function caseDetailOf(
  db: Queryable,
  row: CaseRow,
  ctx: RequestContext,
): Promise<CaseDetail> {
  const extras = await findCaseExtras(db, row.id, ctx.member?.id);
  return toCaseDetail(row, extras, ctx);
}

async function readBack(db: Queryable, caseId: string): Promise<CaseRow> {
  const row = await findCase(db, caseId);
  if (row === undefined) throw new Error('a saved case could not be read back');
  return row;
}

/** Inserts a case published at once (open, version 1 in its history) and reads it back. */
async function insertPublishedCase(
  tx: Queryable,
  at: Date,
  values: Omit<
    Parameters<typeof insertCase>[1],
    'status' | 'createdAt' | 'publishedAt' | 'updatedAt'
  >,
): Promise<CaseRow> {
  const { id } = await insertCase(tx, {
    ...values,
    status: 'open',
    createdAt: at,
    publishedAt: at,
    updatedAt: at,
  });
  await insertRevision(tx, {
    caseId: id,
    revision: 1,
    title: values.title,
    presentation: values.presentation,
    createdAt: at,
  });
  return readBack(tx, id);
}

export async function postCase(
  ctx: RequestContext,
  deps: CaseDeps,
  input: CreateCaseBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.create' });
  const created = await deps.database.db.transaction((tx) =>
    insertPublishedCase(tx, ctx.now, {
      authorId: member.id,
      title: input.title,
      presentation: input.presentation,
    }),
  );
  ctx.log.info({ caseId: created.id }, 'case posted');
  return caseDetailOf(deps.database.db, created, ctx);
}

/** How an anonymous patient is shown to everyone else. */
export const ANONYMOUS_PATIENT = 'Anonymous patient';

/** What a draft shows in lists before it has a title. */
const UNTITLED = '';

/** Title and presentation follow the questionnaire's complaint step. */
function denormalised(questionnaire: PatientQuestionnaireDraft) {
  return {
    title: questionnaire.complaint?.title ?? UNTITLED,
    presentation: questionnaire.complaint?.chiefComplaint ?? '',
    questionnaire: questionnaire as Record<string, unknown>,
    questionnaireVersion: questionnaire.version,
  };
}

export async function createDraft(
  ctx: RequestContext,
  deps: CaseDeps,
  input: CreateDraftBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.create' });
  const created = await deps.database.db.transaction((tx) =>
    insertDraft(tx, ctx.now, {
      authorId: member.id,
      kind: input.kind,
      questionnaire: input.questionnaire,
    }),
  );
  return caseDetailOf(deps.database.db, created, ctx);
}

/** Inserts a draft whose title and presentation follow its questionnaire, and reads it back. */
export async function insertDraft(
  tx: Queryable,
  at: Date,
  draft: {
    authorId: string;
    kind: CreateDraftBody['kind'];
    questionnaire: PatientQuestionnaireDraft;
    isCaseStudy?: boolean;
  },
): Promise<CaseRow> {
  const { id } = await insertCase(tx, {
    authorId: draft.authorId,
    kind: draft.kind,
    status: 'draft',
    isCaseStudy: draft.isCaseStudy ?? false,
    ...denormalised(draft.questionnaire),
    createdAt: at,
    updatedAt: at,
  });
  return readBack(tx, id);
}

/** The author's own draft; anyone else's (or a missing one) is "not found". */
async function ownDraft(ctx: RequestContext, db: Queryable, caseId: string): Promise<CaseRow> {
  const row = await findCase(db, caseId);
  if (row === undefined) throw new NotFound('This case does not exist or was removed.');
  requireAllowedMember(ctx, { action: 'case.edit', case: caseResourceOf(row, ctx.now) });
  if (row.status !== 'draft')
    throw new Conflict('This case is published: it is no longer a draft.');
  return row;
}

export async function saveDraft(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
  input: SaveDraftBody,
): Promise<CaseDetail> {
  const saved = await deps.database.db.transaction(async (tx) => {
    await ownDraft(ctx, tx, caseId);
    await updateCase(tx, caseId, { ...denormalised(input.questionnaire), updatedAt: ctx.now });
    return readBack(tx, caseId);
  });
  return caseDetailOf(deps.database.db, saved, ctx);
}

const STEP_NAMES: Record<string, string> = {
  about: 'About you',
  complaint: 'The main problem',
  symptoms: 'Symptoms',
  history: 'Medical history',
  tests: 'Tests',
  diagnoses: 'Diagnoses considered',
  care: 'Care so far',
  question: 'Your question',
};

/** Publishes a complete draft: the same schema the wizard checks decides, field by field. */
export async function publishCase(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
  input: PublishBody,
): Promise<CaseDetail> {
  const published = await deps.database.db.transaction(async (tx) => {
    const row = await ownDraft(ctx, tx, caseId);
    const draft = (row.questionnaire ?? {
      version: QUESTIONNAIRE_VERSION,
    }) as PatientQuestionnaireDraft;
    const checked = PatientQuestionnaireSchema.safeParse(draft);
    if (!checked.success) {
      const missing = missingSteps(draft).map((step) => STEP_NAMES[step] ?? step);
      const errors: FieldError[] = checked.error.issues.map((issue) => ({
        field: ['questionnaire', ...issue.path.map(String)].join('.'),
        message: issue.message,
      }));
      throw new Invalid(
        missing.length > 0
          ? `The case cannot be published yet: complete ${missing.join(', ')}.`
          : 'The case cannot be published yet: some answers are not valid.',
        errors,
      );
    }
    await updateCase(tx, caseId, {
      status: 'open',
      ...denormalised(checked.data),
      isAnonymous: input.anonymous,
      authorLabel: input.anonymous ? ANONYMOUS_PATIENT : null,
      publishedAt: ctx.now,
      closesAt: new Date(ctx.now.getTime() + input.submissionWindowDays * DAY_MS),
      rewardPledge: input.rewardPledge,
      updatedAt: ctx.now,
    });
    // The pledge leaves the owner's points with the publication, or neither happens.
    if (input.rewardPledge > 0) {
      await grantWelcomePoints(tx, row.authorId);
      await pledge(tx, { caseId, ownerId: row.authorId, amount: input.rewardPledge });
    }
    const published = denormalised(checked.data);
    await insertRevision(tx, {
      caseId,
      revision: 1,
      title: published.title,
      presentation: published.presentation,
      questionnaire: published.questionnaire,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      actorId: row.authorId,
      action: 'case.published',
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details: { submissionWindowDays: input.submissionWindowDays, anonymous: input.anonymous },
      at: ctx.now,
    });
    return readBack(tx, caseId);
  });
  ctx.log.info({ caseId }, 'case published');
  return caseDetailOf(deps.database.db, published, ctx);
}

export async function discardDraft(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await ownDraft(ctx, tx, caseId);
    await deleteCase(tx, caseId);
  });
}

export async function myCases(ctx: RequestContext, deps: CaseDeps): Promise<MyCases> {
  const member = requireAllowedMember(ctx, { action: 'account.manage' });
  const rows = await listOwnCases(deps.database.db, member.id);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: caseStatusOf(row, ctx.now),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      closesAt: row.closesAt?.toISOString() ?? null,
      missingSteps: missingStepsOf(row),
    })),
  };
}

/** The author's own published case, locked for the change; others are refused by the policy. */
async function ownCaseForChange(ctx: RequestContext, db: Queryable, caseId: string) {
  await lockCase(db, caseId);
  const row = await findCase(db, caseId);
  if (row === undefined) throw new NotFound('This case does not exist or was removed.');
  const resource = caseResourceOf(row, ctx.now);
  const member = requireAllowedMember(ctx, { action: 'case.edit', case: resource });
  return { row, status: resource.status, member };
}

/** Edits an open case. The version it replaces stays readable in the case's history. */
export async function editCase(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
  input: EditCaseBody,
): Promise<CaseDetail> {
  const edited = await deps.database.db.transaction(async (tx) => {
    const { row, status, member } = await ownCaseForChange(ctx, tx, caseId);
    if (!isEditable(status))
      throw new Conflict(
        status === 'draft'
          ? 'This case is a draft: save it with the draft route and publish it.'
          : `Only an open case can be edited; this case is ${status}.`,
      );
    let content: {
      title: string;
      presentation: string;
      questionnaire: Record<string, unknown> | null;
    };
    if (row.questionnaire !== null) {
      if (input.questionnaire === undefined)
        throw new Invalid('Send the whole questionnaire with your changes.', [
          { field: 'body.questionnaire', message: 'The questionnaire is required' },
        ]);
      content = denormalised(input.questionnaire);
    } else {
      if (
        input.questionnaire !== undefined ||
        input.title === undefined ||
        input.presentation === undefined
      )
        throw new Invalid('This case has no questionnaire: send its title and presentation.', [
          { field: 'body.title', message: 'Title and presentation are required' },
        ]);
      content = { title: input.title, presentation: input.presentation, questionnaire: null };
    }
    const revision = row.revision + 1;
    await updateCase(tx, caseId, {
      title: content.title,
      presentation: content.presentation,
      questionnaire: content.questionnaire,
      revision,
      updatedAt: ctx.now,
    });
    await insertRevision(tx, {
      caseId,
      revision,
      ...content,
      note: input.note === undefined || input.note === '' ? null : input.note,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      actorId: member.id,
      action: 'case.edited',
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details: { revision },
      at: ctx.now,
    });
    return readBack(tx, caseId);
  });
  return caseDetailOf(deps.database.db, edited, ctx);
}

export async function caseRevisions(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
): Promise<CaseRevisions> {
  await readableCase(ctx, deps.database.db, caseId);
  const rows = await listRevisions(deps.database.db, caseId);
  return {
    items: rows.map((revision) => ({
      revision: revision.revision,
      title: revision.title,
      presentation: revision.presentation,
      questionnaire: revision.questionnaire as CaseRevisions['items'][number]['questionnaire'],
      note: revision.note,
      createdAt: revision.createdAt.toISOString(),
    })),
  };
}

/** Close, close for good, withdraw, reopen once, or extend the window, as the lifecycle allows. */
export async function changeCaseStatus(
  ctx: RequestContext,
  deps: CaseDeps,
  caseId: string,
  input: CaseStatusChangeBody,
): Promise<CaseDetail> {
  const changed = await deps.database.db.transaction(async (tx) => {
    const { row, status, member } = await ownCaseForChange(ctx, tx, caseId);
    const refused = refusalOf({ status, reopened: row.reopenedAt !== null }, input.action);
    if (refused !== undefined) throw new Conflict(refused);
    const at = ctx.now;
    switch (input.action) {
      case 'close':
        await updateCase(tx, caseId, { status: 'closing', closesAt: at, updatedAt: at });
        break;
      case 'finish':
        await updateCase(tx, caseId, {
          status: 'closed',
          closesAt: row.closesAt !== null && row.closesAt < at ? row.closesAt : at,
          updatedAt: at,
        });
        await finaliseCase(tx, row, at);
        break;
      case 'withdraw':
        await updateCase(tx, caseId, { status: 'withdrawn', updatedAt: at });
        await releasePledge(tx, row);
        break;
      case 'reopen':
        await updateCase(tx, caseId, {
          status: 'open',
          reopenedAt: at,
          closesAt: new Date(at.getTime() + input.submissionWindowDays * DAY_MS),
          updatedAt: at,
        });
        break;
      case 'extend': {
        const from = row.closesAt ?? at;
        const closesAt = new Date(from.getTime() + input.days * DAY_MS);
        const start = row.reopenedAt ?? row.publishedAt ?? row.createdAt;
        if (closesAt.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY_MS)
          throw new Invalid(
            `A case stays open at most ${MAX_WINDOW_DAYS} days; this extension would pass that.`,
            [{ field: 'body.days', message: 'The extension is too long' }],
          );
        await updateCase(tx, caseId, { closesAt, updatedAt: at });
        break;
      }
    }
    await recordAudit(tx, {
      actorId: member.id,
      action: `case.${input.action}`,
      subjectType: 'case',
      subjectId: caseId,
      ip: ctx.ip,
      details:
        input.action === 'withdraw' && input.reason !== undefined ? { reason: input.reason } : {},
      at,
    });
    return readBack(tx, caseId);
  });
  // After the commit: a job sent from inside the transaction could run before it is visible.
  if (input.action === 'finish')
    await scheduleOutcomeReminder(
      deps.jobs,
      { caseId, ownerId: changed.authorId },
      outcomeReminderTime(ctx.now, deps.outcomeReminderDays),
    );
  if (input.action === 'reopen' || input.action === 'withdraw')
    await cancelOutcomeReminder(deps.jobs, caseId);
  return caseDetailOf(deps.database.db, changed, ctx);
}

const PROFESSION_NAMES: Record<string, string> = {
  physician: 'physician',
  'resident-physician': 'resident physician',
  nurse: 'nurse',
  'nurse-practitioner': 'nurse practitioner',
  'physician-assistant': 'physician assistant',
  pharmacist: 'pharmacist',
  dentist: 'dentist',
  midwife: 'midwife',
  paramedic: 'paramedic',
  physiotherapist: 'physiotherapist',
  psychologist: 'psychologist',
  dietitian: 'dietitian',
  'laboratory-scientist': 'laboratory scientist',
  'other-health-professional': 'health professional',
};

/** The pseudonym of an anonymous professional: their verified tier, nothing that names them. */
export function pseudonymOf(ctx: RequestContext): string {
  const credential = ctx.credentials.find((item) => item.kind === 'professional');
  if (credential === undefined) return 'Verified professional';
  const profession = PROFESSION_NAMES[credential.profession ?? ''] ?? 'professional';
  const specialty = credential.specialties[0];
  return specialty === undefined
    ? `Verified ${profession}`
    : `Verified ${profession} · ${specialtyName(specialty)}`;
}

/** Stores a shared solved case's answer, hidden from solvers until they commit a differential. */
async function storeSolution(
  tx: Queryable,
  caseId: string,
  solution: SolutionInput | undefined,
  at: Date,
): Promise<void> {
  if (solution === undefined) return;
  await tx.insert(caseOutcomes).values({
    caseId,
    diagnosis: solution.diagnosis,
    teachingPoint:
      solution.teachingPoint === undefined || solution.teachingPoint === ''
        ? null
        : solution.teachingPoint,
    source: 'case-study',
    recordedAt: at,
  });
}

/** A professional's clinical case, published at once, optionally under a pseudonym. */
export async function postClinicalCase(
  ctx: RequestContext,
  deps: CaseDeps,
  input: CreateClinicalCaseBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.create.clinical' });
  const created = await deps.database.db.transaction(async (tx) => {
    const row = await insertPublishedCase(tx, ctx.now, {
      authorId: member.id,
      kind: 'clinical',
      title: input.title,
      presentation: input.presentation,
      question: input.question,
      specialties: input.specialties,
      audience: input.audience,
      isAnonymous: input.anonymous,
      authorLabel: input.anonymous ? pseudonymOf(ctx) : null,
      isCaseStudy: input.solution !== undefined,
      closesAt: new Date(ctx.now.getTime() + input.submissionWindowDays * DAY_MS),
    });
    await storeSolution(tx, row.id, input.solution, ctx.now);
    return input.solution === undefined ? row : readBack(tx, row.id);
  });
  // The log names the case only: an anonymous author is never written next to it.
  ctx.log.info({ caseId: created.id }, 'clinical case posted');
  return caseDetailOf(deps.database.db, created, ctx);
}

/** An image post's title: the caption's first sentence (or words), at most 120 characters. */
export function titleOfCaption(caption: string): string {
  const flat = caption.replace(/\s+/g, ' ').trim();
  const sentence = /^(.{5,120}?[.!?])(\s|$)/.exec(flat)?.[1];
  return sentence ?? excerptOf(flat, 120);
}

/** A professional's image post (the images themselves arrive with media upload). */
export async function postImagePost(
  ctx: RequestContext,
  deps: CaseDeps,
  input: CreateImagePostBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.create.image' });
  const created = await deps.database.db.transaction(async (tx) => {
    const row = await insertPublishedCase(tx, ctx.now, {
      authorId: member.id,
      kind: 'image',
      title: titleOfCaption(input.caption),
      presentation: input.caption,
      question: input.question === undefined || input.question === '' ? null : input.question,
      specialties: input.specialties,
      audience: input.audience,
      isAnonymous: input.anonymous,
      authorLabel: input.anonymous ? pseudonymOf(ctx) : null,
      isCaseStudy: input.solution !== undefined,
      // An image post takes comments and suggestions until its author closes it.
      closesAt: null,
    });
    await storeSolution(tx, row.id, input.solution, ctx.now);
    return input.solution === undefined ? row : readBack(tx, row.id);
  });
  ctx.log.info({ caseId: created.id }, 'image post posted');
  return caseDetailOf(deps.database.db, created, ctx);
}
