import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, ready, expectAccessible, widths } from './fixtures';
import { answerAll, answerAllByKeyboard, answerCurrent, chooseRole, currentQuestion, fairInvitation, tabTo, toSheet, wellPrepared } from './flow';

test.describe('scenarios from the sources, as a person answers them', () => {
  test('waste bins without bags and a hidden budget cut: not yet, say the motive, then the bags', async ({ page }) => {
    await open(page);
    await chooseRole(page, 'official', 'Afvalbakken adopteren, wijk Noord');
    await answerAll(page, {
      ...wellPrepared,
      o_duration: 'open',
      o_support: ['contact', 'training', 'info', 'practical'],
      o_motive: 'cut_hidden',
    });
    await toSheet(page);
    await expect(page.locator('#main-heading')).toHaveText('Afvalbakken adopteren, wijk Noord');
    await expect(page.locator('.verdict__title')).toHaveText('Nog niet beginnen');
    const titles = page.locator('.advice__title');
    await expect(titles.nth(0)).toContainText('Zeg eerst eerlijk dat u ook wilt besparen.');
    await expect(titles.nth(1)).toHaveText('Regel het materiaal voordat inwoners beginnen.');
    // Why it appears: the answers that caused it, and the source points.
    await page.locator('.advice__item').first().locator('summary').click();
    await expect(page.locator('.advice__item').first().locator('.points-cited')).toContainText('000-2');
    // The topic the knock-out is about says so in words, and its number agrees.
    const influence = page.locator('.dims__row').first();
    await expect(influence).toContainText('Risico');
    await expect(influence).toContainText('beslist het oordeel');
  });

  test('a decision already taken is a knock-out', async ({ page }) => {
    await open(page);
    await chooseRole(page, 'official');
    await answerAll(page, { ...wellPrepared, o_room: 'decided' });
    await toSheet(page);
    await expect(page.locator('.verdict__title')).toHaveText('Nog niet beginnen');
    await expect(page.locator('.verdict__knockouts')).toContainText('Vraag geen inbreng over een besluit dat al genomen is.');
    await expect(page.locator('.advice__title').first()).toContainText('Vraag geen inbreng over een besluit dat al genomen is.');
    await expect(page.locator('.advice__item').first()).toHaveClass(/advice__item--knockout/);
  });

  test('participants not told what the raad decides is a knock-out (English)', async ({ page }) => {
    await open(page, '#/', '?lang=en');
    await chooseRole(page, 'official');
    await answerAll(page, { ...wellPrepared, o_raad_decides: 'yes', o_raad: 'defined' });
    await toSheet(page);
    await expect(page.locator('.verdict__title')).toHaveText('Do not start yet');
    await expect(page.locator('.advice__title').first()).toContainText('Tell participants in advance what the municipal council still has to decide.');
  });

  test('where the council decides nothing, not telling is advice, not a knock-out', async ({ page }) => {
    await open(page);
    await chooseRole(page, 'official');
    await answerAll(page, { ...wellPrepared, o_raad: 'defined' });
    await toSheet(page);
    await expect(page.locator('.verdict__title')).toHaveText('Begin, maar regel eerst wat nodig is');
    await expect(page.locator('.advice__title')).toHaveText(['Zeg de deelnemers dat de gemeenteraad hier niet over beslist.']);
    await expect(page.locator('.verdict')).toContainText('Niveau van participatie: Coproduceren');
  });

  test('a fair invitation to a resident looks fair, with nothing to ask', async ({ page }) => {
    await open(page);
    await chooseRole(page, 'resident');
    await answerAll(page, fairInvitation);
    await toSheet(page);
    await expect(page.locator('.verdict__title')).toHaveText('Dit lijkt een eerlijk voorstel');
    await expect(page.getByRole('heading', { name: 'Vraag dit aan de gemeente voordat je meedoet' })).toBeVisible();
  });

  test('a resident who knows little gets questions to ask before joining', async ({ page }) => {
    await open(page);
    await chooseRole(page, 'resident');
    await answerAll(page, { r_task: 'task', r_time: 'monthly' });
    await toSheet(page);
    await expect(page.locator('.verdict__title')).not.toHaveText('Dit lijkt een eerlijk voorstel');
    await expect(page.locator('.follow-ups li').first()).toContainText('Vraag');
    await expect(page.locator('.verdict')).toContainText('Dit advies is nog onzeker');
  });
});

test.describe('each verdict, in each role, through the pages', () => {
  const cases = [
    { role: 'official', lang: 'nl', answers: wellPrepared, title: 'Klaar om te beginnen' },
    { role: 'official', lang: 'en', answers: { ...wellPrepared, o_contact: 'none' }, title: 'Start, but first arrange what is needed' },
    { role: 'official', lang: 'nl', answers: { ...wellPrepared, o_ask: 'run', o_hours: 'gt16', o_few: 'one', o_backup: 'none' }, title: 'Nog niet beginnen' },
    { role: 'resident', lang: 'en', answers: fairInvitation, title: 'This looks like a fair proposal' },
    { role: 'resident', lang: 'nl', answers: { ...fairInvitation, r_contact: 'dk', r_feedback: 'dk' }, title: 'Doe mee, maar vraag eerst door' },
    { role: 'resident', lang: 'en', answers: { ...fairInvitation, r_return: 'pressure' }, title: 'This proposal is not good enough yet' },
  ] as const;
  for (const c of cases) {
    test(`${c.role} (${c.lang}): ${c.title}`, async ({ page }) => {
      await open(page, '#/', c.lang === 'en' ? '?lang=en' : '');
      await chooseRole(page, c.role);
      await answerAll(page, c.answers);
      await toSheet(page);
      await expect(page.locator('.verdict__title')).toHaveText(c.title);
    });
  }
});

test('more than five points: the rest folded, opened by keyboard, all printed', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await answerAll(page, {
    ...wellPrepared,
    o_contact: 'regular', o_feedback: 'end', o_reach: 'usual', o_offline: 'partly', o_wethouder: 'none',
    o_horizon: 'quick', o_team: 'backed', o_learning: 'none', o_existing: 'partly',
  });
  await toSheet(page);
  const shown = page.locator('ol.advice').first().locator('> li');
  await expect(shown).toHaveCount(5);
  const more = page.locator('.advice__more');
  await expect(more.locator('> summary')).toContainText('Meer aandachtspunten');
  const folded = more.locator('.advice__item');
  await expect(folded.first()).toBeHidden();
  await tabTo(page, '.advice__more > summary');
  await page.keyboard.press('Enter');
  await expect(folded.first()).toBeVisible();
  const last = await folded.last().locator('.advice__title').innerText();
  await page.keyboard.press('Enter');
  await expect(folded.first()).toBeHidden();
  const dir = mkdtempSync(join(tmpdir(), 'folded-'));
  const pdf = join(dir, 'sheet.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain(last.replace(/\s+/g, ' '));
});

test('an official walks the whole flow with the keyboard alone', async ({ page }) => {
  await open(page);
  await tabTo(page, 'input[name="role"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  await answerAllByKeyboard(page);
  await expect(page).toHaveURL(/#\/controle$/);
  await expect(page.locator('#main-heading')).toBeFocused();
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict__title')).toBeVisible();
  await expect(page.locator('#main-heading')).toBeFocused();
});

test('a resident walks the whole flow with the keyboard alone, in English', async ({ page }) => {
  await open(page, '#/', '?lang=en');
  // Arrow keys move within a radio group: Tab reaches the group, Down chooses the second role.
  await tabTo(page, 'input[name="role"]');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="role"][value="resident"]')).toBeChecked();
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await answerAllByKeyboard(page);
  await expect(page.locator('#main-heading')).toHaveText('Check your answers');
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict__label')).toHaveText('Verdict');
});

test('continuing without an answer shows the error summary, focused and linked to the field', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await page.locator('form button[type="submit"]').click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('.error-message')).toContainText('Kies een antwoord');
  await expect(page).toHaveTitle(/^Fout: Stap 1 van \d+/);
  await summary.getByRole('link').click();
  await expect(page.locator('fieldset input').first()).toBeFocused();
  // Choosing an answer takes the error away.
  await page.locator('fieldset input').first().check();
  await expect(summary).toHaveCount(0);
});

test('the step count and title say where you are', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await expect(page.locator('#step-caption')).toHaveText(/^Stap 1 van \d+$/);
  await expect(page).toHaveTitle(/^Stap 1 van \d+: .+ – Coproductiecheck$/);
  await answerCurrent(page, wellPrepared);
  await expect(page.locator('#step-caption')).toHaveText(/^Stap 2 van \d+$/);
});

test('browser back and forward move between steps, and answers stay', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  const first = await answerCurrent(page, wellPrepared);
  await answerCurrent(page, wellPrepared);
  await expect(page).toHaveURL(/#\/vraag\/3$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/vraag\/2$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  await expect(page.locator(`input[name="q-${first}"][value="${wellPrepared[first]}"]`)).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/#\/vraag\/2$/);
  await page.locator('.back-link').click();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
});

test('each question starts afresh: help closed, nothing ticked, no error, focus on its heading', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  // An error and the help opened on the first question...
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await page.locator('details summary').click();
  await expect(page.locator('details')).toHaveAttribute('open', '');
  const first = await answerCurrent(page, wellPrepared);
  // ...stay with it: the next question shows neither, and has its own heading focused.
  const second = await currentQuestion(page);
  expect(second).not.toBe(first);
  await expect(page.locator('#main-heading')).toBeFocused();
  await expect(page.locator('details')).not.toHaveAttribute('open', '');
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(page.locator('fieldset input:checked')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Stap 2 van \d+: /);
  // Back on the first question its answer is ticked again.
  await page.goBack();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  await expect(page.locator(`input[name="q-${first}"][value="${wellPrepared[first]}"]`)).toBeChecked();
  await expect(page.locator('fieldset input:checked')).toHaveCount(1);
});

test('"Wijzig" goes to the question and "Verder" comes back to the overview', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await answerAll(page, wellPrepared);
  // The change link names its question for screen readers.
  const change = page.locator('.summary-list__actions a').nth(2);
  await expect(change.locator('.visually-hidden')).not.toBeEmpty();
  await change.click();
  await expect(page).toHaveURL(/#\/vraag\/\d+$/);
  const id = await currentQuestion(page);
  await page.locator(`input[name="q-${id}"]`).nth(1).check();
  const label = await page.locator(`label[for="q-${id}-1"]`).innerText();
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/controle$/);
  await expect(page.locator('.summary-list')).toContainText(label);
});

test('a reload mid-way offers to continue where you were', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await answerCurrent(page, wellPrepared);
  await answerCurrent(page, wellPrepared);
  await answerCurrent(page, wellPrepared);
  await page.goto('./#/');
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { name: 'U was al bezig' })).toBeVisible();
  await page.getByRole('button', { name: 'Verder waar u was' }).click();
  await expect(page).toHaveURL(/#\/vraag\/4$/);
});

test('a reload straight after "Verder" keeps that answer (saving waits for the frame, leaving does not)', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  const id = await currentQuestion(page);
  await page.locator(`input[name="q-${id}"]`).nth(1).check();
  // The reload is asked for in the click's own task, before any frame could save.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      location.reload();
    }),
  ]);
  await ready(page);
  await page.goto('./#/vraag/1');
  await expect(page.locator(`input[name="q-${id}"]`).nth(1)).toBeChecked();
});

test('"Opnieuw beginnen" forgets the answers', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'resident');
  await answerCurrent(page, fairInvitation);
  await page.goto('./#/');
  await page.reload();
  await ready(page);
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.getByRole('heading', { name: 'U was al bezig' })).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { name: 'U was al bezig' })).toHaveCount(0);
});

test('"Wis mijn antwoorden" empties storage', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await answerCurrent(page, wellPrepared);
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
  // It asks first, naming what goes (offline.spec.ts looks at the question).
  page.on('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(page.getByText('De antwoorden zijn gewist van dit apparaat.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('switching language mid-way keeps the answers and the step', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  const id = await answerCurrent(page, wellPrepared);
  await page.getByRole('button', { name: 'Read this page in English' }).click();
  await expect(page.locator('#step-caption')).toHaveText(/^Step 2 of \d+$/);
  await page.locator('.back-link').click();
  await expect(page.locator(`input[name="q-${id}"][value="${wellPrepared[id]}"]`)).toBeChecked();
});

test('wrong turns lead to the right page', async ({ page }) => {
  await open(page, '#/vraag/3');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('#main-heading')).toHaveText('Is uw plan voor participatie klaar?');
  await chooseRole(page, 'official');
  await page.goto('./#/vraag/999');
  await ready(page);
  await expect(page).toHaveURL(/#\/controle$/);
});

test('without storage everything works, with a note', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new Error('blocked'); } });
  });
  await open(page);
  await expect(page.getByText('Uw browser bewaart geen gegevens.')).toBeVisible();
  await chooseRole(page, 'resident');
  await answerAll(page, fairInvitation);
  await toSheet(page);
  await expect(page.locator('.verdict__title')).toHaveText('Dit lijkt een eerlijk voorstel');
});

test('corrupt stored answers are ignored with a note', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('coproductiecheck.answers', '1garbage!!'));
  await open(page);
  await expect(page.getByText('Wij konden de opgeslagen antwoorden niet lezen.')).toBeVisible();
  await chooseRole(page, 'official');
  await expect(page.locator('fieldset legend h1')).toBeVisible();
});

for (const width of widths) {
  test(`every page of the journey has no axe violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await expectAccessible(page);
    await chooseRole(page, 'official');
    await expectAccessible(page);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('#error-summary')).toBeVisible();
    await expectAccessible(page);
    await answerAll(page, { ...wellPrepared, o_support: ['materials'], o_raad: 'defined' });
    await expectAccessible(page);
    await toSheet(page);
    await page.locator('.advice__item summary').first().click();
    await expectAccessible(page);
    await open(page, '#/over');
    await expectAccessible(page);
  });
}

test('changing the plan name from the overview comes back to the overview', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official', 'Eerste naam');
  await answerAll(page, wellPrepared);
  await page.getByRole('link', { name: 'Wijzig Naam van het plan' }).click();
  await expect(page.locator('#plan-title')).toHaveValue('Eerste naam');
  await page.locator('#plan-title').fill('Tweede naam');
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/#\/controle$/);
  await expect(page.locator('.summary-list')).toContainText('Tweede naam');
});
