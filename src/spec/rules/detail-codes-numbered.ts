/**
 * 第6表/実績 No.19: 明細判別コード numbers the items of one 福祉用具貸与 service code with the same units
 * 1, 2, 3, … (per user and サービス事業者). Lines without a detail code are not numbered.
 */
import { defineRule, noFinding, type FileFinding } from '../rule.js';
import { isRentalServiceType, serviceTypeOf } from '../service-codes.js';
import { sequenceGap } from './sequence.js';

export const detailCodesNumbered = defineRule({
  id: 'detailCodesNumbered',
  description: {
    ja: '同一サービスコード・同一単位数の明細判別コードは1からの連番',
    en: 'Detail codes of one service code and unit count are numbered 1, 2, 3, …',
  },
  source:
    '第6表 No.19 明細判別コード: 「17:福祉用具貸与」で、同一サービスコード、同一単位数の場合で明細が異なる場合は、1 からの連番を記載（1,2,3,・・・） 例）「171007：手すり貸与」 300 単位 ・・・居室分 ⇒1 と記載 「171007：手すり貸与」 300 単位 ・・・廊下分 ⇒2 と記載; また、「17:福祉用具貸与」の場合かつ明細判別コードを利用しない場合は「Null（空）」とする (grouped by 保険者番号, 被保険者番号, サービス事業者コード, サービスコード and 単位数; 67 lines too)',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['insurerNumber', 'insuredNumber', 'serviceOfficeCode', 'serviceCode', 'units', 'detailCode'],
  codes: ['FILE_DETAIL_CODE_SEQUENCE'],
  start() {
    // group → detail code → first record carrying it
    const groups = new Map<string, Map<number, number>>();
    return {
      add(r, index) {
        if (r.detailCode === '' || !isRentalServiceType(serviceTypeOf(r.serviceCode)) || !/^[0-9]{1,2}$/.test(r.detailCode)) return noFinding();
        const key = `${r.insurerNumber}\u0000${r.insuredNumber}\u0000${r.serviceOfficeCode}\u0000${r.serviceCode}\u0000${r.units}`;
        let codes = groups.get(key);
        if (!codes) groups.set(key, (codes = new Map()));
        const code = Number(r.detailCode);
        if (!codes.has(code)) codes.set(code, index);
        return noFinding();
      },
      finish() {
        const out: FileFinding<'FILE_DETAIL_CODE_SEQUENCE'>[] = [];
        for (const codes of groups.values()) {
          const gap = sequenceGap(codes);
          if (gap) out.push({ code: 'FILE_DETAIL_CODE_SEQUENCE', recordIndex: gap.recordIndex, fieldKey: 'detailCode', params: { expected: gap.expected } });
        }
        return out.sort((a, b) => a.recordIndex - b.recordIndex);
      },
    };
  },
});
