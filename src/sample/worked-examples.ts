/**
 * MHLW's worked example 記載例33-1 (短期入所生活介護 beyond 30 days) as one K2 unit: 第6表 予定,
 * 第7表 and 利用者補足情報, every number of the example kept (755 × 30, a −30 × 20 減算, 単価 11.10,
 * 給付率 90 → 費用総額 244,755, 保険 220,279, 利用者 24,476; 30日超 725 units → 全額負担 8,047; the
 * サービス提供体制加算 outside the limit, 540 units → 5,994 / 5,394 / 600, and its 30日超 day → 199).
 * What the example does not show is reconstructed as in research/issue-13.md §7 (the stay began
 * 2025-04-11; the 2025 limit of 要介護3, 27,048 units). The person is fake.
 *
 * Variants of the same month that the standard equally allows: 'B' puts the 加算's yen on its own
 * line instead of an optional EEEE row; 'C' puts every 30日超 line, the 加算 too, into the ZZZZ row.
 */
import type { KindId } from '../spec/kind.js';
import { buildFilename } from '../filenames/build.js';
import { complete } from './records.js';

/** A record as the worked example writes it: one string per field key. */
export type Values = Record<string, string>;

const MONTH = '202505';
const TIMESTAMP = '20250425170000';
const CARE_OFFICE = '1371200101';
const OFFICE = '9070000060';
const OFFICE_NAME = '△△事業所';
const KEY = { csvVersion: '202407', insurerNumber: '131016', insuredNumber: '0000033101' } as const;

export interface WorkedExample {
  readonly id: string;
  readonly description: string;
  readonly files: readonly { readonly kind: KindId; readonly name: string; readonly records: Values[] }[];
}

const nameOf = (kind: 'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU') =>
  buildFilename(kind, {
    targetMonth: MONTH,
    senderOffice: CARE_OFFICE,
    senderServiceType: '43',
    receiverOffice: OFFICE,
    receiverServiceType: '21',
    timestamp: TIMESTAMP,
  });

const day = (d: number) => `${MONTH}${String(d).padStart(2, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The 31st day of the stay: 30日超 (the stay began 2025-04-11, 20 days in April). */
const OVER30_DAY = 11;

function plan(): Values[] {
  const planned: [string, string, number[]][] = [
    ['211131', '755', range(1, 31)],
    ['216283', '-30', range(OVER30_DAY, 31)],
    ['216100', '18', range(1, 31)],
  ];
  const out: Values[] = [];
  for (const d of range(1, 31))
    for (const [serviceCode, units, days] of planned)
      if (days.includes(d))
        out.push(
          complete('UPPLAN', {
            ...KEY,
            createdOn: '20250425',
            targetMonth: MONTH,
            planOfficeCode: CARE_OFFICE,
            planManagerName: '居宅　一郎',
            units,
            shortStayDaysBeforeMonth: '20',
            serviceDate: day(d),
            startTime: '9999',
            endTime: '9999',
            serviceCount: '1',
            serviceCode,
            serviceOfficeCode: OFFICE,
            serviceOfficeName: OFFICE_NAME,
            over30Days: d === OVER30_DAY ? '1' : '0',
            updaterCode: CARE_OFFICE,
          }),
        );
  return out;
}

/** One 第7表 row: the columns of research §7.3 (No.13 units … No.33), empty where not given. */
function row(office: string, serviceCode: string, v: Partial<Record<string, string>>, over30: '0' | '1'): Values {
  return complete('UPSIKYU', {
    ...KEY,
    createdOn: '20250425',
    targetMonth: MONTH,
    serviceOfficeName: office === OFFICE ? OFFICE_NAME : '',
    serviceOfficeCode: office,
    serviceCode,
    ...(v as Record<string, string>),
    over30Days: over30,
    fixedOfficeCode: '9999999999',
    updaterCode: CARE_OFFICE,
  });
}

const MONEY_AAAA = { unitPrice: '11.10', totalCost: '244755', benefitRate: '90', insuranceClaim: '220279', userCopay: '24476' };
const MONEY_ADDITION = { unitPrice: '11.10', totalCost: '5994', benefitRate: '90', insuranceClaim: '5394', userCopay: '600' };

function table7(variant: 'A' | 'B' | 'C'): Values[] {
  const rows: Values[] = [
    row(
      OFFICE,
      '211131',
      {
        units: '755',
        count: '30',
        unitAmount: '22650',
        benefitManagementUnits: '22650',
        daysBeforeMonth: '20',
        plannedDaysThisMonth: '30',
        cumulativeDays: '50',
      },
      '0',
    ),
    row(OFFICE, '216283', { units: '-30', count: '20', unitAmount: '-600', benefitManagementUnits: '-600' }, '0'),
    row(OFFICE, '216100', { units: '18', count: '30', unitAmount: '540', ...(variant === 'B' ? MONEY_ADDITION : {}) }, '0'),
    row(
      OFFICE,
      '21AAAA',
      { units: '0', count: '0', unitAmount: '22050', benefitManagementUnits: '22050', categoryLimitWithinUnits: '22050', ...MONEY_AAAA },
      '0',
    ),
  ];
  if (variant !== 'B') rows.push(row(OFFICE, '21EEEE', { units: '0', count: '0', unitAmount: '540', ...MONEY_ADDITION }, '0'));
  rows.push(
    row(OFFICE, '211131', { units: '755', count: '1', unitAmount: '755' }, '1'),
    row(OFFICE, '216283', { units: '-30', count: '1', unitAmount: '-30' }, '1'),
    row(OFFICE, '216100', { units: '18', count: '1', unitAmount: '18', ...(variant === 'C' ? {} : { unitPrice: '11.10', userFullCost: '199' }) }, '1'),
    row(
      OFFICE,
      '21ZZZZ',
      variant === 'C'
        ? { units: '0', count: '0', unitAmount: '743', unitPrice: '11.10', userFullCost: '8247' }
        : { units: '0', count: '0', unitAmount: '725', unitPrice: '11.10', userFullCost: '8047' },
      '1',
    ),
    row(
      '9999999999',
      '999999',
      {
        units: '0',
        count: '0',
        unitAmount: '22050',
        benefitManagementUnits: '22050',
        categoryLimitWithinUnits: '22050',
        totalCost: '250749',
        insuranceClaim: '225673',
        userCopay: '25076',
        userFullCost: variant === 'C' ? '8247' : '8246',
      },
      '0',
    ),
  );
  return rows;
}

function hosoku(): Values[] {
  return [
    complete('UPHOSOKU', {
      ...KEY,
      planDate: '00000000',
      nameKana: 'カイゴ　ハナコ',
      name: '介護　花子',
      sex: '2',
      birthDate: '19400101',
      certificationStatus: '2',
      careLevel: '23',
      benefitLimit: '27048',
      shortStayDaysBeforeMonth: '20',
      shortStayCumulativeDays: '50',
      updaterCode: CARE_OFFICE,
      targetMonth: MONTH,
    }),
  ];
}

/**
 * 記載例33-1 as a K2 unit (UPPLAN + UPSIKYU + UPHOSOKU), variant 'A' as printed, or 'B'/'C'.
 *
 * @example
 * ```ts
 * import { stringifyFile } from 'careplan-csv';
 * import { workedExample33 } from 'careplan-csv/testing';
 *
 * for (const f of workedExample33('A').files) {
 *   const out = stringifyFile(f.kind, f.records);
 *   if (out.ok) console.log(f.name, out.bytes.length); // a unit with no finding at all
 * }
 * ```
 */
export function workedExample33(variant: 'A' | 'B' | 'C' = 'A'): WorkedExample {
  const what = { A: 'as printed (加算 costed on an EEEE row)', B: "the 加算's yen on its own line, no EEEE row", C: 'every 30日超 line in the ZZZZ row' }[
    variant
  ];
  return {
    id: `kisairei-33-1${variant === 'A' ? '' : `-${variant.toLowerCase()}`}`,
    description: `MHLW 記載例33-1 (短期入所生活介護 beyond 30 days), ${what}`,
    files: [
      { kind: 'UPPLAN', name: nameOf('UPPLAN'), records: plan() },
      { kind: 'UPSIKYU', name: nameOf('UPSIKYU'), records: table7(variant) },
      { kind: 'UPHOSOKU', name: nameOf('UPHOSOKU'), records: hosoku() },
    ],
  };
}
