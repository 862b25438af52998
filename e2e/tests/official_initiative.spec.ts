// An official whose plan is supporting residents' own initiative (o_who): the questions about
// asking residents give way to questions about being a partner, and the sheet judges that.
import { test, expect, open, expectAccessible } from './fixtures';
import { answerAll, answerCurrent, chooseRole, currentQuestion, supportedInitiative, toSheet } from './flow';

test('a group taking over the pool, with a contact who must ask permission: not yet (Dutch)', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official', 'Zwembad De Wel');
  const asked = await answerAll(page, {
    ...supportedInitiative,
    o_who: 'takeover',
    o_ask: 'run',
    o_hours: 'h8_16',
    o_duration: 'open',
    o_voluntary: 'stop_hard',
    o_support: ['materials', 'contact', 'training', 'info', 'reward', 'practical', 'rules'],
    o_init_contact: 'asks',
    o_init_challenge: 'known',
    o_raad_decides: 'yes',
  });
  // Asked as a partner to the initiative, not as the one who asks.
  expect(asked[0]).toBe('o_who');
  expect(asked).toEqual(expect.arrayContaining(['o_listen', 'o_init_contact', 'o_init_limits', 'o_init_challenge']));
  for (const id of ['o_room', 'o_motive', 'o_expectations', 'o_feedback', 'o_mandate']) expect(asked).not.toContain(id);
  await expect(page.locator('.summary-list')).toContainText('Inwoners willen een taak van de gemeente overnemen');
  await toSheet(page);
  await expect(page.locator('.verdict__title')).toHaveText('Nog niet beginnen');
  await expect(page.locator('.verdict')).toContainText('Niveau van participatie: Zelfbeheer');
  const first = page.locator('.advice__item').first();
  await expect(first).toHaveClass(/advice__item--knockout/);
  await expect(first.locator('.advice__title')).toContainText(
    'Zorg dat de inwoners één aanspreekpunt hebben dat mag beslissen, voordat zij deze zware taak op zich nemen.',
  );
  await first.locator('summary').click();
  await expect(first.locator('.points-cited')).toContainText('004-5');
  await expectAccessible(page);
});

test('a community garden stuck in the usual permit procedure: arrange first (English)', async ({ page }) => {
  await open(page, '#/', '?lang=en');
  await chooseRole(page, 'official', 'Community garden');
  // The first question says whose plan it is; its page passes axe.
  await expect(page.locator('fieldset legend h1')).toHaveText('Whose plan is this?');
  await expectAccessible(page);
  await answerCurrent(page, supportedInitiative);
  await answerAll(page, { ...supportedInitiative, o_ask: 'maintain', o_init_rules: 'stuck' });
  await toSheet(page);
  await expect(page.locator('.verdict__title')).toHaveText('Start, but first arrange what is needed');
  await expect(page.locator('.advice__title').first()).toHaveText('Find room in the rules and permits for this initiative.');
  await expectAccessible(page);
});

test('a well-supported initiative is ready, and its paperwork speaks of the residents\' plan', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official', 'Buurtactiviteiten');
  await answerAll(page, supportedInitiative);
  await toSheet(page);
  await expect(page.locator('.verdict__title')).toHaveText('Klaar om te beginnen');
  await page.getByRole('link', { name: 'Maak een participatieparagraaf' }).click();
  const text = page.locator('#doc-paragraph');
  await expect(text.locator('h3').first()).toHaveText('Het plan van de inwoners');
  await expect(text).toContainText('Het plan komt van inwoners. Zij vragen de gemeente om steun.');
  await expect(text).not.toContainText('Wat we van inwoners vragen');
  await expectAccessible(page);
});

test('going back from an initiative to the municipality\'s own ask brings those questions back', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official');
  await answerCurrent(page, { o_who: 'initiative' });
  await page.locator('.back-link').click();
  await expect(page).toHaveURL(/#\/vraag\/1$/);
  await expect(page.locator('input[name="q-o_who"][value="initiative"]')).toBeChecked();
  expect(await currentQuestion(page)).toBe('o_who');
  await answerCurrent(page, { o_who: 'ask' });
  const asked = await answerAll(page, {});
  expect(asked).toContain('o_room');
  expect(asked).not.toContain('o_listen');
});
