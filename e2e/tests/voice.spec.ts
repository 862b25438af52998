// One voice per role, as a person meets it: an official reads "u", a resident "je", initiators
// (a group) "jullie". Each role walks every question, the summary, the sheet (all folded parts
// opened) and, for residents and initiators, the letter page; the visible Dutch text may hold no
// pronoun of another voice. The letter itself is written to the municipality, so it says "u" to
// it and is checked for "je" and "jullie" instead. tests/voice.rs checks the same natively,
// string by string.
import { Page, expect } from '@playwright/test';
import { test } from './fixtures';
import { currentQuestion } from './flow';

type Role = 'official' | 'resident' | 'initiative';

const U = ['u', 'uw'];
const JE = ['je', 'jij', 'jou', 'jouw'];
const FORBIDDEN: Record<Role, string[]> = {
  official: JE,
  resident: U,
  initiative: [...U, ...JE],
};

/** Whole words only: "u" in "uur" or "nu" is no pronoun. */
function pronouns(text: string, words: string[]): string[] {
  return text
    .split(/[^\p{L}]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => words.includes(w));
}

/** The visible text of the page, without the letter (said to the municipality). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('#doc-letter, textarea, [hidden]').forEach((e) => e.remove());
    return clone.innerText;
  });
}

async function expectVoice(page: Page, role: Role, where: string) {
  const text = await visibleText(page);
  const found = pronouns(text, FORBIDDEN[role]);
  expect(found, `${role} on ${where}:\n${text}`).toEqual([]);
}

/** Opens every folded part (some sit inside others), so their text is read too. */
async function openAll(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** Answers every question with its first option (the strongest answer), reading each page. */
async function walk(page: Page, role: Role) {
  await page.goto('./');
  await page.locator(`input[name="role"][value="${role}"]`).check();
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  for (let i = 0; i < 40; i++) {
    await page.waitForURL(/#\/(vraag\/\d+|controle)$/);
    if (page.url().endsWith('#/controle')) break;
    await expect(page.locator('fieldset legend h1')).toBeVisible();
    // Open "Waarom vragen we dit?" so its text is read too.
    await openAll(page);
    const id = await currentQuestion(page);
    await expectVoice(page, role, `question ${id}`);
    // "Weet ik niet" where offered brings the follow-ups and the "find out first" item out.
    const dk = page.locator(`input[name="q-${id}"][value="dont-know"]`);
    if (await dk.count()) await dk.check();
    else await page.locator(`input[name="q-${id}"]`).last().check();
    const before = page.url();
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.href !== before);
    await page.waitForFunction((name) => !document.querySelector(`input[name="${name}"]`), `q-${id}`);
  }
  await expectVoice(page, role, 'the summary');
  await page.locator('main button.button').last().click();
  await expect(page.locator('.verdict__title')).toBeVisible();
  await openAll(page);
  await expectVoice(page, role, 'the sheet');
}

for (const role of ['official', 'resident', 'initiative'] as Role[]) {
  test(`the ${role} is spoken to in one voice`, async ({ page }) => {
    await walk(page, role);
    if (role === 'official') return;
    await page.getByRole('link', { name: 'Maak een brief aan de gemeente' }).click();
    await expect(page.locator('#doc-letter')).toBeVisible();
    await expectVoice(page, role, 'the letter page');
    // What to fill in ("[in te vullen: je naam]") is said to the writer, not the municipality.
    const letter = (await page.locator('#doc-letter').innerText()).replace(/\[[^\]]*\]/g, '');
    expect(pronouns(letter, [...JE, 'jullie']), letter).toEqual([]);
  });
}
