import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:8095/advies.html?lang=en#/advies/' + process.argv[2]);
await p.waitForSelector('.verdict__title');
await p.waitForTimeout(300);
const t = await p.locator('main').innerText();
console.log(t.split('Your answers')[0]);
await b.close();
