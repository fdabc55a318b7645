/**
 * 第2表: the (課題NO, 援助目標NO, 援助内容NO) triple is unique within one plan. The spec asks only for a
 * sort order, so uniqueness is inferred: a repeated triple is a warning (RECORD_PLAN_ITEM_DUPLICATE).
 */
import { defineRule, noFinding } from '../rule.js';
import { PLAN_ITEM_READS, planItemNumberer } from '../plan-items.js';

export const planItemNumbersUnique = defineRule({
  id: 'planItemNumbersUnique',
  description: {
    ja: '同じ計画の中で（課題NO、援助目標NO、援助内容NO）は重複しない（推定のため警告）',
    en: '(issue no, goal no, support no) is unique within one plan (inferred: a warning)',
  },
  source:
    '居宅サービス計画2表: ※ 課題ＮＯ、援助目標ＮＯ、援助内容ＮＯの優先順位でソートした際に、帳票に出力する際の順番になるようにする（課題ＮＯ １～99、課題に対する援助NO １～99、目標に対する内容NO １～99） — a sort order; that the triple identifies a row is inferred',
  kinds: ['UP2KYO'],
  reads: PLAN_ITEM_READS,
  codes: ['RECORD_PLAN_ITEM_DUPLICATE'],
  start() {
    const number = planItemNumberer();
    const seen = new Map<string, number>();
    return {
      add(record, index) {
        const row = number(record);
        if (row.issueNo === '' && row.goalNo === '' && row.supportNo === '') return noFinding();
        const key = `${row.plan}\u0000${Number(row.issueNo)}\u0000${Number(row.goalNo)}\u0000${Number(row.supportNo)}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return noFinding();
        }
        return [{ code: 'RECORD_PLAN_ITEM_DUPLICATE', recordIndex: index, fieldKey: 'supportNo', params: { firstRecord: first + 1 } }];
      },
    };
  },
});
