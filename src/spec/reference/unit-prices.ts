/**
 * 単位数単価 (price of one unit, yen) by 地域区分 (area grade) × 人件費割合 (labour-cost share),
 * and the 人件費割合 of each サービス種類 of the CSV standard. Dated.
 *
 * Dated data of the spec layer, imports nothing (research notes: research/reference-data.md).
 * Checks use only the grids whose confidence is not 'low'.
 *
 * Legal source (title): 「厚生労働大臣が定める一単位の単価」(平成27年厚生労働省告示第93号 is the
 * number remembered for the 平成27年度 version; NOT verified), as amended for 令和3年度 and 令和6年度
 * (those amendments re-assigned municipalities to grades and added transitional rules; the grid of
 * prices itself is believed unchanged since 2015-04 — NOT verified against the 告示 text).
 *
 * The prices follow 10 × (1 + 上乗せ割合 × 人件費割合), rounded half-up to 2 decimals
 * (e.g. 55%, 3級地: 10 × (1 + 0.15 × 0.55) = 10.825 → 10.83). This reproduces every value below.
 */

export type AreaGrade = '1級地' | '2級地' | '3級地' | '4級地' | '5級地' | '6級地' | '7級地' | 'その他';
export type LabourShare = 70 | 55 | 45;

export interface UnitPriceGrid {
  readonly validFrom: string; // YYYYMM, service month, inclusive
  readonly validTo: string | null; // YYYYMM inclusive; null = in force as far as known
  /** 上乗せ割合 (%) per grade. */
  readonly surchargePercent: Readonly<Partial<Record<AreaGrade, number>>>;
  /** Price (yen per unit, as the 99.99 text of 第7表 No.23) per 人件費割合 and grade. */
  readonly prices: Readonly<Record<LabourShare, Readonly<Partial<Record<AreaGrade, string>>>>>;
  readonly source: { readonly title: string; readonly urls: readonly string[]; readonly uncertain?: string };
  readonly confidence: 'high' | 'medium' | 'low';
}

export const UNIT_PRICE_GRIDS: readonly UnitPriceGrid[] = [
  {
    validFrom: '201204',
    validTo: '201503',
    surchargePercent: { '1級地': 18, '2級地': 15, '3級地': 12, '4級地': 10, '5級地': 6, '6級地': 3, その他: 0 },
    prices: {
      70: { '1級地': '11.26', '2級地': '11.05', '3級地': '10.84', '4級地': '10.70', '5級地': '10.42', '6級地': '10.21', その他: '10.00' },
      55: { '1級地': '10.99', '2級地': '10.83', '3級地': '10.66', '4級地': '10.55', '5級地': '10.33', '6級地': '10.17', その他: '10.00' },
      45: { '1級地': '10.81', '2級地': '10.68', '3級地': '10.54', '4級地': '10.45', '5級地': '10.27', '6級地': '10.14', その他: '10.00' },
    },
    source: {
      title: '厚生労働大臣が定める一単位の単価（平成24年度）',
      urls: ['https://shanaiseido.com/?p=164', 'https://jukeizukoubou.hatenablog.com/entry/30207623'],
      uncertain:
        'Secondary pages only; the service → share mapping of that period differs (e.g. 短期入所生活介護 was 45%). Older than any CSV of the standard (service months from 2020-03): kept for completeness, do not use in checks.',
    },
    confidence: 'low',
  },
  {
    validFrom: '201504',
    validTo: null,
    surchargePercent: { '1級地': 20, '2級地': 16, '3級地': 15, '4級地': 12, '5級地': 10, '6級地': 6, '7級地': 3, その他: 0 },
    prices: {
      70: { '1級地': '11.40', '2級地': '11.12', '3級地': '11.05', '4級地': '10.84', '5級地': '10.70', '6級地': '10.42', '7級地': '10.21', その他: '10.00' },
      55: { '1級地': '11.10', '2級地': '10.88', '3級地': '10.83', '4級地': '10.66', '5級地': '10.55', '6級地': '10.33', '7級地': '10.17', その他: '10.00' },
      45: { '1級地': '10.90', '2級地': '10.72', '3級地': '10.68', '4級地': '10.54', '5級地': '10.45', '6級地': '10.27', '7級地': '10.14', その他: '10.00' },
    },
    source: {
      title: '厚生労働大臣が定める一単位の単価（平成27年厚生労働省告示第93号、令和3年・令和6年改正を含む）',
      urls: ['http://day-keiei.com/cost/index.html', 'https://www.city.meguro.tokyo.jp/kaigohoken/kenkoufukushi/koureisha/kubunsikyugendogaku.html'],
      uncertain:
        'Values are from the formula and from memory, consistent with: MHLW 記載例33-1 (短期入所生活介護 11.10 = 55% 1級地), a 45% row printed by day-keiei.com (10.90 10.72 10.68 10.54 … 10.27 10.14 10.00), and Meguro’s 要支援1 maximum 57,364 yen = 5,032 × 11.40. The 告示 number and the absence of a grid change in 2021/2024 were not verified against the 告示 text.',
    },
    confidence: 'medium',
  },
];

/** 居宅療養管理指導 and 福祉用具貸与 (and their 介護予防 forms): 1 unit = 10 yen everywhere. */
export const FLAT_TEN_YEN_SERVICE_TYPES: readonly string[] = ['31', '34', '17', '67'];

/**
 * 人件費割合 of each サービス種類 (2-character code of 第6表/第7表), from 2015-04.
 * 'flat10' = always 10.00 yen; 'municipal' = set by the municipality (総合事業 独自 services):
 * only the overall range can be checked.
 */
export const LABOUR_SHARE_BY_SERVICE_TYPE: Readonly<Record<string, LabourShare | 'flat10' | 'municipal'>> = {
  // 70%
  '11': 70, // 訪問介護
  '12': 70, // 訪問入浴介護
  '13': 70, // 訪問看護
  '71': 70, // 夜間対応型訪問介護
  '76': 70, // 定期巡回・随時対応型訪問介護看護
  '43': 70, // 居宅介護支援 (not a 第7表 row; listed for completeness)
  '46': 70, // 介護予防支援 (idem)
  '62': 70, // 介護予防訪問入浴介護
  '63': 70, // 介護予防訪問看護
  // 55%
  '14': 55, // 訪問リハビリテーション
  '16': 55, // 通所リハビリテーション
  '21': 55, // 短期入所生活介護 (45% before 2015-04)
  '72': 55, // 認知症対応型通所介護
  '73': 55, // 小規模多機能型居宅介護
  '68': 55, // 小規模多機能型居宅介護（短期利用）
  '77': 55, // 看護小規模多機能型居宅介護
  '79': 55, // 看護小規模多機能型居宅介護（短期利用）
  '64': 55, // 介護予防訪問リハビリテーション
  '66': 55, // 介護予防通所リハビリテーション
  '24': 55, // 介護予防短期入所生活介護
  '74': 55, // 介護予防認知症対応型通所介護
  '75': 55, // 介護予防小規模多機能型居宅介護
  '69': 55, // 介護予防小規模多機能型居宅介護（短期利用）
  // 45%
  '15': 45, // 通所介護
  '78': 45, // 地域密着型通所介護
  '22': 45, // 短期入所療養介護（介護老人保健施設）
  '23': 45, // 短期入所療養介護（介護療養型医療施設等）
  '2A': 45, // 短期入所療養介護（介護医療院）
  '27': 45, // 特定施設入居者生活介護（短期利用）
  '28': 45, // 地域密着型特定施設入居者生活介護（短期利用）
  '38': 45, // 認知症対応型共同生活介護（短期利用）
  '25': 45, // 介護予防短期入所療養介護（介護老人保健施設）
  '26': 45, // 介護予防短期入所療養介護（介護療養型医療施設等）
  '2B': 45, // 介護予防短期入所療養介護（介護医療院）
  '39': 45, // 介護予防認知症対応型共同生活介護（短期利用）
  // 10 yen everywhere
  '31': 'flat10', // 居宅療養管理指導
  '34': 'flat10', // 介護予防居宅療養管理指導
  '17': 'flat10', // 福祉用具貸与
  '67': 'flat10', // 介護予防福祉用具貸与
  // 総合事業: みなし follows the former 介護予防訪問介護 (70%) / 介護予防通所介護 (45%);
  // 独自 services: the municipality decides (MHLW 記載例6 shows 10.35 for an A4 service,
  // a value that is in no column of the grid).
  A1: 70, // 訪問型サービス（みなし） — uncertain, see reference-data.md
  A5: 45, // 通所型サービス（みなし） — uncertain, see reference-data.md
  A2: 'municipal',
  A3: 'municipal',
  A4: 'municipal',
  A6: 'municipal',
  A7: 'municipal',
  A8: 'municipal',
};

/** Plausible range of 第7表 No.23 for any service type (yen per unit, inclusive). */
export const UNIT_PRICE_RANGE = { min: '10.00', max: '11.40' } as const;

/** The price grid in force in a service month (YYYYMM), skipping 'low' confidence grids.  *
 * @example
 * ```ts
 * import { unitPriceGridFor } from 'careplan-csv';
 *
 * const grid = unitPriceGridFor('202505');
 * console.log(grid?.validFrom);
 * ```
 */
export function unitPriceGridFor(month: string): UnitPriceGrid | undefined {
  return UNIT_PRICE_GRIDS.find((g) => g.confidence !== 'low' && g.validFrom <= month && (g.validTo === null || month <= g.validTo));
}

let lastMonth: string | undefined;
let lastGrid: UnitPriceGrid | undefined;

/**
 * The prices (99.99 text) a service type may carry in a month: the column of its 人件費割合, or
 * 10.00 for the 10-yen types; undefined when the month has no usable grid or the type is
 * municipal (総合事業 独自) or not in the table (then only the range applies).
 *
 * @example
 * ```ts
 * import { unitPricesFor } from 'careplan-csv';
 *
 * const allowed = unitPricesFor('11', '202505'); // 訪問介護: the 70% column
 * if (allowed && !allowed.prices.includes('11.40')) console.log('not a price of the table');
 * ```
 */
export function unitPricesFor(serviceType: string, month: string): { readonly share: LabourShare | 'flat10'; readonly prices: readonly string[] } | undefined {
  const grid = month === lastMonth ? lastGrid : ((lastMonth = month), (lastGrid = unitPriceGridFor(month)));
  if (!grid || !Object.hasOwn(LABOUR_SHARE_BY_SERVICE_TYPE, serviceType)) return undefined;
  const share = LABOUR_SHARE_BY_SERVICE_TYPE[serviceType]!;
  if (share === 'municipal') return undefined;
  if (share === 'flat10') return { share, prices: ['10.00'] };
  return { share, prices: Object.values(grid.prices[share]).filter((p): p is string => p !== undefined) };
}
