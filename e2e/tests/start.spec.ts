import { test, expect, open, ready, expectAccessible, widths } from './fixtures';

test('the start page says what the check does, in Dutch by default', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is uw plan voor participatie klaar?');
  await expect(page.getByText('Het duurt ongeveer 10 minuten.')).toBeVisible();
  await expect(page.getByText(/blijven op dit apparaat/).first()).toBeVisible();
  await expect(page).toHaveTitle(/Is uw plan voor participatie klaar\? – Coproductiecheck/);
});

test('the language switch shows English and the choice survives a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Read this page in English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your participation plan ready?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your participation plan ready?');
  await page.getByRole('button', { name: 'Lees deze pagina in het Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is uw plan voor participatie klaar?');
});

test('a language in the URL wins, and an unknown one is ignored', async ({ page }) => {
  await open(page, '#/', '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your participation plan ready?');
  // An unknown language is ignored: the choice already made (English, just stored) stays.
  await open(page, '#/', '?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your participation plan ready?');
});

for (const [lang, heading, sources] of [
  ['nl', 'Over deze check', 'De bronnen'],
  ['en', 'About this check', 'The sources'],
] as const) {
  test(`the about page lists the five sources (${lang})`, async ({ page }) => {
    await open(page, '#/over', `?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { name: sources })).toBeVisible();
    await expect(page.locator('.sources__item')).toHaveCount(5);
    await expect(page.locator('.sources__item').first()).toContainText('Fledderus');
  });
}

test('an unknown page says so and links to the start', async ({ page }) => {
  await open(page, '#/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is uw plan voor participatie klaar?');
});

for (const width of widths) {
  test(`start and about pages have no axe violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await expectAccessible(page);
    await open(page, '#/over');
    await expectAccessible(page);
  });
}
