/** The printed name of each file kind's form (Japanese first), and the order of forms for one user. */
import type { KindId } from '../spec/kind.js';

export const FORM_NAMES: Readonly<Record<KindId, { readonly ja: string; readonly en: string }>> = {
  UP1KYO: { ja: '第1表 居宅サービス計画書（1）', en: 'Table 1: care plan (1)' },
  UP2KYO: { ja: '第2表 居宅サービス計画書（2）', en: 'Table 2: care plan (2)' },
  UP3KYO: { ja: '第3表 週間サービス計画表', en: 'Table 3: weekly service plan' },
  UPHOSOKU: { ja: '利用者補足情報', en: 'Supplementary user information' },
  UPPLAN: { ja: '第6表 サービス利用票（予定）', en: 'Table 6: service usage slip (plan)' },
  UPJSK: { ja: '第6表 サービス利用票（実績）', en: 'Table 6: service usage slip (actuals)' },
  UPSIKYU: { ja: '第7表 サービス利用票別表', en: 'Table 7: service usage slip appendix' },
  UPKIHON: { ja: '利用者基本情報', en: 'Basic user information' },
  UPKIHON_SUB1: { ja: '利用者基本情報（別表1）１日の生活・すごし方', en: 'Basic user information, appendix 1: daily schedule' },
  UPKIHON_SUB2: { ja: '利用者基本情報（別表2）現病歴・既往歴', en: 'Basic user information, appendix 2: medical history' },
  UPYOBO: { ja: '介護予防サービス・支援計画書', en: 'Preventive care service/support plan' },
  UPYOBO_SUB: { ja: '介護予防サービス・支援計画書（別表）支援計画', en: 'Preventive care plan, appendix: support plan' },
  DLT1KYO: { ja: '居宅サービス計画書 削除', en: 'Care plan deletion' },
  DLTPLAN: { ja: '第6表 サービス利用票（予定）削除', en: 'Table 6 plan deletion' },
  DLTJSK: { ja: '第6表 サービス利用票（実績）削除', en: 'Table 6 actuals deletion' },
  DLTKIHON: { ja: '利用者基本情報 削除', en: 'Basic user information deletion' },
  DLTYOBO: { ja: '介護予防サービス・支援計画書 削除', en: 'Preventive care plan deletion' },
};

/** Order of the forms of one user: the 居宅 plan (1〜3表, its 補足), the month (6・7表, its 補足), 介護予防, deletions. */
export const FORM_ORDER: readonly string[] = [
  'UP1KYO',
  'UP2KYO',
  'UP3KYO',
  'UPHOSOKU:plan',
  'UPPLAN',
  'UPJSK',
  'UPSIKYU',
  'UPHOSOKU:month',
  'UPKIHON',
  'UPKIHON_SUB1',
  'UPKIHON_SUB2',
  'UPYOBO',
  'UPYOBO_SUB',
  'DLT1KYO',
  'DLTPLAN',
  'DLTJSK',
  'DLTKIHON',
  'DLTYOBO',
];
