import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, ready, ORIGIN } from './fixtures';
import { answerAll, answerCurrent, chooseRole, toSheet, wellPrepared, fairInvitation } from './flow';

const wasteBins = {
  ...wellPrepared,
  o_duration: 'open',
  o_support: ['contact', 'training', 'info', 'practical'],
  o_motive: 'unclear',
};

async function finishWasteBins(page) {
  await open(page);
  await chooseRole(page, 'official', 'Afvalbakken adopteren, wijk Noord');
  await answerAll(page, wasteBins);
  await toSheet(page);
  return page.locator('#share-link').inputValue();
}

test('a share link opens the same sheet in a fresh browser', async ({ page, browser }) => {
  const link = await finishWasteBins(page);
  // The sheet is an entry of its own beside the check; its links point straight at it.
  expect(link.startsWith(`${ORIGIN}/advies.html#/advies/1`)).toBe(true);
  expect(link).toMatch(/#\/advies\/1[A-Za-z0-9_-]+$/);
  const verdict = await page.locator('.verdict__title').innerText();
  const advice = await page.locator('.advice__title').allInnerTexts();

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.locator('.verdict__title')).toHaveText(verdict);
  expect(await fresh.locator('.advice__title').allInnerTexts()).toEqual(advice);
  await expect(fresh.locator('#main-heading')).toHaveText('Afvalbakken adopteren, wijk Noord');
  // With nothing stored there, the shared answers become this browser's own, to continue with.
  await expect(fresh.getByText('Dit is een advies uit een gedeelde link.')).toHaveCount(0);
});

test('a share link never overwrites other answers without asking', async ({ page, browser }) => {
  const link = await finishWasteBins(page);
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${ORIGIN}/`);
  await ready(other);
  await chooseRole(other, 'resident');
  await answerCurrent(other, fairInvitation);
  const stored = await other.evaluate(() => localStorage.getItem('coproductiecheck.answers'));

  await other.goto(link);
  await expect(other.locator('.verdict__title')).toHaveText('Begin, maar regel eerst wat nodig is');
  await expect(other.getByText('Dit is een advies uit een gedeelde link.')).toBeVisible();
  expect(await other.evaluate(() => localStorage.getItem('coproductiecheck.answers'))).toBe(stored);

  await other.getByRole('button', { name: 'Ga verder met deze antwoorden' }).click();
  await expect(other.getByText('Dit is een advies uit een gedeelde link.')).toHaveCount(0);
  expect(await other.evaluate(() => localStorage.getItem('coproductiecheck.answers'))).not.toBe(stored);
});

test('copying the link confirms it in a live region', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await finishWasteBins(page);
  await page.getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De link is gekopieerd.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const mail = await page.getByRole('link', { name: 'Mail de link' }).getAttribute('href');
  expect(decodeURIComponent(mail!)).toContain(link);
});

test('the printed sheet has the verdict, the advice and a QR code of the link', async ({ page }) => {
  const link = await finishWasteBins(page);
  const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
  const pdf = join(dir, 'sheet.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  expect(text).toContain('Begin, maar regel eerst wat nodig is');
  expect(text).toContain('Regel het materiaal voordat inwoners beginnen.');
  // Why each advice appears is printed too, and the buttons are not.
  expect(text).toContain('Waarom u dit ziet');
  expect(text).not.toContain('Kopieer de link');
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, join(dir, 'page')]);
  const pages = execFileSync('sh', ['-c', `ls ${dir}/page-*.png`]).toString().trim().split('\n');
  // zbarimg exits non-zero for pages without a code: read the pages one by one.
  const decoded = pages.map((p) => execFileSync('sh', ['-c', `zbarimg -q --raw ${p} || true`]).toString().trim()).filter(Boolean);
  expect(decoded).toEqual([link]);
});

test('the downloaded sheet opens offline without scripts', async ({ page, browser }) => {
  await finishWasteBins(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download het advies' }).click()]);
  expect(download.suggestedFilename()).toBe('coproductiecheck-afvalbakken-adopteren-wijk-noord.html');
  const path = join(mkdtempSync(join(tmpdir(), 'sheet-')), download.suggestedFilename());
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  expect(html).not.toContain('<script');
  const offline = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
  await offline.goto('file://' + path);
  await expect(offline.locator('.verdict__title')).toHaveText('Begin, maar regel eerst wat nodig is');
  await expect(offline.locator('.advice__title').first()).toHaveText('Regel het materiaal voordat inwoners beginnen.');
  await expect(offline.locator('.advice__causes').first()).toBeVisible();
});

test('the answers file loads back to continue later', async ({ page, browser }) => {
  await finishWasteBins(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de antwoorden' }).click()]);
  const path = await download.path();

  const later = await (await browser.newContext()).newPage();
  await later.goto(`${ORIGIN}/`);
  await ready(later);
  await later.getByText('Antwoorden laden uit een bestand').click();
  await later.locator('#load-file').setInputFiles(path!);
  await expect(later).toHaveURL(/#\/controle$/);
  await expect(later.locator('.summary-list')).toContainText('Afvalbakken adopteren, wijk Noord');
  await later.locator('main button.button').last().click();
  await expect(later.locator('.verdict__title')).toHaveText('Begin, maar regel eerst wat nodig is');
});

test('a file without answers gives a clear message', async ({ page }) => {
  await open(page);
  await page.getByText('Antwoorden laden uit een bestand').click();
  await page.locator('#load-file').setInputFiles({ name: 'boodschappen.txt', mimeType: 'text/plain', buffer: Buffer.from('melk, brood, kaas') });
  await expect(page.getByRole('alert')).toContainText('In dit bestand staan geen antwoorden van de Coproductiecheck.');
});

test.describe('bad links show a message and the start page, and keep what is stored', () => {
  let good = '';
  test.beforeAll(async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${ORIGIN}/`);
    await ready(page);
    await chooseRole(page, 'official');
    await answerAll(page, wellPrepared);
    await toSheet(page);
    good = page.url().split('#/advies/')[1];
  });

  const cases: [string, (code: string) => string, RegExp][] = [
    ['truncated', (c) => c.slice(0, c.length - 6), /Deze link is niet compleet/],
    ['altered', (c) => c.slice(0, 10) + (c[10] === 'A' ? 'B' : 'A') + c.slice(11), /Deze link is veranderd of beschadigd/],
    ['unknown version', (c) => '9' + c.slice(1), /Deze link kunnen wij niet openen/],
    ['absurdly long', (c) => c + 'A'.repeat(5000), /Deze link is te lang/],
    ['markup in the link', (c) => c.slice(0, 5) + '%3Cscript%3E' + c.slice(5), /Deze link is veranderd of beschadigd/],
  ];
  for (const [name, spoil, message] of cases) {
    test(name, async ({ page }) => {
      await open(page);
      await chooseRole(page, 'resident');
      await answerCurrent(page, fairInvitation);
      const stored = await page.evaluate(() => localStorage.getItem('coproductiecheck.answers'));
      await page.goto(`./#/advies/${spoil(good)}`);
      await expect(page).toHaveURL(/#\/$/);
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(message);
      await expect(page.locator('#main-heading')).toHaveText('Is uw plan voor participatie klaar?');
      expect(await page.evaluate(() => localStorage.getItem('coproductiecheck.answers'))).toBe(stored);
    });
  }
});

test('a title with markup is shown as text, on screen and in print', async ({ page }) => {
  const title = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  page.on('dialog', () => { throw new Error('a script in the title ran'); });
  await open(page);
  await chooseRole(page, 'resident', title);
  await answerAll(page, fairInvitation);
  await toSheet(page);
  await expect(page.locator('#main-heading')).toHaveText(title);
  await expect(page.locator('.sheet img')).toHaveCount(0);
  const link = await page.locator('#share-link').inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.locator('#main-heading')).toHaveText(title);
});

test('a link from before the sheet had its own page still opens the same sheet', async ({ page, browser }) => {
  const link = await finishWasteBins(page);
  const old = link.replace('/advies.html#', '/#');
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(old);
  await expect(fresh).toHaveURL(/\/advies\.html#\/advies\/1/);
  await expect(fresh.locator('#main-heading')).toHaveText('Afvalbakken adopteren, wijk Noord');
});

