// The questionnaire's texts come in parts (src/model/texts.rs): the first question waits for
// its role's questions only, the sheet for its role's advice, the tools for their own strings,
// and links and answers made before the split still open.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, ready, ORIGIN } from './fixtures';
import { chooseRole } from './flow';

/** The parts of the texts the page fetches from now on, as "part.lang". */
function textsFetched(page: Page): string[] {
  const parts: string[] = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/texts\.[0-9a-f]+\.([a-z-]+\.[a-z]{2})\.txt$/);
    if (m) parts.push(m[1]);
  });
  return parts;
}

/** Share codes made with earlier versions, by role (tests/fixtures/share_links.txt). */
const fixtures = readFileSync(resolve(__dirname, '../../tests/fixtures/share_links.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([code, role, lang, title]) => ({ code, role, lang, title }));

test('the first question fetches its role\'s questions only, chosen before the app has loaded', async ({ page }) => {
  const parts = textsFetched(page);
  await page.goto('./#/');
  // The static start page: the role is chosen and Start pressed at once.
  await chooseRole(page, 'resident');
  await expect(page.locator('fieldset legend h1')).not.toHaveText('');
  expect([...new Set(parts)].sort()).toEqual(['check.nl', 'resident.nl']);
});

test('the first question\'s wasm and texts are each fetched once, the wasm by the page itself', async ({ page }) => {
  // The head's preload (entries.mjs, preload 'low') answers the app's own fetch of the wasm, and
  // boot.js's early fetches answer the app's of the texts: a mismatch would fetch twice. The
  // wasm is asked for by the parser, as the page arrives, not by a script that runs later.
  const asked: { name: string; by: string }[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) =>
    asked.push({ name: e.request.url.split('/').pop()!.replace(/^texts\.[0-9a-f]+\./, 'texts.'), by: e.initiator.type }));
  await page.goto('./#/');
  await chooseRole(page, 'official');
  await expect(page.locator('fieldset legend h1')).not.toHaveText('');
  const of = (name: string) => asked.filter((a) => a.name === name);
  for (const name of ['coproductiecheck_bg.wasm', 'coproductiecheck.js', 'texts.check.nl.txt', 'texts.official.nl.txt']) {
    expect(of(name).length, name).toBe(1);
  }
  expect(of('coproductiecheck_bg.wasm')[0].by).toBe('parser');
});

test('on the app\'s own start page a chosen role\'s questions are fetched before Start, and once', async ({ page }) => {
  await open(page, '#/');
  const parts = textsFetched(page);
  // The file is held back until Start has been pressed, so the question page asks for it while
  // it is still on its way: it must wait for that fetch, not make another.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/texts\.[0-9a-f]+\.initiative\.nl\.txt$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('input[name="role"][value="initiative"]').check();
  await expect.poll(() => parts).toContain('initiative.nl');
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  release();
  await expect(page.locator('fieldset legend h1')).not.toHaveText('');
  expect(parts.filter((p) => p === 'initiative.nl')).toEqual(['initiative.nl']);
});

test('another role\'s questions and the about page\'s texts come when they are needed', async ({ page }) => {
  const parts = textsFetched(page);
  await open(page, '#/', '?lang=en');
  await chooseRole(page, 'official');
  await expect(page.locator('fieldset legend h1')).not.toHaveText('');
  expect([...new Set(parts)].sort()).toEqual(['check.en', 'official.en']);
  // "About this check" (the method, the knock-outs, the sources) is a part of its own, written
  // by the build as one piece of HTML: it needs no other.
  await page.goto('./?lang=en#/over');
  await expect(page.locator('#app main h2').first()).toBeVisible();
  expect(parts).toContain('about.en');
  expect(parts).not.toContain('sheet.en');
  expect(parts.filter((p) => p.endsWith('.nl'))).toEqual([]);
});

test('a share link\'s sheet fetches the questions and advice of its own role, not the other roles\' nor the tools\'', async ({ page }) => {
  const resident = fixtures.find((f) => f.role === 'resident' && f.lang === 'nl')!;
  const parts = textsFetched(page);
  await page.goto(`./advies.html#/advies/${resident.code}`);
  await expect(page.locator('.verdict__title')).not.toHaveText('');
  await expect(page.locator('.advice__title').first()).not.toHaveText('');
  expect([...new Set(parts)].sort()).toEqual(['advice-resident.nl', 'check.nl', 'resident.nl', 'sheet.nl']);
});

test('an English share link fetches the English texts only, from the start', async ({ page, browser }) => {
  const english = fixtures.find((f) => f.role === 'resident' && f.lang === 'en')!;
  await page.goto(`./advies.html?lang=en#/advies/${english.code}`);
  const link = await page.locator('#share-link').inputValue();
  expect(link).toContain('/advies.html?lang=en#/advies/1');
  const fresh = await (await browser.newContext()).newPage();
  const parts = textsFetched(fresh);
  await fresh.goto(link);
  await expect(fresh.locator('.advice__title').first()).not.toHaveText('');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  expect([...new Set(parts)].sort()).toEqual(['advice-resident.en', 'check.en', 'resident.en', 'sheet.en']);
  await fresh.context().close();
});

test('the paperwork fetches the questions of its answers\' role and the tools\' strings, not the other roles\', the question pages\' nor any advice', async ({ page }) => {
  for (const f of [fixtures.find((f) => f.role === 'resident' && f.lang === 'nl')!, fixtures.find((f) => f.role === 'official' && f.lang === 'nl')!]) {
    await page.goto('about:blank');
    const parts = textsFetched(page);
    await page.goto(`./stukken.html#p=${f.code}`);
    if (f.role === 'resident') await expect(page.locator('#doc-letter')).toContainText('Beste medewerker van de gemeente,');
    else await expect(page.locator('#doc-paragraph')).toContainText('Participatie');
    expect([...new Set(parts)].sort()).toEqual([`${f.role}.nl`, 'sheet.nl', 'tools.nl']);
  }
});

test('the comparison\'s form fetches its own strings; comparing, the questions and advice of the roles compared', async ({ page }) => {
  const official = fixtures.find((f) => f.role === 'official' && f.lang === 'nl' && f.title)!;
  const resident = fixtures.find((f) => f.role === 'resident' && f.lang === 'nl' && f.title)!;
  const parts = textsFetched(page);
  await page.goto('./vergelijk.html');
  await expect(page.locator('#app main h1')).toHaveText('Vergelijk antwoorden');
  expect([...new Set(parts)].sort()).toEqual(['sheet.nl', 'tools.nl']);
  await page.locator('#person-link-1').fill(`${ORIGIN}/#/advies/${official.code}`);
  await page.locator('#person-link-2').fill(`${ORIGIN}/#/advies/${resident.code}`);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
  await expect(page.locator('#verdicts-title + .compare__scroll tbody tr')).toHaveCount(2);
  expect([...new Set(parts)].sort()).toEqual(['advice-official.nl', 'advice-resident.nl', 'official.nl', 'resident.nl', 'sheet.nl', 'tools.nl']);
});

test('answers stored by an earlier version resume at the question with its text', async ({ page }) => {
  const resident = fixtures.find((f) => f.role === 'resident' && f.lang === 'nl' && f.title)!;
  await page.addInitScript((code) => localStorage.setItem('coproductiecheck.answers', code), resident.code);
  const parts = textsFetched(page);
  await open(page);
  await page.getByRole('button', { name: 'Verder waar u was' }).click();
  await expect(page.locator('fieldset legend h1')).not.toHaveText('');
  expect(parts.filter((p) => !p.startsWith('check.')).every((p) => p === 'resident.nl')).toBe(true);
});

test('share links made by earlier versions open their sheet, in every role and language', async ({ page }) => {
  for (const { code, lang, title } of fixtures.filter((f) => f.title && !f.title.includes('<'))) {
    await page.goto('about:blank');
    await page.goto(`./advies.html#/advies/${code}`);
    await expect(page.locator('.verdict__title')).not.toHaveText('');
    await expect(page.locator('#main-heading')).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
});
