/** 初版 (令和元年): no field-level layout is available; read as 202003. */
import { defineEdition } from '../edition.js';

export const E201910 = defineEdition({
  csvVersion: '201910',
  name: { ja: '初版', en: 'first edition' },
  appliesFrom: '202003',
  filenames: 'v3',
  newer: '202003',
  source: '【CSVバージョン履歴】201910 2020年3月 初版',
});
