// `make single`: the check as one file, opened from disk by a fresh browser with the network off.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { answerAll, chooseRole, toSheet, wellPrepared, fairInvitation } from './flow';

const FILE = pathToFileURL(resolve(__dirname, '../../dist-single/coproductiecheck.html')).href;

test('the single file opened from file:// with no network walks to the sheet, in both languages', async ({ browser }) => {
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => !r.url().startsWith('data:') && r.url() !== FILE && requests.push(r.url()));
  await page.goto(FILE);
  await expect(page.locator('#app main h1')).toHaveText('Is uw plan voor participatie klaar?');
  await expect(page.locator('#notice-single')).toContainText('alleen in dit bestand');
  await chooseRole(page, 'official', 'Buurthuis');
  await answerAll(page, wellPrepared);
  await toSheet(page);
  await page.getByRole('button', { name: 'Read this page in English' }).click();
  await expect(page.locator('#notice-single')).toContainText('only opens in this file');
  await page.goto(`${FILE}#/`);
  await page.reload();
  await page.getByRole('button', { name: 'Start again' }).click();
  await chooseRole(page, 'resident');
  await answerAll(page, fairInvitation);
  await toSheet(page);
  expect(errors, 'console errors').toEqual([]);
  expect(requests, 'requests for other files').toEqual([]);
  await context.close();
});

test('built with CHECK_URL, the single file links an advice to the hosted check and says so', async ({ browser }) => {
  // What `make single CHECK_URL=...` adds to the file.
  const html = readFileSync(fileURLToPath(FILE), 'utf8').replace('<title>', '<meta name="coproductiecheck-link" content="https://www.gemeente.nl/coproductiecheck/"><title>');
  const dir = mkdtempSync(join(tmpdir(), 'coproductiecheck-single-'));
  const hosted = pathToFileURL(join(dir, 'coproductiecheck.html')).href;
  writeFileSync(join(dir, 'coproductiecheck.html'), html);
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(hosted);
  await expect(page.locator('#notice-hosted')).toContainText('opent de check op https://www.gemeente.nl/coproductiecheck/');
  await chooseRole(page, 'resident');
  await answerAll(page, fairInvitation);
  await toSheet(page);
  await expect(page.locator('.print-link__url')).toHaveText(/^https:\/\/www\.gemeente\.nl\/coproductiecheck\/#\/advies\/1[A-Za-z0-9_-]+$/);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});
