// The server serves the built web app with an SPA fallback, and keeps API 404s as problem+json.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../testing/test-app.js';
import { createTestApp } from '../testing/test-app.js';

let t: TestApp;
const html = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  const webDir = mkdtempSync(path.join(tmpdir(), 'consilium-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Consilium shell</title>');
  writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("app")');
  t = await createTestApp({ webDir });
});
afterAll(async () => {
  await t.close();
});

describe('serving the web app', () => {
  it('serves the app shell at / with a strict content security policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Consilium shell');
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers client-side routes with the app shell', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/cases/new', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Consilium shell');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps unknown API routes and missing assets as problem+json 404s', async () => {
    for (const url of ['/api/unknown', '/assets/missing.js']) {
      const response = await t.app.inject({ method: 'GET', url, headers: html });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
