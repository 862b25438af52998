// A municipality's page on another origin embeds the check, served under a sub-path with the
// strict CSP, and sizes it with embed.js.
import { test, expect, expectAccessible, ORIGIN, PORT } from './fixtures';
import { Page } from '@playwright/test';
import { answerAll, fairInvitation } from './flow';

const APP = `${ORIGIN}/tools/coproductiecheck/`;
const HOST = `http://127.0.0.1:${PORT + 1}/`;

async function openHost(page: Page, query: string) {
  // serve.mjs serves the host page on the next port: another origin.
  await page.goto(`${HOST}host?q=${encodeURIComponent(query)}`);
  const frame = page.frameLocator('iframe[data-coproductiecheck]');
  await expect(frame.locator('#app main h1')).toBeVisible();
  return frame;
}

async function frameFits(page: Page) {
  // The iframe is as tall as its content: no inner scrollbar.
  await expect
    .poll(async () => {
      const outer = await page.locator('iframe[data-coproductiecheck]').evaluate((f: HTMLIFrameElement) => f.clientHeight);
      const inner = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(outer - inner) <= 2 && outer > 100 ? 'fits' : `${outer} vs ${inner}`;
    })
    .toBe('fits');
  return page.locator('iframe[data-coproductiecheck]').evaluate((f: HTMLIFrameElement) => f.clientHeight);
}

test('the embedded check walks to the sheet, and its frame grows and shrinks with it', async ({ page }) => {
  const frame = await openHost(page, '?embed=1&role=resident&lang=nl');
  // No header or footer of its own, and the role is fixed.
  await expect(frame.locator('.header')).toHaveCount(0);
  await expect(frame.locator('input[name="role"]')).toHaveCount(0);
  const start = await frameFits(page);
  await frame.locator('form button[type="submit"]').click();
  const app = page.frames()[1];
  await answerAll(app as unknown as Page, fairInvitation);
  await frame.locator('main button.button').last().click();
  await expect(frame.locator('.verdict__title')).toHaveText('Dit lijkt een eerlijk voorstel');
  const sheet = await frameFits(page);
  expect(sheet).toBeGreaterThan(start + 500);
  await frame.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(frame.locator('#main-heading')).toHaveText('Is uw plan voor participatie klaar?');
  const again = await frameFits(page);
  expect(again).toBeLessThan(sheet - 500);
});

test('a theme in the URL shows on the primary button, and an unsafe value is ignored', async ({ page }) => {
  let frame = await openHost(page, '?embed=1&primary=%23006400&radius=12');
  const button = frame.locator('form button[type="submit"]');
  await expect(button).toHaveCSS('background-color', 'rgb(0, 100, 0)');
  await expect(button).toHaveCSS('border-top-left-radius', '12px');

  frame = await openHost(page, '?embed=1&primary=red;background:url(x)&radius=999&font=comic');
  await expect(frame.locator('form button[type="submit"]')).toHaveCSS('background-color', 'rgb(1, 104, 155)');
  await expect(frame.locator('form button[type="submit"]')).toHaveCSS('border-top-left-radius', '4px');
});

test('the primary colour in the URL also colours the header, links and the button shadow', async ({ page }) => {
  await page.goto(`${APP}?primary=%23006400`);
  await expect(page.locator('#app main h1')).toBeVisible();
  await expect(page.locator('.header')).toHaveCSS('background-color', 'rgb(0, 100, 0)');
  await expect(page.locator('.footer a').first()).toHaveCSS('color', 'rgb(0, 100, 0)');
  // The shadow is the primary colour darkened, as the browser computes it: no blue left.
  const shadow = await page.evaluate(() => {
    const probe = document.createElement('i');
    probe.style.setProperty('color', 'color-mix(in srgb, #006400 50%, #000)');
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  await expect(page.locator('form button[type="submit"]')).toHaveCSS('box-shadow', `${shadow} 0px 2px 0px 0px`);
});

test('a colour that fails contrast is not used', async ({ page }) => {
  const frame = await openHost(page, '?embed=1&primary=%23ffdd00');
  await expect(frame.locator('form button[type="submit"]')).toHaveCSS('background-color', 'rgb(1, 104, 155)');
});

test('the host page with the embed has no axe violations', async ({ page }) => {
  await openHost(page, '?embed=1');
  await frameFits(page);
  await expectAccessible(page);
});

test('the Insluiten page builds the snippet and says why a colour is refused', async ({ page }) => {
  await page.goto(APP + 'insluiten.html');
  await expect(page.locator('h1')).toHaveText('Zet de check op uw eigen website');
  await page.locator('#embed-role').selectOption('resident');
  await page.locator('#embed-primary').fill('#006400');
  const snippet = page.locator('#embed-snippet');
  await expect(snippet).toHaveValue(/\?embed=1&role=resident&lang=nl&primary=%23006400/);
  await expect(snippet).toHaveValue(new RegExp(`<script src="${ORIGIN.replace(/[.]/g, '\\.')}/tools/coproductiecheck/embed\\.js" async></script>`));
  await page.locator('#embed-primary').fill('#ffdd00');
  await expect(page.locator('#embed-primary-error')).toContainText('te weinig contrast met wit: 1,3 : 1');
  await expect(snippet).not.toHaveValue(/primary=/);
  // The app refuses the same colour: the page and the app agree.
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.locator('#main-heading')).toHaveText('Is uw plan voor participatie klaar?');
  await expectAccessible(page);
});

test('the Insluiten page in English takes every string from the catalogue', async ({ page }) => {
  await page.goto(APP + 'insluiten.html?lang=en');
  await expect(page.locator('h1')).toHaveText('Put the check on your own website');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Embed – Coproductiecheck');
  await expect(page.locator('nav.header__nav')).toHaveAttribute('aria-label', 'Language');
  await expect(page.locator('#other-lang')).toHaveText('Nederlands');
  await expect(page.locator('#embed-role option[value="official"]')).toHaveText('I work for the municipality');
  await expect(page.locator('#embed-preview')).toHaveAttribute('title', 'Preview');
  await page.locator('#embed-primary').fill('#ffdd00');
  await expect(page.locator('#embed-primary-error')).toHaveText(/too little contrast with white: 1\.3 : 1, and 4\.5 : 1 is needed/);
  await expect(page.locator('#embed-snippet')).toHaveValue(/title="Coproductiecheck: is your participation plan ready\?"/);
  // No string is missing: nothing reads "undefined".
  await expect(page.locator('body')).not.toContainText('undefined');
});
