/** DLTJSK — 第6表 実績情報_削除 (deletion of one service type's actuals for a month). */
import { officeCode, serviceType } from '../fields.js';
import { monthDeletionFields } from './deletion-fields.js';
import { defineKind } from '../kind.js';
import { MONTH_LINK } from '../links.js';

export const DLTJSK = defineKind({
  id: 'DLTJSK',
  title: { ja: '第6表 実績情報_削除', en: 'Table 6 actuals deletion' },
  section: '別紙 CSVファイルレイアウト定義書: 第6表（サービス利用票）、実績情報_削除【実績の場合】',
  formName: { ja: '実績の削除', en: 'Actuals deletion' },
  filename: 'DLTJSK_{targetMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'provider',
  deletes: {
    kinds: ['UPJSK'],
    keys: [...MONTH_LINK, 'serviceOfficeCode', 'serviceType'],
    targetKeys: [...MONTH_LINK, 'serviceOfficeCode', 'serviceType'],
    section: '本文 2.3 / 5.1.2.2',
  },
  fields: [
    ...monthDeletionFields(),
    officeCode(
      5,
      'serviceOfficeCode',
      { ja: 'サービス事業者コード', en: 'Service provider office code' },
      { length: 10, required: true, note: '削除対象のサービス事業者コード（第6表 No.20 と照合）' },
    ),
    serviceType(
      6,
      'serviceType',
      { ja: 'サービス種類コード', en: 'Service type code' },
      { length: 2, required: true, note: 'サービス種類（第6表 No.15 サービスコードの先頭2桁と照合）' },
    ),
  ],
  monthInName: { kind: 'target', fieldKey: 'targetMonth' },
  singleMonthField: 'targetMonth',
  notes: [
    'One record per user, month, provider office and service type to delete: matches the UPJSK rows with the same 保険者番号, 被保険者番号, 対象年月 (No.5), サービス事業者コード (No.20) and a サービスコード (No.15) whose first two characters equal No.6 (the last match is an inference: 第6表 has no separate service-type field).',
    'All fields are required (項目は全て必須項目とする). One service month per file; it equals the YYYYMM segment of the file name.',
    'Actuals are deleted per service type (本文 5.1.2.2). For a satellite office, if services of the same type remain, the provider sends an update instead.',
    'Used by both 居宅介護支援 (unit K6) and 介護予防支援等 (unit Y9).',
  ],
});
