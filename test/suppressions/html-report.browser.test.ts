// The suppressed findings' rows are drawn by the report's script: only a browser shows that each
// says who accepted it, why and until when, links only an https ticket, and runs nothing planted.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/report/index.js';
import { chromiumUnavailable, launchChromium } from '../support/browser.js';
import { HOSTILE_TAG, RULE_META } from '../report/sample-result.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { suppressedResult } from './suppressed-result.js';

const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`skipping the suppressions browser test: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('suppressed findings in the HTML report, in Chromium', () => {
  const tempDir = useTempDirs('mlscan-suppressions-html-');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(ticket: string): Promise<string[]> {
    const result = suppressedResult([{ id: 'SUP-1', rule: 'exposure/*', reason: `accepted ${HOSTILE_TAG}`, owner: 'risk@example', ticket, expires: '2026-12-20' }]);
    const [file] = await writeReports(result, { formats: ['html'], outDir: tempDir(), ruleMeta: RULE_META });
    await page.goto(pathToFileURL(file!).href, { waitUntil: 'load' });
    const group = page.locator('details[id="suppressed:exposure/workspace-public-network-access"]');
    await group.locator('summary').click();
    return group.locator('li.suppression').allTextContents();
  }

  it('each suppressed finding says the status it had, the suppression, reason, owner, expiry and ticket', async () => {
    const items = await open('https://tickets.example/browse/SUP-1');
    expect(items).toEqual([
      `Suppressed (was fail) by SUP-1: accepted ${HOSTILE_TAG} · owner risk@example · expires 2026-12-20 · ticket https://tickets.example/browse/SUP-1`,
      `Suppressed (was unknown) by SUP-1: accepted ${HOSTILE_TAG} · owner risk@example · expires 2026-12-20 · ticket https://tickets.example/browse/SUP-1`,
    ]);
    expect(await page.locator('li.suppression a').first().getAttribute('href')).toBe('https://tickets.example/browse/SUP-1');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('a ticket that is not an https URL is text, never a link', async () => {
    const items = await open('javascript:window.__pwned=1');
    expect(items[0]).toContain('· ticket javascript:window.__pwned=1');
    expect(await page.locator('li.suppression a').count()).toBe(0);
  });
});
