/**
 * 第3版〜第3.2版 (令和4年8月〜令和5年6月). 第4版 added 第3表 and the 介護予防 kinds, TAISコード,
 * 福祉用具届出コード and 用具名称 in 第6表/第7表 (6表 Nos.16–18, 7表 Nos.10–12), widened 7表
 * 回数／日数 from 2 to 3 digits, and added the service types to file names. 第3.2版 had widened
 * 7表 前月までの利用日数 to 5. The other kinds are taken as unchanged (the history lists no field
 * change for them).
 */
import { defineEdition } from '../edition.js';

const EQUIPMENT_FIELDS = ['taisCode', 'notificationCode', 'equipmentName'];

export const E202208 = defineEdition({
  csvVersion: '202208',
  name: { ja: '第3版〜第3.2版', en: 'editions 3–3.2' },
  appliesFrom: '202301',
  filenames: 'v3',
  newer: '202504',
  changes: {
    missingKinds: ['UP3KYO', 'UPKIHON', 'DLTKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPKIHON_IMAGE', 'UPYOBO', 'DLTYOBO', 'UPYOBO_SUB'],
    layouts: {
      UPPLAN: { removedFields: EQUIPMENT_FIELDS },
      UPJSK: { removedFields: EQUIPMENT_FIELDS },
      UPSIKYU: { removedFields: EQUIPMENT_FIELDS, lengths: { count: { length: 2 }, daysBeforeMonth: { length: 5 } } },
    },
    // 第3表 came with 第4版: the 1〜3表 unit was 第1表 + 第2表 + 利用者補足情報.
    units: { K1: { without: ['UP3KYO'] } },
    // 第4版 added 本文 3 (介護予防支援等) with its units Y1–Y9.
    missingUnits: ['Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9'],
  },
  source: '【CSVバージョン履歴】202208 2023年1月 第3版 / 2023年6月 第3.1版; 本文 更新履歴 3.2 (第7表 前月までの利用日数 2→5), 4.0 (変更内容)',
});
