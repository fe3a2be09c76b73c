// Configuration from environment variables, validated once at start-up.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CREDENTIAL_VALIDITY_DAYS } from '@consilium/core';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** Values that look like secrets but are not: refused in production. */
const PLACEHOLDER_SECRETS = ['changeme', 'change-me', 'secret', 'development', 'insecure'];

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function urlWithProtocols(protocols: string[], example: string) {
  return optionalString.refine(
    (value) => {
      if (value === undefined) return true;
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL like ${example}` },
  );
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
  .optional()
  .transform((value) => value === 'true' || value === '1');

const EnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('localhost'),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user@host:5432/db'),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9:_-]{1,40}$/,
      'must be 1 to 40 letters, digits, colons, dashes or underscores',
    )
    .default('consilium:'),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:'], 'https://consilium.example.org'),
  SESSION_SECRET: optionalString.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters (e.g. `openssl rand -base64 48`)',
  ),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.org:587'),
  MAIL_FROM: z
    .string()
    .trim()
    .min(3, 'must be an address like "Consilium <no-reply@example.org>"')
    .default('Consilium <no-reply@consilium.invalid>'),
  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ENDPOINT: urlWithProtocols(['http:', 'https:'], 'https://s3.eu-west-1.amazonaws.com'),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: booleanFlag,
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  CREDENTIAL_VALIDITY_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(30, 'must be at least 30 days')
    .max(3650, 'must be at most 3650 days (10 years)')
    .default(DEFAULT_CREDENTIAL_VALIDITY_DAYS),
  SEED_DEMO: z
    .enum(['auto', 'always', 'never'], { error: 'must be auto, always or never' })
    .default('auto'),
  SEARCH_RATE_PER_MINUTE: z.coerce
    .number({ error: 'must be a number of searches' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1,000,000')
    .default(60),
  JOBS_WORKERS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  OUTCOME_REMINDER_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(365, 'must be at most 365 days')
    .default(42),
});

export interface S3Config {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so several instances can share one Redis. */
  redisKeyPrefix: string;
  publicUrl: string;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  s3: S3Config | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** How long an approved verification is in force before the member must renew it. */
  credentialValidityDays: number;
  /** auto: seed demo data into an empty embedded database only. */
  seedDemo: 'auto' | 'always' | 'never';
  /** Searches one address may make per minute. */
  searchRatePerMinute: number;
  /** Whether this process runs background jobs (JOBS_WORKERS); `npm run worker` always does. */
  jobWorkers: boolean;
  /** Days after a case closes before its owner is asked for the confirmed diagnosis. */
  outcomeReminderDays: number;
  /** Where the built web app lives; absent in API-only test apps. */
  webDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeValue(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined) return '';
  if (/SECRET|PASSWORD|KEY|URL/.test(name)) return ' (value hidden)';
  return ` (got "${value}")`;
}

/** Reads an embedded install's session secret, creating it on first start. */
function embeddedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // First start: no secret yet.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function isSet(env: NodeJS.ProcessEnv, name: string): boolean {
  return (env[name] ?? '').trim() !== '';
}

/** Rules across variables, checked on the raw environment so all problems show at once. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const s3Names = [
    'S3_BUCKET',
    'S3_REGION',
    'S3_ENDPOINT',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
  ];
  if (s3Names.some((name) => isSet(env, name))) {
    if (!isSet(env, 'S3_BUCKET'))
      problems.push('S3_BUCKET: is required when any other S3_* variable is set');
    if (isSet(env, 'S3_ACCESS_KEY_ID') !== isSet(env, 'S3_SECRET_ACCESS_KEY'))
      problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (env.JOBS_WORKERS === 'off' && !isSet(env, 'DATABASE_URL'))
    problems.push(
      'JOBS_WORKERS: off needs DATABASE_URL: the embedded database belongs to this one process, so no worker process could run the jobs',
    );
  if (env.NODE_ENV === 'production') {
    const secret = (env.SESSION_SECRET ?? '').trim().toLowerCase();
    if (secret === '')
      problems.push(
        'SESSION_SECRET: is required when NODE_ENV=production (at least 32 characters)',
      );
    else if (PLACEHOLDER_SECRETS.some((word) => secret.includes(word)))
      problems.push('SESSION_SECRET: looks like a placeholder; use a random value in production');
  }
  return problems;
}

function s3From(values: z.infer<typeof EnvSchema>): S3Config | undefined {
  if (values.S3_BUCKET === undefined) return undefined;
  return {
    bucket: values.S3_BUCKET,
    region: values.S3_REGION ?? 'us-east-1',
    endpoint: values.S3_ENDPOINT,
    accessKeyId: values.S3_ACCESS_KEY_ID,
    secretAccessKey: values.S3_SECRET_ACCESS_KEY,
    forcePathStyle: values.S3_FORCE_PATH_STYLE,
  };
}

/** Validates the environment; throws a ConfigError with one line per bad variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  options: { webDir?: string | undefined } = {},
): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name}: ${issue.message}${describeValue(env, name)}`;
      });
  problems.push(...crossChecks(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;
  const s3 = s3From(values);

  const dataDir = path.resolve(values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    dataDir,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    redisKeyPrefix: values.REDIS_KEY_PREFIX,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    sessionSecret: values.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    s3,
    logLevel: values.LOG_LEVEL,
    credentialValidityDays: values.CREDENTIAL_VALIDITY_DAYS,
    seedDemo: values.SEED_DEMO,
    searchRatePerMinute: values.SEARCH_RATE_PER_MINUTE,
    jobWorkers: values.JOBS_WORKERS === 'on',
    outcomeReminderDays: values.OUTCOME_REMINDER_DAYS,
    webDir: options.webDir,
  };
}
