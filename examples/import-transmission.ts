/**
 * A vendor importer: reads one received transmission (a directory of files, as they arrived)
 * into the vendor's own domain objects. The whole send is refused when validateBundle finds an
 * error, so nothing half-valid reaches the database.
 *
 *   node scripts/run-ts.mjs examples/import-transmission.ts [dir] [--json out.json]
 *
 * dir defaults to spec-fixtures/transmissions/valid/kyotaku. The summary printed holds counts
 * only, never personal data (names, 被保険者番号, addresses).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCarePlanTree,
  formatIssue,
  validateBundle,
  type BundleFile,
  type BundleFileResult,
  type CarePlanTree,
  type KindId,
  type KindRecord,
} from 'careplan-csv';

// ---------------------------------------------------------------------------------------------
// The vendor's domain model (what the rest of their system works with)

interface PersonRef {
  insurerNumber: string;
  insuredNumber: string;
}

interface CarePlan {
  person: PersonRef;
  /** 居宅サービス計画作成（変更）日, YYYYMMDD. */
  planDate: string;
  firstPlanDate: string;
  careLevel: string;
  plannerName: string;
  overallPolicy: string;
  /** 第2表: 課題 → 援助目標 → 援助内容, blanks of print-image rows filled in. */
  issues: CarePlanTree['issues'];
  /** 第3表: the weekly schedule. */
  weekly: { weekday: string; start: string; end: string; content: string }[];
  /** 利用者補足情報 linked to this plan (No.63 = 000000). */
  supplement?: { nameKana: string; name: string; birthDate: string; benefitLimit: string };
}

interface ServiceSlipLine {
  date: string;
  start: string;
  end: string;
  serviceCode: string;
  officeCode: string;
  units: number;
}

interface ServiceSlip {
  person: PersonRef;
  /** サービス提供年月, YYYYMM. */
  month: string;
  /** 第6表 lines (one per service day). */
  lines: ServiceSlipLine[];
  /** 第7表 lines: benefit-management units per office and service code (subtotal rows left out). */
  benefitLines: { serviceCode: string; officeCode: string; count: number; units: number }[];
  /** 第7表 grand-total row (service code 999999): 区分支給限度管理対象単位数, or null without 第7表. */
  totalBenefitUnits: number | null;
}

interface Imported {
  timestamp: string;
  unitIds: string[];
  carePlans: CarePlan[];
  serviceSlips: ServiceSlip[];
  /** Kinds this importer does not take (e.g. 介護予防 files): reported, not silently dropped. */
  skipped: string[];
}

/** The kinds this importer maps (居宅: 1〜3表, 6・7表 and 補足). */
const HANDLED: ReadonlySet<string> = new Set(['UP1KYO', 'UP2KYO', 'UP3KYO', 'UPHOSOKU', 'UPPLAN', 'UPSIKYU']);

// ---------------------------------------------------------------------------------------------
// Mapping

const personKey = (r: PersonRef) => `${r.insurerNumber}/${r.insuredNumber}`;
const num = (s: string) => (s === '' ? 0 : Number(s));

/** The records of every file of one kind (a unit may hold several files of a kind). */
function recordsOf<K extends KindId>(files: readonly BundleFileResult[], kind: K): KindRecord<K>[] {
  return files.flatMap((f) => (f.kind === kind ? (f.records as KindRecord<K>[]) : []));
}

function toCarePlans(files: readonly BundleFileResult[]): CarePlan[] {
  const planKey = (r: PersonRef & { planDate: string }) => `${personKey(r)}/${r.planDate}`;
  const trees = new Map(buildCarePlanTree(recordsOf(files, 'UP2KYO')).map((t) => [planKey(t), t]));
  const weekly = recordsOf(files, 'UP3KYO');
  const supplements = new Map(
    recordsOf(files, 'UPHOSOKU')
      .filter((h) => h.targetMonth === '000000')
      .map((h) => [planKey(h), h]),
  );
  return recordsOf(files, 'UP1KYO').map((p) => {
    const key = planKey(p);
    const hosoku = supplements.get(key);
    return {
      person: { insurerNumber: p.insurerNumber, insuredNumber: p.insuredNumber },
      planDate: p.planDate,
      firstPlanDate: p.firstPlanDate,
      careLevel: p.careLevel,
      plannerName: p.plannerName,
      overallPolicy: p.overallPolicy,
      issues: trees.get(key)?.issues ?? [],
      weekly: weekly
        .filter((w) => planKey(w) === key && w.weekday !== '')
        .map((w) => ({ weekday: w.weekday, start: w.startTime, end: w.endTime, content: w.serviceContent })),
      ...(hosoku ? { supplement: { nameKana: hosoku.nameKana, name: hosoku.name, birthDate: hosoku.birthDate, benefitLimit: hosoku.benefitLimit } } : {}),
    };
  });
}

function toServiceSlips(files: readonly BundleFileResult[]): ServiceSlip[] {
  const slips = new Map<string, ServiceSlip>();
  const slipOf = (r: PersonRef & { targetMonth: string }) => {
    const key = `${personKey(r)}/${r.targetMonth}`;
    let slip = slips.get(key);
    if (!slip) {
      slip = {
        person: { insurerNumber: r.insurerNumber, insuredNumber: r.insuredNumber },
        month: r.targetMonth,
        lines: [],
        benefitLines: [],
        totalBenefitUnits: null,
      };
      slips.set(key, slip);
    }
    return slip;
  };
  for (const r of recordsOf(files, 'UPPLAN')) {
    slipOf(r).lines.push({
      date: r.serviceDate,
      start: r.startTime,
      end: r.endTime,
      serviceCode: r.serviceCode,
      officeCode: r.serviceOfficeCode,
      units: num(r.units),
    });
  }
  for (const r of recordsOf(files, 'UPSIKYU')) {
    const slip = slipOf(r);
    // 第7表 holds print rows: {CD}AAAA/EEEE/ZZZZ are per-type subtotals, 999999 the grand total.
    if (r.serviceCode === '999999') slip.totalBenefitUnits = num(r.benefitManagementUnits);
    else if (!/^..(AAAA|EEEE|ZZZZ)$/.test(r.serviceCode)) {
      slip.benefitLines.push({ serviceCode: r.serviceCode, officeCode: r.serviceOfficeCode, count: num(r.count), units: num(r.benefitManagementUnits) });
    }
  }
  return [...slips.values()];
}

// ---------------------------------------------------------------------------------------------
// Main

function readTransmission(dir: string): BundleFile[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

function main(argv: string[]): number {
  const jsonAt = argv.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const positional = argv.filter((a, i) => a !== '--json' && (jsonAt < 0 || i !== jsonAt + 1));
  const dir = positional[0] ?? 'spec-fixtures/transmissions/valid/kyotaku';

  const files = readTransmission(dir);
  // reportValues stays off (the default): issues never copy personal data.
  const result = validateBundle(files);
  if (!result.ok) {
    const errors = [...result.issues, ...result.files.flatMap((f) => f.issues)].filter((i) => i.severity === 'error');
    console.error(`refused: ${files.length} file(s), ${errors.length} error(s); nothing imported`);
    for (const issue of errors.slice(0, 10)) console.error(`  ${issue.code}: ${formatIssue(issue, { locale: 'en' })}`);
    return 1;
  }

  const imported: Imported[] = result.units.map((unit) => {
    const members = result.files.filter((f) => unit.fileNames.includes(f.name));
    const skipped = members.filter((f) => !HANDLED.has(f.kind ?? '')).map((f) => f.kind ?? f.name);
    return { timestamp: unit.timestamp, unitIds: unit.unitIds, carePlans: toCarePlans(members), serviceSlips: toServiceSlips(members), skipped };
  });

  const warnings = result.files.reduce((n, f) => n + f.issues.filter((i) => i.severity === 'warning').length, 0);
  console.log(`accepted: ${files.length} file(s), ${result.units.length} transmission unit(s), ${warnings} warning(s)`);
  for (const u of imported) {
    const parts: string[] = [];
    if (u.carePlans.length > 0) {
      const goals = u.carePlans.flatMap((p) => p.issues.flatMap((i) => i.goals));
      const items = goals.flatMap((g) => g.items);
      const issues = u.carePlans.reduce((n, p) => n + p.issues.length, 0);
      const weekly = u.carePlans.reduce((n, p) => n + p.weekly.length, 0);
      parts.push(`${u.carePlans.length} care plan(s) (${issues} issues, ${goals.length} goals, ${items.length} support items, ${weekly} weekly services)`);
    }
    if (u.serviceSlips.length > 0) {
      const months = [...new Set(u.serviceSlips.map((s) => s.month))].join(', ');
      const lines = u.serviceSlips.reduce((n, s) => n + s.lines.length, 0);
      const benefit = u.serviceSlips.reduce((n, s) => n + s.benefitLines.length, 0);
      const units = u.serviceSlips.reduce((n, s) => n + (s.totalBenefitUnits ?? 0), 0);
      parts.push(`${u.serviceSlips.length} service slip(s) for ${months} (${lines} 6表 lines, ${benefit} 7表 lines, ${units} units in total)`);
    }
    if (u.skipped.length > 0) parts.push(`not handled: ${[...new Set(u.skipped)].join(', ')}`);
    console.log(`  ${u.timestamp} ${u.unitIds.join('/') || '(no unit)'}: ${parts.join('; ') || 'nothing to import'}`);
  }
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify(imported, null, 2));
    console.log(`domain objects written to ${jsonOut}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
