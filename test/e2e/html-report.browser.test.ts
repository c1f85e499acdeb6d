// Opens the HTML report in real headless Chromium: the safety claims (escaping, CSP, offline)
// and the inventory's search, filters and paging are only true if a browser agrees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/report/index.js';
import { TEXT_MAX_CHARS } from '../../src/report/text-limits.js';
import { chromiumUnavailable, launchChromium } from '../support/browser.js';
import { HOSTILE_NAME, HOSTILE_TAG, RULE_META, sampleResult } from '../report/sample-result.js';

const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`skipping the HTML report browser test: ${unavailable}`);

type PwnedWindow = { __pwned?: unknown };

describe.skipIf(unavailable !== undefined)('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let fileUrl: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlscan-html-'));
    // 3 named assets + 250 bulk ones (125 models, 125 notebooks): 253 rows, 3 pages of 100.
    const [file] = await writeReports(sampleResult({ extraAssets: 250 }), { formats: ['html'], outDir: dir, ruleMeta: RULE_META });
    fileUrl = pathToFileURL(file!).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(fileUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rows = () => page.locator('#inv-body tr');
  const info = () => page.locator('#inv-info').textContent();
  /** The search box filters after a short pause in typing, so wait for the table to settle. */
  const settled = (expected: number) => expect.poll(() => rows().count(), { timeout: 5_000 }).toBe(expected);
  const firstCellTexts = () => rows().locator('td:first-child').evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent));
  const pwned = () => page.evaluate(() => (globalThis as unknown as PwnedWindow).__pwned);

  it('loads offline without errors, requests or executed payloads', async () => {
    await page.screenshot({ path: join(dir, 'mlscan-report.png'), fullPage: false });
    // A CSP violation (e.g. a script hash that doesn't match) would show up as a console error.
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([fileUrl]);
    expect(await pwned()).toBeUndefined();
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
  });

  it('pages the inventory 100 rows at a time', async () => {
    expect(await rows().count()).toBe(100);
    expect(await info()).toBe('Page 1 of 3 · 1–100 of 253 assets');
    await page.click('#inv-next');
    await page.click('#inv-next');
    expect(await rows().count()).toBe(53);
    expect(await info()).toBe('Page 3 of 3 · 201–253 of 253 assets');
    expect(await page.locator('#inv-next').isDisabled()).toBe(true);
    await page.click('#inv-prev');
    expect(await info()).toBe('Page 2 of 3 · 101–200 of 253 assets');
  });

  it('narrows the rows by search text, kind and provider', async () => {
    await page.fill('#inv-search', 'bulk-000');
    await settled(10);
    await page.selectOption('#inv-kind', 'notebook');
    await settled(5);
    expect(await firstCellTexts()).toEqual(['bulk-0000', 'bulk-0002', 'bulk-0004', 'bulk-0006', 'bulk-0008']);
    await page.fill('#inv-search', '');
    await settled(100);
    expect(await info()).toBe('Page 1 of 2 · 1–100 of 125 assets');
    await page.selectOption('#inv-kind', '');
    await page.selectOption('#inv-provider', 'azure');
    await settled(1);
    await page.selectOption('#inv-provider', '');
    await settled(100);
  });

  it('shows the hostile name and tag as text, in the inventory and in the findings', async () => {
    await page.fill('#inv-search', 'onerror');
    await settled(1);
    expect(await firstCellTexts()).toEqual([HOSTILE_NAME]);
    expect(await rows().first().locator('.tag').allTextContents()).toEqual(['environment=prod', `owner=${HOSTILE_TAG}`]);

    const group = page.locator('details[id="fail:exposure/workspace-public-network-access"]');
    await group.locator('summary').click();
    const assetCell = group.locator('.finding-table tbody td:nth-child(2)');
    expect(await assetCell.evaluate((td) => td.firstChild?.textContent)).toBe(HOSTILE_NAME);
    expect(await group.locator('pre').first().textContent()).toContain('--public-network-access Disabled');
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    await group.screenshot({ path: join(dir, 'mlscan-report-finding.png') });
  });
});

describe.skipIf(unavailable !== undefined)('HTML report with 100 KB cloud names in Chromium', () => {
  it('shows each name cut to TEXT_MAX_CHARS with the marker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlscan-html-long-'));
    const browser = await launchChromium();
    try {
      const result = sampleResult();
      for (const [i, asset] of result.inventory.assets.slice(0, 2).entries()) asset.name = `${i}${'n'.repeat(102_399)}`;
      const [file] = await writeReports(result, { formats: ['html'], outDir: dir, ruleMeta: RULE_META });
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file!).href, { waitUntil: 'load' });
      const names = await page.locator('#inv-body tr td:first-child').evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent ?? ''));
      const marker = '…[truncated, 102400 chars]';
      const long = names.filter((name) => name.endsWith(marker));
      expect(long.map((name) => name.length)).toEqual([TEXT_MAX_CHARS + marker.length, TEXT_MAX_CHARS + marker.length]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
