#!/usr/bin/env node
/**
 * Prints an HTML file (a `careplan-csv view` or `diff --format html` output) to PDF in Debian's
 * chromium (playwright-core, no browser download), A4 landscape as its @page says, and reports the
 * number of pages and how long it took. Every request but the file itself is refused.
 *   node scripts/print-pages.mjs <file.html> [--pdf out.pdf] [--users N]
 *
 * A large document is printed in parts of N users (default 100; `--users 0` prints it whole): every
 * user's heading starts a new page (`break-before: page`), so the pages of the whole are the pages
 * of the document's head plus those of each part. Printing the 2,200 users of a 10 MB send at
 * once took chromium more than 12 GB and 9 minutes before it was stopped; by parts it takes
 * little memory. (`--pdf` needs the whole document: it implies `--users 0`.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pdf');
const pdfOut = args.includes('--pdf') ? args[args.indexOf('--pdf') + 1] : undefined;
const perPart = pdfOut ? 0 : args.includes('--users') ? Number(args[args.indexOf('--users') + 1]) : 100;
if (!file || !Number.isInteger(perPart) || perPart < 0) {
  console.error('usage: node scripts/print-pages.mjs <file.html> [--pdf out.pdf] [--users N]');
  process.exit(2);
}
const url = pathToFileURL(resolve(file)).href;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Pages of a PDF as chromium writes it: the /Count of the root /Pages node (the largest /Count). */
export function pdfPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return counts.length > 0 ? Math.max(...counts) : [...text.matchAll(/\/Type\s*\/Page\b/g)].length;
}

/** The document in parts: its head alone, then the users' sections N at a time, each with the same <head>. */
function parts(html, n) {
  const body = html.indexOf('<body');
  const bodyOpen = html.indexOf('>', body) + 1;
  const end = html.lastIndexOf('</body>');
  const before = html.slice(0, bodyOpen);
  const after = html.slice(end);
  const starts = [];
  for (let at = html.indexOf('<div class="user-head"', bodyOpen); at >= 0 && at < end; at = html.indexOf('<div class="user-head"', at + 1)) starts.push(at);
  if (n === 0 || starts.length <= n) return [html];
  const out = [before + html.slice(bodyOpen, starts[0]) + after];
  for (let k = 0; k < starts.length; k += n) out.push(before + html.slice(starts[k], starts[k + n] ?? end) + after);
  return out;
}

const t0 = performance.now();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const refused = [];
  let allowed = url;
  await page.route('**/*', (route) => (route.request().url() === allowed ? route.continue() : (refused.push(route.request().url()), route.abort())));
  const html = readFileSync(file, 'utf8');
  const docs = parts(html, perPart);
  let pages = 0;
  let forms = 0;
  let pdfBytes = 0;
  for (const doc of docs) {
    if (docs.length === 1) await page.goto(url, { waitUntil: 'load', timeout: 0 });
    else {
      allowed = 'about:blank';
      await page.setContent(doc, { waitUntil: 'load', timeout: 0 });
    }
    forms += await page.locator('section.form').count();
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true, timeout: 0 });
    if (pdfOut) writeFileSync(pdfOut, pdf);
    pages += pdfPages(pdf);
    pdfBytes += pdf.length;
  }
  const s = (ms) => (ms / 1000).toFixed(1);
  console.log(
    `${file}: ${forms} forms, ${pages} pages (A4 landscape${docs.length > 1 ? `, printed in ${docs.length} parts of up to ${perPart} users` : ''}), PDF ${(pdfBytes / 1048576).toFixed(1)} MiB, ${s(performance.now() - t0)} s; requests refused: ${refused.length}`,
  );
  if (refused.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
}
