/**
 * 第4.0版 (令和6年7月): the same layouts as 第4.1版, which only renumbered the version (202504 →
 * 202407) and changed the file-name segment サービスコード(3桁) to サービス種類コード(2桁).
 */
import { defineEdition } from '../edition.js';

export const E202504 = defineEdition({
  csvVersion: '202504',
  name: { ja: '第4.0版', en: 'edition 4.0' },
  appliesFrom: '202504',
  filenames: 'v4',
  newer: '202407',
  source: '【CSVバージョン履歴】202504 2025年4月 第4版; 本文 更新履歴 4.0 202504 令和6年7月',
});
