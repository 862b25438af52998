// Every test gets a page that fails the test on console errors, on CSP violations and on any
// request that would leave 127.0.0.1: nothing a user enters may leave the device.
import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Guard = { errors: string[]; outside: string[] };

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const guard: Guard = { errors: [], outside: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') guard.errors.push(m.text());
      });
      page.on('pageerror', (e) => guard.errors.push(String(e)));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
        guard.outside.push(url.href);
        return route.abort();
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use(guard);
      expect(guard.outside, 'requests that left 127.0.0.1').toEqual([]);
      expect(guard.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The app has replaced the static shell. */
export async function ready(page: Page) {
  await expect(page.locator('#app main h1')).toBeVisible();
}

export async function open(page: Page, hash = '#/', query = '') {
  await page.goto(`./${query}${hash}`);
  await ready(page);
}

/** axe, WCAG 2.x A and AA rules, at the page's current width. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

export const widths = [1280, 375];

/** Where the app is served in these tests (see playwright.config.ts). */
export const PORT = Number(process.env.E2E_PORT || 8081);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Shapes from OWASP's XSS filter evasion cheat sheet, for fields a person types (titles,
 *  labels): each must show as text, never as markup. */
export const MARKUP_SHAPES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src=javascript:alert(1)>',
  `'';!--"<XSS>=&{()}`,
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<a href="javascript:alert(1)">x</a>',
  '<body onload=alert(1)>',
];

/** No element the shapes could have made, and no dialog. */
export async function expectNoMarkup(page: Page, within: string) {
  for (const tag of ['script', 'img', 'svg[onload]', 'iframe', 'a[href^="javascript"]', 'xss']) {
    await expect(page.locator(`${within} ${tag}`)).toHaveCount(0);
  }
}

