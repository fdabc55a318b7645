/**
 * Renders the valid transmission fixtures (spec-fixtures/transmissions/valid/*) to one HTML file,
 * to look at the forms:
 *   node scripts/run-ts.mjs scripts/render-sample.ts out.html [--show-values] [--lang en] [dir...]
 * Each directory is validated as one send (its issues are placed on the cells); all of them go
 * into one document, grouped by user. `--sample K2:2200` renders a generated send instead (unit
 * K2 with 2200 users is about 10 MB) and prints the timings.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKindId, validateBundle, type Issue } from '../src/index.js';
import { renderFormsHtml, renderInputFromParse, type RenderInputFile } from '../src/render/index.js';
import { sampleTransmission } from '../src/sample/index.js';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--') && a.endsWith('.html'));
const showValues = args.includes('--show-values');
const locale = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'ja';
const sample = args.includes('--sample') ? args[args.indexOf('--sample') + 1] : undefined;
const dirsGiven = args.filter((a) => !a.startsWith('--') && a !== out && a !== 'en' && a !== sample);
if (!out) {
  console.error('usage: node scripts/run-ts.mjs scripts/render-sample.ts <out.html> [--show-values] [--lang en] [dir...]');
  process.exit(2);
}
const root = 'spec-fixtures/transmissions/valid';
const dirs =
  dirsGiven.length > 0
    ? dirsGiven
    : readdirSync(root)
        .map((d) => join(root, d))
        .filter((d) => statSync(d).isDirectory());

const inputs: RenderInputFile[] = [];
const sendIssues: Issue[] = [];
const sends = sample
  ? [sampleTransmission(sample.split(':')[0]!, { records: Number(sample.split(':')[1] ?? 3) })]
  : dirs.sort().map((dir) =>
      readdirSync(dir)
        .filter((n) => statSync(join(dir, n)).isFile() && !n.endsWith('.json'))
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
    );
for (const files of sends) {
  const size = files.reduce((n, f) => n + f.bytes.length, 0);
  const t0 = performance.now();
  const result = validateBundle(files);
  if (sample) console.log(`send of ${files.length} files, ${(size / 1048576).toFixed(2)} MiB: validateBundle ${(performance.now() - t0).toFixed(0)} ms`);
  sendIssues.push(...result.issues);
  for (const f of result.files) {
    const bytes = files.find((x) => x.name === f.name)!.bytes;
    inputs.push(isKindId(f.kind) ? renderInputFromParse(f) : { name: f.name, kind: null, csvVersion: null, records: [], issues: f.issues, bytes });
  }
}
(globalThis as { gc?: () => void }).gc?.();
const started = performance.now();
const cpu = process.cpuUsage();
const html = renderFormsHtml(inputs, { showValues, locale, sendIssues, title: 'ケアプランデータ連携 様式表示（サンプル）' });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
writeFileSync(out, html);
// CPU time is the steadier number on a busy machine (the wall clock counts other processes too).
console.log(
  `${out}: ${inputs.length} files, ${(html.length / 1024).toFixed(0)} KiB of HTML in ${ms.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
);
