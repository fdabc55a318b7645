/**
 * The key fields by which records of different files link (本文 2.3 / 3.3): a child record
 * carries the same values as its parent record. Declared once; kinds name them in `parents` and
 * `deletes`.
 */

/** 保険者番号 + 被保険者番号: one user. */
export const PERSON_KEYS = ['insurerNumber', 'insuredNumber'] as const;
/** One care plan (居宅サービス計画 / 介護予防サービス・支援計画書): + 計画作成（変更）日. */
export const PLAN_LINK = [...PERSON_KEYS, 'planDate'] as const;
/** One month of 第6表/第7表: + 対象年月. */
export const MONTH_LINK = [...PERSON_KEYS, 'targetMonth'] as const;
/** One 利用者基本情報: + 相談日. */
export const CONSULTATION_LINK = [...PERSON_KEYS, 'consultationDate'] as const;
