// The municipality's own check: a folder with a gemeente.json (and theme.css) beside index.html
// (served by serve.mjs at /p/<kind>/), walked in all three roles and both languages; offline
// after one visit; every bad kind of file; and the profile page ("Gemeenteprofiel").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, widths, expectNoMarkup } from './fixtures';

const FIXTURES = resolve(__dirname, '../../tests/fixtures/profiles');

// Share codes (made natively from model::share): initiators taking over the pool who do not know
// the right to challenge or what the council decides; a resident asked for input who does not know
// the council's role or a contact person; an official with a takeover who knows neither.
const CODES = {
  initiative: '1HwQPWndlbWJhZCBEZSBWb25rgAEGhQEAjQEAjgEACJw',
  resident: '1GwERQWZ2YWxiYWtrZW4gTm9vcmRAAUkATQBnlA',
  official: '1FQAJQnV1cnRodWlzAQUcAB0DJACyBA',
};

async function sheet(page: Page, folder: string, code: string, lang = '') {
  await page.goto(`${folder}advies.html${lang}#/advies/${code}`);
  await expect(page.locator('.verdict__title')).not.toHaveText('');
}

/** Every link the profile added is one of the three schemes. */
async function expectSafeLinks(page: Page) {
  for (const href of await page.locator('.local-note a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^(https:|mailto:|tel:)/);
  }
}

test("a folder with a profile: each role's sheet names the municipality, its desks, bylaw and griffie where they belong", async ({ page }) => {
  const folder = '/p/good/';
  await sheet(page, folder, CODES.resident);
  await expect(page.locator('.sheet__meta')).toContainText('GemeenteVoorbeeld');
  const ask = page.locator('#follow-title ~ .local-note');
  await expect(ask).toHaveText('Stel je vragen aan Team Participatie: participatie@voorbeeld.nl, 14 0123, www.voorbeeld.nl/meedoen.');
  await expect(ask.getByRole('link', { name: 'participatie@voorbeeld.nl' })).toHaveAttribute('href', 'mailto:participatie@voorbeeld.nl');
  await expect(page.locator('main')).toContainText('Waarover de raad nog beslist en wanneer, weet de griffie van Voorbeeld: griffie@voorbeeld.nl');
  await expect(page.locator('.local-note', { hasText: 'uitdaagrecht' })).toHaveCount(0);
  await expectSafeLinks(page);

  await sheet(page, folder, CODES.initiative);
  await expect(page.locator('#follow-title ~ .local-note')).toContainText('Stel jullie vragen aan Loket Initiatieven');
  const challenge = page.locator('.advice .local-note', { hasText: 'uitdaagrecht' });
  await expect(challenge).toHaveCount(1);
  await expect(challenge).toContainText('De gemeente Voorbeeld regelt het uitdaagrecht in Participatieverordening Voorbeeld 2025.');
  await expect(challenge).toContainText('binnen 8 weken');
  await expect(challenge.getByRole('link', { name: 'Participatieverordening Voorbeeld 2025' })).toHaveAttribute('href', 'https://lokaleregelgeving.example/voorbeeld');

  await sheet(page, folder, CODES.official);
  await expect(page.locator('.sheet__meta')).toContainText('Voorbeeld');
  await expect(page.locator('#follow-title ~ .local-note')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('weet de griffie van Voorbeeld');

  // English.
  await sheet(page, folder, CODES.initiative, '?lang=en');
  await expect(page.locator('.sheet__meta')).toContainText('MunicipalityVoorbeeld');
  await expect(page.locator('#follow-title ~ .local-note')).toContainText('Put your questions to Loket Initiatieven');
  await expect(page.locator('.advice .local-note', { hasText: 'right to challenge' })).toContainText('The municipality of Voorbeeld sets out its right to challenge in Participatieverordening Voorbeeld 2025. The steps: 1. Submit a request. 2. The municipality assesses it.');
});

test('a folder with a profile: the letters are addressed to the desk, the paragraph and report name the bylaw', async ({ page }) => {
  await page.goto(`/p/good/stukken.html#p=${CODES.resident}`);
  await expect(page.locator('#doc-letter p').first()).toHaveText('Aan: Team Participatie: participatie@voorbeeld.nl, 14 0123, www.voorbeeld.nl/meedoen (de gemeente Voorbeeld)');
  await page.goto(`/p/good/stukken.html?lang=en#p=${CODES.initiative}`);
  await expect(page.locator('#doc-letter p').first()).toContainText('To: Loket Initiatieven: initiatief@voorbeeld.nl (the municipality of Voorbeeld)');
  await page.goto(`/p/good/stukken.html#p=${CODES.official}`);
  await expect(page.locator('#doc-paragraph')).toContainText('Voor participatie in de gemeente Voorbeeld geldt Participatieverordening Voorbeeld 2025 (https://lokaleregelgeving.example/voorbeeld).');
  await expect(page.locator('#doc-paragraph')).toContainText('De gemeente Voorbeeld regelt het uitdaagrecht in');
  await expect(page.locator('#doc-report')).toContainText('Voor participatie in de gemeente Voorbeeld geldt');
  await page.goto(`/p/good/stukken.html?lang=en#p=${CODES.official}`);
  await expect(page.locator('#doc-paragraph')).toContainText('Participation in the municipality of Voorbeeld follows Participatieverordening Voorbeeld 2025');
});

test('without a profile (the file as shipped) the check names nothing of a municipality', async ({ page }) => {
  await sheet(page, './', CODES.initiative);
  await expect(page.locator('.local-note')).toHaveCount(0);
  await expect(page.locator('.sheet__meta')).not.toContainText('Gemeente');
  await page.goto(`./stukken.html#p=${CODES.resident}`);
  await expect(page.locator('#doc-letter p').first()).toHaveText(/^Beste/);
});

test('the theme beside the page restyles the check, and the embed parameters win over it', async ({ page }) => {
  const primary = () => page.locator('.sheet__actions .button').first().evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--utrecht-button-primary-action-background-color').trim());
  await sheet(page, '/p/good/', CODES.resident);
  expect(await primary()).toBe('#8b1a4a');
  await sheet(page, '/p/good/', CODES.resident, '?primary=%23006400');
  expect(await primary()).toBe('#006400');
});

for (const kind of ['broken', 'version', 'types', 'huge']) {
  test(`a ${kind} profile is ignored: the generic check, nothing in the console`, async ({ page }) => {
    await sheet(page, `/p/${kind}/`, CODES.initiative);
    await expect(page.locator('.local-note')).toHaveCount(0);
    await expect(page.locator('.sheet__meta')).not.toContainText('Voorbeeld');
    await page.goto(`/p/${kind}/stukken.html#p=${CODES.resident}`);
    await expect(page.locator('#doc-letter p').first()).toHaveText(/^Beste/);
  });
}

test('a hostile profile: markup stays text, no link but https, mailto and tel, nothing runs', async ({ page }) => {
  page.on('dialog', () => { throw new Error('a dialog opened'); });
  await sheet(page, '/p/hostile/', CODES.initiative);
  await expect(page.locator('.sheet__meta')).toContainText('<img src=x onerror=alert(1)>Voorbeeld');
  await expect(page.locator('#follow-title ~ .local-note')).toContainText('<script>alert(1)</script>');
  await expectNoMarkup(page, 'main');
  await expectSafeLinks(page);
  await page.goto(`/p/hostile/stukken.html#p=${CODES.resident}`);
  await expect(page.locator('#doc-letter p').first()).toHaveText('Aan: <script>alert(1)</script> (de gemeente <img src=x onerror=alert(1)>Voorbeeld)');
  await expectNoMarkup(page, 'main');
});

test('offline after one visit with a profile, its facts and theme stay', async ({ page, context }) => {
  await sheet(page, '/p/good/', CODES.initiative);
  await expect(page.locator('.page-notices')).toBeAttached();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // The documents are stored when first opened (the first visit stores the check and the sheet
  // only): open them once while online.
  await page.goto(`/p/good/stukken.html#p=${CODES.resident}`);
  await expect(page.locator('#doc-letter p').first()).toContainText('Aan: Team Participatie');
  await sheet(page, '/p/good/', CODES.initiative);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.sheet__meta')).toContainText('Voorbeeld');
  await expect(page.locator('#follow-title ~ .local-note')).toContainText('Loket Initiatieven');
  await page.goto(`/p/good/stukken.html#p=${CODES.resident}`);
  await expect(page.locator('#doc-letter p').first()).toContainText('Aan: Team Participatie');
  const theme = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--utrecht-button-primary-action-background-color').trim());
  expect(theme).toBe('#8b1a4a');
});

test("the profile page: fill in, see the preview follow, see a field's error, download the file", async ({ page }) => {
  await page.goto('./insluiten.html');
  await page.getByRole('link', { name: 'Maak of controleer uw gemeenteprofiel' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Gemeenteprofiel');
  await expect(page.getByRole('status').first()).toContainText('Er staat nog geen profiel in deze map');
  await page.getByLabel('Naam van de gemeente').fill('Voorbeeld');
  await page.locator('#gp-contact-text').fill('Team Participatie');
  await page.locator('#gp-contact-email').fill('participatie@voorbeeld');
  const preview = page.locator('.gp__preview');
  await expect(preview).toContainText('Gemeente: Voorbeeld');
  await expect(page.locator('#gp-contact-email-error')).toHaveText('Dit is geen e-mailadres.');
  await expect(page.locator('#gp-contact-email')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#gp-contact-email').fill('participatie@voorbeeld.nl');
  await expect(page.locator('#gp-contact-email-error')).toHaveCount(0);
  await expect(preview).toContainText('Stel je vragen aan Team Participatie: participatie@voorbeeld.nl.');
  await expect(preview.locator('.gp__letter p').first()).toHaveText('Aan: Team Participatie: participatie@voorbeeld.nl (de gemeente Voorbeeld)');
  await page.locator('#gp-challenge-present').selectOption('false');
  await expect(preview).toContainText('Wet versterking participatie op decentraal niveau');
  await page.locator('#gp-bylaw-url').fill('javascript:alert(1)');
  await expect(page.locator('#gp-bylaw-url-error')).toContainText('https:, mailto: of tel:');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download gemeente.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gemeente.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toEqual({
    version: 1,
    name: 'Voorbeeld',
    contact: { text: 'Team Participatie', email: 'participatie@voorbeeld.nl' },
    challenge: { present: false },
  });
});

test('the profile page checks a file field by field, and the one in its folder', async ({ page }) => {
  await page.goto('/p/partial/stukken.html#gemeente');
  const here = page.locator('.gp__read');
  await expect(here).toContainText('Het profiel in deze map heeft fouten');
  await expect(here).toContainText('contact.email: Dit is geen e-mailadres.');
  await expect(here).toContainText('naam: Dit veld kent versie 1 niet.');
  await expect(page.getByLabel('Naam van de gemeente')).toHaveValue('Voorbeeld');

  await page.locator('#gp-file').setInputFiles({ name: 'gemeente.json', mimeType: 'application/json', buffer: readFileSync(`${FIXTURES}/hostile.json`) });
  await expect(here).toContainText('Dit bestand heeft fouten');
  await expect(here).toContainText('bylaw.url: De check toont alleen links die beginnen met https:, mailto: of tel:.');
  await expect(page.getByLabel('Naam van de gemeente')).toHaveValue('<img src=x onerror=alert(1)>Voorbeeld');
  await expectNoMarkup(page, 'main');

  await page.locator('#gp-file').setInputFiles({ name: 'gemeente.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2}') });
  await expect(here).toContainText('het hele bestand: Deze versie kent de check niet');
  await page.locator('#gp-file').setInputFiles({ name: 'gemeente.json', mimeType: 'application/json', buffer: readFileSync(`${FIXTURES}/good.json`) });
  await expect(here).toContainText('Dit bestand is in orde');
  await expect(page.locator('#gp-challenge-weeks')).toHaveValue('8');
});

test('the profile page in English, by keyboard, axe-clean at both widths', async ({ page }) => {
  await page.goto('/p/good/stukken.html?lang=en#gemeente');
  await expect(page.locator('#app main h1')).toHaveText('Municipality profile');
  await expect(page.locator('.gp__read')).toContainText('The profile in this folder is fine');
  await expect(page.locator('.gp__preview')).toContainText('Put your questions to Team Participatie');
  // By keyboard: from the file field into the form, typing changes the preview.
  await page.locator('#gp-file').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#gp-name')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Elders');
  await expect(page.locator('.gp__preview')).toContainText('Municipality: Elders');
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
  await page.goto('./stukken.html#gemeente');
  await page.locator('#gp-contact-email').fill('x');
  await expectAccessible(page);
});
