/** 第7表: each user has exactly one 全合計 row (999999). */
import { defineRule, noFinding, type FileFinding } from '../../rule.js';
import { perUser, T7_ROW_READS } from './model.js';

export const table7GrandTotalRow = defineRule({
  id: 'table7GrandTotalRow',
  description: {
    ja: '利用者ごとに全合計（999999）の行が1行ある',
    en: 'Each user has exactly one grand-total row (999999)',
  },
  source: '第7表 No.9: 全合計：ALL9（999999） 固定（必須出力）; No.7: 全合計の場合はALL９（9999999999）とする',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['FILE_GRAND_TOTAL_MISSING', 'FILE_GRAND_TOTAL_DUPLICATE'],
  start: () =>
    perUser<'FILE_GRAND_TOTAL_MISSING' | 'FILE_GRAND_TOTAL_DUPLICATE'>((rows) => {
      const totals = rows.filter((r) => r.kind === 'total');
      if (totals.length === 0) {
        const last = rows.reduce((a, b) => (b.index > a.index ? b : a));
        return [{ code: 'FILE_GRAND_TOTAL_MISSING', recordIndex: last.index, fieldKey: 'serviceCode' }];
      }
      if (totals.length === 1) return noFinding();
      return totals
        .slice(1)
        .map((r): FileFinding<'FILE_GRAND_TOTAL_DUPLICATE'> => ({ code: 'FILE_GRAND_TOTAL_DUPLICATE', recordIndex: r.index, fieldKey: 'serviceCode' }));
    }),
});
