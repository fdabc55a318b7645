/**
 * A migration: converts an archive of CSV 202208 (第3.x版) files to JSON in the 202407 layout.
 * Each file is read with parseFile (which picks the older layout from the records' CSVバージョン);
 * where 第4版 changed the layout (第6表, 実績, 第7表 gained TAIS/届出コード and 用具名称), the records
 * are moved to 202407 with upgrade(), and the result is checked against the 202407 rules.
 *
 *   node scripts/run-ts.mjs examples/migrate-202208.ts [inDir] [outDir]
 *
 * inDir defaults to spec-fixtures/valid/v3, outDir to a new temporary directory. One JSON file per
 * CSV file is written (the records hold personal data: keep outDir as safe as the archive).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_VERSIONS, CURRENT_CSV_VERSION, layoutFor, parseFile, stringifyFile, upgrade, type KindId } from 'careplan-csv';

interface Migrated {
  source: string;
  kind: KindId;
  /** CSVバージョン of the source file. */
  from: string;
  /** CSVバージョン of `records`. */
  csvVersion: string;
  upgraded: boolean;
  /** Parts of the source file name (legacy names have no service-type segments). */
  filename: {
    convention: string | undefined;
    targetMonth: string | undefined;
    senderOffice: string | undefined;
    receiverOffice: string | undefined;
    timestamp: string | undefined;
  };
  /** Issue codes the 202407 rules report on the migrated records (e.g. a rental line now needing a TAIS code). */
  openIssues: string[];
  records: Record<string, string>[];
}

const sameLayout = (kind: KindId, version: string) => {
  const older = layoutFor(kind, version);
  const current = layoutFor(kind, CURRENT_CSV_VERSION);
  return (
    !!older &&
    !!current &&
    older.fields.length === current.fields.length &&
    older.fields.every((f, i) => f.key === current.fields[i]!.key && f.length === current.fields[i]!.length)
  );
};

function main(argv: string[]): number {
  const inDir = argv[0] ?? 'spec-fixtures/valid/v3';
  const outDir = argv[1] ?? mkdtempSync(join(tmpdir(), 'careplan-migrated-'));
  mkdirSync(outDir, { recursive: true });

  const counts = { files: 0, records: 0, upgraded: 0, unchanged: 0, needsReview: 0, failed: 0, skipped: 0 };
  for (const name of readdirSync(inDir).sort()) {
    if (!statSync(join(inDir, name)).isFile() || !/\.csv$/i.test(name)) {
      counts.skipped++;
      continue;
    }
    counts.files++;
    const parsed = parseFile({ name, bytes: new Uint8Array(readFileSync(join(inDir, name))) });
    if (!parsed.ok || parsed.kind === null || parsed.kind === 'UPKIHON_IMAGE' || parsed.csvVersion === null) {
      const codes = [...new Set(parsed.issues.filter((i) => i.severity === 'error').map((i) => i.code))];
      console.error(`${name}: not migrated (${codes.join(', ') || 'no records'})`);
      counts.failed++;
      continue;
    }
    const kind = parsed.kind;
    const from = parsed.csvVersion;
    const changed = CSV_VERSIONS[from]?.layout === 'v3' && !sameLayout(kind, from);
    const source: readonly Readonly<Record<string, string>>[] = parsed.records;
    const records = changed ? upgrade(source, { kind, from }) : source.map((r) => ({ ...r }));

    // Check the migrated records against the rules of their (new) layout without writing a file.
    const check = stringifyFile(kind, records);
    const openIssues = [...new Set(check.issues.filter((i) => i.severity !== 'info').map((i) => i.code))];

    const f = parsed.filename;
    const out: Migrated = {
      source: name,
      kind,
      from,
      csvVersion: records[0]?.csvVersion ?? from,
      upgraded: changed,
      filename: {
        convention: f?.convention,
        targetMonth: f?.targetMonth,
        senderOffice: f?.senderOffice,
        receiverOffice: f?.receiverOffice,
        timestamp: f?.timestamp,
      },
      openIssues,
      records,
    };
    writeFileSync(join(outDir, name.replace(/\.csv$/i, '.json')), JSON.stringify(out, null, 2) + '\n');

    counts.records += records.length;
    if (changed) counts.upgraded++;
    else counts.unchanged++;
    if (openIssues.length > 0) counts.needsReview++;
    const fields = `${layoutFor(kind, from)!.fields.length} → ${Object.keys(records[0] ?? {}).length} fields`;
    console.log(
      `${name}: ${kind} ${from} → ${out.csvVersion}${changed ? ` (${fields})` : ' (layout unchanged)'}, ${records.length} records${openIssues.length ? `, review: ${openIssues.join(', ')}` : ''}`,
    );
  }
  console.log(
    `${counts.files} files, ${counts.records} records: ${counts.upgraded} upgraded, ${counts.unchanged} unchanged, ${counts.needsReview} to review, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}; JSON in ${outDir}`,
  );
  return counts.failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
