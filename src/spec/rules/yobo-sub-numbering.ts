/**
 * 介護予防サービス・支援計画書（別表）: under one 課題NO the 支援計画NO are 1, 2, …; under one 支援計画NO
 * the 利用サービスNO are 1, 2, … (stated); the 課題NO of a plan are 1, 2, … (shown by the example
 * only: FILE_YOBO_SUB_ISSUE_NUMBERING, never strict). An empty or non-numeric NO is not numbered.
 */
import { defineRule, noFinding, type FileFinding } from '../rule.js';
import { noValue, sequenceGap } from './sequence.js';

interface Numbers {
  /** number → first record carrying it */
  readonly first: Map<number, number>;
  readonly children: Map<number, Numbers>;
}
const numbers = (): Numbers => ({ first: new Map(), children: new Map() });

/** Records `n` at `index` in `level`; returns the child level of n. */
function note(level: Numbers, n: number, index: number): Numbers {
  if (!level.first.has(n)) level.first.set(n, index);
  let child = level.children.get(n);
  if (!child) level.children.set(n, (child = numbers()));
  return child;
}

type Code = 'FILE_YOBO_SUB_NUMBERING' | 'FILE_YOBO_SUB_ISSUE_NUMBERING';

export const yoboSubNumbering = defineRule({
  id: 'yoboSubNumbering',
  description: {
    ja: '同一課題NOの支援計画NO、同一支援計画NOの利用サービスNOは1からの連番（課題NOも1からの連番と推定）',
    en: 'Support plan numbers per issue and service numbers per support plan run 1, 2, … (issue numbers presumably too)',
  },
  source:
    '(補足)別表の構成について ■標準様式における記載例: ※同一の課題NOに複数の支援計画を含める場合は、課題NOを同一にして支援計画NOに連番を入力する。※同一の支援計画NOに複数の利用サービスを含める場合は、支援計画NOを同一にして利用サービスNOに連番を入力する。 (the example numbers 課題NO 1, 1, 1, 2 | 支援計画NO 1, 2, 2, 1 | 利用サービスNO 1, 1, 2, 1)',
  kinds: ['UPYOBO_SUB'],
  reads: ['insurerNumber', 'insuredNumber', 'planDate', 'issueNo', 'supportPlanNo', 'serviceNo'],
  codes: ['FILE_YOBO_SUB_NUMBERING', 'FILE_YOBO_SUB_ISSUE_NUMBERING'],
  start() {
    const plans = new Map<string, Numbers>();
    return {
      add(r, index) {
        const issue = noValue(r.issueNo);
        if (issue === undefined) return noFinding();
        const key = `${r.insurerNumber}\u0000${r.insuredNumber}\u0000${r.planDate}`;
        let plan = plans.get(key);
        if (!plan) plans.set(key, (plan = numbers()));
        const supportPlans = note(plan, issue, index);
        const supportPlan = noValue(r.supportPlanNo);
        if (supportPlan === undefined) return noFinding();
        const services = note(supportPlans, supportPlan, index);
        const service = noValue(r.serviceNo);
        if (service !== undefined) note(services, service, index);
        return noFinding();
      },
      finish() {
        const out: FileFinding<Code>[] = [];
        const check = (level: Numbers, code: Code, fieldKey: string) => {
          const gap = sequenceGap(level.first);
          if (gap) out.push({ code, recordIndex: gap.recordIndex, fieldKey, params: { expected: gap.expected } });
        };
        for (const plan of plans.values()) {
          check(plan, 'FILE_YOBO_SUB_ISSUE_NUMBERING', 'issueNo');
          for (const supportPlans of plan.children.values()) {
            check(supportPlans, 'FILE_YOBO_SUB_NUMBERING', 'supportPlanNo');
            for (const services of supportPlans.children.values()) check(services, 'FILE_YOBO_SUB_NUMBERING', 'serviceNo');
          }
        }
        return out.sort((a, b) => a.recordIndex - b.recordIndex);
      },
    };
  },
});
