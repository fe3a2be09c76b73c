// A member's verified tiers (professional, student) come from credentials in force: approved by a
// moderator, not revoked or replaced, not past their expiry. Stored roles never grant them, so
// expiry and revocation take effect on the very next request.
import type { Role } from '@consilium/core';
import { ROLES } from '@consilium/core';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Queryable } from './database/index.js';
import { credentials } from './database/schema.js';

export interface CredentialInForce {
  id: string;
  memberId: string;
  kind: 'professional' | 'student';
  profession: string | null;
  program: string | null;
  specialties: string[];
  country: string;
  decidedAt: Date | null;
  expiresAt: Date;
}

const VERIFIED_TIERS: ReadonlySet<Role> = new Set(['professional', 'student']);

/** Credentials in force for each of the members, oldest decision first. */
export async function credentialsInForce(
  db: Queryable,
  memberIds: readonly string[],
  now: Date,
): Promise<CredentialInForce[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({
      id: credentials.id,
      memberId: credentials.memberId,
      kind: credentials.kind,
      profession: credentials.profession,
      program: credentials.program,
      specialties: credentials.specialties,
      country: credentials.country,
      decidedAt: credentials.decidedAt,
      expiresAt: credentials.expiresAt,
    })
    .from(credentials)
    .where(
      and(
        inArray(credentials.memberId, [...memberIds]),
        eq(credentials.status, 'approved'),
        gt(credentials.expiresAt, now),
      ),
    )
    .orderBy(asc(credentials.decidedAt));
  return rows.flatMap((row) =>
    row.expiresAt === null ? [] : [{ ...row, expiresAt: row.expiresAt }],
  );
}

/** The roles a member holds now: stored roles, with verified tiers only from credentials. */
export function rolesWithTiers(
  storedRoles: readonly string[],
  inForce: readonly Pick<CredentialInForce, 'kind'>[],
): Role[] {
  const roles = new Set<Role>(
    storedRoles.filter(
      (role): role is Role =>
        (ROLES as readonly string[]).includes(role) && !VERIFIED_TIERS.has(role as Role),
    ),
  );
  for (const credential of inForce) roles.add(credential.kind);
  return ROLES.filter((role) => roles.has(role));
}
