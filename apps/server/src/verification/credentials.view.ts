// Maps credential rows to what members and moderators see.
import type { Badge, CredentialEvent, CredentialStatus, CredentialView } from '@consilium/api';
import { specialtyName } from '@consilium/core';
import type { credentials } from '../platform/database/schema.js';
import type { CredentialInForce } from '../platform/tiers.js';

export type CredentialRow = typeof credentials.$inferSelect;

/** Statuses in which the applicant may still change or withdraw the application. */
export const OPEN_STATUSES = ['pending', 'needs-info'] as const;

export function isOpen(row: Pick<CredentialRow, 'status'>): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(row.status);
}

/** The status as people read it: an approved credential past its expiry is "expired". */
export function statusOf(
  row: Pick<CredentialRow, 'status' | 'expiresAt'>,
  now: Date,
): CredentialStatus {
  if (row.status === 'approved' && row.expiresAt !== null && row.expiresAt <= now) return 'expired';
  return row.status;
}

function specialtiesOf(codes: readonly string[]) {
  return codes.map((code) => ({ code, name: specialtyName(code) }));
}

export function toCredentialView(row: CredentialRow, now: Date): CredentialView {
  const open = isOpen(row);
  return {
    id: row.id,
    kind: row.kind,
    status: statusOf(row, now),
    profession: row.profession as CredentialView['profession'],
    program: row.program as CredentialView['program'],
    specialties: specialtiesOf(row.specialties),
    licenceNumber: row.licenceNumber,
    issuingAuthority: row.issuingAuthority,
    school: row.school,
    studentId: row.studentId,
    expectedGraduationYear: row.expectedGraduationYear,
    country: row.country,
    note: row.note,
    evidence:
      row.evidenceKey === null || row.evidenceUploadedAt === null
        ? null
        : {
            fileName: row.evidenceName ?? 'evidence',
            contentType: row.evidenceType ?? 'application/octet-stream',
            bytes: row.evidenceBytes ?? 0,
            uploadedAt: row.evidenceUploadedAt.toISOString(),
          },
    moderatorMessage: row.moderatorMessage,
    submittedAt: row.submittedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    history: row.history.map((event) => ({
      at: event.at,
      action: event.action as CredentialEvent['action'],
      message: event.message,
    })),
    abilities: {
      canResubmit: row.status === 'needs-info',
      canWithdraw: open,
      canAttachEvidence: open,
    },
  };
}

export function toBadge(credential: CredentialInForce): Badge {
  return {
    kind: credential.kind,
    profession: credential.profession as Badge['profession'],
    program: credential.program as Badge['program'],
    specialties: specialtiesOf(credential.specialties),
    country: credential.country,
    verifiedUntil: credential.expiresAt.toISOString(),
  };
}
