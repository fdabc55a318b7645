/**
 * UP2KYO — 居宅サービス計画2表 (care plan table 2, 居宅サービス計画書(2)), 22 fields.
 */
import { defineKind } from '../kind.js';
import { PLAN_LINK } from '../links.js';
import { code, csvVersionField, digits, free, identifierField, insuredNumberField, insurerNumberField, text, updaterCodeField, yyyymmdd } from '../fields.js';
import { hokenTaishoKubun } from '../codelists/kyotaku.js';

export const UP2KYO = defineKind({
  id: 'UP2KYO',
  title: { ja: '居宅サービス計画2表', en: 'Care plan table 2' },
  section: '別紙 CSVファイルレイアウト定義書: 居宅サービス計画2表',
  formName: { ja: '第2表（居宅サービス計画書(2)）', en: 'Table 2 (care plan 2)' },
  filename: 'UP2KYO_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UP1KYO', keys: PLAN_LINK, section: '本文 2.3' }],
  notes: [
    'One record per 援助内容 line (課題 × 援助目標 × 援助内容), linked to UP1KYO by 居宅サービス計画作成（変更）日 (No.5).',
    'Records are sorted by 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ so that they follow the print order of the form.',
    'Records mirror the printed form: a 課題/目標/期間 repeated from the previous line is written on its first line only and left empty on the following lines (unless the sending system prints it on every line). Readers carry such values forward.',
  ],
  fields: [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymmdd(4, 'createdOn', { ja: '居宅計画書作成年月日', en: 'Care plan document creation date' }, { length: 8, required: true }),
    yyyymmdd(5, 'planDate', { ja: '居宅サービス計画作成（変更）日', en: 'Care plan creation (change) date' }, { length: 8, required: true }),
    digits(6, 'issueNo', { ja: '課題ＮＯ', en: 'Issue number' }, { length: 2, min: 1, max: 99, note: '課題ＮＯ １～99' }),
    free(7, 'issue', { ja: '課題', en: 'Issue (needs)' }),
    digits(8, 'goalNo', { ja: '援助目標ＮＯ', en: 'Goal number' }, { length: 2, min: 1, max: 99, note: '課題に対する援助NO １～99' }),
    free(9, 'longTermGoal', { ja: '長期目標', en: 'Long-term goal' }),
    free(10, 'shortTermGoal', { ja: '短期目標', en: 'Short-term goal' }),
    free(11, 'longTermPeriod', { ja: '長期期間', en: 'Long-term goal period' }),
    free(12, 'shortTermPeriod', { ja: '短期期間', en: 'Short-term goal period' }),
    digits(13, 'supportNo', { ja: '援助内容ＮＯ', en: 'Support content number' }, { length: 2, min: 1, max: 99, note: '目標に対する内容NO １～99' }),
    free(14, 'serviceContent', { ja: 'サービス内容', en: 'Service content' }),
    code(15, 'insuranceCovered', { ja: '保険対象区分', en: 'Insurance coverage' }, { length: 1, codes: hokenTaishoKubun }),
    free(16, 'serviceKind', { ja: 'サービス種別', en: 'Service kind' }),
    text(
      17,
      'serviceOfficeCode',
      { ja: 'サービス事業者コード', en: 'Service provider code' },
      {
        length: 10,
        note: '書式欄は空欄（10桁の事業所番号と推定）',
        doubt: 'The 書式 column is empty for this row, so no format is enforced; it is presumably the 10-digit office number.',
      },
    ),
    free(18, 'serviceOfficeName', { ja: 'サービス事業所名', en: 'Service office name' }),
    free(19, 'frequency', { ja: '頻度', en: 'Frequency' }),
    free(20, 'period', { ja: '実施期間', en: 'Service period' }),
    updaterCodeField(21),
    identifierField(22),
  ],
});
