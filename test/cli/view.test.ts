/** `careplan-csv view` and `careplan-csv diff`, in process: outputs, masking, refusals, exit codes. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/args.js';
import { parseFile, stringifyFile } from '../../src/index.js';
import { tempDir } from './helpers.js';

const KYOTAKU = fileURLToPath(new URL('../../spec-fixtures/transmissions/valid/kyotaku', import.meta.url));
const UPPLAN = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';

async function run(argv: readonly string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
    stderr: (s) => void err.push(s),
    stderrIsTTY: false,
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The users' names in the kyotaku send (personal: never in a masked output). */
const names = () =>
  parseFile({
    name: 'UPHOSOKU_000000_1371200101_43_1371200202_11_20250420093000.CSV',
    bytes: readFileSync(join(KYOTAKU, 'UPHOSOKU_000000_1371200101_43_1371200202_11_20250420093000.CSV')),
  }).records.map((r) => (r as Record<string, string>).name!);

/** A copy of the kyotaku send with its 第6表 edited: サービス回数 of record 1 → 2, record 4 removed, one record added on the 31st. */
function changedSend(): string {
  const dir = join(tempDir(), 'next');
  mkdirSync(dir);
  for (const name of readdirSync(KYOTAKU)) {
    if (name !== UPPLAN) {
      copyFileSync(join(KYOTAKU, name), join(dir, name));
      continue;
    }
    const records = parseFile({ name, bytes: readFileSync(join(KYOTAKU, name)) }).records.map((r) => ({ ...r }) as Record<string, string>);
    records[0]!.serviceCount = '2';
    records.splice(3, 1);
    records.push({ ...records[5]!, serviceDate: '20250531' });
    writeFileSync(join(dir, name), stringifyFile('UPPLAN', records).bytes!);
  }
  return dir;
}

describe('careplan-csv view', () => {
  it('prints the forms of a folder as one HTML document, masked', async () => {
    const r = await run(['view', KYOTAKU]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout.match(/<section class="form"/g)).toHaveLength(21);
    for (const n of names()) expect(r.stdout).not.toContain(n);
    expect(r.stdout).not.toMatch(/<script|<link|src="http|href="http/i);
  });

  it('writes --out, refuses to overwrite it without --force, and shows values only with --show-values', async () => {
    const dir = tempDir();
    const first = await run(['view', KYOTAKU, '--out', 'forms.html'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^forms\.html: 7ファイル、様式 21枚、エラー 0件・警告 0件/);
    const again = await run(['view', KYOTAKU, '--out', 'forms.html', '--show-values'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('refusing to overwrite');
    expect(readFileSync(join(dir, 'forms.html'), 'utf8')).not.toContain(names()[0]);
    const forced = await run(['view', KYOTAKU, '--out', 'forms.html', '--show-values', '--force', '--lang', 'en'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('holds personal data');
    const html = readFileSync(join(dir, 'forms.html'), 'utf8');
    for (const n of names()) expect(html).toContain(n);
    expect(html).toContain('<html lang="en">');
  });

  it('places the issues of the send on their cells', async () => {
    const dir = join(tempDir(), 'broken');
    mkdirSync(dir);
    for (const name of readdirSync(KYOTAKU)) {
      const bytes = readFileSync(join(KYOTAKU, name));
      if (name !== UPPLAN) writeFileSync(join(dir, name), bytes);
      else writeFileSync(join(dir, name), Buffer.from(bytes.toString('latin1').replace(/^((?:[^,]*,){14})111111,/, '$111-111,'), 'latin1'));
    }
    const r = await run(['view', dir]);
    expect(r.code).toBe(0); // issues are shown, not an exit status
    // The cell is marked; the value its field refuses is masked like a personal value (report/mask.ts mustMask).
    expect(r.stdout).toMatch(
      /<td class="[^"]*\biss-error\b[^"]*"[^>]*>[^<]*<br><span class="sm"><span class="msk">＊＊＊<\/span><\/span><sup class="mk"><a href="#f\d+-i1">※1<\/a><\/sup><\/td>/,
    );
    expect(r.stdout).not.toContain('11-111');
    expect(r.stdout).toContain('サービスコードは英数字6桁です');
  });

  it('usage errors exit 2', async () => {
    expect((await run(['view'])).code).toBe(2);
    expect((await run(['view', join(KYOTAKU, 'nope.CSV')])).code).toBe(2);
    expect((await run(['view', KYOTAKU, '--lang', 'fr'])).code).toBe(2);
    const help = await run(['view', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: careplan-csv view/);
  });
});

describe('careplan-csv diff', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const r = await run(['diff', KYOTAKU, '--to', KYOTAKU]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('変更はありません');
  });

  it('reports the changes per user (text, ja and en), and exits 1', async () => {
    const next = changedSend();
    const r = await run(['diff', KYOTAKU, '--to', next]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 1)).toEqual(['利用者 3人中 1人に変更: 追加 1件、削除 1件、変更 1件']);
    expect(r.stdout).toContain('第6表 予定: 追加 1件、削除 1件、変更 1件');
    expect(r.stdout).toContain('サービス回数（No.14）');
    expect(r.stdout).not.toContain('1 → 2');
    const en = await run(['diff', KYOTAKU, '--to', next, '--lang', 'en', '--show-values']);
    expect(en.stdout).toContain('Service count (No.14): 1 → 2');
  });

  it('--format json: the documented keys, values null unless --show-values, and the inputs', async () => {
    const next = changedSend();
    const r = await run(['diff', '--format', 'json', KYOTAKU, '--to', next]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      changes: { kind: string; change: string; fields: { key: string; old: unknown; new: unknown }[]; user: { insuredNumber: unknown } }[];
      inputs: { side: string; file: string; kind: string; records: number; errors: number }[];
    };
    expect(json.changes.map((c) => `${c.kind} ${c.change}`).sort()).toEqual(['UPPLAN added', 'UPPLAN changed', 'UPPLAN removed']);
    const changed = json.changes.find((c) => c.change === 'changed')!;
    expect(changed.fields).toEqual([{ key: 'serviceCount', no: 14, name: 'サービス回数', old: null, new: null }]);
    expect(changed.user.insuredNumber).toBeNull();
    expect(json.inputs.filter((i) => i.side === 'old')).toHaveLength(7);
    // One record added and one removed: as many records as the fixture.
    const records = parseFile({ name: UPPLAN, bytes: readFileSync(join(KYOTAKU, UPPLAN)) }).records.length;
    expect(json.inputs.find((i) => i.side === 'new' && i.file === UPPLAN)).toEqual({ side: 'new', file: UPPLAN, kind: 'UPPLAN', records, errors: 0 });
    const shown = JSON.parse((await run(['diff', '--format', 'json', '--show-values', KYOTAKU, '--to', next])).stdout) as typeof json;
    expect(shown.changes.find((c) => c.change === 'changed')!.fields[0]).toMatchObject({ old: '1', new: '2' });
  });

  it("--format html --out: the new send's forms with the changed cells marked", async () => {
    const next = changedSend();
    const dir = tempDir();
    const r = await run(['diff', KYOTAKU, '--to', next, '--format', 'html', '--out', 'diff.html'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('diff.html: 利用者 3人中 1人に変更');
    const html = readFileSync(join(dir, 'diff.html'), 'utf8');
    expect(html).toContain('dif-chg');
    expect(html).toContain('dif-add');
    expect(html.match(/<div class="user-head"/g)).toHaveLength(1);
    for (const n of names()) expect(html).not.toContain(n);
    expect((await run(['diff', KYOTAKU, '--to', next, '--format', 'html', '--out', 'diff.html'], dir)).code).toBe(1);
    expect(existsSync(join(dir, 'diff.html'))).toBe(true);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['diff', KYOTAKU])).code).toBe(2);
    expect((await run(['diff', '--to', KYOTAKU])).code).toBe(2);
    expect((await run(['diff', KYOTAKU, '--to'])).code).toBe(2);
    expect((await run(['diff', KYOTAKU, '--to', KYOTAKU, '--format', 'xml'])).code).toBe(2);
    expect((await run(['diff', KYOTAKU, '--to', KYOTAKU, '--all-users'])).code).toBe(2);
    expect((await run(['diff', KYOTAKU, '--to', KYOTAKU, '--to', KYOTAKU])).code).toBe(2);
    expect((await run(['diff', '--help'])).stdout).toMatch(/^Usage: careplan-csv diff/);
  });
});
