// Builds the Fastify application from a configuration; `main.ts` makes it listen.
import path from 'node:path';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerAccountRoutes } from './accounts/accounts.routes.js';
import type { AttemptRule, AttemptRuleName } from './accounts/attempts.js';
import { AttemptGuard } from './accounts/attempts.js';
import { EmailTokens } from './accounts/tokens.js';
import { AuthenticatorCodes } from './accounts/two-factor/authenticator.js';
import { TwoFactorSecrets } from './accounts/two-factor/secrets.js';
import { registerTwoFactorRoutes } from './accounts/two-factor/two-factor.routes.js';
import { registerOutboxRoutes } from './outbox/outbox.routes.js';
import { registerProfileRoutes } from './profiles/profiles.routes.js';
import { outboxMailer, smtpMailer } from './platform/mail/mailer.js';
import type { CounterStore } from './platform/rate-limit.js';
import { memoryCounterStore, redisCounterStore } from './platform/rate-limit.js';
import { registerCaseRoutes } from './cases/cases.routes.js';
import { registerFeedRoutes } from './feeds/feeds.routes.js';
import { CursorSigner } from './feeds/signed-cursor.js';
import { ViewCounter } from './feeds/views.js';
import { registerSuggestionRoutes } from './diagnoses/suggestions.routes.js';
import { registerOutcomeRoutes } from './outcomes/outcomes.routes.js';
import { registerRewardsRoutes } from './rewards/rewards.routes.js';
import { registerDiscussionRoutes } from './discussion/comments.routes.js';
import { registerPhenopacketRoutes } from './phenopackets/phenopackets.routes.js';
import { registerVocabularyRoutes } from './vocabulary/vocabulary.routes.js';
import { registerNotificationRoutes } from './notifications/notifications.routes.js';
import { registerCaseStudyRoutes } from './case-studies/case-studies.routes.js';
import { registerHealthRoutes } from './health/health.routes.js';
import { registerAuthentication, sessionCookies } from './platform/auth.js';
import { startAppJobs } from './background-jobs.js';
import type { Jobs } from './platform/jobs/jobs.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/database/index.js';
import { appliedMigrationCount, expectedMigrationCount } from './platform/database/index.js';
import { openDatabase } from './platform/database/open.js';
import { registerProblemHandlers, sendRouteNotFound } from './platform/http/problems.js';
import { registerSecurity } from './platform/http/security.js';
import type { LogStream } from './platform/logging.js';
import { loggerOptions, requestIdFor } from './platform/logging.js';
import { SessionStore } from './platform/sessions.js';
import { registerWebApp, wantsAppShell } from './web/web.js';
import { registerModerationRoutes } from './moderation/moderation.routes.js';
import { localFileStorage } from './platform/storage/local.js';
import { s3FileStorage } from './platform/storage/s3.js';
import type { FileStorage } from './platform/storage/storage.js';
import { registerVerificationRoutes } from './verification/credentials.routes.js';
import { syncSpecialties } from './verification/specialties.js';

/**
 * Swagger UI's own policy, tightened: no https: wildcards and no upgrade of plain-http installs.
 * Its bundle injects one inline <style>, so only this page (no user content) allows inline styles;
 * scripts stay 'self' only.
 */
function swaggerUiPolicy(header: string): string {
  return header
    .replace(/upgrade-insecure-requests;?/, '')
    .replace(/font-src [^;]*;/, "font-src 'self' data:;")
    .replace(/img-src [^;]*;/, "img-src 'self' data:;")
    .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
    .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
    .replace(/\s+;/g, ';')
    .trim();
}

/** Largest accepted request body: room for a long case presentation, not for abuse. */
export const BODY_LIMIT_BYTES = 512 * 1024;

export interface AppDeps {
  /** An open, migrated database; when omitted the app opens (and later closes) its own. */
  database?: Database;
  /** Where log lines go instead of stdout. */
  logStream?: LogStream;
  /** Rate-limit counters; by default Redis when REDIS_URL is set, else memory. */
  counters?: CounterStore;
  /** Milliseconds of the progressive delay after failed sign-ins (0 in most tests). */
  signInDelayUnitMs?: number;
  /** Limits of the guarded account actions; tests that are not about limits relax them. */
  attemptRules?: Record<AttemptRuleName, AttemptRule>;
  /** Private files (verification evidence); by default a folder in DATA_DIR. */
  storage?: FileStorage;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    registeredRoutes: string[];
    jobs: Jobs;
  }
}

/** S3-compatible storage when S3_BUCKET is set; otherwise a folder in DATA_DIR. */
function openFileStorage(app: FastifyInstance, config: Config): FileStorage {
  if (config.s3 === undefined) return localFileStorage(path.join(config.dataDir, 'files'));
  const storage = s3FileStorage(config.s3);
  app.addHook('onClose', () => {
    storage.close();
  });
  return storage;
}

export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, deps.logStream),
    genReqId: requestIdFor,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.env === 'production',
    routerOptions: { ignoreTrailingSlash: true },
  });
  // Every route, as "METHOD /path", for the access-matrix test and operators' introspection.
  const registeredRoutes: string[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') registeredRoutes.push(`${method} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies are accepted; anything else is answered 415 by the error handler.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const ownsDatabase = deps.database === undefined;
  const database = deps.database ?? (await openDatabase(config));
  if (ownsDatabase) {
    app.addHook('onClose', async () => {
      await database.close();
    });
    await database.migrate();
  }
  app.decorate('database', database);
  // A database still waiting for its migrations (readiness says so) is left as it is.
  if ((await appliedMigrationCount(database.db)) === expectedMigrationCount())
    await syncSpecialties(database.db);

  registerProblemHandlers(app);
  await registerSecurity(app, config);
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Consilium API',
        version: '0.1.0',
        description:
          'Every error is RFC 9457 application/problem+json with type, title, status, detail, requestId and, for invalid fields, errors[].',
      },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: swaggerUiPolicy,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const sessions = new SessionStore(config.sessionSecret);
  const counters =
    deps.counters ??
    (config.redisUrl === undefined
      ? memoryCounterStore()
      : redisCounterStore(config.redisUrl, `${config.redisKeyPrefix}rl:`));
  const mailer =
    config.smtpUrl === undefined
      ? outboxMailer(database.db, app.log)
      : smtpMailer(config.smtpUrl, config.mailFrom);
  app.addHook('onClose', async () => {
    mailer.close();
    if (deps.counters === undefined) await counters.close();
  });
  // Background jobs in this database (pg-boss): features get `jobs` in their deps to send them;
  // this process also runs them unless JOBS_WORKERS=off. Stopped first when the app closes.
  const jobs = await startAppJobs(app, config, { database, mailer });
  app.decorate('jobs', jobs);
  registerAuthentication(app, config, database, sessions);
  registerHealthRoutes(app, database);
  const accounts = {
    database,
    sessions,
    tokens: new EmailTokens(config.sessionSecret),
    mailer,
    attempts: new AttemptGuard(counters, deps.signInDelayUnitMs, deps.attemptRules),
    publicUrl: config.publicUrl,
    cookies: sessionCookies(config),
  };
  registerAccountRoutes(app, accounts);
  registerTwoFactorRoutes(app, {
    ...accounts,
    secrets: new TwoFactorSecrets(config.sessionSecret),
    codes: new AuthenticatorCodes(counters),
  });
  registerOutboxRoutes(app, { database, mailer });
  const storage = deps.storage ?? openFileStorage(app, config);
  registerProfileRoutes(app, { database, sessions, storage, cookies: sessionCookies(config) });
  await registerVerificationRoutes(app, {
    database,
    storage,
    mailer,
    sessions,
    publicUrl: config.publicUrl,
    validityDays: config.credentialValidityDays,
  });
  registerModerationRoutes(app, { database, mailer, sessions, publicUrl: config.publicUrl });
  registerCaseRoutes(app, {
    database,
    views: new ViewCounter(config.sessionSecret),
    jobs,
    outcomeReminderDays: config.outcomeReminderDays,
  });
  registerFeedRoutes(app, {
    database,
    cursors: new CursorSigner(config.sessionSecret),
    counters,
    searchesPerMinute: config.searchRatePerMinute,
  });
  registerSuggestionRoutes(app, { database });
  registerOutcomeRoutes(app, { database, publicUrl: config.publicUrl });
  registerRewardsRoutes(app, { database });
  registerDiscussionRoutes(app, { database });
  registerVocabularyRoutes(app, { database });
  await registerPhenopacketRoutes(app, { database });
  registerNotificationRoutes(app, { database });
  registerCaseStudyRoutes(app, { database });

  const web = await registerWebApp(app, config.webDir);
  app.setNotFoundHandler((request, reply) => {
    if (web.serveAppShell !== undefined && wantsAppShell(request)) return web.serveAppShell(reply);
    return sendRouteNotFound(request, reply);
  });
  return app;
}
