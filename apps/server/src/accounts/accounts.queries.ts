// Members table access for accounts.
import { eq, isNull, and } from 'drizzle-orm';
import type { Queryable } from '../platform/database/index.js';
import { members } from '../platform/database/schema.js';

export type MemberRow = typeof members.$inferSelect;

export async function findMemberByEmail(db: Queryable, email: string) {
  const [member] = await db.select().from(members).where(eq(members.email, email));
  return member;
}

export async function findMemberById(db: Queryable, id: string) {
  const [member] = await db.select().from(members).where(eq(members.id, id));
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
    country: string;
    language: string;
    createdAt: Date;
  },
) {
  const [member] = await db.insert(members).values(values).returning();
  if (member === undefined) throw new Error('insert into members returned no row');
  return member;
}

export async function markEmailVerified(db: Queryable, memberId: string, at: Date) {
  await db
    .update(members)
    .set({ emailVerifiedAt: at })
    .where(and(eq(members.id, memberId), isNull(members.emailVerifiedAt)));
}

export async function updateMember(
  db: Queryable,
  memberId: string,
  changes: Partial<
    Pick<
      MemberRow,
      'displayName' | 'country' | 'language' | 'passwordHash' | 'email' | 'emailVerifiedAt'
    >
  >,
) {
  const [member] = await db
    .update(members)
    .set(changes)
    .where(eq(members.id, memberId))
    .returning();
  if (member === undefined) throw new Error('member to update was not found');
  return member;
}
