// Configuration: safe embedded defaults, one readable line per bad variable, strict production.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'consilium-config-'));

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs embedded with no variables: port 3000, PGlite, a generated secret kept in DATA_DIR', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      seedDemo: 'auto',
      logLevel: 'info',
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8')).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('reports one readable line per bad variable, all at once', () => {
    const problems = problemsOf({
      DATA_DIR: dataDir(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/db',
      REDIS_URL: 'localhost:6379',
      PUBLIC_URL: 'consilium.example.org',
      SMTP_URL: 'mail.example.org',
      LOG_LEVEL: 'loud',
      SESSION_SECRET: 'short',
    });
    expect(problems).toHaveLength(7);
    expect(problemsOf({ NODE_ENV: 'production', PORT: 'x', DATA_DIR: dataDir() })).toEqual([
      'PORT: must be a port number (got "x")',
      'SESSION_SECRET: is required when NODE_ENV=production (at least 32 characters)',
    ]);
    expect(problems).toContain('PORT: must be a port number (got "eighty")');
    expect(problems).toContain(
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
    expect(problems.find((line) => line.startsWith('DATABASE_URL:'))).toBe(
      'DATABASE_URL: must be a URL like postgres://user@host:5432/db (value hidden)',
    );
    expect(problems.find((line) => line.startsWith('SESSION_SECRET:'))).not.toContain('short');
    for (const line of problems) expect(line).not.toContain('\n');
  });

  it('refuses to start in production without a real SESSION_SECRET', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toEqual([
      'SESSION_SECRET: is required when NODE_ENV=production (at least 32 characters)',
    ]);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        DATA_DIR: dataDir(),
        SESSION_SECRET: 'changeme-changeme-changeme-changeme',
      }),
    ).toEqual(['SESSION_SECRET: looks like a placeholder; use a random value in production']);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        DATA_DIR: dataDir(),
        SESSION_SECRET: 'k7Qe2Vb9xR4mW1pZ8sT3yU6nH0jL5cF2',
      }),
    ).toEqual([]);
  });

  it('requires a bucket and both keys when S3 is configured', () => {
    expect(
      problemsOf({ DATA_DIR: dataDir(), S3_REGION: 'eu-west-1', S3_ACCESS_KEY_ID: 'AKIA' }),
    ).toEqual([
      'S3_BUCKET: is required when any other S3_* variable is set',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither',
    ]);
    const config = loadConfig({
      DATA_DIR: dataDir(),
      S3_BUCKET: 'media',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.s3).toMatchObject({ bucket: 'media', region: 'us-east-1', forcePathStyle: true });
  });

  it('derives PUBLIC_URL from PORT and drops a trailing slash from a given one', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '8080' }).publicUrl).toBe(
      'http://localhost:8080',
    );
    expect(
      loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://c.example.org/' }).publicUrl,
    ).toBe('https://c.example.org');
  });

  it('runs background jobs in the server unless JOBS_WORKERS=off, which needs a shared database', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      jobWorkers: true,
      outcomeReminderDays: 42,
    });
    expect(problemsOf({ DATA_DIR: dataDir(), JOBS_WORKERS: 'off' })).toEqual([
      'JOBS_WORKERS: off needs DATABASE_URL: the embedded database belongs to this one process, so no worker process could run the jobs',
    ]);
    const scaledOut = loadConfig({
      DATA_DIR: dataDir(),
      JOBS_WORKERS: 'off',
      DATABASE_URL: 'postgres://consilium@db:5432/consilium',
      OUTCOME_REMINDER_DAYS: '30',
    });
    expect(scaledOut).toMatchObject({ jobWorkers: false, outcomeReminderDays: 30 });
    expect(
      problemsOf({ DATA_DIR: dataDir(), JOBS_WORKERS: 'no', OUTCOME_REMINDER_DAYS: '0' }),
    ).toEqual([
      'JOBS_WORKERS: must be on or off (got "no")',
      'OUTCOME_REMINDER_DAYS: must be at least 1 day (got "0")',
    ]);
  });
});
