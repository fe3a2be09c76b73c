// The audit log: an append-only record of security and moderation events. Written in the same
// transaction as the change it records, so nothing is recorded that did not happen.
import type { Queryable } from './database/index.js';
import { auditLog } from './database/schema.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  ip?: string | undefined;
  details?: Record<string, unknown>;
  at: Date;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
    at: entry.at,
  });
}
