/**
 * 介護予防サービス・支援計画書（別表）: the 課題 items (Nos.6–9) are written on the first row of a 課題NO
 * only, the 支援計画 items (Nos.11–13) on the first row of a 支援計画NO only; later rows leave them
 * empty. The 利用サービス items (Nos.15–17) belong to every row.
 */
import { defineRule, noFinding } from '../rule.js';

const ISSUE_ITEMS = ['overallIssue', 'goalProposal', 'userFamilyIntent', 'goal'] as const;
const SUPPORT_PLAN_ITEMS = ['supportPoints', 'selfCareInformal', 'insuredServices'] as const;

/** A NO as a key: 01 and 1 are one number; other text is kept as written (trimmed). */
const noKey = (v: string) => {
  const t = v.trim();
  return /^[0-9]+$/.test(t) ? String(Number(t)) : t;
};

export const yoboSubContinuationRows = defineRule({
  id: 'yoboSubContinuationRows',
  description: {
    ja: '同じ課題・支援計画の2行目以降はNO以外の項目を空欄にする',
    en: 'Later rows of the same issue / support plan leave everything but the NOs empty',
  },
  source:
    '(補足)別表の構成について ■標準様式における記載例: 課題の入力について、NO以外の項目は最初の行のみに内容を記載して2回目以降は空欄とする。…支援計画の入力について、NO以外の項目は最初の行のみに内容を記載して2回目以降は空欄とする。 (the example leaves Nos.6–9 empty on the later rows of 課題1 and Nos.11–13 on the later rows of 支援計画2)',
  kinds: ['UPYOBO_SUB'],
  reads: ['insurerNumber', 'insuredNumber', 'planDate', 'issueNo', 'supportPlanNo', ...ISSUE_ITEMS, ...SUPPORT_PLAN_ITEMS],
  codes: ['FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY'],
  start() {
    // plan → the 課題NO and (課題NO, 支援計画NO) seen so far
    const seen = new Map<string, Set<string>>();
    return {
      add(r, index) {
        const issue = noKey(r.issueNo);
        if (issue === '') return noFinding();
        const key = `${r.insurerNumber}\u0000${r.insuredNumber}\u0000${r.planDate}`;
        let plan = seen.get(key);
        if (!plan) seen.set(key, (plan = new Set()));
        const out: { code: 'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY'; recordIndex: number; fieldKey: string; params: { part: string } }[] = [];
        const issueKey = `i\u0000${issue}`;
        if (plan.has(issueKey)) {
          const filled = ISSUE_ITEMS.find((k) => r[k] !== '');
          if (filled) out.push({ code: 'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY', recordIndex: index, fieldKey: filled, params: { part: 'issue' } });
        } else plan.add(issueKey);
        const supportPlan = noKey(r.supportPlanNo);
        if (supportPlan !== '') {
          const planKey = `p\u0000${issue}\u0000${supportPlan}`;
          if (plan.has(planKey)) {
            const filled = SUPPORT_PLAN_ITEMS.find((k) => r[k] !== '');
            if (filled) out.push({ code: 'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY', recordIndex: index, fieldKey: filled, params: { part: 'supportPlan' } });
          } else plan.add(planKey);
        }
        return out;
      },
    };
  },
});
