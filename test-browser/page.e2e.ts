/**
 * The checker page in a real browser: Debian's chromium (/usr/bin/chromium) driven by
 * playwright-core, the page (dist/web, built by `npm run web`) served from 127.0.0.1.
 * The report is compared with what `careplan-csv check --format json` says about the same files.
 */
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runCheck } from '../src/cli/check.js';
import type { CheckJson } from '../src/report/json.js';
import { reportOf } from '../test/support/report-schema.js';
import { launch, ROOT, serve, WEB } from './helpers.js';

const KYOTAKU = join(ROOT, 'spec-fixtures/transmissions/valid/kyotaku');

const UPPLAN = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
const UP3KYO = 'UP3KYO_1371200101_43_1371200202_11_20250420093000.CSV';
const UP3KYO_MOVED = 'UP3KYO_1371200101_43_1371200202_11_20250420093100.CSV';

interface Upload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const kyotaku = (): Upload[] =>
  readdirSync(KYOTAKU)
    .sort()
    .map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(KYOTAKU, name)) }));

/** The kyotaku files with two faults: record 1 of UPPLAN gets サービスコード (項目15) `11-111`, and UP3KYO a wrong ファイル連番. */
function broken(): Upload[] {
  return kyotaku().map((f) => {
    if (f.name === UP3KYO) return { ...f, name: UP3KYO_MOVED };
    if (f.name !== UPPLAN) return f;
    const lines = f.buffer.toString('latin1').split('\r\n');
    const fields = lines[0]!.split(',');
    expect(fields[14]).toBe('111111');
    fields[14] = '11-111';
    lines[0] = fields.join(',');
    return { ...f, buffer: Buffer.from(lines.join('\r\n'), 'latin1') };
  });
}

/** `careplan-csv check --format json <dir>` on the same files (the CLI's own code, in process). */
async function cliJson(files: readonly Upload[]): Promise<CheckJson> {
  const dir = mkdtempSync(join(tmpdir(), 'careplan-web-'));
  try {
    for (const f of files) writeFileSync(join(dir, f.name), f.buffer);
    let out = '';
    await runCheck(['--format', 'json', dir], { stdout: (s) => (out += String(s)), stderr: () => {}, stderrIsTTY: false, cwd: dir });
    return reportOf(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every issue as `file|code|severity|record|fieldNo|fieldName|message`, sorted. */
function cliIssues(json: CheckJson): string[] {
  const rows = [...json.files.flatMap((f) => f.issues.map((i) => ({ ...i, file: f.name }))), ...json.bundle.issues.map((i) => ({ ...i, file: i.file ?? '' }))];
  return rows.map((i) => [i.file, i.code, i.severity, i.record ?? '', i.fieldNo ?? '', i.fieldName ?? '', i.message].join('|')).sort();
}

async function pageIssues(page: Page): Promise<string[]> {
  const rows = await page.$$eval('#report table.issues tr.issue', (trs) =>
    trs.map((tr) => {
      const cell = (c: string) => tr.querySelector(`td.${c}`)?.textContent ?? '';
      return [
        tr.getAttribute('data-file') ?? '',
        tr.getAttribute('data-code'),
        tr.getAttribute('data-severity'),
        cell('record'),
        cell('field-no'),
        cell('field-name'),
        cell('message'),
      ].join('|');
    }),
  );
  return rows.sort();
}

async function pageFiles(page: Page) {
  return page.$$eval('#report article.file', (arts) =>
    arts.map((a) => ({
      name: a.getAttribute('data-file'),
      ok: a.getAttribute('data-ok'),
      status: a.getAttribute('data-status'),
      badge: a.querySelector('.badge')?.textContent,
      meta: a.querySelector('.file-meta')?.textContent,
      notRead: a.querySelector('.not-read')?.textContent ?? null,
    })),
  );
}

/** Gives the files to the page's file input and waits until that check is rendered. */
async function drop(page: Page, files: Upload[]): Promise<void> {
  const before = Number((await page.getAttribute('body', 'data-checks')) ?? '0');
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction((n) => Number(document.body.dataset.checks ?? '0') > n, before);
  expect(await page.locator('#report article.file').count()).toBe(files.length);
}

describe('checker page in chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleMessages: string[] = [];
  const choosers: FileChooser[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB, 'main.js'))) throw new Error('dist/web is missing: run `npm run web` first (npm run test:browser does)');
    ({ server, origin } = await serve());
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
    // Listening from the start makes playwright intercept file pickers before any key is pressed.
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body.ready');
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('says in Japanese that files stay in the browser', async () => {
    expect(await page.textContent('#privacy')).toBe('ファイルはこのブラウザの中だけで処理され、送信されません。');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('opens the file picker from the keyboard (Enter on the drop zone)', async () => {
    await page.focus('#drop');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drop');
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length, { timeout: 5000 }).toBe(1);
    expect(choosers[0]!.isMultiple()).toBe(true);
  });

  it('reports the valid kyotaku files as ONE send of two units, every file OK, as the CLI does', async () => {
    const files = kyotaku();
    await drop(page, files);
    const titles = await page.$$eval('#report section.transmission h2', (hs) => hs.map((h) => h.textContent));
    expect(titles).toEqual(['■ 送信 20250420093000,20250425170000 1371200101-43→1371200202-11（K1、K2/Y4、7ファイル）']);
    const shown = await pageFiles(page);
    expect(shown.map((f) => f.name)).toEqual(files.map((f) => f.name));
    for (const f of shown) expect(f).toMatchObject({ ok: 'true', badge: 'OK', status: 'checked' });
    expect(await page.locator('#report .clean').count()).toBe(7);
    expect(await page.textContent('#report .summary-line')).toBe('7ファイル: エラー 0件、警告 0件、情報 0件');
    const cli = await cliJson(files);
    expect(cli.ok).toBe(true);
    expect(shown.map((f) => f.meta)).toEqual(cli.files.map((f) => `(${f.kind} ${f.formName}、CSV ${f.csvVersion}、${f.records}件)`));
    expect(await pageIssues(page)).toEqual(cliIssues(cli));
  });

  it('reports a broken transmission with the error row (code, file, row, 項目No., 項目名), as the CLI does', async () => {
    const files = broken();
    await drop(page, files);
    expect(await page.locator('#report section.transmission').count()).toBe(1);
    const row = page.locator('#report tr.issue[data-code="FIELD_INVALID_SERVICE_CODE"]');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-file')).toBe(UPPLAN);
    expect(await row.locator('td.sev').textContent()).toBe('エラー');
    expect(await row.locator('td.file').textContent()).toBe(UPPLAN);
    expect(await row.locator('td.record').textContent()).toBe('1');
    expect(await row.locator('td.field-no').textContent()).toBe('15');
    expect(await row.locator('td.field-name').textContent()).toBe('サービスコード');
    expect(await row.locator('td.message').textContent()).toBe('サービスコードは英数字6桁です');
    expect(await row.locator('td.advice').textContent()).toBe('サービスコードは半角英数字6桁です。サービスコード表で確認してください');
    const upplan = page.locator(`#report article.file[data-file="${UPPLAN}"]`);
    expect(await upplan.getAttribute('data-ok')).toBe('false');
    expect(await upplan.locator('.badge').textContent()).toBe('NG');
    // The moved UP3KYO: the rest of K1 and the file alone are not transmission units; the message
    // says what K1 misses and where it went.
    const combos = page.locator('#report .whole tr.issue[data-code="BUNDLE_INVALID_COMBINATION"] td.message');
    expect(await combos.count()).toBe(2);
    expect(await combos.first().textContent()).toContain('第3表（UP3KYO）がありません（第3表（UP3KYO）はファイル連番20250420093100になっています）');
    // The same counts as the CLI: the three errors above, and whatever the rules across files add
    // (the changed サービスコード no longer matches its 第7表 line).
    const cli = await cliJson(files);
    expect(cli.summary.errors).toBe(3);
    expect(await page.textContent('#report .summary-line')).toBe(
      `7ファイル: エラー ${cli.summary.errors}件、警告 ${cli.summary.warnings}件、情報 ${cli.summary.infos}件`,
    );
    expect(await pageIssues(page)).toEqual(cliIssues(cli));
  });

  it('shows the records of a file with 項目名 columns and personal fields masked until 値を表示', async () => {
    const upplan = page.locator(`#report article.file[data-file="${UPPLAN}"]`);
    const toggle = upplan.locator('button.records-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const table = upplan.locator('table.records');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toContain('15 サービスコード');
    const records = (await cliJson(broken())).files.find((f) => f.name === UPPLAN)!.records;
    expect(records).toBeGreaterThan(1);
    expect(await table.locator('tbody tr').count()).toBe(records);
    // 項目7 (利用者名) is personal: masked, the name is nowhere on the page.
    const nameCell = table.locator('tbody tr').first().locator('td[data-field-no="7"]');
    expect(await nameCell.textContent()).toMatch(/^＊＊＊ \(\d+文字\)$/);
    expect(await page.textContent('#report')).not.toContain('中村');
    // 項目15 is not personal, but a value that fails its format may be a shifted personal value: masked too.
    const codeCell = () => table.locator('tbody tr').first().locator('td[data-field-no="15"]');
    expect(await codeCell().textContent()).toBe('＊＊＊ (6文字)');
    expect(await table.locator('tbody tr').nth(1).locator('td[data-field-no="15"]').textContent()).toMatch(/^[0-9A-Z]{6}$/);
    const values = upplan.locator('button.values-toggle');
    expect(await values.textContent()).toBe('値を表示');
    await values.click();
    expect(await upplan.locator('button.values-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await table.locator('tbody tr').first().locator('td[data-field-no="7"]').textContent()).toBe('中村　花子');
    expect(await codeCell().textContent()).toBe('11-111');
    await upplan.locator('button.values-toggle').click();
    expect(await page.textContent('#report')).not.toContain('中村');
    await upplan.locator('button.records-toggle').click();
    expect(await upplan.locator('table.records').count()).toBe(0);
  });

  it('a drop of 31 files is one send over its limit: BUNDLE_TOO_MANY_FILES, every file 未検査, none read, as the CLI says', async () => {
    const files: Upload[] = [];
    for (let i = 0; i < 31; i++)
      files.push({ name: `UPJSK_202505_1371200202_11_1371200101_43_202506010${String(93000 + i)}.CSV`, mimeType: 'text/csv', buffer: Buffer.from('x') });
    await drop(page, files);
    expect(await page.locator('#report .whole tr.issue[data-code="BUNDLE_TOO_MANY_FILES"] td.message').textContent()).toBe(
      '1回の送信は30ファイルまでです（31ファイルあります）',
    );
    const shown = await pageFiles(page);
    for (const f of shown)
      expect(f).toMatchObject({ status: 'not-read', badge: '未検査', ok: 'false', notRead: '未検査（送信の上限を超えているため、ファイルを読んでいません）' });
    expect(await page.locator('#report .badge.ok').count()).toBe(0);
    expect(await page.locator('#report .clean').count()).toBe(0);
    // not read: a file of "x" would have given field issues
    expect(await page.locator('#report article.file tr.issue').count()).toBe(0);
    expect(await page.textContent('#report .summary-line')).toBe('31ファイル（未検査 31）: エラー 1件、警告 0件、情報 0件');
    const cli = await cliJson(files);
    expect(cli.files.every((f) => f.records === null && f.status === 'not-read')).toBe(true);
    expect(await pageIssues(page)).toEqual(cliIssues(cli));
  });

  it('a drop over 10 MiB (three units) is refused by size: BUNDLE_TOO_LARGE, nothing read', async () => {
    const third = Math.ceil((10.75 * 1024 * 1024) / 3);
    const files: Upload[] = ['20250601093000', '20250601093100', '20250601093200'].map((ts) => ({
      name: `UPJSK_202505_1371200202_11_1371200101_43_${ts}.CSV`,
      mimeType: 'text/csv',
      buffer: Buffer.alloc(third, 0x41),
    }));
    await drop(page, files);
    expect(await page.locator('#report .whole tr.issue[data-code="BUNDLE_TOO_LARGE"]').count()).toBe(1);
    for (const f of await pageFiles(page)) expect(f).toMatchObject({ status: 'not-read', badge: '未検査' });
    expect(await page.locator('#report article.file tr.issue').count()).toBe(0);
  });

  it('switches to English and back', async () => {
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#report .summary-line')).toBe('3 files (3 not checked): 1 error, 0 warnings, 0 infos');
    expect(await page.locator('#report article.file .badge').first().textContent()).toBe('Not checked');
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('treats a hostile file name as text, and one file alone with the file rules only', async () => {
    const name = '<img src=x onerror="document.title=1">.CSV';
    await drop(page, [{ name, mimeType: 'text/csv', buffer: Buffer.from('a,b\r\n') }]);
    expect(await page.locator('#report img').count()).toBe(0);
    expect(await page.locator('#report .file-name').textContent()).toBe(name);
    expect(await page.getAttribute('#report section.transmission', 'data-scope')).toBe('single-file');
    expect(await page.locator('#report tr.issue[data-code="BUNDLE_SINGLE_FILE_NOTE"]').count()).toBe(1);
  });

  it('made no request outside 127.0.0.1 and wrote nothing to the console', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(consoleMessages).toEqual([]);
  });

  it('also works opened from file:// (a classic script, no server)', async () => {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => errors.push(m.text()));
    await p.goto(`file://${join(WEB, 'index.html')}`);
    await p.waitForSelector('body.ready', { timeout: 5000 });
    await p.setInputFiles('#file-input', kyotaku());
    await p.waitForSelector('#report .summary');
    expect(await p.textContent('#report .summary-line')).toBe('7ファイル: エラー 0件、警告 0件、情報 0件');
    expect(errors).toEqual([]);
    await p.close();
  });
});
