// Keeps the specialties table in step with the taxonomy in @consilium/core, at every start.
import { SPECIALTIES } from '@consilium/core';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { specialties } from '../platform/database/schema.js';

export async function syncSpecialties(db: Queryable): Promise<void> {
  await db
    .insert(specialties)
    .values(
      SPECIALTIES.map((specialty) => ({
        code: specialty.code,
        name: specialty.name,
        parentCode: 'parent' in specialty ? specialty.parent : null,
      })),
    )
    .onConflictDoUpdate({
      target: specialties.code,
      set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
      setWhere: sql`(${specialties.name}, ${specialties.parentCode}) is distinct from (excluded.name, excluded.parent_code)`,
    });
}
