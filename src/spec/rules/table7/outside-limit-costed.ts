/**
 * 第7表: services outside the category limit (No.18 empty) are still costed — on their own rows
 * or on an EEEE subtotal — into 費用総額, 請求額 and 利用者負担. Judged only when the file tells
 * which lines are outside the limit (some lines of the group carry No.18) and prices the group.
 */
import { defineRule, type FileFinding } from '../../rule.js';
import { groupsOf, n, perUser, sumOf, T7_ROW_READS, yen } from './model.js';

export const table7OutsideLimitCosted = defineRule({
  id: 'table7OutsideLimitCosted',
  description: {
    ja: '区分支給限度基準額の対象外のサービスも費用総額に計上する',
    en: 'Services outside the category limit are costed too',
  },
  source:
    '第7表 No.18: 区分支給限度外のサービスの場合はNull（空）; MHLW 記載例33-1: 区分外の加算540単位 → 5,994 / 5,394 / 600; Vol.116 Q&A: サービス利用票は利用者に保険対象内外のサービスを区分して記載',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['FILE_OUTSIDE_LIMIT_NOT_COSTED'],
  start: () =>
    perUser((rows) => {
      const out: FileFinding<'FILE_OUTSIDE_LIMIT_NOT_COSTED'>[] = [];
      for (const g of groupsOf(rows)) {
        const priced = g.rows.find((r) => typeof r.price === 'number');
        if (!priced || typeof priced.price !== 'number' || g.eeee.length > 0) continue;
        if (g.inferred) {
          const outside = g.unlimited.filter((r) => r.amount !== 0 && r.amount !== undefined);
          if (outside.length === 0 || outside.some((r) => r.cost !== undefined)) continue;
          // An AAAA that adds the lines outside the limit too (Σ of every regular line) costs them itself.
          const [aaaa] = g.aaaa;
          const sumK = sumOf(g.limited, (r) => r.amount);
          if (aaaa && (aaaa.amount === null || aaaa.amount !== sumK)) continue;
          const units = sumOf(outside, (r) => r.amount);
          const price = typeof aaaa?.price === 'number' ? aaaa.price : priced.price;
          if (units !== null)
            out.push({
              code: 'FILE_OUTSIDE_LIMIT_NOT_COSTED',
              recordIndex: outside[0]!.index,
              fieldKey: 'totalCost',
              params: { units, expected: yen(units, price) },
            });
          continue;
        }
        // One line, not counted against the limit, priced but not costed.
        const [line] = g.regular;
        if (g.regular.length === 1 && g.rows.length === 1 && line!.bm === undefined && line!.cost === undefined && typeof line!.price === 'number') {
          const units = n(line!.amount);
          if (units !== null && units !== 0)
            out.push({
              code: 'FILE_OUTSIDE_LIMIT_NOT_COSTED',
              recordIndex: line!.index,
              fieldKey: 'totalCost',
              params: { units, expected: yen(units, line!.price) },
            });
        }
      }
      return out;
    }),
});
