// "Vergelijk antwoorden" (vergelijk.html): several people's links side by side, a group link that
// reopens the comparison anywhere, before and after, and bad links among good ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, open, expectAccessible, widths, ORIGIN, MARKUP_SHAPES, expectNoMarkup } from './fixtures';
import { answerAll, chooseRole, fairInvitation, tabTo, toSheet, wellPrepared } from './flow';

// Share codes of the plan "Afvalbakken Noord", as the check makes them. Share codes keep
// opening in later versions (keys and option positions never change), so they can be fixed here.
const CODES = {
  officialReady: '1TgARQWZ2YWxiYWtrZW4gTm9vcmQBAwIBAwMEAQUBBgEHAQgCCQEKAQu2AwwBDR4OAQ8BEAERARIBEwEUARUBFgEXARgBGQEaARsBHAEHnQ',
  officialNoContact: '1TgARQWZ2YWxiYWtrZW4gTm9vcmQBAwIBAwMEAQUBBgEHAQgCCQEKAQu2AwwEDR4OAQ8BEAERARIBEwEUARUBFgEXARgBGQEaARsBHAGdcw',
  residentFair: '1OQERQWZ2YWxiYWtrZW4gTm9vcmRAA0ECQgFDAkQBRQJGDkdGSAFJAUoBSwFMAU4CTwFQDlEBUgGJsw',
  residentDontKnowContact: '1OQERQWZ2YWxiYWtrZW4gTm9vcmRAA0ECQgFDAkQBRQJGDkdGSAFJAEoASwFMAU4CTwFQDlEBUgE3rQ',
  residentDesk: '1OQERQWZ2YWxiYWtrZW4gTm9vcmRAA0ECQgFDAkQBRQJGDkdGSAFJA0oCSwFMAU4CTwFQDlEBUgFLUg',
};

async function openCompare(page: Page, hash = '') {
  await page.goto(`./vergelijk.html${hash}`);
  await expect(page.locator('#app main h1')).toHaveText(/Vergelijk antwoorden|Compare answers/);
}

/** Fills in person n (1-based), adding rows as needed. */
async function fillPerson(page: Page, n: number, label: string, link: string) {
  while ((await page.locator('.compare__person').count()) < n) {
    await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
  }
  await page.locator(`#person-label-${n}`).fill(label);
  await page.locator(`#person-link-${n}`).fill(link);
}

async function compareCodes(page: Page, people: [string, string][]) {
  await openCompare(page);
  for (const [i, [label, code]] of people.entries()) await fillPerson(page, i + 1, label, `${ORIGIN}/#/advies/${code}`);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
}

test('three people check one plan in three browsers; the comparison shows where they differ', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const people: [string, Record<string, string | string[]>, 'official' | 'resident'][] = [
    ['Projectleider', wellPrepared, 'official'],
    ['Inwoner 1', { ...fairInvitation, r_contact: 'dk', r_mandate: 'dk' }, 'resident'],
    ['Inwoner 2', { ...fairInvitation, r_contact: 'desk', r_mandate: 'slow' }, 'resident'],
  ];
  const links: string[] = [];
  for (const [, answers, role] of people) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await open(p);
    await chooseRole(p, role, 'Afvalbakken Noord');
    await answerAll(p, answers);
    await toSheet(p);
    links.push(await p.locator('#share-link').inputValue());
    await ctx.close();
  }
  await openCompare(page);
  for (const [i, [label]] of people.entries()) await fillPerson(page, i + 1, label, links[i]);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const verdicts = page.locator('#verdicts-title + .compare__scroll tbody tr');
  await expect(verdicts).toHaveCount(3);
  await expect(verdicts.nth(0)).toContainText('Klaar om te beginnen');
  await expect(verdicts.nth(1)).toContainText('Doe mee, maar vraag eerst door');
  // The municipality thinks residents know their contact; one does not know, one has only a desk.
  const first = page.locator('.compare__finding').first();
  await expect(first.locator('h3')).toHaveText('Aanspreekpunt');
  await expect(first).toContainText('Inwoner 1: weet het niet');
  await expect(first).toContainText('004-5');

  // The group link opens the same comparison in a fresh browser, with nothing typed.
  const group = await page.locator('#group-link').inputValue();
  expect(group.startsWith(`${ORIGIN}/vergelijk.html#g=G`)).toBe(true);
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(group);
  await expect(fresh.locator('.compare__finding h3').first()).toHaveText('Aanspreekpunt');
  await expect(fresh.locator('#person-label-3')).toHaveValue('Inwoner 2');
  await expect(fresh.locator('.compare__qr svg')).toBeVisible();
});

test('from a sheet, "Vergelijk met anderen" opens the comparison with this sheet filled in', async ({ page }) => {
  await page.goto(`./#/advies/${CODES.officialReady}`);
  await expect(page.locator('.verdict__title')).toBeVisible();
  await page.getByRole('link', { name: 'Vergelijk met anderen' }).click();
  await expect(page.locator('#person-label-1')).toHaveValue('Ik');
  await expect(page.locator('#person-link-1')).toHaveValue(CODES.officialReady);
  await fillPerson(page, 2, 'Buurman', CODES.residentDesk);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('.compare__finding').first()).toBeVisible();
});

test('before and after: the same role twice shows what was resolved', async ({ page }) => {
  await compareCodes(page, [
    ['Maart', CODES.officialNoContact],
    ['Juni', CODES.officialReady],
  ]);
  const progress = page.locator('section[aria-labelledby="progress-title"]');
  await expect(progress).toContainText('Begin, maar regel eerst wat nodig is → Klaar om te beginnen');
  await expect(progress).toContainText('Plan vast contact met de inwoners die meedoen, en spreek af wie wat doet.');
  await expect(progress).toContainText('Contact onderweg');
});

test('a broken and a duplicate link among good ones each get their own message; the rest is compared', async ({ page }) => {
  await compareCodes(page, [
    ['Projectleider', CODES.officialReady],
    ['Kapot', CODES.residentFair.slice(0, -6)],
    ['Inwoner', CODES.residentDesk],
    ['Nog eens', CODES.residentDesk],
  ]);
  await expect(page.locator('#person-error-2')).toContainText('niet compleet');
  await expect(page.locator('#person-link-2')).toHaveAttribute('aria-describedby', 'person-error-2');
  await expect(page.locator('#person-error-4')).toContainText('staat er al');
  await expect(page.locator('#verdicts-title + .compare__scroll tbody tr')).toHaveCount(2);
});

test('fewer than two good links: an error summary, focused', async ({ page }) => {
  await openCompare(page);
  await fillPerson(page, 1, 'A', CODES.officialReady);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('#compare-error')).toBeFocused();
  await expect(page.locator('#result-heading')).toHaveCount(0);
});

test('a broken group link says so and shows the empty form', async ({ page }) => {
  await openCompare(page, '#g=GAAAA');
  await expect(page.getByRole('alert')).toContainText('link');
  await expect(page.locator('#person-link-1')).toHaveValue('');
});

test('labels with markup are text, on screen and in the download', async ({ page }) => {
  page.on('dialog', () => { throw new Error('a script in a label ran'); });
  const codes = [CODES.officialReady, CODES.residentDesk, CODES.residentFair, CODES.residentDontKnowContact, CODES.officialNoContact];
  const people = MARKUP_SHAPES.slice(0, codes.length).map((shape, i) => [shape, codes[i]] as [string, string]);
  await compareCodes(page, people);
  await expectNoMarkup(page, '.compare__result');
  await expect(page.locator('#verdicts-title + .compare__scroll tbody th').first()).toContainText('<script>');
  await expect(page.locator('#verdicts-title + .compare__scroll tbody th').nth(1)).toContainText('<img src=x');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de vergelijking' }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'cmp-')), 'c.html');
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;script&gt;');
  // The group link carries the labels as text too.
  const fresh = await (await page.context().browser()!.newContext()).newPage();
  fresh.on('dialog', () => { throw new Error('a script in a label ran'); });
  await fresh.goto(await page.locator('#group-link').inputValue());
  await expect(fresh.locator('#result-heading')).toBeVisible();
  await expectNoMarkup(fresh, '.compare__result');
});

test('answers files add a person each, named after the file', async ({ page }) => {
  await openCompare(page);
  await page.locator('#compare-files').setInputFiles([
    { name: 'projectleider.txt', mimeType: 'text/plain', buffer: Buffer.from(`Coproductiecheck\n${ORIGIN}/advies.html#/advies/${CODES.officialReady}\n`) },
    { name: 'buurman.txt', mimeType: 'text/plain', buffer: Buffer.from(CODES.residentDesk) },
  ]);
  await expect(page.locator('#person-label-1')).toHaveValue('projectleider');
  await expect(page.locator('#person-label-2')).toHaveValue('buurman');
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('#verdicts-title + .compare__scroll tbody tr')).toHaveCount(2);
});

test('the start page links to the comparison', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'Vergelijk antwoorden' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Vergelijk antwoorden');
});

test('the comparison prints with its tables', async ({ page }) => {
  await compareCodes(page, [
    ['Projectleider', CODES.officialReady],
    ['Inwoner 1', CODES.residentDontKnowContact],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
  const pdf = join(dir, 'cmp.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Per gespreksonderwerp');
  expect(text).toContain('Aanspreekpunt');
  expect(text).toContain('weet het niet');
  expect(text).not.toContain('Kopieer de groepslink');
});

test('the comparison works with the keyboard alone, in English', async ({ page }) => {
  await page.goto('./vergelijk.html?lang=en');
  await expect(page.locator('#app main h1')).toHaveText('Compare answers');
  await tabTo(page, '#person-label-1');
  await page.keyboard.type('Lead');
  await tabTo(page, '#person-link-1');
  await page.keyboard.type(CODES.officialReady);
  await tabTo(page, '#person-link-2');
  await page.keyboard.type(CODES.residentDontKnowContact);
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#result-heading')).toBeFocused();
  await expect(page.locator('.compare__finding h3').first()).toHaveText('Contact person');
});

for (const width of widths) {
  test(`the comparison has no axe violations and no sideways scrolling at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await compareCodes(page, [
      ['Projectleider', CODES.officialReady],
      ['Inwoner 1', CODES.residentDontKnowContact],
      ['Inwoner 2', CODES.residentDesk],
    ]);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
