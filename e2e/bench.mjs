// `make bench`: what a first load costs, how Lighthouse's mobile profile scores the start page,
// how long each step of the flow takes to render, what a repeat visit loads (from the service
// worker's cache) and how large the single file of `make single` is. Prints a summary and writes
// target/bench/bench.json. Measures; asserts nothing (the size cap is checked by `make test`).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { wellPrepared, fairInvitation } from './tests/answers.mjs';

const dist = process.argv[2] || '../dist';
const out = '../target/bench';
mkdirSync(out, { recursive: true });
const port = 8090;
const url = `http://127.0.0.1:${port}/`;
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const server = spawn('node', ['serve.mjs', dist, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const report = {};
try {
  console.log('== sizes');
  execFileSync('node', ['../scripts/size.mjs', dist, '--json', `${out}/size.json`], { stdio: 'inherit' });
  report.size = JSON.parse(readFileSync(`${out}/size.json`, 'utf8'));

  console.log('\n== Lighthouse, mobile defaults (4x CPU slowdown, slow 4G), start page');
  execFileSync('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}/lighthouse.json`,
    '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${flags.join(' ')}`],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
  const lh = JSON.parse(readFileSync(`${out}/lighthouse.json`, 'utf8'));
  const score = (c) => Math.round(lh.categories[c].score * 100);
  const ms = (a) => Math.round(lh.audits[a].numericValue);
  report.lighthouse = {
    performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'),
    interactive: ms('interactive'), cls: lh.audits['cumulative-layout-shift'].numericValue,
  };
  console.log(report.lighthouse);

  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: flags.slice(1) });

  console.log('\n== first usable question: cold loads under Lighthouse\'s mobile throttling (4x CPU, 150 ms, 1.6 Mbit/s)');
  {
    // Usable: the role radios are on screen (the first frame in which they are); then a role is
    // chosen and "Start de check" pressed at once, and the first question is timed. Median of 7.
    const runs = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await page.addInitScript(() => {
        const look = () => {
          const radio = document.querySelector('input[name="role"]');
          if (radio && radio.getClientRects().length) window.__usable = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__usable, null, { polling: 20 });
      const usable = await page.evaluate(() => window.__usable);
      const usableKb = bytes / 1024;
      await page.locator('input[name="role"][value="official"]').check();
      await page.locator('form button[type="submit"]').first().click();
      await page.waitForSelector('fieldset legend h1', { timeout: 60_000 });
      const question = await page.evaluate(() => performance.now());
      runs.push({ usable, usableKb, question, questionKb: bytes / 1024 });
      await context.close();
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    report.firstUsable = {
      usableMs: Math.round(median(runs.map((r) => r.usable))), usableKb: +median(runs.map((r) => r.usableKb)).toFixed(1),
      firstQuestionMs: Math.round(median(runs.map((r) => r.question))), firstQuestionKb: +median(runs.map((r) => r.questionKb)).toFixed(1),
    };
    const f = report.firstUsable;
    console.log(`role choice usable: ${f.usableMs} ms (${f.usableKb} KB over the network by then, uncompressed: the test server does not compress); first question after "Start de check" pressed then: ${f.firstQuestionMs} ms (${f.firstQuestionKb} KB)`);
  }

  console.log('\n== steps: from "Verder" to the next page, per page kind');
  const steps = [];
  for (const [role, answers] of [['official', wellPrepared], ['resident', fairInvitation]]) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.waitForSelector('#app main h1');
    await page.evaluate(() => {
      window.__steps = [];
      document.addEventListener('submit', () => {
        const t0 = performance.now();
        const n = window.__steps.length;
        performance.mark(`step-${n}-start`);
        const before = document.querySelector('main h1')?.textContent;
        const obs = new MutationObserver(() => {
          const h = document.querySelector('main h1');
          if (h && h.textContent !== before) {
            obs.disconnect();
            const rendered = performance.now() - t0;
            // The next frame after the DOM changed: when the step can be painted.
            requestAnimationFrame(() => {
              performance.mark(`step-${n}-frame`);
              window.__steps.push({ kind: location.hash.includes('controle') ? 'check your answers' : 'question', rendered, frame: performance.now() - t0 });
            });
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, true);
    });
    // A light trace (task boundaries and the marks above) gives each step's main-thread CPU time:
    // the tasks from "Verder" to the end of the frame that paints the new page. Unlike the
    // times above it leaves out the wait for the next vsync (up to 16.7 ms) and time the
    // thread was not running (other processes on a busy machine).
    const tracePath = `${out}/steps-${role}.trace.json`;
    await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'blink.user_timing'] });
    await page.locator(`input[name="role"][value="${role}"]`).check();
    await page.locator('form button[type="submit"]').click();
    for (let i = 0; i < 40; i++) {
      await page.waitForURL(/#\/(vraag\/\d+|controle)$/);
      if (page.url().endsWith('#/controle')) break;
      await page.waitForSelector('fieldset legend h1');
      const id = ((await page.locator('fieldset input').first().getAttribute('name')) || '').slice(2);
      const codes = [answers[id] ?? 'dont-know'].flat();
      for (const c of codes) {
        const input = page.locator(`input[name="q-${id}"][value="${c}"]`);
        if (await input.count()) await input.check(); else await page.locator(`input[name="q-${id}"]`).first().check();
      }
      const before = page.url();
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => url.href !== before);
      await page.waitForFunction((name) => !document.querySelector(`input[name="${name}"]`), `q-${id}`);
    }
    await page.waitForTimeout(300);
    await browser.stopTracing();
    const own = await page.evaluate(() => window.__steps);
    const trace = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
    rmSync(tracePath);
    const marks = new Map(trace.filter((e) => /^step-\d+-(start|frame)$/.test(e.name)).map((e) => [e.name, e]));
    own.forEach((step, n) => {
      const start = marks.get(`step-${n}-start`);
      const frame = marks.get(`step-${n}-frame`);
      if (!start || !frame) return;
      const cpu = trace
        .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.tid === start.tid && e.pid === start.pid
          && e.ts <= frame.ts && e.ts + e.dur >= start.ts)
        .reduce((t, e) => t + (e.tdur ?? e.dur), 0) / 1000;
      steps.push({ ...step, role, cpu });
    });
    await page.context().close();
  }

  console.log('\n== repeat visit: the start page again, from the service worker\'s cache, on slow 4G');
  {
    const context = await browser.newContext();
    const visit = async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      let network = 0, fromWorker = 0, bytes = 0;
      page.on('response', (r) => (r.fromServiceWorker() ? fromWorker++ : network++));
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await page.goto(url);
      await page.waitForSelector('#app main h1');
      const ms = await page.evaluate(() => performance.now());
      return { page, ms: Math.round(ms), network, fromWorker, kb: +(bytes / 1024).toFixed(1) };
    };
    const first = await visit();
    await first.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
    await first.page.close();
    const again = await visit();
    await again.page.close();
    await context.close();
    delete first.page;
    delete again.page;
    report.repeatVisit = { first, again };
    console.log(`first visit: start page in ${first.ms} ms, ${first.network} requests over the network (${first.kb} KB)`);
    console.log(`repeat visit: start page in ${again.ms} ms, ${again.fromWorker} files from the worker's cache, ${again.network} over the network (${again.kb} KB on the wire)`);
  }

  console.log('\n== the single file (make single)');
  const single = '../dist-single/coproductiecheck.html';
  if (existsSync(single)) {
    const raw = readFileSync(single);
    report.single = {
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    const kb = (n) => (n / 1024).toFixed(1) + ' KB';
    console.log(`dist-single/coproductiecheck.html: ${kb(report.single.raw)} raw, ${kb(report.single.gzip)} gzip, ${kb(report.single.brotli)} brotli (a file share serves it raw)`);
  } else {
    console.log('not built: run make single');
  }

  await browser.close();
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    return { median: +xs[Math.floor(xs.length / 2)].toFixed(1), slowest: +xs[xs.length - 1].toFixed(1) };
  };
  report.steps = {};
  console.log('\n== steps (from above), per page kind; a frame is 16.7 ms');
  console.log('  "to DOM": from "Verder" to the new page in the DOM; "to frame": to the next frame, when it');
  console.log('  can be painted (includes the wait for vsync); "CPU": the main thread\'s work for the step');
  console.log('  (the tasks up to and including the frame that paints it), without waits');
  for (const kind of ['question', 'check your answers', 'all']) {
    const of = steps.filter((s) => kind === 'all' || s.kind === kind);
    if (!of.length) continue;
    const r = { count: of.length, rendered: stats(of.map((s) => s.rendered)), nextFrame: stats(of.map((s) => s.frame)), cpu: stats(of.map((s) => s.cpu)) };
    report.steps[kind] = r;
    console.log(`${kind.padEnd(20)} ${String(r.count).padStart(3)} steps  median / slowest: to DOM ${r.rendered.median} / ${r.rendered.slowest} ms, to frame ${r.nextFrame.median} / ${r.nextFrame.slowest} ms, CPU ${r.cpu.median} / ${r.cpu.slowest} ms`);
  }
} finally {
  server.kill();
}
writeFileSync(`${out}/bench.json`, JSON.stringify(report, null, 2));
console.log(`\nreport: target/bench/bench.json`);
