/**
 * 第3表 週間サービス計画表 (UP3KYO), one form per plan: the weekly grid (月〜日 × 0:00〜24:00) with
 * each service as a box at its day and times, 主な日常生活上の活動 in the right column at their
 * times, and 週単位以外のサービス below. Boxes that overlap on one day share the column.
 */
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { parseHhmm } from '../calendar.js';
import { text } from '../html.js';
import { borrowed, groupBy, hosokuFor, lentNote, personCells } from './common.js';

/** Height of one hour on the grid. */
const HOUR_MM = 6;
/** Column widths in percent: period, time, seven days, activities. */
const W_PERIOD = 3.5;
const W_TIME = 4.5;
const W_DAY = 9.5;
const DAYS_LEFT = W_PERIOD + W_TIME;
const W_ACT = 100 - DAYS_LEFT - 7 * W_DAY;
const PERIODS: readonly [string, string, number][] = [
  ['深夜', 'Night', 6],
  ['早朝', 'Early', 2],
  ['午前', 'Morning', 4],
  ['午後', 'Afternoon', 6],
  ['夜間', 'Evening', 4],
  ['深夜', 'Night', 2],
];
const DAY_NAMES: readonly [string, string][] = [
  ['月', 'Mon'],
  ['火', 'Tue'],
  ['水', 'Wed'],
  ['木', 'Thu'],
  ['金', 'Fri'],
  ['土', 'Sat'],
  ['日', 'Sun'],
];

/** A box grows to fit its text (about three lines): lanes are laid out for that height. */
const MIN_VISUAL_MINUTES = 75;

interface Box {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  lane: number;
  lanes: number;
}

const visualEnd = (b: Box) => Math.max(b.end, b.start + MIN_VISUAL_MINUTES);

/** Lanes for boxes that overlap: each cluster of overlapping boxes splits the column evenly. */
function layLanes(boxes: Box[]): void {
  boxes.sort((a, b) => a.start - b.start || a.end - b.end);
  let cluster: Box[] = [];
  let clusterEnd = -1;
  const close = () => {
    const lanes = Math.max(1, ...cluster.map((b) => b.lane + 1));
    for (const b of cluster) b.lanes = lanes;
    cluster = [];
  };
  for (const b of boxes) {
    if (b.start >= clusterEnd && cluster.length > 0) close();
    const laneEnds: number[] = [];
    for (const c of cluster) laneEnds[c.lane] = Math.max(laneEnds[c.lane] ?? -1, visualEnd(c));
    let lane = 0;
    while ((laneEnds[lane] ?? -1) > b.start) lane++;
    b.lane = lane;
    cluster.push(b);
    clusterEnd = Math.max(clusterEnd, visualEnd(b));
  }
  if (cluster.length > 0) close();
}

const mm = (minutes: number) => `${((minutes / 60) * HOUR_MM).toFixed(2)}mm`;

function span(start: number, end: number): { start: number; end: number } {
  // An end at or before the start runs past midnight: drawn to 24:00.
  return { start, end: end > start ? end : 24 * 60 };
}

function box(p: Part, b: Box, left: number, width: number, content: string, keys: readonly string[], extra = ''): string {
  const m = p.marks(keys.map((key) => ({ i: b.i, key })));
  const l = left + (b.lane * width) / b.lanes;
  const w = width / b.lanes;
  return `<div class="blk ${m.cls}"${extra} style="top:${mm(b.start)};min-height:${mm(b.end - b.start)};left:${l.toFixed(3)}%;width:${w.toFixed(3)}%">${content}${m.html}</div>`;
}

const timeRange = (p: Part, i: number, a: string, b: string) => `<span class="tm">${p.v(i, a)}～${p.v(i, b)}</span>`;

export function renderTable3(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.planDate ?? '').map((planIs) => {
    const scope = new FormScope(env);
    const p = scope.part(info, planIs);
    const perDay: Box[][] = DAY_NAMES.map(() => []);
    const acts: Box[] = [];
    const loose: string[] = [];
    const nonWeekly: string[] = [];
    for (const i of planIs) {
      const r = records[i]!;
      const weekly = ['serviceContent', 'weekday', 'startTime', 'endTime'].some((k) => (r[k] ?? '') !== '');
      if (weekly) {
        const day = Number(r.weekday);
        const s = parseHhmm(r.startTime ?? '');
        const e = parseHhmm(r.endTime ?? '');
        if (Number.isInteger(day) && day >= 1 && day <= 7 && /^[1-7]$/.test(r.weekday ?? '') && s !== null && e !== null)
          perDay[day - 1]!.push({ i, ...span(s, e), lane: 0, lanes: 1 });
        else
          loose.push(
            p.cell(
              ['serviceContent', 'weekday', 'startTime', 'endTime'].map((key) => ({ i, key })),
              `${p.v(i, 'serviceContent')}（${text(p.label('weekday'))} ${p.v(i, 'weekday')}　${timeRange(p, i, 'startTime', 'endTime')}）`,
              { tag: 'span', cls: 'item' },
            ),
          );
      }
      const activity = ['dailyActivity', 'activityStartTime', 'activityEndTime'].some((k) => (r[k] ?? '') !== '');
      if (activity) {
        const s = parseHhmm(r.activityStartTime ?? '');
        const e = parseHhmm(r.activityEndTime ?? '');
        if (s !== null) acts.push({ i, ...span(s, e ?? s + 30), lane: 0, lanes: 1 });
        else
          loose.push(
            p.cell(
              ['dailyActivity', 'activityStartTime', 'activityEndTime'].map((key) => ({ i, key })),
              `${p.v(i, 'dailyActivity')}（${timeRange(p, i, 'activityStartTime', 'activityEndTime')}）`,
              { tag: 'span', cls: 'item' },
            ),
          );
      }
      if ((r.nonWeeklyService ?? '') !== '') nonWeekly.push(p.td(i, 'nonWeeklyService', { tag: 'span', cls: 'item' }));
    }
    const blocks: string[] = [];
    perDay.forEach((boxes, d) => {
      layLanes(boxes);
      for (const b of boxes)
        blocks.push(
          box(
            p,
            b,
            DAYS_LEFT + d * W_DAY,
            W_DAY,
            `${p.v(b.i, 'serviceContent')}<br>${timeRange(p, b.i, 'startTime', 'endTime')}`,
            ['serviceContent', 'weekday', 'startTime', 'endTime'],
            ` data-wd="${d + 1}"`,
          ),
        );
    });
    layLanes(acts);
    for (const b of acts)
      blocks.push(
        box(
          p,
          b,
          DAYS_LEFT + 7 * W_DAY,
          W_ACT - 0.4,
          `${timeRange(p, b.i, 'activityStartTime', 'activityEndTime')} ${p.v(b.i, 'dailyActivity')}`,
          ['dailyActivity', 'activityStartTime', 'activityEndTime'],
          ' data-act',
        ),
      );

    const cols = `<colgroup><col style="width:${W_PERIOD}%"><col style="width:${W_TIME}%">${DAY_NAMES.map(() => `<col style="width:${W_DAY}%">`).join('')}<col style="width:${W_ACT.toFixed(1)}%"></colgroup>`;
    const headRow = `<table class="f wkh">${cols}<tr><th colspan="2"></th>${DAY_NAMES.map(([ja, en]) => `<th>${t(env, ja, en)}</th>`).join('')}<th>${t(env, '主な日常生活上の活動', 'Main daily activities')}</th></tr></table>`;
    let bg = '';
    let hour = 0;
    for (const [ja, en, hours] of PERIODS) {
      for (let k = 0; k < hours; k++, hour++) {
        const period = k === 0 ? `<th class="per" rowspan="${hours}">${t(env, ja, en)}</th>` : '';
        bg += `<tr style="height:${HOUR_MM}mm">${period}<td class="hr">${hour % 2 === 0 ? `${hour}:00` : hour === 23 ? '<span class="h24">24:00</span>' : ''}</td>${'<td></td>'.repeat(8)}</tr>`;
      }
    }
    const grid = `<div class="wk" style="height:${24 * HOUR_MM}mm"><table class="wkbg">${cols}${bg}</table>${blocks.join('')}</div>`;
    const bottom = `<table class="f wkb"><tr><th>${t(env, '週単位以外のサービス', 'Non-weekly services')}</th><td>${nonWeekly.join('')}</td></tr>${
      loose.length > 0 ? `<tr><th>${t(env, '曜日・時間を図に置けない項目', 'Items with no usable day or time')}</th><td>${loose.join('')}</td></tr>` : ''
    }</table>`;
    const first = planIs[0]!;
    const h = hosokuFor(env, records[first]!, { planDate: records[first]!.planDate ?? '' });
    const head = `<table class="f hd"><tr><th>${t(env, '利用者名', 'User name')}</th><td>${borrowed(env, h, 'name')} ${t(env, '殿', '')}</td>${personCells(p, planIs)}<th>${text(p.label('planDate'))}</th>${p.tdDistinct(planIs, 'planDate')}<th>${text(p.label('createdOn'))}</th>${p.tdDistinct(planIs, 'createdOn')}</tr></table>`;
    return frame(scope, {
      title: t(env, '週間サービス計画表', 'Weekly service plan') + ' <span class="sub">第3表</span>',
      body: head + headRow + grid + bottom + lentNote(env, h),
    });
  });
}
