/**
 * buildCarePlanTree: 第2表 records as 課題 → 援助目標 → 援助内容 trees, one per plan, the blank
 * cells of print-image rows filled from the row above with the same NO (spec/plan-items.ts).
 */
import { checkArray } from '../core/refuse.js';
import type { RecordValues } from '../spec/kind.js';
import { planItemNumberer, type PlanItemRecord } from '../spec/plan-items.js';

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

const text = (r: RecordValues, key: string) => r[key] ?? '';
const asPlanItem = (r: RecordValues): PlanItemRecord => ({
  insurerNumber: text(r, 'insurerNumber'),
  insuredNumber: text(r, 'insuredNumber'),
  planDate: text(r, 'planDate'),
  issueNo: text(r, 'issueNo'),
  goalNo: text(r, 'goalNo'),
  supportNo: text(r, 'supportNo'),
});

/**
 * 第2表 as a tree: per plan (保険者番号, 被保険者番号, 作成日), its issues, their goals and their support items, in record order.
 *
 * @example
 * ```ts
 * import { buildCarePlanTree, parseFile } from 'careplan-csv';
 *
 * declare const bytes: Uint8Array;
 * const p = parseFile({ name: 'UP2KYO_1371200101_43_1371200202_11_20250420093000.CSV', bytes });
 * for (const plan of buildCarePlanTree(p.records)) console.log(plan.insuredNumber, plan.issues.length);
 * ```
 */
export function buildCarePlanTree(records: readonly RecordValues[]): CarePlanTree[] {
  checkArray('buildCarePlanTree', 'records', records);
  const plans = new Map<string, CarePlanTree>();
  const number = planItemNumberer();
  for (const r of records) {
    const row = number(asPlanItem(r));
    let plan = plans.get(row.plan);
    if (!plan) {
      plan = { insurerNumber: text(r, 'insurerNumber'), insuredNumber: text(r, 'insuredNumber'), planDate: text(r, 'planDate'), issues: [] };
      plans.set(row.plan, plan);
    }
    let issue = plan.issues.find((x) => x.issueNo === row.issueNo);
    if (!issue) {
      issue = { issueNo: row.issueNo, issue: text(r, 'issue'), goals: [] };
      plan.issues.push(issue);
    }
    let goal = issue.goals.find((g) => g.goalNo === row.goalNo);
    if (!goal) {
      goal = {
        goalNo: row.goalNo,
        longTermGoal: text(r, 'longTermGoal'),
        shortTermGoal: text(r, 'shortTermGoal'),
        longTermPeriod: text(r, 'longTermPeriod'),
        shortTermPeriod: text(r, 'shortTermPeriod'),
        items: [],
      };
      issue.goals.push(goal);
    }
    goal.items.push({ supportNo: row.supportNo, record: r });
  }
  return [...plans.values()];
}
