/**
 * 第2表 (UP2KYO): print-image rows and the (課題NO, 援助目標NO, 援助内容NO) key.
 * Print-image style leaves repeated cells blank on following rows; it is legal, and
 * `buildCarePlanTree` fills them in.
 */
import type { FileRule, FileRuleIssue, RecordValues } from '../kind.js';

const planKey = (r: RecordValues) => `${r.insurerNumber}\u0000${r.insuredNumber}\u0000${r.planDate}`;

interface NumberedRow {
  readonly record: RecordValues;
  readonly plan: string;
  readonly issueNo: string;
  readonly goalNo: string;
  readonly supportNo: string;
}

/** Carries the NO fields forward over blank print-image cells, one row at a time. */
function numberer(): (r: RecordValues) => NumberedRow {
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
    if ((r.issueNo ?? '') !== '') {
      if (r.issueNo !== issueNo) goalNo = '';
      issueNo = r.issueNo!;
    }
    if ((r.goalNo ?? '') !== '') goalNo = r.goalNo!;
    return { record: r, plan: key, issueNo, goalNo, supportNo: r.supportNo ?? '' };
  };
}

/** The (課題NO, 援助目標NO, 援助内容NO) triple is unique within one plan. */
export const planItemNumbersUnique: FileRule = {
  id: 'planItemNumbersUnique',
  description: {
    ja: '同じ計画の中で（課題NO、援助目標NO、援助内容NO）は重複しない',
    en: '(issue no, goal no, support no) is unique within one plan',
  },
  codes: ['RECORD_PLAN_ITEM_DUPLICATE'],
  start() {
    const number = numberer();
    const seen = new Map<string, number>();
    return (record, index): FileRuleIssue[] => {
      const row = number(record);
      if (row.issueNo === '' && row.goalNo === '' && row.supportNo === '') return [];
      const key = `${row.plan}\u0000${Number(row.issueNo)}\u0000${Number(row.goalNo)}\u0000${Number(row.supportNo)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return [];
      }
      return [{ code: 'RECORD_PLAN_ITEM_DUPLICATE', recordIndex: index, fieldKey: 'supportNo', params: { firstRecord: first + 1 } }];
    };
  },
};

export interface SupportItem {
  readonly supportNo: string;
  readonly record: RecordValues;
}
export interface Goal {
  readonly goalNo: string;
  readonly longTermGoal: string;
  readonly shortTermGoal: string;
  readonly longTermPeriod: string;
  readonly shortTermPeriod: string;
  readonly items: SupportItem[];
}
export interface PlanIssue {
  readonly issueNo: string;
  readonly issue: string;
  readonly goals: Goal[];
}
export interface CarePlanTree {
  readonly insurerNumber: string;
  readonly insuredNumber: string;
  readonly planDate: string;
  readonly issues: PlanIssue[];
}

/**
 * Builds 課題 → 援助目標 → 援助内容 trees from 第2表 records, one per plan, filling the blank cells
 * of print-image rows from the row above with the same NO.
 */
export function buildCarePlanTree(records: readonly RecordValues[]): CarePlanTree[] {
  const plans = new Map<string, CarePlanTree>();
  const number = numberer();
  for (const r of records) {
    const row = number(r);
    let plan = plans.get(row.plan);
    if (!plan) {
      plan = { insurerNumber: r.insurerNumber ?? '', insuredNumber: r.insuredNumber ?? '', planDate: r.planDate ?? '', issues: [] };
      plans.set(row.plan, plan);
    }
    let issue = plan.issues.find((x) => x.issueNo === row.issueNo);
    if (!issue) {
      issue = { issueNo: row.issueNo, issue: r.issue ?? '', goals: [] };
      plan.issues.push(issue);
    }
    let goal = issue.goals.find((g) => g.goalNo === row.goalNo);
    if (!goal) {
      goal = {
        goalNo: row.goalNo,
        longTermGoal: r.longTermGoal ?? '',
        shortTermGoal: r.shortTermGoal ?? '',
        longTermPeriod: r.longTermPeriod ?? '',
        shortTermPeriod: r.shortTermPeriod ?? '',
        items: [],
      };
      issue.goals.push(goal);
    }
    goal.items.push({ supportNo: row.supportNo, record: r });
  }
  return [...plans.values()];
}
