// Builds an app on a fresh test database, and small factories to act as members through HTTP.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CaseDetail, MemberSelf, Suggestion } from '@consilium/api';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../platform/config.js';
import { loadConfig } from '../platform/config.js';
import type { Database } from '../platform/database/index.js';
import type { LogStream } from '../platform/logging.js';
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

export async function createTestApp(
  options: { env?: Record<string, string>; logStream?: LogStream; webDir?: string } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = { ...testConfig(options.env), webDir: options.webDir };
  const app = await buildApp(config, {
    database,
    ...(options.logStream === undefined ? {} : { logStream: options.logStream }),
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

/** A member acting through HTTP with their session cookie. */
export interface Member {
  profile: MemberSelf;
  cookie: string;
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

export async function aMember(
  app: FastifyInstance,
  overrides: { displayName?: string; email?: string; password?: string } = {},
): Promise<Member> {
  sequence += 1;
  const email = overrides.email ?? `member${sequence}-${Date.now()}@example.org`;
  const password = overrides.password ?? 'a long enough password';
  const response = await app.inject({
    method: 'POST',
    url: '/api/accounts',
    payload: { email, password, displayName: overrides.displayName ?? `Member ${sequence}` },
  });
  if (response.statusCode !== 201) throw new Error(`registration failed: ${response.body}`);
  const cookie = sessionCookieFrom(response);
  return {
    profile: response.json<{ member: MemberSelf }>().member,
    cookie,
    email,
    password,
    request: (options) => app.inject({ ...options, headers: { ...options.headers, cookie } }),
  };
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
