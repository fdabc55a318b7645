/**
 * 第6表 サービス利用票 (UPPLAN 予定, UPJSK 実績) for one user and month: one row per office ×
 * service (× time band, equipment), each with a 予定 line and a 実績 line, one cell per day of the
 * month under the weekday header, and the row's total count. 予定 and 実績 of the same user and
 * month in one render share the form. A record's サービス利用日 is its day column and its サービス
 * 回数 the number in that cell; 日割対象日 flags mark the day cells.
 */
import { SERVICE_TYPES } from '../../spec/codelists/service-types.js';
import { serviceTypeOf } from '../../spec/service-codes.js';
import { FormScope, crossCell, crossDistinct, t, type Env, type FileInfo, type Part, type PartRef } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { MASK } from '../values.js';
import { daysInMonth, formatMonth, parseHhmm, parseYm, parseYmd, weekdayOf, WEEKDAY_EN, WEEKDAY_JA } from '../calendar.js';
import { text } from '../html.js';
import { borrowed, hosokuFor, lentNote } from './common.js';

export interface Table6Input {
  readonly info: FileInfo;
  readonly indices: readonly number[];
}

const ROW_KEYS = ['serviceOfficeCode', 'satelliteBranch', 'serviceCode', 'startTime', 'endTime', 'taisCode', 'notificationCode', 'detailCode'] as const;
const FLAGS = /^[01]{31}$/;
const DIGITS = /^\d+$/;

interface Line {
  /** Records of this line, with their part. */
  readonly refs: { p: Part; i: number }[];
}
interface Row {
  readonly key: string;
  readonly plan: Line;
  readonly actual: Line;
  readonly order: number;
  readonly start: number;
}

const refsOf = (line: Line, key: string): PartRef[] => line.refs.map((r) => ({ p: r.p, i: r.i, key }));

function dayNumber(raw: string, year: number, month: number): number | null {
  const d = parseYmd(raw);
  return d && d.year === year && d.month === month ? d.day : null;
}

export function renderTable6(env: Env, plans: readonly Table6Input[], actuals: readonly Table6Input[]): DrawnForm {
  const scope = new FormScope(env);
  const planParts = plans.map((x) => scope.part(x.info, x.indices));
  const actualParts = actuals.map((x) => scope.part(x.info, x.indices));
  const all = [...planParts, ...actualParts];
  const allRefs = all.flatMap((p) => p.indices.map((i) => ({ p, i })));
  const first = allRefs[0]!;
  const monthRaw = first.p.raw(first.i, 'targetMonth');
  const ym = parseYm(monthRaw) ?? parseYm(first.p.raw(first.i, 'serviceDate').slice(0, 6));
  const nDays = ym ? daysInMonth(ym.year, ym.month) : 31;
  /** Weekday of each day (0 = Sunday), -1 when the month is unknown. */
  const dows = Array.from({ length: nDays }, (_, d) => (ym ? weekdayOf(ym.year, ym.month, d + 1) : -1));
  const dayClass = (d: number) => (dows[d] === 0 ? ' sun' : dows[d] === 6 ? ' sat' : '');

  // Rows: office × service × time band × equipment, 予定 and 実績 side by side.
  const rows = new Map<string, Row>();
  const add = (p: Part, i: number, side: 'plan' | 'actual') => {
    const key = ROW_KEYS.map((k) => p.raw(i, k)).join('\u0000');
    let row = rows.get(key);
    if (!row) {
      const s = parseHhmm(p.raw(i, 'startTime'));
      rows.set(key, (row = { key, plan: { refs: [] }, actual: { refs: [] }, order: rows.size, start: s ?? 24 * 60 }));
    }
    row[side].refs.push({ p, i });
  };
  for (const p of planParts) for (const i of p.indices) add(p, i, 'plan');
  for (const p of actualParts) for (const i of p.indices) add(p, i, 'actual');
  const sorted = [...rows.values()].sort((a, b) => a.start - b.start || a.order - b.order);

  const loose: string[] = [];
  const line = (row: Row, side: 'plan' | 'actual', label: string): string => {
    const ln = row[side];
    const perDay: PartRef[][] = Array.from({ length: nDays }, () => []);
    const prorated = new Set<number>();
    for (const { p, i } of ln.refs) {
      const day = ym ? dayNumber(p.raw(i, 'serviceDate'), ym.year, ym.month) : Number(p.raw(i, 'serviceDate').slice(6, 8)) || null;
      if (day !== null && day <= nDays) perDay[day - 1]!.push({ p, i, key: 'serviceCount' }, { p, i, key: 'serviceDate' });
      else
        loose.push(
          crossCell(
            [
              { p, i, key: 'serviceDate' },
              { p, i, key: 'serviceCount' },
            ],
            `${text(p.label('serviceDate'))} ${p.v(i, 'serviceDate')}　${text(p.label('serviceCount'))} ${p.v(i, 'serviceCount')}`,
            { tag: 'span', cls: 'item' },
          ),
        );
      const flags = p.raw(i, 'proratedDays');
      if (FLAGS.test(flags)) {
        p.use([{ i, key: 'proratedDays' }]);
        for (let d = 0; d < nDays; d++) if (flags[d] === '1') prorated.add(d + 1);
      } else if (flags !== '')
        loose.push(p.td(i, 'proratedDays', { tag: 'span', cls: 'item', html: `${text(p.label('proratedDays'))} ${p.v(i, 'proratedDays')}` }));
    }
    let cells = '';
    let total = 0;
    let totalOk = true;
    for (let d = 0; d < nDays; d++) {
      const refs = perDay[d]!;
      const pr = prorated.has(d + 1);
      // An empty day is a bare cell (its weekend shade comes from its column): most of the grid.
      if (refs.length === 0) {
        cells += pr ? '<td class="d pr"></td>' : '<td></td>';
        continue;
      }
      let numeric = true;
      let sum = 0;
      const counts: string[] = [];
      for (const r of refs) {
        if (r.key !== 'serviceCount') continue;
        const c = r.p.raw(r.i, 'serviceCount');
        counts.push(c);
        if (DIGITS.test(c)) sum += Number(c);
        else numeric = false;
      }
      if (numeric) total += sum;
      else totalOk = false;
      const content = counts.length === 0 ? '' : numeric ? String(sum) : counts.map(text).join('+');
      cells += crossCell(refs, content, { cls: pr ? 'd pr' : 'd' });
    }
    const counted = ln.refs.length === 0 ? '' : totalOk ? String(total) : '―';
    return `<tr class="ln ln-${side}"><th class="pj">${label}</th>${cells}<td class="tot">${counted}</td>${crossCell(refsOf(ln, 'units'), crossDistinct(refsOf(ln, 'units'), '・'), { cls: 'num' })}${crossCell(refsOf(ln, 'over30Days'), crossDistinct(refsOf(ln, 'over30Days'), '・'), { cls: 'c sm o30' })}</tr>`;
  };

  const body: string[] = [];
  for (const row of sorted) {
    const both: Line = { refs: [...row.plan.refs, ...row.actual.refs] };
    const r0 = both.refs[0]!;
    const code = r0.p.raw(r0.i, 'serviceCode');
    const typeName = SERVICE_TYPES[serviceTypeOf(code)]?.ja;
    const time = crossCell(
      [...refsOf(both, 'startTime'), ...refsOf(both, 'endTime')],
      r0.p.raw(r0.i, 'startTime') === '9999' && r0.p.raw(r0.i, 'endTime') === '9999'
        ? `<span class="sm">${t(env, '時間指定なし', 'no time')}</span><br><span class="sm">9999～9999</span>`
        : `${r0.p.v(r0.i, 'startTime')}～<br>${r0.p.v(r0.i, 'endTime')}`,
      { rowspan: 2, cls: 'c' },
    );
    const equipment = ['taisCode', 'notificationCode', 'equipmentName', 'detailCode']
      .filter((k) => r0.p.raw(r0.i, k) !== '' || both.refs.some((r) => r.p.raw(r.i, k) !== ''))
      .map((k) => `<br><span class="sm">${text(r0.p.label(k))} ${crossDistinct(refsOf(both, k), '・')}</span>`)
      .join('');
    const content = crossCell(
      [
        ...refsOf(both, 'serviceCode'),
        ...refsOf(both, 'taisCode'),
        ...refsOf(both, 'notificationCode'),
        ...refsOf(both, 'equipmentName'),
        ...refsOf(both, 'detailCode'),
      ],
      `${typeName ? `${text(typeName)}<br>` : ''}<span class="sm">${r0.p.v(r0.i, 'serviceCode')}</span>${equipment}`,
      { rowspan: 2, cls: 'l' },
    );
    const officeRefs = [...refsOf(both, 'serviceOfficeName'), ...refsOf(both, 'serviceOfficeCode'), ...refsOf(both, 'satelliteBranch')];
    const satellite = crossDistinct(refsOf(both, 'satelliteBranch'), '・');
    const office = crossCell(
      officeRefs,
      `${crossDistinct(refsOf(both, 'serviceOfficeName'))}<br><span class="sm">${r0.p.v(r0.i, 'serviceOfficeCode')}${satellite ? `-${satellite}` : ''}</span>`,
      { rowspan: 2, cls: 'l' },
    );
    const planLine = line(row, 'plan', t(env, '予定', 'Plan'));
    const actualLine = line(row, 'actual', t(env, '実績', 'Actual'));
    body.push(`<tbody class="row">${planLine.replace('<tr class="ln ln-plan">', `<tr class="ln ln-plan">${time}${content}${office}`)}${actualLine}</tbody>`);
  }

  const dayHead = dows.map((_, d) => `<th class="dh${dayClass(d)}">${d + 1}</th>`).join('');
  const wdHead = dows.map((dow, d) => `<th class="wd${dayClass(d)}">${dow < 0 ? '' : env.locale === 'ja' ? WEEKDAY_JA[dow]! : WEEKDAY_EN[dow]!}</th>`).join('');
  const grid = `<table class="f t6">
<colgroup><col class="w-time"><col class="w-svc"><col class="w-off"><col class="w-pj">${dows.map((_, d) => `<col class="w-day${dayClass(d)}">`).join('')}<col class="w-tot"><col class="w-units"><col class="w-30"></colgroup>
<thead><tr><th rowspan="2">${t(env, '提供時間帯', 'Time')}</th><th rowspan="2">${t(env, 'サービス内容', 'Service')}</th><th rowspan="2">${t(env, 'サービス事業者<br>事業所名', 'Provider office')}</th><th class="pj">${t(env, '日付', 'Day')}</th>${dayHead}<th rowspan="2">${t(env, '合計<br>回数', 'Total')}</th><th rowspan="2">${text(planParts[0]?.label('units') ?? actualParts[0]?.label('units') ?? '単位数')}</th><th rowspan="2">${t(env, '30日超', '>30 days')}</th></tr>
<tr><th class="pj">${t(env, '曜日', 'Weekday')}</th>${wdHead}</tr></thead>
${body.join('\n')}</table>`;

  // The header of the form: the month, the user (lent by 利用者補足情報), and each file's own header fields.
  const h = hosokuFor(env, first.p.rec(first.i), { targetMonth: monthRaw });
  const monthCell = crossCell(
    all.flatMap((p) => p.indices.map((i) => ({ p, i, key: 'targetMonth' }))),
    crossDistinct(
      all.flatMap((p) => p.indices.map((i) => ({ p, i, key: 'targetMonth' }))),
      '・',
    ),
    { tag: 'span' },
  );
  const sides = [planParts.length > 0 ? t(env, '予定', 'plan') : '', actualParts.length > 0 ? t(env, '実績', 'actuals') : '']
    .filter((s) => s !== '')
    .join('・');
  const tocTitle = `${t(env, 'サービス利用票', 'Service usage slip')}（${sides}）`;
  const title = `${monthCell}${t(env, '分', '')} ${t(env, 'サービス利用票（兼居宅（介護予防）サービス計画）', 'Service usage slip')} <span class="sub">第6表（${sides}）</span>`;
  const person = (key: string) =>
    crossCell(
      all.flatMap((p) => p.indices.map((i) => ({ p, i, key }))),
      crossDistinct(
        all.flatMap((p) => p.indices.map((i) => ({ p, i, key }))),
        '・',
      ),
    );
  const lbl = (ja: string, en: string) => `<th>${t(env, ja, en)}</th>`;
  const user = `<table class="f hd">
<tr>${lbl('保険者番号', 'Insurer number')}${person('insurerNumber')}${lbl('被保険者番号', 'Insured number')}${person('insuredNumber')}${lbl('フリガナ', 'Kana')}<td>${borrowed(env, h, 'nameKana')}</td>${lbl('被保険者氏名', 'Name')}<td>${borrowed(env, h, 'name')}</td>${lbl('認定済・申請中', 'Certification')}<td>${borrowed(env, h, 'certificationStatus')}</td></tr>
<tr>${lbl('生年月日', 'Date of birth')}<td>${borrowed(env, h, 'birthDate')}</td>${lbl('性別', 'Sex')}<td>${borrowed(env, h, 'sex')}</td>${lbl('要介護状態区分', 'Care level')}<td>${borrowed(env, h, 'careLevel')}</td>${lbl('前回要介護状態区分・変更日', 'Previous level, changed on')}<td class="wr">${borrowed(env, h, 'previousCareLevel')} ${borrowed(env, h, 'careLevelChangedOn')}</td>${lbl('区分支給限度基準額', 'Benefit limit')}<td class="wr">${borrowed(env, h, 'benefitLimit')}${h ? t(env, ' 単位/月', ' units/month') : ''}<br><span class="sm">${borrowed(env, h, 'limitStartDate')}～${borrowed(env, h, 'limitEndDate')}</span></td></tr>
</table>`;
  const partRows = all
    .map((p) => {
      const side = planParts.includes(p) ? t(env, '予定', 'Plan') : t(env, '実績', 'Actual');
      return `<tr><th>${side} <span class="pfx">${p.info.kind ?? ''}</span></th>${p.tdDistinct(p.indices, 'createdOn')}${p.cell(
        p.indices.flatMap((i) => [
          { i, key: 'planOfficeCode' },
          { i, key: 'planManagerName' },
        ]),
        `${p.distinct(p.indices, 'planOfficeCode', '・')}　${p.distinct(p.indices, 'planManagerName', '・')}`,
      )}${p.tdDistinct(p.indices, 'shortStayDaysBeforeMonth', { cls: 'num' })}</tr>`;
    })
    .join('');
  const parts = `<table class="f hd"><tr><th></th><th>${t(env, '作成年月日', 'Created on')}</th><th>${t(env, '居宅介護支援事業者（プラン担当業者コード）・担当者名', 'Care management office code, care manager')}</th><th>${t(env, '前月までの短期入所利用日数', 'Short-stay days up to last month')}</th></tr>${partRows}</table>`;
  const extra =
    loose.length > 0
      ? `<table class="f wkb"><tr><th>${t(env, '日の欄に置けない値', 'Values with no day cell')}</th><td>${loose.join('')}</td></tr></table>`
      : '';
  const legend = `<p class="note">${t(env, '日の欄の数字はサービス回数。', 'Day cells show the service count. ')}<span class="pr-key"></span>${t(env, '＝日割対象日。', '= pro-rated day.')}</p>`;
  return frame(scope, {
    title,
    toc: `第6表 ${tocTitle} ${formatMonth(monthRaw, env.locale) ?? (env.showValues ? monthRaw : MASK)}`,
    body: user + parts + grid + extra + legend + lentNote(env, h),
  });
}
