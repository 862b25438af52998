import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, lang] of [[1280, 'en'], [375, '']]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto('http://127.0.0.1:8095/' + (lang ? '?lang=en' : '') + '#/');
  await p.waitForSelector('#app main h1');
  await p.check('input[name="role"][value="initiative"]');
  await p.click('form button[type="submit"]');
  await p.waitForURL(/vraag\/1$/);
  await p.check('input[value="takeover"]');
  await p.click('form button[type="submit"]');
  await p.waitForURL(/vraag\/2$/);
  await p.waitForTimeout(200);
  await p.screenshot({ path: `/work/shots/q2-${w}.png`, fullPage: true });
  await p.close();
}
await b.close();
