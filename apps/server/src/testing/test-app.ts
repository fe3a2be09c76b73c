// Builds an app on a fresh test database, and small factories to act as members through HTTP.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CaseDetail, MemberSelf, SessionView, Suggestion } from '@consilium/api';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ATTEMPT_RULES } from '../accounts/attempts.js';
import type { AppDeps } from '../app.js';
import { buildApp } from '../app.js';
import { outboxMails } from '../platform/database/schema.js';
import type { Config } from '../platform/config.js';
import { loadConfig } from '../platform/config.js';
import type { Database } from '../platform/database/index.js';
import type { LogStream } from '../platform/logging.js';
import { aCompleteQuestionnaire } from './questionnaire.js';
import { openTestDatabase } from './test-database.js';

export const TEST_SESSION_SECRET = 'test-session-secret-of-enough-length-0123456789';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: TEST_SESSION_SECRET,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'consilium-data-')),
    ...overrides,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** Limits generous enough that tests about other things never meet them. */
const RELAXED_LIMITS = Object.fromEntries(
  Object.entries(ATTEMPT_RULES).map(([name, rule]) => [name, { ...rule, max: 100_000 }]),
) as typeof ATTEMPT_RULES;

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    logStream?: LogStream;
    webDir?: string;
    /** Use the production attempt limits (for tests of the limits themselves). */
    realLimits?: boolean;
    deps?: Partial<AppDeps>;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = { ...testConfig(options.env), webDir: options.webDir };
  const app = await buildApp(config, {
    database,
    signInDelayUnitMs: 0,
    ...(options.realLimits === true ? {} : { attemptRules: RELAXED_LIMITS }),
    ...(options.logStream === undefined ? {} : { logStream: options.logStream }),
    ...options.deps,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A member acting through HTTP with their session cookie and CSRF token. */
export interface Member {
  profile: MemberSelf;
  cookie: string;
  csrfToken: string;
  email: string;
  password: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

let sequence = 0;

export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((item) => item.name.endsWith('consilium_session'));
  if (cookie === undefined) throw new Error(`no session cookie in response ${response.statusCode}`);
  return `${cookie.name}=${cookie.value}`;
}

/** The newest e-mail the outbox holds for an address (tests run without SMTP_URL). */
export async function lastMailTo(app: FastifyInstance, to: string) {
  const [mail] = await app.database.db
    .select()
    .from(outboxMails)
    .where(eq(outboxMails.to, to))
    .orderBy(desc(outboxMails.createdAt))
    .limit(1);
  return mail;
}

/** The token of the link in the newest e-mail to an address. */
export async function tokenMailedTo(app: FastifyInstance, to: string): Promise<string> {
  const mail = await lastMailTo(app, to);
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  if (token === undefined) throw new Error(`no link with a token was mailed to ${to}`);
  return token;
}

export function registrationFor(
  overrides: { displayName?: string; email?: string; password?: string; handle?: string } = {},
) {
  sequence += 1;
  const unique = `${sequence}${Math.random().toString(36).slice(2, 8)}`;
  return {
    email: overrides.email ?? `member${unique}@example.org`,
    password: overrides.password ?? 'a long enough password',
    displayName: overrides.displayName ?? `Member ${sequence}`,
    handle: overrides.handle ?? `member_${unique}`,
    country: 'ES',
    language: 'en',
  };
}

export function asMember(
  app: FastifyInstance,
  signedIn: LightMyRequestResponse,
  credentials: { email: string; password: string },
): Member {
  const cookie = sessionCookieFrom(signedIn);
  const view = signedIn.json<SessionView>();
  if (view.member === null || view.csrfToken === null) throw new Error('not signed in');
  const csrfToken = view.csrfToken;
  return {
    profile: view.member,
    cookie,
    csrfToken,
    email: credentials.email,
    password: credentials.password,
    request: (options) =>
      app.inject({
        ...options,
        headers: { ...options.headers, cookie, 'x-csrf-token': csrfToken },
      }),
  };
}

/** Registers through HTTP, follows the e-mailed link, and returns the signed-in member. */
export async function aMember(
  app: FastifyInstance,
  overrides: { displayName?: string; email?: string; password?: string; handle?: string } = {},
  /** Where to find the e-mailed token; the outbox unless the app sends through SMTP. */
  readToken: (email: string) => Promise<string> = (email) => tokenMailedTo(app, email),
): Promise<Member> {
  const registration = registrationFor(overrides);
  const response = await app.inject({
    method: 'POST',
    url: '/api/accounts',
    payload: registration,
  });
  if (response.statusCode !== 202) throw new Error(`registration failed: ${response.body}`);
  const token = await readToken(registration.email);
  const verified = await app.inject({
    method: 'POST',
    url: '/api/accounts/verification',
    payload: { token },
  });
  if (verified.statusCode !== 200) throw new Error(`verification failed: ${verified.body}`);
  return asMember(app, verified, registration);
}
export async function aCase(
  member: Member,
  overrides: { title?: string; presentation?: string } = {},
): Promise<CaseDetail> {
  const response = await member.request({
    method: 'POST',
    url: '/api/cases',
    payload: {
      title: overrides.title ?? 'Recurrent fevers and a rash after travel',
      presentation:
        overrides.presentation ??
        'For three months I have had fevers every few days, a rash on my legs and aching joints.',
    },
  });
  if (response.statusCode !== 201) throw new Error(`posting a case failed: ${response.body}`);
  return response.json<CaseDetail>();
}

export async function aSuggestion(
  member: Member,
  caseId: string,
  diagnosis = 'Adult-onset Still disease',
): Promise<Suggestion> {
  const response = await member.request({
    method: 'POST',
    url: `/api/cases/${caseId}/suggestions`,
    payload: { diagnosis, rationale: 'Quotidian fevers, evanescent rash and arthralgia.' },
  });
  if (response.statusCode !== 201) throw new Error(`suggesting failed: ${response.body}`);
  return response.json<Suggestion>();
}

/** A patient case drafted from a complete questionnaire, unpublished: its id. */
export async function aCompleteDraft(member: Member): Promise<string> {
  const draft = await member.request({
    method: 'POST',
    url: '/api/cases/drafts',
    payload: { kind: 'patient', questionnaire: aCompleteQuestionnaire() },
  });
  if (draft.statusCode !== 201) throw new Error(`drafting failed: ${draft.body}`);
  return draft.json<CaseDetail>().id;
}

/** A patient case through the questionnaire, published with the given choices (a pledge, say). */
export async function aPublishedCase(
  member: Member,
  publish: { rewardPledge?: number; anonymous?: boolean } = {},
): Promise<CaseDetail> {
  const id = await aCompleteDraft(member);
  const published = await member.request({
    method: 'POST',
    url: `/api/cases/${id}/publish`,
    payload: publish,
  });
  if (published.statusCode !== 200) throw new Error(`publishing failed: ${published.body}`);
  return published.json<CaseDetail>();
}
