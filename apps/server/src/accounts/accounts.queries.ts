// Members table access for accounts.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { members } from '../platform/database/schema.js';

export async function findMemberByEmail(db: Queryable, email: string) {
  const [member] = await db.select().from(members).where(eq(members.email, email));
  return member;
}

export async function isHandleTaken(db: Queryable, handle: string): Promise<boolean> {
  const [row] = await db.select({ id: members.id }).from(members).where(eq(members.handle, handle));
  return row !== undefined;
}

export async function insertMember(
  db: Queryable,
  values: {
    email: string;
    passwordHash: string;
    displayName: string;
    handle: string;
    roles: string[];
    createdAt: Date;
  },
) {
  const [member] = await db.insert(members).values(values).returning();
  if (member === undefined) throw new Error('insert into members returned no row');
  return member;
}
