/**
 * UP3KYO — 居宅サービス計画３表 (care plan table 3, 週間サービス計画表), 13 fields. New in 第4版.
 */
import { defineKind } from '../kind.js';
import { PLAN_LINK } from '../links.js';
import type { FieldSpec } from '../fields.js';
import { code, csvVersionField, free, hhmm, insuredNumberField, insurerNumberField, yyyymmdd } from '../fields.js';
import { youbi } from '../codelists/kyotaku.js';

/** Marks a field ○ in the second (必要) column of this layout. */
const necessary = <F extends FieldSpec>(f: F): F => ({ ...f, necessary: true });

export const UP3KYO = defineKind({
  id: 'UP3KYO',
  title: { ja: '居宅サービス計画３表', en: 'Care plan table 3 (weekly service plan)' },
  section: '別紙 CSVファイルレイアウト定義書: 居宅サービス計画３表',
  formName: { ja: '第3表（週間サービス計画表）', en: 'Table 3 (weekly plan)' },
  filename: 'UP3KYO_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UP1KYO', keys: PLAN_LINK, section: '本文 2.3' }],
  notes: [
    'One record per schedule item, linked to UP1KYO by 居宅サービス計画作成（変更）日 (No.5).',
    'A record carries one of three row kinds: a weekly service (Nos.6–9), a main daily activity with its times (Nos.10–12), or a non-weekly service (No.13); the other item columns are left empty.',
    'The layout has two ○ columns, 必須 and 必要; both are ○ for Nos.1–5. The spec does not define 必要.',
    'The spec example shows 月/木 and 12:00 for readability; real data use the 曜日 codes and HHMM.',
  ],
  fields: [
    necessary(csvVersionField()),
    necessary(insurerNumberField()),
    necessary(insuredNumberField()),
    yyyymmdd(
      4,
      'createdOn',
      { ja: '週間サービス計画表作成年月日', en: 'Weekly service plan creation date' },
      {
        length: 8,
        required: true,
        necessary: true,
      },
    ),
    yyyymmdd(
      5,
      'planDate',
      { ja: '居宅サービス計画作成（変更）日', en: 'Care plan creation (change) date' },
      {
        length: 8,
        required: true,
        necessary: true,
      },
    ),
    free(6, 'serviceContent', { ja: '介護サービス内容', en: 'Care service content' }),
    code(7, 'weekday', { ja: '曜日', en: 'Day of the week' }, { length: 1, codes: youbi }),
    hhmm(8, 'startTime', { ja: '開始時間', en: 'Service start time' }, { length: 4 }),
    hhmm(9, 'endTime', { ja: '終了時間', en: 'Service end time' }, { length: 4 }),
    free(10, 'dailyActivity', { ja: '主な日常生活上の活動', en: 'Main daily activity' }),
    hhmm(11, 'activityStartTime', { ja: '開始時間', en: 'Activity start time' }, { length: 4 }),
    hhmm(12, 'activityEndTime', { ja: '終了時間', en: 'Activity end time' }, { length: 4 }),
    free(13, 'nonWeeklyService', { ja: '週単位以外のサービス', en: 'Non-weekly service' }),
  ],
});
