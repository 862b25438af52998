// A panic in the app never leaves a blank page. The release wasm aborts at once on a panic: a
// trap, a WebAssembly.RuntimeError thrown to whatever JS called in (Makefile). Each page's boot
// script (static/crash.js) then shows the static message in #crash, whose link reopens the
// answers. The traps here are thrown from a timer and a promise, the two ways one reaches the
// page; the app's own code never traps on purpose.
import { test, expect, ready } from './fixtures';
import { answerCurrent, chooseRole } from './flow';

// The traps thrown here reach the console as uncaught errors (one or two each, as the browser
// reports them): only those are let through the guard against console errors.
test.afterEach(({ guard }) => {
  const other = guard.errors.filter((e) => !/RuntimeError: unreachable/.test(e));
  guard.errors.splice(0, guard.errors.length, ...other);
});

test('a trap in the check shows the crash message, whose link reopens the answers', async ({ page, guard }) => {
  await page.goto('./');
  await chooseRole(page, 'official', 'Buurtmoestuin');
  await answerCurrent(page, {});
  await answerCurrent(page, {});
  // The answers are saved once the step is painted; the link is remembered with them.
  await expect(page.locator('#crash-link')).toHaveAttribute('data-hash', /^#\/advies\/1[A-Za-z0-9_-]+$/);
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));

  const crash = page.locator('#crash');
  await expect(crash).toBeVisible();
  await expect(crash.getByRole('alert')).toContainText('Er ging iets mis');
  await expect(page.locator('#app')).toBeHidden();
  const hash = await page.locator('#crash-link').getAttribute('data-hash');
  await expect(page.locator('#crash-link')).toHaveAttribute('href', `/?herstart=1${hash}`);
  expect(guard.errors).toContainEqual(expect.stringContaining('RuntimeError: unreachable'));

  await page.locator('#crash-link').click();
  await expect(page.locator('.verdict__title')).toBeVisible();
  await expect(page.locator('main')).toContainText('Buurtmoestuin');
  await expect(page.locator('#crash')).toBeHidden();

  // The sheet is a page of its own (advies.html): a trap there reopens the sheet.
  await expect(page).toHaveURL(/\/advies\.html\?herstart=1#\/advies\/1/);
  await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
  await expect(page.locator('#crash')).toBeVisible();
  await expect(page.locator('#crash-link')).toHaveAttribute('href', /^\/advies\.html\?herstart=1#\/advies\/1/);
});

test('an error that is not a trap leaves the app running', async ({ page, guard }) => {
  await page.goto('./');
  await chooseRole(page, 'resident');
  await page.evaluate(() => setTimeout(() => { throw new TypeError('not the app'); }));
  await expect.poll(() => guard.errors.length).toBe(1);
  guard.errors.splice(0);
  await expect(page.locator('#crash')).toBeHidden();
  await answerCurrent(page, {});
  await expect(page).toHaveURL(/#\/vraag\/2$/);
});

for (const path of ['stukken.html', 'papier.html', 'vergelijk.html']) {
  test(`a trap on ${path} shows its crash message`, async ({ page, guard }) => {
    await page.goto(`./${path}`);
    await ready(page);
    await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
    await expect(page.locator('#crash')).toBeVisible();
    await expect(page.locator('#app')).toBeHidden();
    await expect(page.locator('#crash-link')).toHaveAttribute('href', `/${path}?herstart=1`);
    await expect.poll(() => guard.errors).toContainEqual(expect.stringContaining('RuntimeError: unreachable'));
  });
}
