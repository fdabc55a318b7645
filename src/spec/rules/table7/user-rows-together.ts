/**
 * 第7表: the rows of one user come together. The spec asks for output 「利用者単位」 and prints the
 * 別表 per user, but it does not state the order of rows in the file: a user whose rows come back
 * after another user's is a doubt (a warning under every profile), and the arithmetic of that user
 * is not judged (see perUser), so a file ordered another way gets this one finding, not dozens.
 */
import { defineRule, noFinding, type FileFinding } from '../../rule.js';
import { userKey } from './model.js';

export const table7UserRowsTogether = defineRule({
  id: 'table7UserRowsTogether',
  description: {
    ja: '同じ利用者の行は続けて出力されている（離れている利用者は計算を確認しない）',
    en: "A user's rows come one after the other (a user whose rows are apart is not checked for its sums)",
  },
  source:
    'A doubt (README, "How this library reads the spec"): a warning under every profile. 本文 2.6: 基本的には各帳票を印刷した際に記載される情報全てを利用者単位で出力する — per user, as the 別表 is printed per user; the order of the rows in the file is not stated',
  kinds: ['UPSIKYU'],
  reads: ['insurerNumber', 'insuredNumber'],
  codes: ['FILE_T7_USER_ROWS_APART'],
  start: () => {
    let insurer: string | undefined;
    let insured: string | undefined;
    /** Each user's first record (1-based), and whether its rows were already found apart. */
    const first = new Map<string, { readonly record: number; apart: boolean }>();
    return {
      add(record, index) {
        if (record.insurerNumber === insurer && record.insuredNumber === insured) return noFinding();
        insurer = record.insurerNumber;
        insured = record.insuredNumber;
        const key = userKey(insurer, insured);
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { record: index + 1, apart: false });
          return noFinding();
        }
        if (seen.apart) return noFinding();
        seen.apart = true;
        const finding: FileFinding<'FILE_T7_USER_ROWS_APART'> = {
          code: 'FILE_T7_USER_ROWS_APART',
          recordIndex: index,
          fieldKey: 'insuredNumber',
          params: { firstRecord: seen.record },
        };
        return [finding];
      },
    };
  },
});
