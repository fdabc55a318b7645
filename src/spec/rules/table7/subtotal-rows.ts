/**
 * 第7表 {CD}AAAA is required when an office's service type has several lines; no subtotal row
 * twice. 居宅療養管理指導 (31/34) is wholly outside the category limit: its natural subtotal is the
 * optional EEEE. When only one line counts against the limit, whether the others count as 「複数行」
 * is not stated: a doubtful finding.
 */
import { defineRule, type FileFinding } from '../../rule.js';
import { groupsOf, lacksSubtotal, perUser, T7_ROW_READS } from './model.js';

type Code = 'FILE_SUBTOTAL_MISSING' | 'FILE_SUBTOTAL_MISSING_DOUBTFUL' | 'FILE_SUBTOTAL_DUPLICATE';

export const table7SubtotalRows = defineRule({
  id: 'table7SubtotalRows',
  description: {
    ja: 'サービスコードが複数行のサービス種類には種類別小計（AAAA）がある。小計行は重複しない',
    en: 'A service type with several lines has its subtotal row (AAAA); no subtotal row twice',
  },
  source: '第7表 No.9: 区分支給対象種類別小計：CD（サービス種別）+’AAAA’（サービスコードが複数行の場合は必須）',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['FILE_SUBTOTAL_MISSING', 'FILE_SUBTOTAL_MISSING_DOUBTFUL', 'FILE_SUBTOTAL_DUPLICATE'],
  start: () =>
    perUser((rows) => {
      const out: FileFinding<Code>[] = [];
      for (const g of groupsOf(rows)) {
        if (lacksSubtotal(g)) {
          const last = g.regular.reduce((a, b) => (b.index > a.index ? b : a));
          const code = g.inferred && g.limited.length <= 1 ? 'FILE_SUBTOTAL_MISSING_DOUBTFUL' : 'FILE_SUBTOTAL_MISSING';
          out.push({ code, recordIndex: last.index, fieldKey: 'serviceCode', params: { code: `${g.type}AAAA` } });
        }
        const seen = new Set<string>();
        for (const r of [...g.aaaa, ...g.eeee, ...g.zzzz].sort((a, b) => a.index - b.index)) {
          const key = `${r.code}\u0000${r.branch}`;
          if (seen.has(key)) out.push({ code: 'FILE_SUBTOTAL_DUPLICATE', recordIndex: r.index, fieldKey: 'serviceCode', params: { code: r.code } });
          seen.add(key);
        }
      }
      return out;
    }),
});
