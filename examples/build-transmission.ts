/**
 * An exporter: builds the transmission unit K1 (居宅サービス計画 第1表 + 第2表 + 第3表 + 利用者補足情報)
 * from the care-management system's own plain objects, checks the whole send with validateBundle,
 * and writes the four files.
 *
 *   node scripts/run-ts.mjs examples/build-transmission.ts [outDir] [--timestamp YYYYMMDDHHMMSS]
 *
 * outDir defaults to a new temporary directory; the timestamp (ファイル連番) to the current time in
 * Japan. Every value below is fake.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFilename, formatIssue, stringifyFile, validateBundle, type BundleFile, type FilenameParts, type KindId } from 'careplan-csv';

// ---------------------------------------------------------------------------------------------
// The exporting system's own data (plain objects)

const careOffice = {
  code: '1371200101',
  serviceType: '43',
  name: 'すずらん居宅介護支援センター',
  postalCode: '163-0854',
  address: '東京都世田谷区みどり町5丁目2番3号',
};
const provider = { code: '1371200202', serviceType: '11', name: 'ヘルパーステーションすずらん' };

interface Support {
  content: string;
  covered: boolean;
  serviceKind: string;
  frequency: string;
  period: string;
}
interface Goal {
  longTerm: string;
  longTermPeriod: string;
  shortTerm: string;
  shortTermPeriod: string;
  supports: Support[];
}
interface Need {
  need: string;
  goals: Goal[];
}
interface Plan {
  client: {
    insurer: string;
    insured: string;
    kana: string;
    name: string;
    sex: 'male' | 'female';
    birthDate: string;
    postalCode: string;
    address: string;
    phone: string;
  };
  planner: string;
  planDate: string;
  firstPlanDate: string;
  certification: { on: string; from: string; to: string; level: string };
  wishes: string;
  policy: string;
  needs: Need[];
  weekly: { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; start: string; end: string; content: string }[];
  activities: { activity: string; start: string; end: string }[];
  nonWeekly: string[];
}

const plans: Plan[] = [
  {
    client: {
      insurer: '131127',
      insured: '0000012345',
      kana: 'ヤマダ　タロウ',
      name: '山田　太郎',
      sex: 'male',
      birthDate: '19400315',
      postalCode: '123-4567',
      address: '東京都架空区見本町1丁目2番3号',
      phone: '03-0000-0000',
    },
    planner: '佐藤　花子',
    planDate: '20250501',
    firstPlanDate: '20250501',
    certification: { on: '20250425', from: '20250401', to: '20260331', level: '22' },
    wishes: '自宅での生活を続けたい。\r\n入浴は週2回、介助を受けて安全に行いたい。',
    policy: '転倒を予防し、安心して自宅で暮らせるよう支援します。',
    needs: [
      {
        need: '一人で入浴することが難しい',
        goals: [
          {
            longTerm: '安全に入浴し、清潔を保てる',
            longTermPeriod: '2025/05/01～2026/03/31',
            shortTerm: '介助を受けて週2回入浴できる',
            shortTermPeriod: '2025/05/01～2025/10/31',
            supports: [
              { content: '入浴介助、着替えの介助', covered: true, serviceKind: '訪問介護', frequency: '週2回', period: '2025/05/01～2025/10/31' },
              { content: '皮膚状態の観察', covered: true, serviceKind: '訪問介護', frequency: '週2回', period: '2025/05/01～2025/10/31' },
            ],
          },
        ],
      },
      {
        need: '調理や掃除が負担になっている',
        goals: [
          {
            longTerm: '清潔な環境で食事がとれる',
            longTermPeriod: '2025/05/01～2026/03/31',
            shortTerm: '週1回の掃除と調理の支援を受ける',
            shortTermPeriod: '2025/05/01～2025/10/31',
            supports: [
              { content: '掃除、調理の支援（生活援助）', covered: true, serviceKind: '訪問介護', frequency: '週1回', period: '2025/05/01～2025/10/31' },
            ],
          },
        ],
      },
    ],
    weekly: [
      { weekday: 2, start: '1000', end: '1100', content: '訪問介護（身体介護）' },
      { weekday: 5, start: '1000', end: '1100', content: '訪問介護（身体介護）' },
      { weekday: 3, start: '1400', end: '1500', content: '訪問介護（生活援助）' },
    ],
    activities: [{ activity: '起床', start: '0700', end: '0730' }],
    nonWeekly: ['福祉用具の点検（月1回）'],
  },
];

// ---------------------------------------------------------------------------------------------
// Mapping to records (field keys: docs/tables/<KIND>.md)

type Row = Record<string, string>;

/** The person keys every file of the unit repeats (保険者番号, 被保険者番号). */
const person = (p: Plan): Row => ({ insurerNumber: p.client.insurer, insuredNumber: p.client.insured });

function up1kyo(p: Plan): Row {
  return {
    ...person(p),
    createdOn: p.planDate,
    postalCode: p.client.postalCode,
    address1: p.client.address,
    plannerName: p.planner,
    agencyName: careOffice.name,
    agencyPostalCode: careOffice.postalCode,
    agencyAddress1: careOffice.address,
    agencyCode: careOffice.code,
    planDate: p.planDate,
    firstPlanDate: p.firstPlanDate,
    planCategory: p.planDate === p.firstPlanDate ? '11' : '21',
    certificationStatus: '2',
    certifiedOn: p.certification.on,
    certificationStart: p.certification.from,
    certificationEnd: p.certification.to,
    careLevel: p.certification.level,
    assessmentResult: p.wishes,
    overallPolicy: p.policy,
    updaterCode: careOffice.code,
  };
}

/** 第2表 as printed: a 課題 or 目標 is written on its first line and left blank below it. */
function up2kyo(p: Plan): Row[] {
  const rows: Row[] = [];
  p.needs.forEach((need, n) =>
    need.goals.forEach((goal, g) =>
      goal.supports.forEach((s, i) => {
        const firstOfNeed = g === 0 && i === 0;
        const firstOfGoal = i === 0;
        rows.push({
          ...person(p),
          createdOn: p.planDate,
          planDate: p.planDate,
          issueNo: String(n + 1),
          issue: firstOfNeed ? need.need : '',
          goalNo: String(g + 1),
          longTermGoal: firstOfGoal ? goal.longTerm : '',
          shortTermGoal: firstOfGoal ? goal.shortTerm : '',
          longTermPeriod: firstOfGoal ? goal.longTermPeriod : '',
          shortTermPeriod: firstOfGoal ? goal.shortTermPeriod : '',
          supportNo: String(i + 1),
          serviceContent: s.content,
          insuranceCovered: s.covered ? 'Y' : 'N',
          serviceKind: s.serviceKind,
          serviceOfficeCode: provider.code,
          serviceOfficeName: provider.name,
          frequency: s.frequency,
          period: s.period,
          updaterCode: careOffice.code,
        });
      }),
    ),
  );
  return rows;
}

/** 第3表: one record per weekly service, daily activity or non-weekly service. */
function up3kyo(p: Plan): Row[] {
  const key = { ...person(p), createdOn: p.planDate, planDate: p.planDate };
  return [
    ...p.weekly.map((w) => ({ ...key, serviceContent: w.content, weekday: String(w.weekday), startTime: w.start, endTime: w.end })),
    ...p.activities.map((a) => ({ ...key, dailyActivity: a.activity, activityStartTime: a.start, activityEndTime: a.end })),
    ...p.nonWeekly.map((text) => ({ ...key, nonWeeklyService: text })),
  ];
}

/** 利用者補足情報 linked to 第1〜3表: No.4 the plan date, No.63 (and the file-name month) 000000. */
function uphosoku(p: Plan): Row {
  return {
    ...person(p),
    planDate: p.planDate,
    nameKana: p.client.kana,
    name: p.client.name,
    sex: p.client.sex === 'male' ? '1' : '2',
    birthDate: p.client.birthDate,
    postalCode: p.client.postalCode,
    address1: p.client.address,
    phone: p.client.phone,
    certifiedOn: p.certification.on,
    limitStartDate: p.certification.from,
    limitEndDate: p.certification.to,
    certificationStatus: '2',
    careLevel: p.certification.level,
    consentReceiverCode: careOffice.code,
    updaterCode: careOffice.code,
    targetMonth: '000000',
  };
}

// ---------------------------------------------------------------------------------------------
// Main

function nowInJapan(): string {
  const jst = new Date(Date.now() + 9 * 3600_000).toISOString(); // YYYY-MM-DDTHH:MM:SS in UTC+9
  return jst.slice(0, 19).replace(/\D/g, '');
}

function main(argv: string[]): number {
  const tsAt = argv.indexOf('--timestamp');
  const timestamp = tsAt >= 0 ? argv[tsAt + 1]! : nowInJapan();
  const positional = argv.filter((a, i) => a !== '--timestamp' && (tsAt < 0 || i !== tsAt + 1));
  const outDir = positional[0] ?? mkdtempSync(join(tmpdir(), 'careplan-k1-'));

  const parts: FilenameParts = {
    senderOffice: careOffice.code,
    senderServiceType: careOffice.serviceType,
    receiverOffice: provider.code,
    receiverServiceType: provider.serviceType,
    timestamp,
  };
  const contents: [KindId, Row[], Partial<FilenameParts>][] = [
    ['UP1KYO', plans.map(up1kyo), {}],
    ['UP2KYO', plans.flatMap(up2kyo), {}],
    ['UP3KYO', plans.flatMap(up3kyo), {}],
    ['UPHOSOKU', plans.map(uphosoku), { targetMonth: '000000' }],
  ];

  const files: BundleFile[] = [];
  for (const [kind, records, extra] of contents) {
    const name = buildFilename(kind, { ...parts, ...extra });
    // Validates first; no bytes at all when any record breaks a rule. normalize maps look-alikes
    // (e.g. U+301C WAVE DASH typed on a Mac) to their CP932 forms and reports each one.
    const written = stringifyFile(kind, records, { file: name, normalize: true });
    for (const issue of written.issues) console.error(`  ${issue.code}: ${formatIssue(issue, { locale: 'en' })}`);
    if (!written.ok || !written.bytes) {
      console.error(`not sent: ${name} does not validate`);
      return 1;
    }
    files.push({ name, bytes: written.bytes });
  }

  const check = validateBundle(files);
  const unitIds = check.units.flatMap((u) => u.unitIds);
  if (!check.ok || !unitIds.includes('K1')) {
    for (const issue of check.issues) console.error(`  ${issue.code}: ${formatIssue(issue, { locale: 'en' })}`);
    console.error(`not sent: the files are not a valid K1 transmission (units: ${unitIds.join(', ') || 'none'})`);
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  for (const f of files) writeFileSync(join(outDir, f.name), f.bytes);
  console.log(`K1 transmission (${files.length} files, ${files.reduce((n, f) => n + f.bytes.length, 0)} bytes) written to ${outDir}:`);
  for (const f of files) console.log(`  ${f.name}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
