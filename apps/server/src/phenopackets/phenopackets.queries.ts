// The hidden outcome of an imported case: the packet's diagnosis, kept in case_outcomes.
import type { Queryable } from '../platform/database/index.js';
import { caseOutcomes } from '../platform/database/schema.js';

export async function insertImportedOutcome(
  db: Queryable,
  values: {
    caseId: string;
    diagnosis: string;
    system: string | null;
    code: string | null;
    recordedAt: Date;
  },
): Promise<void> {
  await db.insert(caseOutcomes).values({ ...values, source: 'import' });
}
