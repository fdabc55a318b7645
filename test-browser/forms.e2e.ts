/**
 * The forms as a person sees them, in Debian's chromium (playwright-core):
 * - `careplan-csv view` of the valid transmissions and the deletion fixtures, opened from file://:
 *   every kind has its form, drawn inside the page's width; each 第6表 line has one cell per day
 *   of its month, under that day's heading; printing gives A4 landscape pages, each form starting
 *   a page; nothing but the file itself is requested.
 * - the checker page's 「帳票で見る」 view: the same forms from a drop, personal data masked until
 *   the switch is turned on, inline styles applied under the page's CSP without a violation,
 *   large drops a page of users at a time, printing the forms alone.
 */
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runView } from '../src/cli/view.js';
import { KIND_IDS } from '../src/spec/kinds/index.js';
import { parseFile } from '../src/codec/parse-file.js';
import { sampleTransmission } from '../src/sample/index.js';
import { launch, pdfMediaBoxes, pdfPages, ROOT, serve, WEB } from './helpers.js';

const VALID = join(ROOT, 'spec-fixtures/transmissions/valid');
const SENDS = ['kyotaku', 'yobo', 'provider'].map((d) => join(VALID, d));
const DELETIONS = ['DLT1KYO', 'DLTPLAN', 'DLTJSK', 'DLTKIHON', 'DLTYOBO'].map((k) => join(ROOT, 'spec-fixtures/valid', k));
const SCREENSHOT = join(ROOT, 'docs/forms/web.png');

/** `careplan-csv view <args> --out <tmp>/forms.html` in process; returns the file. */
async function view(dir: string, args: readonly string[]): Promise<string> {
  const out = join(dir, `view-${Math.random().toString(36).slice(2)}.html`);
  let err = '';
  const code = await runView([...args, '--out', out], { stdout: () => {}, stderr: (s) => (err += s), stderrIsTTY: false, cwd: dir });
  if (code !== 0) throw new Error(`view exited ${code}: ${err}`);
  return out;
}

/** Opens a local file, refusing (and recording) every other request. */
async function openFile(context: BrowserContext, file: string, refused: string[]): Promise<Page> {
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : (refused.push(route.request().url()), route.abort())));
  await page.goto(url);
  return page;
}

const daysIn = (yyyymm: string) => new Date(Date.UTC(Number(yyyymm.slice(0, 4)), Number(yyyymm.slice(4, 6)), 0)).getUTCDate();

describe('careplan-csv view in chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tmp: string;
  const refused: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'careplan-forms-'));
    const file = await view(tmp, [...SENDS, ...DELETIONS, '--show-values']);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    page = await openFile(context, file, refused);
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('draws a form for every kind, each inside its page width', async () => {
    const forms = await page.$$eval('section.form', (sections) =>
      sections.map((s) => {
        const box = s.getBoundingClientRect();
        let overflow = 0;
        for (const e of s.querySelectorAll('*')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0) overflow = Math.max(overflow, r.right - box.right, box.left - r.left);
        }
        return { kinds: [...s.querySelectorAll('.fmeta .pfx')].map((p) => p.textContent ?? ''), height: box.height, overflow };
      }),
    );
    const drawn = new Set(forms.flatMap((f) => f.kinds));
    expect(KIND_IDS.filter((k) => !drawn.has(k))).toEqual([]);
    for (const f of forms) {
      expect(f.height, f.kinds.join()).toBeGreaterThan(100);
      expect(f.overflow, f.kinds.join()).toBeLessThanOrEqual(1);
    }
  });

  it('gives every 第6表 line one cell per day of its month, under that day', async () => {
    const tables = await page.$$eval('table.t6', (ts) =>
      ts.map((t) => {
        const files = JSON.parse(t.closest('section')!.getAttribute('data-files')!) as string[];
        const heads = [...t.querySelectorAll('thead th.dh')].map((th) => ({
          day: th.textContent,
          left: th.getBoundingClientRect().left,
          right: th.getBoundingClientRect().right,
        }));
        const lines = [...t.querySelectorAll('tr.ln')].map((tr) => {
          const cells = [...tr.children];
          const pj = cells.findIndex((c) => c.classList.contains('pj'));
          const tot = cells.findIndex((c) => c.classList.contains('tot'));
          return cells.slice(pj + 1, tot).map((c) => {
            const r = c.getBoundingClientRect();
            return (r.left + r.right) / 2;
          });
        });
        return { files, heads, lines };
      }),
    );
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      const month = /^UP(?:PLAN|JSK)_(\d{6})_/.exec(t.files[0]!)![1]!;
      const n = daysIn(month);
      expect(t.heads.map((h) => h.day)).toEqual(Array.from({ length: n }, (_, d) => String(d + 1)));
      expect(t.lines.length).toBeGreaterThan(0);
      for (const centres of t.lines) {
        expect(centres).toHaveLength(n);
        centres.forEach((x, d) => {
          expect(x).toBeGreaterThan(t.heads[d]!.left);
          expect(x).toBeLessThan(t.heads[d]!.right);
        });
      }
    }
  });

  it('prints A4 landscape pages, each form starting a page', async () => {
    const forms = await page.locator('section.form').count();
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    const boxes = pdfMediaBoxes(pdf);
    expect(boxes).toHaveLength(pages);
    for (const [x0, y0, x1, y1] of boxes) {
      expect(Math.round(x1! - x0!)).toBe(842); // 297 mm
      expect(Math.round(y1! - y0!)).toBe(595); // 210 mm
    }
    expect(pages).toBeGreaterThan(forms);
    expect(pages).toBeLessThan(forms * 2);
  });

  it('requested nothing but the file itself', () => {
    expect(refused).toEqual([]);
  });
});

describe('the checker page: 帳票で見る', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const consoleMessages: string[] = [];

  const upload = (dir: string) => readdirSync(dir).map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(join(dir, name)) }));
  async function drop(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const before = Number((await page.getAttribute('body', 'data-checks')) ?? '0');
    await page.setInputFiles('#file-input', files);
    await page.waitForFunction((n) => Number(document.body.dataset.checks ?? '0') > n, before);
  }
  /** The users' names of the kyotaku send (personal data). */
  const hosoku = readdirSync(join(VALID, 'kyotaku')).find((n) => n.startsWith('UPHOSOKU_000000'))!;
  const names = parseFile({ name: hosoku, bytes: readFileSync(join(VALID, 'kyotaku', hosoku)) }).records.map((r) => (r as Record<string, string>).name!);

  beforeAll(async () => {
    if (!existsSync(join(WEB, 'main.js'))) throw new Error('dist/web is missing: run `npm run web` first (npm run test:browser does)');
    ({ server, origin } = await serve());
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body.ready');
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('shows the drop as its forms, personal data masked', async () => {
    await drop([...upload(join(VALID, 'kyotaku')), ...upload(join(VALID, 'yobo'))]);
    await page.click('#forms-open');
    await page.waitForSelector('#forms section.form');
    expect(await page.locator('#forms section.form').count()).toBeGreaterThan(25);
    const text = (await page.textContent('#forms')) ?? '';
    for (const n of names) expect(text).not.toContain(n);
    expect(await page.getAttribute('#forms-values', 'aria-checked')).toBe('false');
    expect(await page.textContent('.forms-note')).toBe('個人情報と自由記述は「＊＊＊」で隠しています。');
  });

  it("applies the forms' styles under the CSP: the 第3表 blocks sit at their times", async () => {
    // 8:00 → 8 hours × 6 mm from the top of the grid: the inline `top` went through the CSSOM.
    const tops = await page.$$eval('#forms .wk .blk[data-wd]', (bs) => bs.map((b) => (b as HTMLElement).style.top));
    expect(tops.length).toBeGreaterThan(0);
    expect(tops.every((t) => /^\d+(\.\d+)?mm$/.test(t))).toBe(true);
    expect(await page.$$eval('#forms [data-style]', (es) => es.length)).toBe(0);
  });

  it('shows the values with the switch on, and hides them again', async () => {
    await page.click('#forms-values');
    await page.waitForSelector('#forms[data-show-values="true"]');
    const text = (await page.textContent('#forms')) ?? '';
    for (const n of names) expect(text).toContain(n);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });
    await page.click('#forms-values');
    await page.waitForSelector('#forms[data-show-values="false"]');
    for (const n of names) expect((await page.textContent('#forms')) ?? '').not.toContain(n);
  });

  it('prints the forms alone', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#drop')).toBe(false);
    expect(await page.isVisible('.forms-bar')).toBe(false);
    // (Emulating 'screen' would make page.pdf() print with the screen styles: back to no emulation.)
    await page.emulateMedia({ media: null });
    const forms = await page.locator('#forms section.form').count();
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThan(forms);
    for (const [x0, y0, x1, y1] of pdfMediaBoxes(pdf)) expect([Math.round(x1! - x0!), Math.round(y1! - y0!)]).toEqual([842, 595]);
  });

  it('goes back to the report, and a new drop starts masked', async () => {
    await page.click('#forms-back');
    await page.waitForSelector('#report .summary');
    expect(await page.evaluate(() => document.body.classList.contains('forms-view'))).toBe(false);
    await page.click('#forms-open');
    await page.click('#forms-values');
    await page.waitForSelector('#forms[data-show-values="true"]');
    await drop(upload(join(VALID, 'kyotaku')));
    expect(await page.locator('#forms').count()).toBe(0);
    await page.click('#forms-open');
    await page.waitForSelector('#forms[data-show-values="false"]');
  });

  it('draws a large drop 50 users at a time, numbered over the drop', async () => {
    const send = sampleTransmission('K2', { seed: 7, records: 120 }).map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) }));
    await drop(send);
    await page.click('#forms-open');
    await page.waitForSelector('#forms section.form');
    const heads = () => page.$$eval('#forms .user-head', (hs) => hs.map((h) => h.id));
    expect((await heads())[0]).toBe('u1');
    expect(await heads()).toHaveLength(50);
    expect(await page.textContent('.forms-range')).toBe('利用者 1〜50人目（全120人）');
    await page.click('#forms-next');
    await page.click('#forms-next');
    await page.waitForSelector('#u101');
    expect(await heads()).toHaveLength(20);
    expect(await page.isDisabled('#forms-next')).toBe(true);
  });

  it('made no request outside the page and wrote nothing to the console (no CSP violation)', () => {
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(consoleMessages).toEqual([]);
  });
});
