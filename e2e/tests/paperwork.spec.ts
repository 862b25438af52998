// "Van check naar stukken" (stukken.html): from a finished check to a participation plan, a
// paragraph, a report outline, and a resident's letter; copy, rich copy, downloads (Word too), print.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, open, expectAccessible, widths, MARKUP_SHAPES, expectNoMarkup } from './fixtures';
import { answerAll, chooseRole, fairInvitation, toSheet, wellPrepared } from './flow';

// A resident who does not know the contact person (a share code of the plan "Afvalbakken Noord").
const RESIDENT = '1OQERQWZ2YWxiYWtrZW4gTm9vcmRAA0ECQgFDAkQBRQJGDkdGSAFJAEoASwFMAU4CTwFQDlEBUgE3rQ';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('from a finished check to a paragraph to paste, in under a minute', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official', 'Plein <script>alert(1)</script>');
  const { o_learning, ...rest } = wellPrepared;
  await answerAll(page, { ...rest, o_learning: 'evaluate' });
  await toSheet(page);
  await page.getByRole('link', { name: 'Maak een participatieparagraaf' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Van check naar stukken');
  const text = page.locator('#doc-paragraph');
  await expect(text.locator('h2')).toHaveText('Participatieparagraaf: Plein <script>alert(1)</script>');
  await expect(text).toContainText('Voorbereiding: Coproduceren.');
  // The answers plan an evaluation but give it no level: the text says what they say, the user
  // may choose a level, and the text follows.
  await expect(text).toContainText('Evaluatie: De gemeente evalueert aan het eind');
  await expect(text).not.toContainText('Evaluatie: nog te bepalen.');
  await page.getByLabel('Evaluatie').selectOption({ label: 'Adviseren' });
  await expect(page.locator('#doc-paragraph')).toContainText('Evaluatie: Adviseren.');

  // Edit, then copy: the clipboard holds the edited text.
  const doc = page.locator('.pw__doc', { has: page.locator('#doc-paragraph') });
  await page.locator('#doc-paragraph p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Eigen toevoeging.');
  await doc.getByRole('button', { name: 'Kopieer als tekst' }).click();
  await expect(doc.getByRole('status')).toHaveText('De tekst is gekopieerd.');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain('Participatieparagraaf: Plein <script>alert(1)</script>');
  expect(clip).toContain('Eigen toevoeging.');
  expect(clip).toContain('Nog te doen');

  // With headings: the clipboard's HTML has them, and the title stays text.
  await doc.getByRole('button', { name: 'Kopieer met koppen' }).click();
  await expect(doc.getByRole('status')).toHaveText('De tekst is gekopieerd.');
  // The status still reads so from the plain copy above, so wait for the clipboard itself to
  // hold HTML (on a busy machine the read came before the write and found only text).
  const html = async () =>
    page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return items[0].types.includes('text/html') ? await (await items[0].getType('text/html')).text() : '';
    });
  await expect.poll(html).toContain('<h3>Wat we van inwoners vragen</h3>');
  const copied = await html();
  expect(copied).toContain('&lt;script&gt;');
  expect(copied).not.toContain('<script>');
});

// LibreOffice reads the Word file back as text (setup.sh test installs it).
function wordAsText(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, path]);
  return readFileSync(join(dir, path.split('/').pop()!.replace(/\.docx$/, '.txt')), 'utf8');
}

test('the plan downloads as a Word file with the edits, in both languages', async ({ page }) => {
  // A whole check, then LibreOffice twice: slow on a busy machine, not a hang.
  test.setTimeout(180_000);
  await open(page);
  await chooseRole(page, 'official', 'Plein <b>Noord</b>');
  await answerAll(page, wellPrepared);
  await toSheet(page);
  await page.getByRole('link', { name: 'Maak een participatieparagraaf' }).click();
  const plan = page.locator('#doc-plan');
  await expect(plan.locator('h2')).toHaveText('Participatieplan: Plein <b>Noord</b>');
  await expect(plan.locator('h3').first()).toHaveText('Doel en aanleiding');
  await expect(plan).toContainText('[in te vullen: Het doel van het plan');
  await plan.locator('p').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Eigen toevoeging.');
  const section = page.locator('.pw__doc', { has: plan });
  const dir = mkdtempSync(join(tmpdir(), 'pw-'));
  const [word] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download als Word (.docx)' }).click()]);
  expect(word.suggestedFilename()).toBe('coproductiecheck-plan.docx');
  await word.saveAs(join(dir, 'plan.docx'));
  const text = wordAsText(join(dir, 'plan.docx'));
  expect(text).toContain('Participatieplan: Plein <b>Noord</b>');
  expect(text).toContain('Doel en aanleiding');
  expect(text).toContain('Eigen toevoeging.');
  expect(text).toContain('[in te vullen: Het doel van het plan, in een of twee zinnen]');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#doc-report h2')).toHaveText('Participation report outline: Plein <b>Noord</b>');
  const report = page.locator('.pw__doc', { has: page.locator('#doc-report') });
  const [en] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download as Word (.docx)' }).click()]);
  await en.saveAs(join(dir, 'report.docx'));
  const enText = wordAsText(join(dir, 'report.docx'));
  expect(enText).toContain('Who was invited and who was reached');
  expect(enText).toContain('(article 7.4 of the Omgevingsregeling)');
});

test('the downloads open offline, and the title stays text', async ({ page, browser }) => {
  await page.goto(`./stukken.html#p=${RESIDENT}`);
  await expect(page.locator('#doc-letter')).toContainText('Wie wordt mijn vaste contactpersoon');
  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als .txt' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'pw-'));
  await txt.saveAs(join(dir, 'b.txt'));
  expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toContain('Beste medewerker van de gemeente,');
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als .html' }).click()]);
  const path = join(dir, 'b.html');
  await html.saveAs(path);
  expect(readFileSync(path, 'utf8')).not.toContain('<script');
  const offline = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
  await offline.goto('file://' + path);
  await expect(offline.locator('body')).toContainText('Wie wordt mijn vaste contactpersoon');
});

test('a resident finishes the check and gets a letter with their questions', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'resident', 'Afvalbakken Noord');
  await answerAll(page, { ...fairInvitation, r_contact: 'dk', r_feedback: 'dk' });
  await toSheet(page);
  await page.getByRole('link', { name: 'Maak een brief aan de gemeente' }).click();
  await expect(page.locator('#app main h1')).toHaveText('Een brief aan de gemeente');
  const letter = page.locator('#doc-letter');
  await expect(letter).toContainText('U vroeg mij mee te doen aan “Afvalbakken Noord”, en dat wil ik graag overwegen.');
  await expect(letter.locator('li').first()).toContainText('Wie wordt mijn vaste contactpersoon');
  await expect(letter).toContainText('[in te vullen: je naam]');
  // In English too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#doc-letter')).toContainText('Dear Sir or Madam,');
});

test('without answers, the page says where to start', async ({ page }) => {
  await page.goto('./stukken.html');
  await expect(page.getByRole('alert')).toContainText('Open deze pagina vanaf een advies');
  await page.goto(`./stukken.html#p=${RESIDENT.slice(0, -5)}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('niet compleet');
});

test('the paragraph and the outline print, without the buttons', async ({ page }) => {
  await open(page);
  await chooseRole(page, 'official', 'Plein');
  await answerAll(page, wellPrepared);
  await toSheet(page);
  await page.getByRole('link', { name: 'Maak een participatieparagraaf' }).click();
  await expect(page.locator('#doc-report')).toContainText('[in te vullen:');
  const pdf = join(mkdtempSync(join(tmpdir(), 'pw-')), 'p.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  expect(text).toContain('Participatieparagraaf: Plein');
  expect(text).toContain('Opzet participatieverslag: Plein');
  expect(text).not.toContain('Kopieer met koppen');
});

for (const width of widths) {
  test(`the paperwork page has no axe violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./stukken.html#p=${RESIDENT}`);
    await expect(page.locator('#doc-letter')).toBeVisible();
    await expectAccessible(page);
    await page.goto('./stukken.html#p=1TgARQWZ2YWxiYWtrZW4gTm9vcmQBAwIBAwMEAQUBBgEHAQgCCQEKAQu2AwwEDR4OAQ8BEAERARIBEwEUARUBFgEXARgBGQEaARsBHAGdcw');
    await page.reload();
    await expect(page.locator('#doc-paragraph')).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('a title with markup stays text in the paragraph, the copies and the download', async ({ page }) => {
  page.on('dialog', () => { throw new Error('a script in the title ran'); });
  const title = MARKUP_SHAPES.slice(1, 4).join(' ');
  await open(page);
  await chooseRole(page, 'official', title);
  await answerAll(page, wellPrepared);
  await toSheet(page);
  await page.getByRole('link', { name: 'Maak een participatieparagraaf' }).click();
  await expect(page.locator('#doc-paragraph h2')).toContainText('<img src=x onerror=alert(1)>');
  await expectNoMarkup(page, '.pw');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.pw__doc').first().getByRole('button', { name: 'Download als .html' }).click()]);
  const [word] = await Promise.all([page.waitForEvent('download'), page.locator('.pw__doc').first().getByRole('button', { name: 'Download als Word (.docx)' }).click()]);
  const docx = join(mkdtempSync(join(tmpdir(), 'pw-')), 'p.docx');
  await word.saveAs(docx);
  expect(wordAsText(docx)).toContain('<img src=x onerror=alert(1)>');
  const path = join(mkdtempSync(join(tmpdir(), 'pw-')), 'p.html');
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<iframe');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

