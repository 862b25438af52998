import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const ans = JSON.parse(process.argv[2]);
await p.goto('http://127.0.0.1:8095/' + (process.argv[3] || '') + '#/');
await p.waitForSelector('#app main h1');
await p.check('input[name="role"][value="initiative"]');
await p.fill('#plan-title', 'Zwembad De Wel overnemen');
await p.click('form button[type="submit"]');
for (let i = 0; i < 30; i++) {
  await p.waitForURL(/#\/(vraag\/\d+|controle)$/);
  if (p.url().endsWith('#/controle')) break;
  const name = await p.locator('fieldset input').first().getAttribute('name');
  const id = name.replace(/^q-/, '');
  const v = ans[id] === 'dk' ? 'dont-know' : ans[id];
  await p.check(`input[name="${name}"][value="${v}"]`);
  const before = p.url();
  await p.click('form button[type="submit"]');
  await p.waitForURL((u) => u.href !== before);
}
await p.locator('main button.button').last().click();
await p.waitForURL(/advies/);
console.log(p.url().split('#/advies/')[1]);
await b.close();
