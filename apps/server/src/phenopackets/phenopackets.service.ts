// Importing a GA4GH phenopacket as a draft patient case that its importer reviews, completes and
// publishes through the normal wizard. The packet's diagnosis is dropped, or kept hidden.
import type { CaseDetail, FieldError, ImportPhenopacketBody } from '@consilium/api';
import { PatientQuestionnaireDraftSchema } from '@consilium/api';
import { caseDetailOf, insertDraft } from '../cases/cases.service.js';
import { recordAudit } from '../platform/audit.js';
import type { RequestContext } from '../platform/context.js';
import type { Database } from '../platform/database/index.js';
import { Invalid } from '../platform/errors.js';
import { requireAllowedMember } from '../platform/policy.js';
import { draftOfPhenopacket, outcomeOfPhenopacket } from './phenopacket-draft.js';
import { insertImportedOutcome } from './phenopackets.queries.js';

export interface PhenopacketDeps {
  database: Database;
}

/** The mapped draft, checked by the schema every save is checked by. */
function checkedDraft(input: ImportPhenopacketBody) {
  const checked = PatientQuestionnaireDraftSchema.safeParse(draftOfPhenopacket(input.packet));
  if (checked.success) return checked.data;
  const errors: FieldError[] = checked.error.issues.map((issue) => ({
    field: 'body.packet',
    message: `${['questionnaire', ...issue.path.map(String)].join('.')}: ${issue.message}`,
  }));
  throw new Invalid('This phenopacket cannot become a valid case draft.', errors);
}

export async function importPhenopacket(
  ctx: RequestContext,
  deps: PhenopacketDeps,
  input: ImportPhenopacketBody,
): Promise<CaseDetail> {
  const member = requireAllowedMember(ctx, { action: 'case.import' });
  const questionnaire = checkedDraft(input);
  const outcome = input.keepOutcome ? outcomeOfPhenopacket(input.packet) : undefined;
  const created = await deps.database.db.transaction(async (tx) => {
    const row = await insertDraft(tx, ctx.now, {
      authorId: member.id,
      kind: 'patient',
      questionnaire,
      // With its answer kept, the case is shared for learning: solvers commit, then see it.
      isCaseStudy: outcome !== undefined,
    });
    if (outcome !== undefined)
      await insertImportedOutcome(tx, { caseId: row.id, ...outcome, recordedAt: ctx.now });
    await recordAudit(tx, {
      actorId: member.id,
      action: 'case.imported',
      subjectType: 'case',
      subjectId: row.id,
      ip: ctx.ip,
      details: { packetId: input.packet.id, keepOutcome: input.keepOutcome },
      at: ctx.now,
    });
    return row;
  });
  ctx.log.info({ caseId: created.id }, 'phenopacket imported');
  return caseDetailOf(deps.database.db, created, ctx);
}
