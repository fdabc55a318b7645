/** 第4.1版 (令和6年10月): the current edition; the declarations in kinds/ are its layouts. */
import { defineEdition } from '../edition.js';

export const E202407 = defineEdition({
  csvVersion: '202407',
  name: { ja: '第4.1版', en: 'edition 4.1' },
  appliesFrom: '202504',
  filenames: 'v4',
  source: '【CSVバージョン履歴】202407 2025年4月 第4.1版：版数（CSVバージョン値）を4.0版発出月に変更',
});
