import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const dist = process.argv[2] || '../dist';
const port = 8190;
const server = spawn('node', ['serve.mjs', dist, String(port), '--bench'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic'] });
const res = [];
for (let i = 0; i < Number(process.env.RUNS||3); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__m = {};
    const look = () => {
      const radio = document.querySelector('input[name="role"]');
      if (!__m.usable && radio && radio.getClientRects().length) __m.usable = performance.now();
      const q = document.querySelector('fieldset legend h1');
      if (!__m.q && q && q.getClientRects().length) __m.q = performance.now();
      if (!__m.app && document.querySelector('#app main')) __m.app = performance.now();
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!__m[e.name]) __m[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__m && __m.usable);
  await page.locator('input[name="role"][value="official"]').check();
  await page.locator('form button:not([type="button"])').first().click();
  await page.waitForFunction(() => __m.q);
  const r = await page.evaluate(() => ({ m: __m, r: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 40), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize]) }));
  console.log(JSON.stringify(r.m, (k, v) => typeof v === 'number' ? Math.round(v) : v));
  for (const x of r.r) console.log('  ', x.join('\t'));
  await context.close();
}
await browser.close(); server.kill();
