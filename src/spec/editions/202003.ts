/** 第2版 (令和2年3月): no field-level layout is available; read as 202208. */
import { defineEdition } from '../edition.js';

export const E202003 = defineEdition({
  csvVersion: '202003',
  name: { ja: '第2版', en: 'edition 2' },
  appliesFrom: '202010',
  filenames: 'v3',
  newer: '202208',
  source: '【CSVバージョン履歴】202003 2020年10月 第2版',
});
