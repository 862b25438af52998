// Screenshots for a person to look at: node shots.mjs OUT_DIR [hash...]
// Needs the test server running (node serve.mjs ../dist 8081).
import { chromium } from '@playwright/test';
const out = process.argv[2] || '/tmp/shots';
const hashes = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
for (const width of [1280, 375]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  for (const h of hashes) {
    await page.goto('http://127.0.0.1:8081/' + h);
    await page.waitForSelector('#app main h1');
    await page.waitForTimeout(200);
    const name = (h.replace(/[^a-z0-9]+/gi, '_') || 'start') + '_' + width;
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    if (width === 1280) {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${out}/${name}_print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    }
  }
  await ctx.close();
}
await browser.close();
