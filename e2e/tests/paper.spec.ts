// "Vragenlijst op papier" (papier.html): the questionnaire printed per role and read back from
// the PDF; paper forms typed in by keyboard, to the same sheet as online; three forms into one
// comparison; asking before anything typed is dropped; axe; both languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectAccessible, widths } from './fixtures';
import type { Page } from '@playwright/test';

type Role = 'official' | 'resident' | 'initiative';
const ROLES: Role[] = ['official', 'resident', 'initiative'];

type Q = { id: string; multi: boolean; text: { nl: string; en: string }; options: { nl: string; en: string }[]; dontKnow: boolean };

const unescape = (s: string) => s.replace(/\\(["\\])/g, '$1');
const pair = (line: string) => {
  const m = /nl = "((?:[^"\\]|\\.)*)", en = "((?:[^"\\]|\\.)*)"/.exec(line);
  return m ? { nl: unescape(m[1]), en: unescape(m[2]) } : undefined;
};

/** The role's questions as content/*.toml has them, read here on their own: what the paper must
 *  hold whatever the app does (retired ones left out). */
function questions(role: Role): Q[] {
  const toml = readFileSync(join(__dirname, '..', '..', 'content', `${role}.toml`), 'utf8');
  const out: Q[] = [];
  for (const block of toml.split(/^\[\[question\]\]$/m).slice(1)) {
    const body = block.split(/^\[\[rule\]\]$/m)[0];
    if (/^retired = true/m.test(body)) continue;
    const id = /^id = "([^"]+)"/m.exec(body)![1];
    const text = pair(/^text = .*$/m.exec(body)![0])!;
    const options = [...body.matchAll(/^\s+label = .*$/gm)].map((m) => pair(m[0])!);
    out.push({ id, multi: /^kind = "multi"/m.test(body), text, options, dontKnow: /^dont_know = true/m.test(body) });
  }
  return out;
}

/** Text as pdftotext gives it, or as the page shows it: one line, single spaces. */
// A line may break after a hyphen, and pdftotext then drops it ("dayto-day"): hyphens are left
// out of the comparison on both sides.
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').replace(/- ?/g, '').trim();

async function printed(page: Page, role: Role, lang: 'nl' | 'en') {
  await page.goto(`./papier.html${lang === 'en' ? '?lang=en' : ''}#/vragenlijst/${role}`);
  await expect(page.locator('.paper-question').first()).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'paper-'));
  const pdf = join(dir, `${role}-${lang}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  return { text, pages, pdf };
}

for (const role of ROLES) {
  for (const lang of ['nl', 'en'] as const) {
    test(`the ${role}'s questionnaire prints every question with its boxes (${lang})`, async ({ page }) => {
      const { text, pages } = await printed(page, role, lang);
      const qs = questions(role);
      // Every question, numbered in order, with every option and "Weet ik niet" where offered.
      let at = 0;
      for (const [i, q] of qs.entries()) {
        const heading = `${i + 1}. ${flat(q.text[lang])}`;
        const found = text.indexOf(heading, at);
        expect(found, `question ${heading}`).toBeGreaterThanOrEqual(0);
        at = found;
        for (const o of q.options) expect(text, q.id).toContain(flat(o[lang]));
      }
      // On the page: one box per option, plus one for "Weet ik niet"; round for one answer.
      const printedQs = page.locator('.paper-question');
      await expect(printedQs).toHaveCount(qs.length);
      for (const [i, q] of qs.entries()) {
        await expect(printedQs.nth(i).locator('.paper-box'), q.id).toHaveCount(q.options.length + (q.dontKnow ? 1 : 0));
      }
      // The fields on top, how to tick, where the answers go, and the skip rules in words.
      const words = lang === 'nl'
        ? { plan: 'Naam van het plan', date: 'Datum', where: 'Naar wie dit formulier ophaalt', one: 'Kies één antwoord.' }
        : { plan: 'Name of the plan', date: 'Date', where: 'To whoever collects this form', one: 'Choose one answer.' };
      for (const w of Object.values(words)) expect(text).toContain(w);
      expect(text).toMatch(lang === 'nl' ? /[Gg]a (dan )?door naar vraag \d+\./ : /go on to question \d+\./);
      // Nothing of the screen: no header, buttons or footer.
      for (const w of ['Print de vragenlijst', 'Print the questionnaire', 'Naar de check', 'To the check', 'English', 'Nederlands']) {
        expect(text).not.toContain(w);
      }
      expect(pages, 'A4 pages').toBeLessThanOrEqual(role === 'official' ? 9 : 6);
    });
  }
}

test('the skip rules speak in each role\'s voice', async ({ page }) => {
  const voices: Record<Role, RegExp> = {
    official: /(Koos u bij vraag|Alleen als u bij vraag) \d+/,
    resident: /Alleen als je bij vraag \d+/,
    initiative: /Kiezen jullie [A-Z]\? Ga dan door naar vraag \d+\./,
  };
  for (const role of ROLES) {
    const { text } = await printed(page, role, 'nl');
    expect(text).toMatch(voices[role]);
  }
});

/** Tabs until the field with this id has focus: the keyboard's own way there. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

test('a resident\'s paper form typed in by keyboard only reaches the sheet, with the open questions said', async ({ page }) => {
  await page.goto('./papier.html#/invoeren/resident');
  await expect(page.locator('#form-label')).toBeVisible();
  const qs = questions('resident');
  await tabTo(page, 'form-label');
  await page.keyboard.type('Inwoner 1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Buurtavond Noord');
  // Question 1 by its letter (C: a regular task, which asks question 4 too), the rest by the arrow
  // key or a letter; questions 6 and 12 were left open on the paper.
  const open = new Set([6, 12]);
  for (let n = 1; n <= qs.length; n++) {
    await page.keyboard.press('Tab');
    if (open.has(n)) continue;
    // (Checkboxes: the arrows only move between the boxes, a letter ticks.)
    if (n === 1) await page.keyboard.press('c');
    else if (n % 2 && !qs[n - 1].multi) await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('b');
  }
  await expect(page.locator('#q1-2')).toBeChecked();
  await expect(page.locator('#q6-open')).toBeChecked();
  await expect(page.locator('#q2-1')).toBeChecked();
  await expect(page.locator('#q3-0')).toBeChecked();
  // The form says which question a routing answer skips.
  await expect(page.locator('#q15-open').locator('xpath=ancestor::fieldset')).toContainText('telt niet mee');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bekijk het advies' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/advies\.html#\/advies\/1/);
  await expect(page.locator('#app main h1')).toHaveText('Buurtavond Noord');
  await expect(page.locator('.verdict')).toContainText('Vragen zonder antwoord: 2. Die tellen als niet beantwoord.');
  await expect(page.locator('.summary-list__value', { hasText: 'Nog niet beantwoord' })).toHaveCount(2);
  // Back: the form typed in is still there.
  await page.goBack();
  await expect(page.locator('#form-label')).toHaveValue('Inwoner 1');
  await expect(page.locator('#q1-2')).toBeChecked();
});

/** Ticks box `letter` of each question `n` in `ticks`, by clicking. */
async function tick(page: Page, ticks: Record<number, number>) {
  for (const [n, i] of Object.entries(ticks)) await page.locator(`#q${n}-${i}`).check();
}

test('three forms typed one after another go straight into one comparison, labelled as on the paper', async ({ page }) => {
  await page.goto('./papier.html#/invoeren/resident');
  const all = Object.fromEntries(questions('resident').map((_, i) => [i + 1, 0]));
  await page.locator('#form-label').fill('Inwoner 1');
  await page.locator('#form-title').fill('Buurtavond Noord');
  await tick(page, all);
  await page.getByRole('button', { name: 'Volgende formulier' }).click();
  // The next form keeps the plan's name; its label is new.
  await expect(page.locator('#form-label')).toHaveValue('');
  await expect(page.locator('#form-title')).toHaveValue('Buurtavond Noord');
  await expect(page.locator('#form-heading')).toContainText('Formulier 2');
  await page.locator('#form-label').fill('Inwoner 2');
  await tick(page, { ...all, 1: 3, 5: 2, 11: 3 });
  await page.getByRole('button', { name: 'Volgende formulier' }).click();
  await page.locator('#form-label').fill('Inwoner 3');
  await tick(page, { 1: 1, 2: 1, 3: 2 });
  // Open questions: the page asks, in a dialog, before it goes on.
  await page.getByRole('button', { name: 'Volgende formulier' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/Open vragen op dit formulier: \d+/);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Nee, ga terug' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#form-label')).toHaveValue('Inwoner 3');
  await expect(page.locator('.paper-list__item')).toHaveCount(3);
  // Every question asked of the first form is answered (how many depends on the answers).
  await expect(page.locator('.paper-list__item').nth(0)).toContainText(/Inwoner 1 – (\d+) van \1 vragen beantwoord/);
  await page.getByRole('link', { name: 'Vergelijk de formulieren' }).click();
  await expect(page).toHaveURL(/vergelijk\.html#g=G/);
  await expect(page.locator('#result-heading')).toBeVisible();
  for (const label of ['Inwoner 1', 'Inwoner 2', 'Inwoner 3']) {
    await expect(page.locator('#person-label-' + label.slice(-1))).toHaveValue(label);
  }
});

test('clearing a form asks first, and closing the tab with typed forms asks the browser\'s question', async ({ page }) => {
  await page.goto('./papier.html#/invoeren/initiative');
  await page.locator('#form-label').fill('Moestuin');
  await page.locator('#q1-2').check();
  await page.getByRole('button', { name: 'Wis dit formulier' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Alles wat u op dit formulier typte, gaat weg.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#form-label')).toHaveValue('Moestuin');
  await page.getByRole('button', { name: 'Wis dit formulier' }).click();
  await dialog.getByRole('button', { name: 'Ja, wis het formulier' }).click();
  await expect(page.locator('#form-label')).toHaveValue('');
  await expect(page.locator('#q1-open')).toBeChecked();

  await page.locator('#q1-0').check();
  let asked = '';
  page.on('dialog', async (d) => {
    asked = d.type();
    await d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe('beforeunload');
});

test('in English: the form to type in, and the sheet says what was left open', async ({ page }) => {
  await page.goto('./papier.html?lang=en#/invoeren/official');
  await expect(page.locator('#app main h1')).toHaveText('Type in answers from paper');
  await expect(page.locator('label[for="form-label"]')).toHaveText('Name or number on the form');
  const qs = questions('official');
  // Everything ticked but the last question.
  for (let n = 1; n < qs.length; n++) await page.locator(`#q${n}-0`).check();
  await page.getByRole('link', { name: 'See the advice' }).click();
  await expect(page.locator('.verdict')).toContainText('Questions without an answer: 1. They count as not answered.');
});

test('the start page and the about page lead to the paper questionnaires', async ({ page }) => {
  await page.goto('./');
  await page.locator('#app').getByRole('link', { name: 'Vragenlijst op papier' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Vragenlijst op papier');
  await page.goto('./#/over');
  await page.locator('#app main').getByRole('link', { name: 'Vragenlijst op papier' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Vragenlijst op papier');
  await page.getByRole('link', { name: 'Vragenlijst om te printen' }).nth(1).click();
  await expect(page.locator('#app main h1')).toHaveText('Je bent gevraagd mee te doen: is het voorstel goed geregeld?');
});

// One test per page and width: axe on the typing page (some 250 inputs) takes a while.
for (const width of widths) {
  for (const hash of ['#/', '#/vragenlijst/initiative', '#/invoeren/official']) {
    test(`papier.html${hash} has no axe violations at ${width}px, in both languages`, async ({ page }) => {
      test.setTimeout(150_000);
      await page.setViewportSize({ width, height: 900 });
      for (const query of ['', '?lang=en']) {
        await page.goto(`./papier.html${query}${hash}`);
        await expect(page.locator('#app main h1')).toBeVisible();
        await expectAccessible(page);
      }
    });
  }
}
