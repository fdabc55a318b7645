/**
 * The shared world of one sample: parties, offices, care managers and users. Every file kind is
 * generated from a context, so the files of one transmission link by their keys.
 */
import { describeValue } from '../core/refuse.js';
import { SERVICE_TYPES } from '../spec/codelists/service-types.js';
import { CURRENT_CSV_VERSION } from '../spec/editions/index.js';
import { nationalBenefitLimit } from '../spec/reference/benefit-limits.js';
import { isTimestamp14, isYyyymm } from '../spec/formats/index.js';
import { addDays, addMonths, dateIn } from './calendar.js';
import { address, awkwardAddress, officeName, personName, phoneNumber, type Address, type PersonName } from './fake.js';
import { monthPlan, type MonthPlan, type Office } from './services.js';
import { Rng } from './random.js';

/** One side of a transmission: 事業所番号 (10 digits) and サービス種類コード (2 characters). */
export interface Party {
  readonly office: string;
  readonly serviceType: string;
}

export interface OfficeInfo extends Office {
  readonly address: Address;
  readonly phone: string;
}

export interface User {
  readonly index: number;
  readonly insurerNumber: string;
  readonly insuredNumber: string;
  readonly sex: '1' | '2';
  readonly name: PersonName;
  readonly birthDate: string;
  readonly address: Address;
  readonly phone: string;
  /** 要介護状態区分 (【コード表】(3)): 21–25 for 居宅, 12/13 for 介護予防. */
  readonly careLevel: string;
  readonly previousCareLevel: string;
  readonly careManager: PersonName;
  /** 居宅サービス計画作成（変更）日 / 計画作成(変更)日. */
  readonly planDate: string;
  readonly firstPlanDate: string;
  /** 計画書区分 (【コード表】(1)). */
  readonly planCategory: string;
  readonly certifiedOn: string;
  readonly certStart: string;
  readonly certEnd: string;
  /** 利用者基本情報 相談日 (before the plan date). */
  readonly consultationDate: string;
  /** The user's services of the target month (第6表/第7表). */
  readonly month: MonthPlan;
  /** A family member (emergency contact, visitor). */
  readonly family: PersonName;
  readonly familyRelation: string;
}

export interface SampleContext {
  readonly rng: Rng;
  readonly csvVersion: string;
  /** サービス提供年月 / 対象年月 (YYYYMM). */
  readonly month: string;
  /** ファイル連番 YYYYMMDDHHMMSS. */
  readonly timestamp: string;
  /** The party named first in file names. */
  readonly sender: Party;
  readonly receiver: Party;
  /** 居宅介護支援事業所 / 地域包括支援センター等. */
  readonly careOffice: OfficeInfo;
  /** The service provider of the transmission (receiver of plans, sender of actuals). */
  readonly provider: OfficeInfo;
  readonly careManagers: readonly PersonName[];
  readonly users: readonly User[];
  /** 介護予防支援等 (the provider's type is a 予防給付/総合事業 type). */
  readonly yobo: boolean;
  /** UPHOSOKU linked to 1〜3表 ('plan': month 000000) or to 6・7表 ('month'). */
  readonly hosoku: 'plan' | 'month';
}

export const DEFAULT_SEED = 1;
export const DEFAULT_MONTH = '202505';
export const DEFAULT_RECORDS = 3;

/** 居宅介護支援事業所 (sender of plans). */
export const DEFAULT_CARE_OFFICE: Party = { office: '1371200101', serviceType: '43' };
/** 訪問介護 provider (receiver of 居宅 plans, sender of actuals). */
export const DEFAULT_PROVIDER: Party = { office: '1371200202', serviceType: '11' };
/** 訪問型サービス（独自） provider (receiver of 介護予防 plans). */
export const DEFAULT_YOBO_PROVIDER: Party = { office: '1371200303', serviceType: 'A2' };

const KYOTAKU_LEVELS = ['21', '22', '23', '24', '25'];
const YOBO_LEVELS = ['12', '13'];
/**
 * 区分支給限度基準額 (units) of a 要介護状態区分 in a service month: the national limit of the dated
 * table (spec/reference), the current one for a month the table does not cover; 06 事業対象者 (set
 * by the municipality) as 要支援１.
 */
export function benefitLimitOf(careLevel: string, month: string): number {
  const level = careLevel === '06' ? '12' : careLevel;
  return nationalBenefitLimit(level, month) ?? nationalBenefitLimit(level, '999912') ?? 0;
}
const INSURERS = ['131201', '131151', '131127', '131219', '131172'];
const PLAN_CATEGORIES = ['21', '21', '11', '52'];

export const isYoboType = (type: string): boolean => {
  const group = SERVICE_TYPES[type]?.group;
  return group === '予防給付' || group === '総合事業';
};

export interface ContextInput {
  readonly seed?: number | undefined;
  readonly records?: number | undefined;
  readonly timestamp?: string | undefined;
  readonly month?: string | undefined;
  readonly careOffice?: Party | undefined;
  readonly provider?: Party | undefined;
  /** Which party sends: the care office (plans) or the provider (actuals). */
  readonly providerSends: boolean;
  readonly yobo: boolean;
  readonly hosoku?: 'plan' | 'month' | undefined;
  readonly csvVersion?: string | undefined;
}

function checkParty(p: Party, what: string): void {
  if (!/^[0-9]{10}$/.test(p.office)) throw new RangeError(`sample: ${what}.office must be 10 digits, got ${describeValue(p.office)}`);
  if (!/^[0-9A-Z]{2}$/.test(p.serviceType))
    throw new RangeError(`sample: ${what}.serviceType must be 2 characters of 0-9/A-Z, got ${describeValue(p.serviceType)}`);
}

/** Other offices of the user's month (day service, equipment rental): derived, never equal to a party. */
function otherOffice(rng: Rng, n: number, type: string, taken: ReadonlySet<string>): Office {
  let code = `13712${String(5 + n).padStart(3, '0')}0${n}`;
  while (taken.has(code)) code = `13${rng.digits(8)}`;
  return { code, type, name: officeName(rng, type) };
}

export function makeContext(input: ContextInput): SampleContext {
  const seed = input.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`sample: seed must be an integer, got ${describeValue(seed)}`);
  const count = input.records ?? DEFAULT_RECORDS;
  if (!Number.isInteger(count) || count < 1 || count > 20000) throw new RangeError(`sample: records must be an integer 1–20000, got ${describeValue(count)}`);

  let month = input.month;
  let timestamp = input.timestamp;
  if (month !== undefined && !isYyyymm(month)) throw new RangeError(`sample: month must be YYYYMM, got ${describeValue(month)}`);
  if (timestamp !== undefined && !isTimestamp14(timestamp)) throw new RangeError(`sample: timestamp must be YYYYMMDDHHMMSS, got ${describeValue(timestamp)}`);
  // Plans for a month are typically sent in the last week of the month before.
  if (month === undefined) month = timestamp !== undefined ? addMonths(timestamp.slice(0, 6), 1) : DEFAULT_MONTH;
  if (timestamp === undefined) timestamp = `${dateIn(addMonths(month, -1), 25)}103000`;

  const careParty = input.careOffice ?? DEFAULT_CARE_OFFICE;
  const providerParty = input.provider ?? (input.yobo ? DEFAULT_YOBO_PROVIDER : DEFAULT_PROVIDER);
  checkParty(careParty, input.providerSends ? 'receiver' : 'sender');
  checkParty(providerParty, input.providerSends ? 'sender' : 'receiver');
  if (careParty.office === providerParty.office) throw new RangeError('sample: sender and receiver must be different offices');
  const yobo = input.yobo || isYoboType(providerParty.serviceType);

  const rng = new Rng(seed);
  const officeRng = rng.fork('offices');
  const careOffice: OfficeInfo = {
    code: careParty.office,
    type: careParty.serviceType,
    name: officeName(officeRng, '43'),
    address: address(officeRng),
    phone: phoneNumber(officeRng),
  };
  const provider: OfficeInfo = {
    code: providerParty.office,
    type: providerParty.serviceType,
    name: officeName(officeRng, providerParty.serviceType),
    address: address(officeRng),
    phone: phoneNumber(officeRng),
  };
  const taken = new Set([careOffice.code, provider.code]);
  const day = otherOffice(officeRng, 1, yobo ? 'A6' : '15', taken);
  taken.add(day.code);
  const rental = otherOffice(officeRng, 2, yobo ? '67' : '17', taken);

  const cmRng = rng.fork('careManagers');
  const careManagers = [personName(cmRng, '2'), personName(cmRng, '1')];

  const users: User[] = [];
  for (let i = 0; i < count; i++) users.push(makeUser(rng.fork(`user:${i}`), rng.fork(`month:${i}`), i, month, yobo, careManagers, provider, { day, rental }));

  const sender = input.providerSends ? providerParty : careParty;
  const receiver = input.providerSends ? careParty : providerParty;
  return {
    rng,
    csvVersion: input.csvVersion ?? CURRENT_CSV_VERSION,
    month,
    timestamp,
    sender,
    receiver,
    careOffice,
    provider,
    careManagers,
    users,
    yobo,
    hosoku: input.hosoku ?? 'plan',
  };
}

function makeUser(
  rng: Rng,
  monthRng: Rng,
  index: number,
  month: string,
  yobo: boolean,
  careManagers: readonly PersonName[],
  provider: Office,
  others: { day: Office; rental: Office },
): User {
  const sex: '1' | '2' = rng.chance(0.65) ? '2' : '1';
  const name = personName(rng, sex);
  const birthDate = dateIn(`${rng.int(1928, 1952)}${String(rng.int(1, 12)).padStart(2, '0')}`, rng.int(1, 28));
  // 生保単独 (public assistance only): H + 9 digits, for about one user in eight.
  const seq = String(index + 1).padStart(5, '0');
  const insuredNumber = rng.chance(0.125) ? `H${rng.digits(4)}${seq}` : `${rng.pick(['0', '1', '2'])}${rng.digits(4)}${seq}`;
  const planDate = dateIn(addMonths(month, -rng.int(1, 6)), rng.int(1, 20));
  const planCategory = rng.pick(PLAN_CATEGORIES);
  const firstPlanDate = planCategory === '11' || planCategory === '52' ? planDate : dateIn(addMonths(planDate.slice(0, 6), -rng.int(6, 40)), rng.int(1, 28));
  const certifiedOn = addDays(planDate, -rng.int(3, 20));
  const certStart = dateIn(certifiedOn.slice(0, 6), 1);
  const certEnd = addDays(dateIn(addMonths(certStart.slice(0, 6), rng.pick([12, 24, 36])), 1), -1);
  const careLevel = rng.pick(yobo ? YOBO_LEVELS : KYOTAKU_LEVELS);
  const previousCareLevel = yobo ? rng.pick(['01', '12']) : rng.pick(KYOTAKU_LEVELS);
  const familySex: '1' | '2' = rng.chance(0.5) ? '1' : '2';
  // A spouse is of the other sex; children and their partners of either.
  const relations = familySex === '1' ? ['長男', '次男', ...(sex === '2' ? ['夫'] : [])] : ['長女', '次女', '長男の妻', ...(sex === '1' ? ['妻'] : [])];
  return {
    index,
    insurerNumber: rng.pick(INSURERS),
    insuredNumber,
    sex,
    name,
    birthDate,
    address: index === 0 ? awkwardAddress(address(rng)) : address(rng),
    phone: phoneNumber(rng),
    careLevel,
    previousCareLevel,
    careManager: careManagers[index % careManagers.length]!,
    planDate,
    firstPlanDate,
    planCategory,
    certifiedOn,
    certStart,
    certEnd,
    consultationDate: addDays(planDate, -rng.int(7, 21)),
    month: monthPlan(monthRng, month, provider, others),
    family: personName(rng, familySex, rng.chance(0.7) ? name : undefined),
    familyRelation: rng.pick(relations),
  };
}
