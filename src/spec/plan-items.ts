/**
 * 第2表 (UP2KYO) rows follow the printed form: a 課題/目標/期間 repeated from the row above is
 * written on its first row only, and the NO fields of the following rows may be blank. This is
 * legal; a reader carries the NO fields forward. One definition, used by the uniqueness rule and
 * by the tree builder (codec/care-plan-tree.ts).
 */

/** The fields that identify a plan (居宅サービス計画) of one user. */
export const PLAN_KEYS = ['insurerNumber', 'insuredNumber', 'planDate'] as const;
const planKey = (r: Readonly<Record<(typeof PLAN_KEYS)[number], string>>) => `${r.insurerNumber}\u0000${r.insuredNumber}\u0000${r.planDate}`;

/** The fields the numbering reads. */
export const PLAN_ITEM_READS = [...PLAN_KEYS, 'issueNo', 'goalNo', 'supportNo'] as const;
export type PlanItemRecord = Readonly<Record<(typeof PLAN_ITEM_READS)[number], string>>;

export interface NumberedRow {
  /** The plan's key (保険者番号, 被保険者番号, 作成（変更）日 joined). */
  readonly plan: string;
  readonly issueNo: string;
  readonly goalNo: string;
  readonly supportNo: string;
}

/** Carries the NO fields forward over blank print-image cells, one row at a time. */
export function planItemNumberer(): (r: PlanItemRecord) => NumberedRow {
  let plan = '';
  let issueNo = '';
  let goalNo = '';
  return (r) => {
    const key = planKey(r);
    if (key !== plan) {
      plan = key;
      issueNo = '';
      goalNo = '';
    }
    if (r.issueNo !== '') {
      if (r.issueNo !== issueNo) goalNo = '';
      issueNo = r.issueNo;
    }
    if (r.goalNo !== '') goalNo = r.goalNo;
    return { plan: key, issueNo, goalNo, supportNo: r.supportNo };
  };
}
