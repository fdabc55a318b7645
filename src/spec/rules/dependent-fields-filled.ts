/**
 * 利用者基本情報: 相談方法「03:その他」needs 相談方法(その他の内容), and 利用者の現況「02:入院又は
 * 入所中」needs 利用者の現況(状況補足) (Nos.8→9, 12→13).
 */
import { defineRule, type Finding } from '../rule.js';

/** A code value of one field that asks for the content of another. */
const DEPENDENTS = [
  { trigger: 'consultationMethod', triggerNo: 8, code: '03', dependent: 'consultationMethodOther' },
  { trigger: 'userStatus', triggerNo: 12, code: '02', dependent: 'userStatusDetail' },
] as const;

export const dependentFieldsFilled = defineRule({
  id: 'dependentFieldsFilled',
  description: {
    ja: '相談方法「03:その他」は相談方法(その他の内容)、利用者の現況「02:入院又は入所中」は状況補足を記載する',
    en: 'Consultation method 03 (other) needs its details; current situation 02 (in hospital or a facility) needs its details',
  },
  source:
    '利用者基本情報 No.8 相談方法: 01:来所、02:電話、03:その他 「03:その他」の場合は、「相談方法(その他の内容)」に内容を記載する。; No.12 利用者の現況: 01:在宅、02:入院又は入所中 「02:入院又は入所中」の場合は、「本人の現況(状況補足)」に内容を記載する。(the layout names No.13 利用者の現況(状況補足): the same field)',
  kinds: ['UPKIHON'],
  reads: ['consultationMethod', 'consultationMethodOther', 'userStatus', 'userStatusDetail'],
  codes: ['RECORD_DEPENDENT_FIELD_EMPTY'],
  check(r) {
    const out: Finding<'RECORD_DEPENDENT_FIELD_EMPTY'>[] = [];
    for (const d of DEPENDENTS)
      if (r[d.trigger] === d.code && r[d.dependent] === '')
        out.push({ code: 'RECORD_DEPENDENT_FIELD_EMPTY', fieldKey: d.dependent, params: { triggerNo: d.triggerNo, triggerCode: d.code } });
    return out;
  },
});
