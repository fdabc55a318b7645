/**
 * 第7表 サービス利用票別表 (UPSIKYU), one form per user and month: the 区分支給限度管理・利用者負担計算
 * table in the file's row order, with the 種類別小計 rows (<種類>AAAA/EEEE/ZZZZ) and the 合計 row
 * (999999) set apart, then 種類別支給限度管理 (lent by the month's 利用者補足情報, when in the send)
 * and 要介護認定期間中の短期入所利用日数.
 */
import { SERVICE_TYPES } from '../../spec/codelists/service-types.js';
import { isSummaryServiceCode, serviceTypeOf, SUBTOTAL_SUFFIXES, TOTAL_SERVICE_CODE } from '../../spec/service-codes.js';
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { formatMonth } from '../calendar.js';
import { displayValue, MASK } from '../values.js';
import { borrowed, groupBy, hosokuFor, lentNote, personCells } from './common.js';

/** Columns of the main table after 事業所名, 事業所番号, サービス内容/種類: [field key, heading]. */
const COLUMNS: readonly [string, string, string][] = [
  ['serviceCode', 'サービス<br>コード', 'Service code'],
  ['units', '単位数', 'Units'],
  ['discountRate', '割引後<br>率%', 'Disc. %'],
  ['discountedUnits', '割引後<br>単位数', 'Disc. units'],
  ['count', '回数', 'Count'],
  ['unitAmount', 'サービス<br>単位/金額', 'Units / amount'],
  ['benefitManagementUnits', '給付管理<br>単位数', 'Benefit mgmt units'],
  ['typeLimitExcessUnits', '種類支給限度<br>基準を超える<br>単位数', 'Over type limit'],
  ['typeLimitWithinUnits', '種類支給限度<br>基準内単位数', 'Within type limit'],
  ['categoryLimitExcessUnits', '区分支給限度<br>基準を超える<br>単位数', 'Over category limit'],
  ['categoryLimitWithinUnits', '区分支給限度<br>基準内単位数', 'Within category limit'],
  ['unitPrice', '単位数<br>単価', 'Unit price'],
  ['totalCost', '費用総額<br>保険/事業<br>対象分', 'Total cost'],
  ['benefitRate', '給付率<br>(%)', 'Benefit %'],
  ['insuranceClaim', '保険/事業費<br>請求額', 'Insurance claim'],
  ['fixedCopayUnitPrice', '定額利用者<br>負担単価金額', 'Fixed co-pay unit price'],
  ['userCopay', '利用者負担<br>保険/事業<br>対象分', 'Co-pay'],
  ['userFullCost', '利用者負担<br>(全額負担分)', 'Full-cost payment'],
  ['over30Days', '30日超', '>30 days'],
];

const NAME_CELL = { cls: 'l' } as const;
const CODE_CELL = { cls: 'c sm' } as const;
const O30_CELL = { cls: 'c sm o30' } as const;

/** サービス内容/種類 of a row: the service type's name, or what a 小計/合計 row sums. */
function contentOf(env: Env, code: string): { label: string; cls: string } {
  if (code === TOTAL_SERVICE_CODE) return { label: t(env, '合計', 'Total'), cls: 'total' };
  const type = SERVICE_TYPES[serviceTypeOf(code)]?.ja ?? '';
  if (!isSummaryServiceCode(code)) return { label: type, cls: '' };
  const suffix = code.slice(2);
  const what =
    suffix === SUBTOTAL_SUFFIXES.limited
      ? t(env, '合計', 'subtotal')
      : suffix === SUBTOTAL_SUFFIXES.unlimited
        ? t(env, '合計（区分支給限度対象外）', 'subtotal (outside the category limit)')
        : t(env, '合計（30日超過分）', 'subtotal (over 30 days)');
  return { label: `${type}${what}`, cls: 'sub' };
}

function row(env: Env, p: Part, i: number): string {
  const code = p.raw(i, 'serviceCode');
  const c = contentOf(env, code);
  const equipment = ['taisCode', 'notificationCode', 'equipmentName']
    .filter((k) => p.raw(i, k) !== '')
    .map((k) => `<br><span class="sm">${text(p.label(k))} ${p.v(i, k)}</span>`)
    .join('');
  const content = p.cell(
    ['taisCode', 'notificationCode', 'equipmentName'].map((key) => ({ i, key })),
    `${text(c.label)}${equipment}`,
    { cls: 'l' },
  );
  const office = p.cell(
    [
      { i, key: 'serviceOfficeCode' },
      { i, key: 'satelliteBranch' },
    ],
    `${p.v(i, 'serviceOfficeCode')}${p.raw(i, 'satelliteBranch') !== '' ? `-${p.v(i, 'satelliteBranch')}` : ''}`,
    { cls: 'l sm' },
  );
  // The amounts are bare cells (right-aligned by the table's style): most of the table.
  const nums = COLUMNS.map(([key]) => (key === 'serviceCode' ? p.td(i, key, CODE_CELL) : key === 'over30Days' ? p.td(i, key, O30_CELL) : p.td(i, key))).join(
    '',
  );
  return `<tr${c.cls ? ` class="${c.cls}"` : ''}>${p.td(i, 'serviceOfficeName', NAME_CELL)}${office}${content}${nums}</tr>`;
}

export function renderTable7(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.targetMonth ?? '').map((is) => {
    const scope = new FormScope(env);
    const p = scope.part(info, is);
    const first = records[is[0]!]!;
    const h = hosokuFor(env, first, { targetMonth: first.targetMonth ?? '' });
    const lbl = (ja: string, en: string) => `<th>${t(env, ja, en)}</th>`;
    const head = `<table class="f hd"><tr>${personCells(p, is)}${lbl('被保険者氏名', 'Name')}<td>${borrowed(env, h, 'name')}</td><th>${text(p.label('createdOn'))}</th>${p.tdDistinct(is, 'createdOn')}</tr>
<tr>${lbl('要介護状態区分', 'Care level')}<td>${borrowed(env, h, 'careLevel')}</td>${lbl('区分支給限度基準額（単位）', 'Category benefit limit (units)')}<td class="num">${borrowed(env, h, 'benefitLimit')}</td>${lbl('限度額適用期間', 'Limit period')}<td colspan="3">${borrowed(env, h, 'limitStartDate')}～${borrowed(env, h, 'limitEndDate')}</td></tr></table>`;
    const table = `<table class="f t7"><colgroup><col style="width:8.3%"><col style="width:7%"><col style="width:9.7%">${COLUMNS.map(([key]) => `<col style="width:${key === 'serviceCode' ? 4.6 : key === 'over30Days' ? 4.4 : 3.85}%">`).join('')}</colgroup><thead><tr><th>${t(env, '事業所名', 'Office')}</th><th>${t(env, '事業所番号', 'Office no.')}</th><th>${t(env, 'サービス内容/種類', 'Service / type')}</th>${COLUMNS.map(([, ja, en]) => `<th>${t(env, ja, en)}</th>`).join('')}</tr></thead><tbody>${is.map((i) => row(env, p, i)).join('\n')}</tbody></table>`;

    // 種類別支給限度管理: the nine slots of 利用者補足情報 (Nos.20–55), when that record is in the send.
    let limits = '';
    if (h) {
      const hr = h.info.file.records[h.index]!;
      const slots: string[] = [];
      for (let n = 1; n <= 9; n++) {
        const type = hr[`limitServiceType${n}`] ?? '';
        if (type === '' && (hr[`limitAmount${n}`] ?? '') === '') continue;
        slots.push(
          `<tr><td>${borrowed(env, h, `limitServiceType${n}`)} ${text(SERVICE_TYPES[type]?.ja ?? '')}</td><td class="num">${borrowed(env, h, `limitAmount${n}`)}</td><td class="num">${borrowed(env, h, `limitTotalUnits${n}`)}</td><td class="num">${borrowed(env, h, `limitExcessUnits${n}`)}</td></tr>`,
        );
      }
      slots.push(`<tr class="total"><td>${t(env, '合計', 'Total')}</td><td></td><td></td><td class="num">${borrowed(env, h, 'totalExcessUnits')}</td></tr>`);
      limits = `<table class="f lim"><caption>${t(env, '種類別支給限度管理', 'Limits per service type')}</caption><thead><tr><th>${t(env, 'サービス種類', 'Service type')}</th><th>${t(env, '種類支給限度<br>基準額（単位）', 'Type limit (units)')}</th><th>${t(env, '合計単位数', 'Total units')}</th><th>${t(env, '種類支給限度基準を<br>超える単位数', 'Units over the limit')}</th></tr></thead><tbody>${slots.join('')}</tbody></table>`;
    }
    const days = is.filter((i) => ['daysBeforeMonth', 'plannedDaysThisMonth', 'cumulativeDays'].some((k) => p.raw(i, k) !== ''));
    const dayRows = (days.length > 0 ? days : [])
      .map(
        (i) =>
          `<tr><td class="sm">${displayValue(p.field('serviceOfficeCode'), p.raw(i, 'serviceOfficeCode'), env)} ${displayValue(p.field('serviceCode'), p.raw(i, 'serviceCode'), env)}</td>${p.td(i, 'daysBeforeMonth', { cls: 'num' })}${p.td(i, 'plannedDaysThisMonth', { cls: 'num' })}${p.td(i, 'cumulativeDays', { cls: 'num' })}</tr>`,
      )
      .join('');
    const shortStay = `<table class="f lim"><caption>${t(env, '要介護認定期間中の短期入所利用日数', 'Short-stay days in the certification period')}</caption><thead><tr><th>${t(env, '行', 'Row')}</th><th>${t(env, '前月までの利用日数', 'Days up to last month')}</th><th>${t(env, '当月の計画利用日数', 'Planned days this month')}</th><th>${t(env, '累積利用日数', 'Cumulative days')}</th></tr></thead><tbody>${dayRows || '<tr><td></td><td></td><td></td><td></td></tr>'}</tbody></table>`;
    const title = `${p.cell(
      is.map((i) => ({ i, key: 'targetMonth' })),
      p.distinct(is, 'targetMonth', '・'),
      { tag: 'span' },
    )}${t(env, '分', '')} ${t(env, 'サービス利用票別表', 'Service usage slip appendix')} <span class="sub">第7表</span>`;
    return frame(scope, {
      title,
      toc: `第7表 ${t(env, 'サービス利用票別表', 'Service usage slip appendix')} ${formatMonth(first.targetMonth ?? '', env.locale) ?? (env.showValues ? (first.targetMonth ?? '') : MASK)}`,
      body: `${head}${table}<div class="pair">${limits}${shortStay}</div>${lentNote(env, h)}`,
    });
  });
}
