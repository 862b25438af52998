// Offline after one visit (the service worker), a new version between checks, two tabs on two
// plans, "Wis mijn antwoorden" naming what it removes, and the accessibility statement.
import { createServer, Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open, ready, expectAccessible, widths } from './fixtures';
import { answerAll, answerCurrent, chooseRole, toSheet, wellPrepared, fairInvitation } from './flow';

const DIST = resolve(__dirname, '../../dist');

/** later.js has run (it makes the notice area), and the worker controls the page. */
async function workerReady(page: Page) {
  await expect(page.locator('.page-notices')).toBeAttached();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** The files the worker has stored, by name (the part of the address after the folder). */
async function stored(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) {
        names.push(request.url.slice(new URL('.', location.href).href.length));
      }
    }
    return names.sort();
  });
}

test('after one visit the check and its sheet work offline; a tool opened once does too', async ({ page, context }) => {
  await open(page);
  await workerReady(page);
  // Opened once while online: stored the first time, so it opens offline from then on.
  await page.goto('./vergelijk.html');
  await expect(page.locator('#app main h1, #app h1').first()).toBeVisible();
  await context.setOffline(true);
  await page.goto('./');
  await ready(page);
  await expect(page.locator('#main-heading')).toHaveText('Is uw plan voor participatie klaar?');
  await chooseRole(page, 'official', 'Buurthuis zonder wifi');
  await answerAll(page, wellPrepared);
  await toSheet(page);
  await expect(page.locator('.verdict__title')).not.toHaveText('');
  // "Over deze check", whose text is a part of its own, never opened before.
  await page.goto('./#/over');
  await expect(page.locator('#app main .sources__item')).toHaveCount(5);
  await page.goto('./vergelijk.html');
  await expect(page.locator('#app main h1, #app h1').first()).toBeVisible();
});

test('a first visit stores the check and the sheet in its language, and the rest when first opened', async ({ page }) => {
  await open(page);
  await workerReady(page);
  const first = await stored(page);
  for (const file of ['index.html', 'coproductiecheck_bg.wasm', 'advies.html', 'advies_bg.wasm', 'main.css']) {
    expect(first).toContain(file);
  }
  // Every part of the Dutch texts (the sheet needs those of every role, the about page its own)
  // but the tools' (stored when a tool is first opened), none of the English ones.
  const dutch = first.filter((f) => /^texts\..*\.nl\.txt$/.test(f));
  expect(dutch).toHaveLength(9);
  expect(dutch.filter((f) => f.includes('.tools.'))).toEqual([]);
  expect(first.filter((f) => f.endsWith('.en.txt'))).toEqual([]);
  expect(first.filter((f) => /^(vergelijk|stukken)/.test(f))).toEqual([]);
  // Opened once: stored, and only then.
  await page.goto('./stukken.html');
  await expect(page.locator('#app main h1, #app h1').first()).toBeVisible();
  const after = await stored(page);
  expect(after).toContain('stukken_bg.wasm');
  expect(after.filter((f) => /^texts\..*\.tools\.nl\.txt$/.test(f))).toHaveLength(1);
  expect(after.filter((f) => f.endsWith('.en.txt'))).toEqual([]);
});

test('a first visit in English stores the English texts', async ({ page }) => {
  await open(page, '#/', '?lang=en');
  await workerReady(page);
  const first = await stored(page);
  expect(first.filter((f) => /^texts\..*\.en\.txt$/.test(f))).toHaveLength(9);
  expect(first.filter((f) => f.endsWith('.nl.txt'))).toEqual([]);
});

test('offline under a sub-path too', async ({ page, context }) => {
  await page.goto('/tools/coproductiecheck/');
  await ready(page);
  await workerReady(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await chooseRole(page, 'resident');
  await answerAll(page, fairInvitation);
  await toSheet(page);
});

test('embedded, the check registers no worker', async ({ page }) => {
  await page.goto('./?embed=1#/');
  await ready(page);
  await expect(page.locator('.page-notices')).toBeAttached();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

/** A server whose folder can be swapped for another build, with the README's headers. */
function swappable(dir: string): Promise<{ url: string; serve: (dir: string) => void; server: Server }> {
  let root = dir;
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.txt': 'text/plain' };
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, {
        'Content-Type': types[extname(path)] || 'application/octet-stream',
        'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; worker-src 'self'; manifest-src 'self'",
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      done({ url: `http://127.0.0.1:${port}/`, serve: (d) => (root = d), server });
    }),
  );
}

test('a new build is announced between checks, never during one, and the answers survive it', async ({ page }) => {
  const tmp = mkdtempSync(join(tmpdir(), 'coproductiecheck-update-'));
  const [a, b] = [join(tmp, 'a'), join(tmp, 'b')];
  cpSync(DIST, a, { recursive: true });
  cpSync(DIST, b, { recursive: true });
  // The new build: another version in its worker, and a mark on its page.
  const sw = readFileSync(join(b, 'sw.js'), 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-new"');
  writeFileSync(join(b, 'sw.js'), sw);
  writeFileSync(join(b, 'index.html'), readFileSync(join(b, 'index.html'), 'utf8').replace('<title>', '<meta name="build" content="new"><title>'));
  const host = await swappable(a);
  try {
    await page.goto(host.url);
    await ready(page);
    await workerReady(page);
    await chooseRole(page, 'official', 'Zwembad');
    await answerCurrent(page, wellPrepared);
    await answerCurrent(page, wellPrepared);
    const code = await page.evaluate(() => sessionStorage.getItem('coproductiecheck.answers'));

    host.serve(b);
    // Mid-check: a reload finds the new worker, which waits; no notice on a question.
    await page.reload();
    await ready(page);
    await expect(page.locator('.page-notices')).toBeAttached();
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await page.waitForTimeout(200);
    await expect(page.locator('#notice-update')).toHaveCount(0);
    await answerCurrent(page, wellPrepared);
    await expect(page.locator('#notice-update')).toHaveCount(0);
    const before = await page.evaluate(() => sessionStorage.getItem('coproductiecheck.answers'));
    expect(before).not.toBe(code);

    // Between checks: the start page shows it.
    await page.locator('.header__name').click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('#notice-update')).toContainText('Er is een nieuwe versie');
    await page.getByRole('button', { name: 'Laad de nieuwe versie' }).click();
    await expect(page.locator('meta[name="build"]')).toBeAttached();
    await ready(page);
    await expect(page.locator('#notice-update')).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.getItem('coproductiecheck.answers'))).toBe(before);
    await expect(page.getByRole('heading', { name: 'U was al bezig' })).toBeVisible();
    await page.getByRole('button', { name: 'Verder waar u was' }).click();
    await expect(page).toHaveURL(/#\/vraag\/4$/);
    // The old version's cache is gone.
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-new$/)]);
  } finally {
    host.server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('two tabs on two plans: both reloaded, both plans intact, and each tab is told of the other', async ({ context }) => {
  const first = await context.newPage();
  await open(first);
  await expect(first.locator('.page-notices')).toBeAttached();
  await chooseRole(first, 'official', 'Afvalbakken Noord');
  await answerCurrent(first, wellPrepared);

  const second = await context.newPage();
  await open(second);
  await expect(second.locator('.page-notices')).toBeAttached();
  // A new tab offers the plan saved last; this person starts another one.
  await second.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await chooseRole(second, 'resident', 'Zwembad Zuid');
  await answerCurrent(second, fairInvitation);

  await expect(first.locator('#notice-tab')).toContainText('ook open in een ander tabblad');

  for (const [page, title, role] of [
    [first, 'Afvalbakken Noord', 'official'],
    [second, 'Zwembad Zuid', 'resident'],
  ] as const) {
    await page.goto('./#/');
    await page.reload();
    await ready(page);
    await expect(page.getByRole('heading', { name: 'U was al bezig' })).toBeVisible();
    await expect(page.locator('#plan-title')).toHaveValue(title);
    await expect(page.locator(`input[name="role"][value="${role}"]`)).toBeChecked();
  }
  // The first tab keeps its plan for a next visit, too.
  await expect(first.locator('.page-notices')).toBeAttached();
  await first.bringToFront();
  await second.evaluate(() => localStorage.setItem('coproductiecheck.answers', sessionStorage.getItem('coproductiecheck.answers')!));
  await first.getByRole('button', { name: 'Bewaar de antwoorden van dit tabblad' }).click();
  await expect(first.locator('#notice-tab')).toHaveCount(0);
  expect(await first.evaluate(() => localStorage.getItem('coproductiecheck.answers'))).toBe(
    await first.evaluate(() => sessionStorage.getItem('coproductiecheck.answers')),
  );
  await expect(second.locator('#notice-tab')).toBeVisible();
});

test('"Wis mijn antwoorden" says what it will remove, and cancelling keeps everything', async ({ page }) => {
  await open(page);
  await expect(page.locator('.page-notices')).toBeAttached();
  await chooseRole(page, 'official', 'Afvalbakken Noord');
  await answerCurrent(page, wellPrepared);
  const messages: string[] = [];
  page.once('dialog', (d) => {
    messages.push(d.message());
    d.dismiss();
  });
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  expect(messages[0]).toContain('de antwoorden voor “Afvalbakken Noord”');
  expect(messages[0]).toContain('de gekozen taal');
  expect(await page.evaluate(() => localStorage.getItem('coproductiecheck.answers'))).not.toBeNull();
  await expect(page).toHaveURL(/#\/vraag\/2$/);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(page.getByText('De antwoorden zijn gewist van dit apparaat.')).toBeVisible();
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

for (const width of widths) {
  test(`the accessibility statement, in both languages, has no axe violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expect(page.locator('h1')).toHaveText('Toegankelijkheidsverklaring');
    await expect(page.getByText('C – Eerste maatregelen genomen.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText('Accessibility statement');
    await expectAccessible(page);
  });
}
