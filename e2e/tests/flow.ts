// Helpers that walk the check the way a person does.
import { Page, expect } from '@playwright/test';

/** A single option code, several codes, or "dk" for "Weet ik niet". */
export type Ans = string | string[];
export type Answers = Record<string, Ans>;

/** The id of the question on screen, from its inputs' name (`q-<id>`). */
export async function currentQuestion(page: Page): Promise<string> {
  const name = await page.locator('fieldset input').first().getAttribute('name');
  return (name || '').replace(/^q-/, '');
}

export async function chooseRole(page: Page, role: 'official' | 'resident', title = '') {
  await page.locator(`input[name="role"][value="${role}"]`).check();
  if (title) await page.locator('#plan-title').fill(title);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
}

/** Answers the question on screen from `answers`; an unlisted question gets "Weet ik niet"
 *  when offered, else its first option. Then presses "Verder". */
export async function answerCurrent(page: Page, answers: Answers) {
  const id = await currentQuestion(page);
  const given = answers[id];
  const codes = given === undefined ? [] : Array.isArray(given) ? given : [given];
  if (codes.length === 0) {
    const dk = page.locator(`input[name="q-${id}"][value="dont-know"]`);
    if (await dk.count()) await dk.check();
    else await page.locator(`input[name="q-${id}"]`).first().check();
  } else {
    for (const code of codes) {
      const value = code === 'dk' ? 'dont-know' : code;
      await page.locator(`input[name="q-${id}"][value="${value}"]`).check();
    }
  }
  const before = page.url();
  await page.locator('form button[type="submit"]').click();
  // Wait until the question has gone, so the caller never reads the one that is leaving.
  await page.waitForURL((url) => url.href !== before);
  await page.waitForFunction((name) => !document.querySelector(`input[name="${name}"]`), `q-${id}`);
  return id;
}

/** From question 1 to "check your answers"; returns the ids asked, in order. */
export async function answerAll(page: Page, answers: Answers): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.waitForURL(/#\/(vraag\/\d+|controle)$/);
    if (page.url().endsWith('#/controle')) return asked;
    await expect(page.locator('fieldset legend h1')).toBeVisible();
    asked.push(await answerCurrent(page, answers));
  }
  throw new Error('the questionnaire did not end');
}

export async function toSheet(page: Page) {
  await page.locator('main button.button').last().click();
  await expect(page).toHaveURL(/#\/advies\/1[A-Za-z0-9_-]+$/);
  await expect(page.locator('.verdict__title')).toBeVisible();
}

/** Every question with the keyboard alone: focus starts on the heading, Tab to the first
 *  choice, Space to tick it, Tab to "Verder", Enter. Ends on "check your answers". */
export async function answerAllByKeyboard(page: Page) {
  for (let i = 0; i < 40 && !page.url().endsWith('#/controle'); i++) {
    await expect(page.locator('fieldset legend h1')).toBeFocused();
    const id = await currentQuestion(page);
    await tabTo(page, `input[name="q-${id}"]`);
    await page.keyboard.press('Space');
    await tabTo(page, 'form button[type="submit"]');
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== before);
    await page.waitForFunction((name) => !document.querySelector(`input[name="${name}"]`), `q-${id}`);
  }
}

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export { wellPrepared, fairInvitation, supportedInitiative } from './answers.mjs';
