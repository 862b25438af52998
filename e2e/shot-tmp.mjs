import { chromium } from '@playwright/test';
const [url, out, width, y] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-dev-shm-usage'] });
const page = await (await browser.newContext({ viewport: { width: +width, height: 1000 } })).newPage();
await page.goto(url); await page.waitForSelector('h1'); await page.waitForTimeout(1500);
await page.evaluate((y) => window.scrollTo(0, +y), y);
await page.screenshot({ path: out });
await browser.close();
