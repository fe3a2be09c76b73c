// Members of every kind made straight in the database, with a session, for the access matrix.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../accounts/passwords.js';
import { credentials, members } from '../platform/database/schema.js';
import { SessionStore } from '../platform/sessions.js';
import { TEST_SESSION_SECRET } from './test-app.js';

export const ACTOR_KINDS = [
  'visitor',
  'unverified',
  'patient',
  'detective',
  'student',
  'professional',
  'moderator',
  'admin',
  'suspended',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_PASSWORD = 'matrix member passphrase';

export interface Actor {
  kind: ActorKind;
  id: string | undefined;
  email: string;
  sessionId: string | undefined;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

const ROLES_OF: Record<Exclude<ActorKind, 'visitor'>, string[]> = {
  unverified: ['patient', 'detective'],
  patient: ['patient'],
  detective: ['detective'],
  student: ['detective'],
  professional: ['detective'],
  moderator: ['moderator', 'detective'],
  admin: ['admin'],
  suspended: ['patient', 'detective'],
};

let passwordHash: Promise<string> | undefined;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The row of a credential a moderator approved a day ago, in force for two years. */
export function approvedCredential(
  memberId: string,
  kind: 'professional' | 'student',
  now: Date,
): typeof credentials.$inferInsert {
  const decidedAt = new Date(now.getTime() - YEAR_MS / 365);
  return {
    memberId,
    kind,
    status: 'approved',
    profession: kind === 'professional' ? 'physician' : null,
    program: kind === 'student' ? 'medicine' : null,
    specialties: kind === 'professional' ? ['cardiology'] : [],
    licenceNumber: kind === 'professional' ? 'MATRIX-1' : null,
    issuingAuthority: kind === 'professional' ? 'Matrix Medical Board' : null,
    school: kind === 'student' ? 'Matrix School of Medicine' : null,
    studentId: kind === 'student' ? 'S-1' : null,
    expectedGraduationYear: kind === 'student' ? 2030 : null,
    country: 'ES',
    submittedAt: decidedAt,
    decidedAt,
    expiresAt: new Date(decidedAt.getTime() + 2 * YEAR_MS),
  };
}

/** Makes existing members verified students (a credential approved a day ago). */
export async function verifyAsStudents(app: FastifyInstance, memberIds: string[]): Promise<void> {
  const now = new Date();
  await app.database.db
    .insert(credentials)
    .values(memberIds.map((memberId) => approvedCredential(memberId, 'student', now)));
}

export async function anActor(app: FastifyInstance, kind: ActorKind): Promise<Actor> {
  const email = `${kind}-${randomUUID()}@example.org`;
  if (kind === 'visitor')
    return {
      kind,
      id: undefined,
      email,
      sessionId: undefined,
      request: (options) => app.inject(options),
    };
  passwordHash ??= hashPassword(ACTOR_PASSWORD);
  const now = new Date();
  const [member] = await app.database.db
    .insert(members)
    .values({
      email,
      passwordHash: await passwordHash,
      displayName: `A ${kind}`,
      handle: `${kind}_${randomUUID().slice(0, 8)}`,
      roles: ROLES_OF[kind],
      country: 'ES',
      isSuspended: kind === 'suspended',
      // Professional, moderator and admin privileges need two-factor sign-in; this session
      // stands for one that gave a code.
      totpEnabledAt:
        kind === 'admin' || kind === 'moderator' || kind === 'professional' ? now : null,
      emailVerifiedAt: kind === 'unverified' ? null : now,
    })
    .returning();
  if (member === undefined) throw new Error('actor not inserted');
  if (kind === 'professional' || kind === 'student')
    await app.database.db.insert(credentials).values(approvedCredential(member.id, kind, now));
  const sessions = new SessionStore(TEST_SESSION_SECRET);
  const { token, tokenHash } = await sessions.create(app.database.db, member.id, now, 'matrix');
  const [row] = (await sessions.list(app.database.db, member.id, now)).filter(
    (session) => session.tokenHash === tokenHash,
  );
  const headers = {
    cookie: `consilium_session=${token}`,
    'x-csrf-token': sessions.csrfTokenFor(tokenHash),
  };
  return {
    kind,
    id: member.id,
    email,
    sessionId: row?.id,
    request: (options) => app.inject({ ...options, headers: { ...options.headers, ...headers } }),
  };
}
