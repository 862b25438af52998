import { test, expect, open, ready, expectAccessible, widths } from './fixtures';

test('the start page says what the check does, in Dutch by default', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is uw plan voor participatie klaar?');
  await expect(page.getByText('Het duurt 5 tot 15 minuten, afhankelijk van uw rol.')).toBeVisible();
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

// index.html holds the start page as static HTML (its source: shell/start.html), usable before
// the app has loaded; the app takes over from it. These tests hold the wasm back until they say so.
async function holdApp(page: import('@playwright/test').Page) {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/coproductiecheck_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A page part as comparable lines: tags with their attributes (sorted; boolean ones by name
 *  only) and texts with whitespace collapsed. Left out: what only the static page has (the
 *  notices for no JavaScript or no WebAssembly) and the language switch, a link there (it works
 *  before the app) and a button in the app. The comparison is in Dutch, the static page's
 *  language; a role is a radio whose value is its code, so a new one is one block of markup. */
async function markup(page: import('@playwright/test').Page, selector: string) {
  return page.evaluate((selector) => {
    const boolean = ['novalidate', 'hidden', 'checked', 'disabled', 'required', 'open'];
    const skip = (el: Element) => el.tagName === 'NOSCRIPT' || el.id === 'no-wasm' || el.classList.contains('header__lang');
    const walk = (node: Node): string[] => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node.textContent || '').replace(/\s+/g, ' ').trim();
        return text ? [text] : [];
      }
      if (!(node instanceof Element) || skip(node)) return [];
      // The build's HTML minifier drops default types (input text, button submit).
      const implied = (a: Attr) => a.name === 'type' && ((node.tagName === 'INPUT' && a.value === 'text') || (node.tagName === 'BUTTON' && a.value === 'submit'));
      const attrs = [...node.attributes]
        .filter((a) => !implied(a))
        .map((a) => (boolean.includes(a.name) ? a.name : `${a.name}="${a.value}"`))
        .sort();
      const tag = node.tagName.toLowerCase();
      return [`<${[tag, ...attrs].join(' ')}>`, ...[...node.childNodes].flatMap(walk), `</${tag}>`];
    };
    return [...document.querySelector(selector)!.childNodes].flatMap(walk);
  }, selector);
}

test('the static start page in index.html is the app\'s start page, so the two cannot drift', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  const before = await markup(page, '#shell');
  expect(before.join('\n')).toContain('name="role"');
  release();
  await ready(page);
  const after = await markup(page, '#app');
  expect(after).toEqual(before);
  await expect(page.locator('#shell')).toHaveCount(0);
});

test('a choice, a plan name and "Start de check" made before the app has loaded are carried out', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByLabel('Ik ben gevraagd om mee te doen').check();
  await page.getByLabel('Naam van het plan (mag leeg blijven)').fill('Buurtbus');
  await page.getByRole('button', { name: 'Start de check' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  release();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  await expect(page.locator('fieldset legend h1')).toBeVisible();
  // Back on the start page, the app has the choice and the name.
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.getByLabel('Ik ben gevraagd om mee te doen')).toBeChecked();
  await expect(page.getByLabel('Naam van het plan (mag leeg blijven)')).toHaveValue('Buurtbus');
});

test('a choice and a name typed before the app has loaded stay, and so does the focus', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByLabel('Ik werk voor de gemeente').check();
  await page.getByLabel('Naam van het plan (mag leeg blijven)').fill('Wijk Noord');
  release();
  await ready(page);
  await expect(page.locator('#app').getByLabel('Ik werk voor de gemeente')).toBeChecked();
  const name = page.locator('#app').getByLabel('Naam van het plan (mag leeg blijven)');
  await expect(name).toHaveValue('Wijk Noord');
  await expect(name).toBeFocused();
  await page.keyboard.type(' 2');
  await expect(name).toHaveValue('Wijk Noord 2');
});

test('"Start de check" without a role before the app has loaded asks for one', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start de check' }).click();
  release();
  await expect(page.locator('#app .error-summary')).toContainText('Kies wie u bent');
});

test('in English the static form is Dutch until the app takes over, and a choice made in it stays', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./?lang=en');
  await page.getByLabel('Ik ben gevraagd om mee te doen').check();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your participation plan ready?');
  await expect(page.getByLabel('I was asked to take part')).toBeChecked();
});
