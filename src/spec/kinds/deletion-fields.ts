/**
 * Nos.1–4 of the month deletions DLTPLAN and DLTJSK, printed alike in both layouts: the user and the
 * 削除対象年月.
 */
import { csvVersionField, insuredNumberField, insurerNumberField, yyyymm } from '../fields.js';

export const monthDeletionFields = () =>
  [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymm(
      4,
      'targetMonth',
      { ja: '削除対象年月', en: 'Service month to delete' },
      { length: 6, required: true, note: '削除対象のサービス提供年月（YYYYMM）' },
    ),
  ] as const;
