// First view of the viewer in headless Chromium (Debian's, software WebGL): bytes transferred, split into the app's
// own code and data and CesiumJS, and the time to the first complete render (base map tiles, buildings loaded and
// built). Requests to any host but 127.0.0.1 are refused and reported.
//
//   cd bench && npm ci && node first-view.mjs http://127.0.0.1:8080 [width] [height]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const width = Number(process.argv[3] ?? 1280);
const height = Number(process.argv[4] ?? 720);
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error(`only local targets: ${base}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  const context = await browser.newContext({ viewport: { width, height } });
  const foreign = [];
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    responses.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  const started = Date.now();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.body.dataset.firstRender, null, { timeout: 600_000, polling: 500 });
  const firstRender = Number(await page.evaluate(() => document.body.dataset.firstRender));
  await page.waitForTimeout(1000); // let the last size reports arrive

  const cesium = responses.filter((r) => r.url.includes('/webjars/cesium/'));
  const app = responses.filter((r) => !r.url.includes('/webjars/cesium/'));
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`viewport ${width}x${height}; first complete render after ${(firstRender / 1000).toFixed(1)} s (wall ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`app's own code and data: ${app.length} requests, ${kib(sum(app))} transferred`);
  console.log(`CesiumJS: ${cesium.length} requests, ${kib(sum(cesium))} transferred`);
  for (const r of app.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) console.log(`  ${kib(r.bytes).padStart(10)}  ${r.url.replace(base, '')}`);
  console.log(`requests to other hosts: ${foreign.length}`);
} finally {
  await browser.close();
}
