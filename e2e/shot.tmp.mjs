// Throwaway: screenshots of the initiators' pages (not committed).
import { chromium } from 'playwright';
const base = process.argv[2];
const out = '/work/shots';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shoot(url, name, width, print = false, fn = null) {
  const p = await b.newPage({ viewport: { width, height: 900 } });
  await p.goto(base + url);
  await p.waitForSelector(url.includes('advies') ? '.verdict__title' : url.includes('stukken') ? '#doc-letter' : '#app main h1');
  await p.waitForTimeout(300);
  if (fn) await fn(p);
  if (print) await p.emulateMedia({ media: 'print' });
  await p.screenshot({ path: `${out}/${name}-${width}${print ? '-print' : ''}.png`, fullPage: true });
  await p.close();
}
const sheet = process.argv[3];
for (const w of [1280, 375]) {
  await shoot('/#/', 'start', w);
  await shoot('/#/advies/' + sheet, 'sheet', w);
}
await shoot('/#/advies/' + sheet, 'sheet', 1280, true);
await shoot('/stukken.html#p=' + sheet, 'letter', 1280);
await b.close();
