/** 利用者基本情報 No.62: one 家族構成 image per record, in principle: the same name twice is a warning. */
import { defineRule, noFinding } from '../rule.js';

export const familyImageNamesDistinct = defineRule({
  id: 'familyImageNamesDistinct',
  description: { ja: '家族構成画像ファイル名はレコードごとに別（原則）', en: 'Each record names its own family-composition image (in principle)' },
  source: '(補足)別表の構成について: ※「利用者基本情報」の1行に対して、1ファイルの「家族構成 画像ファイル」を原則とする。',
  kinds: ['UPKIHON'],
  reads: ['familyImageFileName'],
  codes: ['FILE_IMAGE_NAME_DUPLICATE'],
  start() {
    const first = new Map<string, number>();
    return {
      add(r, index) {
        const name = r.familyImageFileName.toUpperCase();
        if (name === '') return noFinding();
        const seen = first.get(name);
        if (seen === undefined) {
          first.set(name, index);
          return noFinding();
        }
        return [{ code: 'FILE_IMAGE_NAME_DUPLICATE', recordIndex: index, fieldKey: 'familyImageFileName', params: { firstRecord: seen + 1 } }];
      },
    };
  },
});
