// Probes and API documentation.
import type { RouteContract } from '@consilium/api';
import { routes } from '@consilium/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openPglite } from '../platform/database/pglite.js';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp, testConfig } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('health probes', () => {
  it('/healthz says the process is alive', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports the database and every migration applied', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ checks: { migrations: { applied: number; expected: number } } }>();
    expect(body.checks.migrations.applied).toBe(body.checks.migrations.expected);
    expect(body.checks.migrations.expected).toBeGreaterThan(0);
  });

  it('/readyz answers 503 while migrations are pending', async () => {
    const database = await openPglite({});
    const app = await buildApp(testConfig(), { database });
    try {
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json<{ detail: string }>().detail).toMatch(
        /^Database migrations are pending: 0 of \d+ applied\.$/,
      );
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('/readyz answers 503 when the database is gone', async () => {
    const database = await openPglite({});
    await database.migrate();
    const app = await buildApp(testConfig(), { database });
    try {
      await database.close();
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json<{ detail: string }>().detail).toBe('The database does not answer.');
    } finally {
      await app.close();
    }
  });
});

describe('API documentation', () => {
  it('publishes an OpenAPI 3.1 document covering every API route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const contracts = Object.values(routes).flatMap((group) =>
      Object.values(group as Record<string, RouteContract>),
    );
    expect(contracts.length).toBeGreaterThan(10);
    for (const contract of contracts)
      expect(documented).toContain(
        `${contract.method} ${contract.path.replace(/:([A-Za-z]+)/g, '{$1}')}`,
      );
  });

  it('serves Swagger UI at /api/docs with a content security policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Swagger UI');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toContain('https:');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});
