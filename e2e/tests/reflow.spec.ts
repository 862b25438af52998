// WCAG reflow, forced colours and reduced motion: what DESIGN §2 promises beyond axe's rules.
import { test, expect, open } from './fixtures';
import { answerAll, chooseRole, tabTo, toSheet, wellPrepared } from './flow';

async function noSideways(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(client);
}

test('at 320 px wide nothing scrolls sideways: start, a question, the overview and the sheet', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await noSideways(page);
  await chooseRole(page, 'official', 'Een heel lange naam voor een plan over afvalbakken in wijk Noord');
  await noSideways(page);
  await answerAll(page, { ...wellPrepared, o_support: ['materials'] });
  await noSideways(page);
  await toSheet(page);
  await noSideways(page);
});

test('in forced-colours mode the focus stays visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await open(page);
  for (const selector of ['input[name="role"]', 'form button[type="submit"]']) {
    await tabTo(page, selector);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, selector).not.toBe('none');
  }
});
