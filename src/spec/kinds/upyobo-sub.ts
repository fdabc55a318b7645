/** UPYOBO_SUB — 介護予防サービス・支援計画書（別表）支援計画 (support plan rows of a preventive care plan). */
import { csvVersionField, free, insuredNumberField, insurerNumberField, yyyymmdd } from '../fields.js';
import { defineKind } from '../kind.js';
import { PLAN_LINK } from '../links.js';

const NO_DOUBT =
  'The spec prints フリーテキスト for this 2-character NO field (values 1, 2, …), so it is quoted on write; readers should also accept it unquoted.';

export const UPYOBO_SUB = defineKind({
  id: 'UPYOBO_SUB',
  title: { ja: '介護予防サービス・支援計画書（別表）支援計画', en: 'Preventive care plan appendix (support plan)' },
  section: '別紙 CSVファイルレイアウト定義書: 介護予防サービス・支援計画書（別表）支援計画',
  formName: { ja: '介護予防サービス・支援計画書 別表', en: 'Preventive care plan appendix' },
  filename: 'UPYOBO_SUB_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UPYOBO', keys: PLAN_LINK, section: '本文 3.3' }],
  fields: [
    { ...csvVersionField(), necessary: true },
    { ...insurerNumberField(), necessary: true, note: '紐づく介護予防サービス・支援計画書レコードの保険者番号と同じ値' },
    {
      ...insuredNumberField(),
      necessary: true,
      note: '10桁。生保単独の場合は先頭H＋数字9桁。紐づく介護予防サービス・支援計画書レコードの被保険者番号と同じ値',
    },
    yyyymmdd(
      4,
      'planDate',
      { ja: '計画作成(変更)日', en: 'Plan creation (change) date' },
      { length: 8, required: true, necessary: true, note: 'YYYYMMDD。紐づく介護予防サービス・支援計画書レコードの計画作成(変更)日と同じ値' },
    ),
    free(5, 'issueNo', { ja: '課題ＮＯ', en: 'Issue No.' }, { length: 2, doubt: NO_DOUBT, note: '課題の連番。同一課題の2行目以降はNO以外を空欄' }),
    free(6, 'overallIssue', { ja: '総合的課題', en: 'Overall issue' }),
    free(7, 'goalProposal', { ja: '課題に対する目標と具体策の提案', en: 'Proposed goals and measures for the issue' }),
    free(8, 'userFamilyIntent', { ja: '具体策についての意向本人・家族', en: 'Wishes of user and family on the measures' }),
    free(9, 'goal', { ja: '目標', en: 'Goal' }),
    free(
      10,
      'supportPlanNo',
      { ja: '支援計画ＮＯ', en: 'Support plan No.' },
      { length: 2, doubt: NO_DOUBT, note: '同一課題NO内の支援計画の連番。同一支援計画の2行目以降はNO以外を空欄' },
    ),
    free(11, 'supportPoints', { ja: '【支援計画】目標についての支援のポイント', en: 'Support plan: key points of support for the goal' }),
    free(12, 'selfCareInformal', {
      ja: '【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）',
      en: 'Support plan: self-care, family support, informal (private) services',
    }),
    free(13, 'insuredServices', {
      ja: '【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）',
      en: 'Support plan: long-term care insurance or community support programme services',
    }),
    free(14, 'serviceNo', { ja: '利用サービスＮＯ', en: 'Service No.' }, { length: 2, doubt: NO_DOUBT, note: '同一支援計画NO内の利用サービスの連番' }),
    free(15, 'serviceKind', { ja: '【利用サービス】サービス種別', en: 'Service: kind' }),
    free(16, 'serviceProvider', { ja: '【利用サービス】事業所(利用先)', en: 'Service: provider office' }),
    free(17, 'servicePeriod', { ja: '【利用サービス】期間', en: 'Service: period' }),
  ],
  notes: [
    'Appendix of UPYOBO: several rows per UPYOBO record, linked by 保険者番号 + 被保険者番号 + 計画作成(変更)日 (Nos.2, 3, 4); one row per 課題NO × 支援計画NO × 利用サービスNO.',
    'Numbering (別表): several support plans under one issue keep the same 課題NO and number 支援計画NO 1, 2, …; several services under one support plan keep the same 支援計画NO and number 利用サービスNO 1, 2, …. The issue columns (Nos.6-9) are filled only on the first row of an issue and the support-plan columns (Nos.11-13) only on the first row of a support plan; later rows leave them empty.',
    'In principle one UPYOBO_SUB file per UPYOBO file, with the same office/service/timestamp file-name segments.',
    'Deleted together with its parent by DLTYOBO.',
  ],
});
