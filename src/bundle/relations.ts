/**
 * Relations between files (本文 2.3 / 3.3): which child records link to which parent records,
 * by which key fields. Declared once; used by the bundle rule and by the deletion helper.
 */
import type { KindId } from '../spec/kind.js';
import { keyAccessFor } from '../check/record-shape.js';

export interface Relation {
  readonly parent: KindId;
  readonly child: KindId;
  /** Key fields, by field key; the same keys on both sides. */
  readonly keys: readonly string[];
  readonly section: string;
}

const PLAN_KEYS = ['insurerNumber', 'insuredNumber', 'planDate'];
const MONTH_KEYS = ['insurerNumber', 'insuredNumber', 'targetMonth'];
const CONSULTATION_KEYS = ['insurerNumber', 'insuredNumber', 'consultationDate'];

export const RELATIONS: readonly Relation[] = [
  { parent: 'UP1KYO', child: 'UP2KYO', keys: PLAN_KEYS, section: '本文 2.3' },
  { parent: 'UP1KYO', child: 'UP3KYO', keys: PLAN_KEYS, section: '本文 2.3' },
  { parent: 'UP1KYO', child: 'UPHOSOKU', keys: PLAN_KEYS, section: '本文 2.3' },
  { parent: 'UPPLAN', child: 'UPSIKYU', keys: MONTH_KEYS, section: '本文 2.3 / 3.3' },
  { parent: 'UPPLAN', child: 'UPHOSOKU', keys: MONTH_KEYS, section: '本文 2.3 / 3.3' },
  { parent: 'UPKIHON', child: 'UPKIHON_SUB1', keys: CONSULTATION_KEYS, section: '本文 3.3' },
  { parent: 'UPKIHON', child: 'UPKIHON_SUB2', keys: CONSULTATION_KEYS, section: '本文 3.3' },
  { parent: 'UPYOBO', child: 'UPYOBO_SUB', keys: PLAN_KEYS, section: '本文 3.3' },
];

export const keyOf = (record: Readonly<Record<string, string>>, keys: readonly string[]): string => keyAccessFor(keys).join(record);
