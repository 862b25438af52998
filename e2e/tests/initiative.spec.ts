// The third way in: residents with an initiative of their own (source 002). Walked by keyboard
// in both languages, to the sheet, shared and reopened; the letter to the municipality.
import { Page } from '@playwright/test';
import { test, expect, open, expectAccessible } from './fixtures';
import { Answers, currentQuestion, tabTo } from './flow';

/** A community garden with a steady group and a municipality that is a good partner. */
const goodGarden: Answers = {
  i_plan: 'place', i_time: 'week', i_carriers: 'core', i_backup: 'covered', i_share: 'we',
  i_contact: 'bridge', i_response: 'along', i_feedback: 'yes', i_rules: 'helped', i_money: 'agreed',
  i_agreements: 'written', i_horizon: 'lasting', i_other_plans: 'no', i_raad: 'no', i_neighbours: 'everyone',
};

/** Every question by keyboard alone: Tab into the group, then Space for the first option or
 *  the arrow keys to the one wanted, Tab to "Verder", Enter. Ends on "check your answers". */
async function answerByKeyboard(page: Page, answers: Answers): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 40 && !page.url().endsWith('#/controle'); i++) {
    await expect(page.locator('fieldset legend h1')).toBeFocused();
    const id = await currentQuestion(page);
    asked.push(id);
    const wanted = answers[id] === 'dk' ? 'dont-know' : String(answers[id]);
    const target = page.locator(`input[name="q-${id}"][value="${wanted}"]`);
    await expect(target, `${id} has option ${wanted}`).toHaveCount(1);
    await tabTo(page, `input[name="q-${id}"]`);
    if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, wanted)) {
      await page.keyboard.press('Space');
    } else {
      for (let n = 0; n < 10 && !(await target.isChecked()); n++) await page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeChecked();
    await tabTo(page, 'form button[type="submit"]');
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== before);
    await page.waitForFunction((name) => !document.querySelector(`input[name="${name}"]`), `q-${id}`);
  }
  return asked;
}

/** From the start page to the first question, as initiators, by keyboard. */
async function startAsInitiators(page: Page, title: string) {
  await tabTo(page, 'input[name="role"]');
  // The third option of the group: Down twice from the first.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="role"][value="initiative"]')).toBeChecked();
  await tabTo(page, '#plan-title');
  await page.keyboard.type(title);
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/vraag\/1$/);
}

async function toSheetByKeyboard(page: Page) {
  await expect(page).toHaveURL(/#\/controle$/);
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/advies\/1[A-Za-z0-9_-]+$/);
  await expect(page.locator('.verdict__title')).toBeVisible();
}

test('the start page names the three ways in', async ({ page }) => {
  await open(page);
  const roles = page.locator('input[name="role"]');
  await expect(roles).toHaveCount(3);
  await expect(page.getByLabel('Wij hebben zelf een initiatief')).toBeVisible();
  await expect(page.locator('main')).toContainText('een taak van de gemeente overnemen');
  await expectAccessible(page);
});

test('a community garden, by keyboard: ready, shared, reopened, and a letter to the municipality', async ({ page, context }) => {
  await open(page);
  await startAsInitiators(page, 'Moestuin Achter de Kerk');
  const asked = await answerByKeyboard(page, goodGarden);
  // A garden is no takeover: the right to challenge is not asked.
  expect(asked).not.toContain('i_challenge');
  expect(asked).toContain('i_rules');
  await toSheetByKeyboard(page);
  await expect(page.locator('#main-heading')).toHaveText('Moestuin Achter de Kerk');
  await expect(page.locator('.verdict__title')).toHaveText('Klaar om samen met de gemeente te beginnen');
  await expect(page.locator('.sheet__meta')).toContainText('een initiatiefnemer');
  // What the plan asks, in the initiators' own terms, not those of residents invited to a task.
  await expect(page.locator('.verdict')).toContainText(/Jullie (organiseren|doen|draaien)/);
  await expect(page.locator('.verdict')).not.toContainText('Inwoners doen');
  await expect(page.getByRole('heading', { name: 'Vraag en regel dit voordat jullie beginnen' })).toBeVisible();
  await expectAccessible(page);

  // The sheet's address is its share link: another browser opens the same advice.
  const link = page.url();
  const other = await context.browser()!.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.locator('.verdict__title')).toHaveText('Klaar om samen met de gemeente te beginnen');
  await expect(reader.locator('#main-heading')).toHaveText('Moestuin Achter de Kerk');
  // A language in the address wins over the one the link was shared in.
  await reader.goto(link.replace('#', '?lang=en#'));
  await expect(reader.locator('.verdict__title')).toHaveText('Ready to start together with the municipality');
  await other.close();

  // The letter: the initiators' own words, with nothing to ask.
  await page.getByRole('link', { name: 'Maak een brief aan de gemeente' }).click();
  await expect(page.locator('#doc-letter')).toContainText('Voor ons plan “Moestuin Achter de Kerk” willen we graag met u samenwerken.');
  await expect(page.locator('#doc-letter')).toContainText('We hebben op dit moment geen vragen, en gaan graag met u aan de slag.');
});

test('taking over the pool with three volunteers, by keyboard in English: not yet', async ({ page }) => {
  await open(page, '#/', '?lang=en');
  await expect(page.getByLabel('We have an initiative of our own')).toBeVisible();
  await startAsInitiators(page, 'Swimming pool De Wel');
  const asked = await answerByKeyboard(page, {
    ...goodGarden,
    i_plan: 'takeover', i_time: 'much', i_carriers: 'few', i_backup: 'searching', i_challenge: 'dk',
    i_money: 'not_found',
  });
  expect(asked).toContain('i_challenge');
  await toSheetByKeyboard(page);
  await expect(page.locator('.verdict__title')).toHaveText('Do not start yet');
  const titles = page.locator('.advice__title');
  await expect(titles.first()).toContainText('Don\'t start a plan this big with so few people until you know who will take over.');
  await expect(page.locator('.verdict__knockouts')).toContainText('Don\'t take this on until the money is sorted.');
  await expect(page.locator('.advice')).toContainText('Find out how your municipality handles the right to challenge.');
  await expectAccessible(page);

  // The letter holds what to ask the municipality, not what the group arranges itself.
  await page.getByRole('link', { name: 'Write a letter to the municipality' }).click();
  const letter = page.locator('#doc-letter');
  await expect(letter).toContainText('We have a plan, “Swimming pool De Wel”, and we would like to work on it with you.');
  await expect(letter).toContainText('Which grants, neighbourhood budgets or funds are there for our plan?');
  await expect(letter).not.toContainText('Find a few more people');
});

test('an initiators\' link in the comparison, beside an official\'s', async ({ page }) => {
  await open(page);
  await startAsInitiators(page, 'Buurthuis');
  await answerByKeyboard(page, { ...goodGarden, i_contact: 'shunted' });
  await toSheetByKeyboard(page);
  await expect(page.locator('.verdict__title')).toHaveText('Regel eerst nog wat met de gemeente');
  await expect(page.locator('.advice__title').first()).toHaveText('Vraag om één vaste contactpersoon die het binnen de gemeente regelt.');
  await page.getByRole('link', { name: 'Vergelijk met anderen' }).click();
  await expect(page.locator('#person-label-1')).toHaveValue('Ik');
  await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
  await page.locator('#person-label-2').fill('Projectleider');
  // An official who thinks the contact is arranged (a share code of the plan "Afvalbakken Noord").
  await page.locator('#person-link-2').fill('1TgARQWZ2YWxiYWtrZW4gTm9vcmQBAwIBAwMEAQUBBgEHAQgCCQEKAQu2AwwBDR4OAQ8BEAERARIBEwEUARUBFgEXARgBGQEaARsBHAEHnQ');
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.locator('#result-heading')).toBeFocused();
  await expect(page.locator('main')).toContainText('een initiatiefnemer');
  await expect(page.locator('main')).toContainText('Regel eerst nog wat met de gemeente');
  await expectAccessible(page);
});
