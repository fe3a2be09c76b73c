// Shared browser harness: Debian's Chromium through playwright-core, an axe check per page,
// and a guard that fails on any content-security-policy violation or page error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Problems the page reported: CSP violations, uncaught errors. */
  problems: string[];
}

/** A person with their own browser profile (cookies), on a phone or a desktop screen. */
export async function aVisitor(
  browser: Browser,
  screen: 'phone' | 'desktop' = 'desktop',
): Promise<Visitor> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    viewport: screen === 'phone' ? { width: 375, height: 740 } : { width: 1280, height: 860 },
    isMobile: screen === 'phone',
    hasTouch: screen === 'phone',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/.test(text)) problems.push(`CSP: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Runs axe on the current page and fails on any violation, naming each. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  const report = await page.evaluate(async () => {
    interface AxeResult {
      passes: unknown[];
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
    const result = await axe.run();
    return {
      passed: result.passes.length,
      violations: result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    };
  });
  // A check that checked nothing would pass silently: make sure axe really ran its rules.
  expect(report.passed).toBeGreaterThan(5);
  const { violations } = report;
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** The page fits a phone's width: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
