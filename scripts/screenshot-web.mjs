#!/usr/bin/env node
/**
 * Regenerates docs/screenshot-web.png: serves dist/web (build it with `npm run web`) on
 * 127.0.0.1, opens it in Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium) driven by
 * playwright-core, drops the demo transmission of spec-fixtures with two faults (a サービスコード
 * of 第6表 broken, 第3表 moved to another ファイル連番) and takes the screenshot of the report.
 * Nothing leaves the machine.  npm run screenshot
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'dist/web');
const KYOTAKU = join(ROOT, 'spec-fixtures/transmissions/valid/kyotaku');
const OUT = join(ROOT, 'docs/screenshot-web.png');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

if (!existsSync(join(WEB, 'main.js'))) {
  console.error('dist/web is missing: run `npm run web` first (npm run screenshot does)');
  process.exit(2);
}

/** The demo files with the two faults of the browser test. */
function files() {
  return readdirSync(KYOTAKU)
    .sort()
    .map((name) => {
      const buffer = readFileSync(join(KYOTAKU, name));
      if (name.startsWith('UP3KYO_')) return { name: name.replace('093000.CSV', '093100.CSV'), mimeType: 'text/csv', buffer };
      if (!name.startsWith('UPPLAN_')) return { name, mimeType: 'text/csv', buffer };
      const lines = buffer.toString('latin1').split('\r\n');
      const fields = lines[0].split(',');
      fields[14] = '11-111';
      lines[0] = fields.join(',');
      return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'latin1') };
    });
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(WEB, path === '/' ? 'index.html' : path));
  if (!file.startsWith(WEB + sep) || !existsSync(file) || !TYPES[extname(file)]) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', deviceScaleFactor: 1 });
  await context.route(
    (url) => !url.href.startsWith(`http://127.0.0.1:${port}/`),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body.ready');
  await page.setInputFiles('#file-input', files());
  await page.waitForFunction(() => Number(document.body.dataset.checks ?? '0') > 0);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
