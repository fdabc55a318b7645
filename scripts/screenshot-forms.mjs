#!/usr/bin/env node
/**
 * Screenshots of the forms for docs/forms/ and the READMEs, from the published build (run
 * `npm run build` first) in Debian's chromium (playwright-core; nothing is downloaded, every
 * request but the page's own file is refused):
 *   node scripts/screenshot-forms.mjs [--out docs/forms]
 *
 * - one PNG per form, the first form of each kind in `careplan-csv view --show-values` of the
 *   valid transmissions (spec-fixtures/transmissions/valid: kyotaku, yobo, provider) and the
 *   deletion fixtures: fictitious data, values shown so that the forms look filled in;
 * - contents.png: the head of a view (table of contents, files), values masked as by default;
 * - issues.png: a 第6表 with an error on its cells (サービスコード 11-111 in one record);
 * - diff.png: `careplan-csv diff --format html` of the kyotaku send against a copy with one
 *   record changed, one removed and one added: the change list and the marked 第6表.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parseFile, stringifyFile } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.cjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const OUT = resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/forms');
const VALID = join(ROOT, 'spec-fixtures/transmissions/valid');
const DELETIONS = ['DLT1KYO', 'DLTPLAN', 'DLTJSK', 'DLTKIHON', 'DLTYOBO'].map((k) => join(ROOT, 'spec-fixtures/valid', k));

/** [file name, kind shown first in the form's file line, what else the form must show]. */
const FORMS = [
  ['UP1KYO', 'UP1KYO'],
  ['UP2KYO', 'UP2KYO'],
  ['UP3KYO', 'UP3KYO'],
  ['UPHOSOKU', 'UPHOSOKU'],
  ['UPPLAN-UPJSK', 'UPPLAN', 'UPJSK'],
  ['UPSIKYU', 'UPSIKYU'],
  ['UPKIHON', 'UPKIHON'],
  ['UPKIHON_SUB1', 'UPKIHON_SUB1'],
  ['UPKIHON_SUB2', 'UPKIHON_SUB2'],
  ['UPYOBO', 'UPYOBO'],
  ['UPYOBO_SUB', 'UPYOBO_SUB'],
  ['DLTPLAN', 'DLTPLAN'],
];

const tmp = mkdtempSync(join(tmpdir(), 'careplan-shots-'));

function cli(...argv) {
  const r = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8' });
  if (r.status !== 0 && !(argv[0] === 'diff' && r.status === 1)) throw new Error(`careplan-csv ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** A copy of `dir` with `edit(name, records)` applied to the records of each CSV it returns true for. */
function edited(dir, to, edit) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(dir)) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const parsed = /\.csv$/i.test(name) ? parseFile({ name, bytes }) : null;
    const records = parsed?.records.map((r) => ({ ...r }));
    if (parsed && records && edit(name, records)) {
      const out = stringifyFile(parsed.kind, records);
      if (!out.bytes) throw new Error(`${name}: ${out.issues.map((i) => i.code).join(', ')}`);
      writeFileSync(join(to, name), out.bytes);
    } else copyFileSync(join(dir, name), join(to, name));
  }
  return to;
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const written = [];
try {
  const context = await browser.newContext({ viewport: { width: 1160, height: 900 }, deviceScaleFactor: 1, locale: 'ja-JP' });
  async function open(file) {
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    return page;
  }
  async function shot(locator, name) {
    const path = join(OUT, `${name}.png`);
    await locator.scrollIntoViewIfNeeded();
    await locator.screenshot({ path, animations: 'disabled' });
    written.push(path);
  }
  mkdirSync(OUT, { recursive: true });

  // Every kind, values shown (fictitious data).
  const gallery = join(tmp, 'gallery.html');
  cli('view', join(VALID, 'kyotaku'), join(VALID, 'yobo'), join(VALID, 'provider'), ...DELETIONS, '--show-values', '--out', gallery);
  const page = await open(gallery);
  for (const [name, kind, also] of FORMS) {
    const forms = page.locator('section.form').filter({ has: page.locator(`.fmeta .pfx`, { hasText: new RegExp(`^${kind}$`) }) });
    const form = also ? forms.filter({ has: page.locator('.fmeta .pfx', { hasText: new RegExp(`^${also}$`) }) }).first() : forms.first();
    if ((await form.count()) === 0) throw new Error(`no form of ${kind}${also ? ` with ${also}` : ''}`);
    await shot(form, name);
  }
  await page.close();

  // The head of a view, masked as by default.
  const masked = join(tmp, 'kyotaku.html');
  cli('view', join(VALID, 'kyotaku'), '--out', masked);
  const head = await open(masked);
  await shot(head.locator('.doc-head'), 'contents');
  await head.close();

  // Issues on their cells: the サービスコード (No.15) of the first 第6表 record broken, in the bytes
  // (the encoder refuses to write it).
  const broken = join(tmp, 'broken');
  mkdirSync(broken);
  for (const name of readdirSync(join(VALID, 'kyotaku'))) {
    const bytes = readFileSync(join(VALID, 'kyotaku', name));
    if (!name.startsWith('UPPLAN_')) {
      writeFileSync(join(broken, name), bytes);
      continue;
    }
    const lines = bytes.toString('latin1').split('\r\n');
    const fields = lines[0].split(',');
    fields[14] = '11-111';
    lines[0] = fields.join(',');
    writeFileSync(join(broken, name), Buffer.from(lines.join('\r\n'), 'latin1'));
  }
  const issues = join(tmp, 'issues.html');
  cli('view', broken, '--out', issues);
  const withIssues = await open(issues);
  await shot(
    withIssues
      .locator('section.form')
      .filter({ has: withIssues.locator('.iss-error') })
      .first(),
    'issues',
  );
  await withIssues.close();

  // A diff: one 第6表 record changed (サービス回数), one removed, one added.
  const next = edited(join(VALID, 'kyotaku'), join(tmp, 'next'), (name, records) => {
    if (!name.startsWith('UPPLAN_')) return false;
    records[0].serviceCount = '2';
    records.splice(3, 1);
    records.push({ ...records[5], serviceDate: '20250531' });
    return true;
  });
  const diffHtml = join(tmp, 'diff.html');
  cli('diff', join(VALID, 'kyotaku'), '--to', next, '--format', 'html', '--out', diffHtml);
  const diffPage = await open(diffHtml);
  await diffPage.evaluate(() => {
    // One picture: the change list above the form it marks.
    const list = document.querySelector('.dif-list');
    const form = [...document.querySelectorAll('section.form')].find((s) => s.querySelector('.dif-chg, .dif-add'));
    const box = document.createElement('div');
    box.id = 'shot';
    box.style.cssText = 'width:277mm;margin:0 auto';
    list.before(box);
    box.append(document.querySelector('.user-head').cloneNode(true), list, form);
  });
  await shot(diffPage.locator('#shot'), 'diff');
  await diffPage.close();
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
for (const p of written) console.log(`${p.slice(ROOT.length + 1)} ${(readFileSync(p).length / 1024).toFixed(0)} KiB`);
