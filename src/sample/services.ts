/**
 * A small catalogue of in-scope services and the monthly service model of one user, from which
 * 第6表 (UPPLAN/UPJSK), 第7表 (UPSIKYU), 第2表 and 第3表 rows are all derived, so that the files of
 * one transmission agree with each other.
 *
 * The service codes follow the shape of the 介護給付費単位数等サービスコード表 (2-character
 * サービス種類 + 4 characters) and the unit values are plausible, but neither is authoritative:
 * they are sample data, not a code table.
 */
import { SERVICE_TYPES } from '../spec/codelists/service-types.js';
import { RENTAL_SERVICE_TYPES } from '../spec/service-codes.js';
import { datesOnWeekdays, dateIn } from './calendar.js';
import type { Rng } from './random.js';

export interface ServiceDef {
  readonly code: string;
  readonly name: string;
  readonly units: number;
  /**
   * visit/day: dated rows with HHMM times; rental: one monthly row with times 9999; addition: a
   * monthly percentage 加算 outside the category limit (処遇改善加算), one row with times 9999.
   */
  readonly style: 'visit' | 'day' | 'rental' | 'addition';
  readonly minutes?: number | undefined;
  /** Rental items: the equipment (用具名称). */
  readonly equipment?: string | undefined;
}

/** A monthly percentage 加算 of a type, outside the 区分支給限度 (介護職員等処遇改善加算). */
interface Addition {
  readonly code: string;
  readonly name: string;
  /** Percent of the month's units of the office's services (rounded half up, 老企第36号). */
  readonly percent: number;
}

/** Per サービス種類: a human label (第2表/第3表) and its services. */
interface TypeCatalogue {
  readonly label: string;
  readonly services: readonly ServiceDef[];
  /** 1級地 単位数単価 of the type, 99.99. */
  readonly unitPrice: string;
  readonly addition?: Addition | undefined;
}

const CATALOGUE: Readonly<Record<string, TypeCatalogue>> = {
  '11': {
    label: '訪問介護',
    unitPrice: '11.40',
    addition: { code: '116275', name: '訪問介護処遇改善加算Ｉ', percent: 24.5 },
    services: [
      { code: '111111', name: '身体介護１', units: 163, style: 'visit', minutes: 30 },
      { code: '111211', name: '身体介護２', units: 258, style: 'visit', minutes: 60 },
      { code: '112111', name: '生活援助２', units: 179, style: 'visit', minutes: 45 },
    ],
  },
  '13': {
    label: '訪問看護',
    unitPrice: '11.40',
    services: [
      { code: '131111', name: '訪看Ｉ２', units: 471, style: 'visit', minutes: 30 },
      { code: '131211', name: '訪看Ｉ３', units: 823, style: 'visit', minutes: 60 },
    ],
  },
  '15': {
    label: '通所介護',
    unitPrice: '10.90',
    addition: { code: '156275', name: '通所介護処遇改善加算Ｉ', percent: 9.2 },
    services: [{ code: '151121', name: '通所介護Ｉ２３', units: 753, style: 'day', minutes: 420 }],
  },
  '78': {
    label: '地域密着型通所介護',
    unitPrice: '10.90',
    services: [{ code: '781121', name: '地域通所介護２３', units: 862, style: 'day', minutes: 420 }],
  },
  '17': {
    label: '福祉用具貸与',
    unitPrice: '10.00',
    services: [
      { code: '171006', name: '特殊寝台貸与', units: 900, style: 'rental', equipment: '電動ベッド　３モーター' },
      { code: '171007', name: '手すり貸与', units: 300, style: 'rental', equipment: '据置型手すり' },
    ],
  },
  '67': {
    label: '介護予防福祉用具貸与',
    unitPrice: '10.00',
    services: [{ code: '671007', name: '予防手すり貸与', units: 250, style: 'rental', equipment: '据置型手すり' }],
  },
  A2: {
    label: '訪問型サービス（独自）',
    unitPrice: '11.40',
    addition: { code: 'A26275', name: '訪問型独自処遇改善加算Ｉ', percent: 24.5 },
    services: [{ code: 'A21111', name: '訪問型独自サービス１１', units: 287, style: 'visit', minutes: 45 }],
  },
  A6: {
    label: '通所型サービス（独自）',
    unitPrice: '10.90',
    services: [{ code: 'A61111', name: '通所型独自サービス１１', units: 436, style: 'day', minutes: 360 }],
  },
};

export function catalogueOf(type: string): TypeCatalogue {
  const known = CATALOGUE[type];
  if (known) return known;
  // A type outside this small catalogue: one generic visit service of that type.
  return {
    label: SERVICE_TYPES[type]?.ja ?? `サービス種類${type}`,
    unitPrice: '10.00',
    services: [
      {
        code: `${type}1111`,
        name: `${SERVICE_TYPES[type]?.ja ?? type}サービス`,
        units: 400,
        style: RENTAL_SERVICE_TYPES.has(type) ? 'rental' : 'visit',
        minutes: 60,
      },
    ],
  };
}

export interface Office {
  readonly code: string;
  readonly name: string;
  readonly type: string;
}

/** One service of one office for one user and month: the dates it is planned on. */
export interface ServiceLine {
  readonly office: Office;
  /** A 加算 outside the category limit: 第7表 leaves its 給付管理単位数 empty. */
  readonly outsideLimit?: boolean | undefined;
  readonly def: ServiceDef;
  readonly dates: readonly string[];
  /** HHMM, or 9999 for rentals. */
  readonly start: string;
  readonly end: string;
  /** 17 only: 明細判別コード when the same code and units appear twice. */
  readonly detailCode: string;
  readonly taisCode: string;
  readonly notificationCode: string;
  readonly equipment: string;
  /** The product without the 明細 note (第7表 counts both 明細 on one row). */
  readonly model: string;
  /** 曜日 codes (visit/day). */
  readonly weekdays: readonly number[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (h: number, m: number) => `${pad2(h)}${pad2(m)}`;
const addMin = (t: string, minutes: number) => {
  const total = Number(t.slice(0, 2)) * 60 + Number(t.slice(2)) + minutes;
  return hhmm(Math.floor(total / 60), total % 60);
};

export const taisCode = (rng: Rng): string => `${rng.digits(5)}-${rng.digits(6)}`;

function datedLine(rng: Rng, office: Office, def: ServiceDef, month: string, weekdays: number[]): ServiceLine {
  const start = def.style === 'day' ? hhmm(9, rng.pick([0, 15, 30])) : hhmm(rng.int(8, 16), rng.pick([0, 30]));
  return {
    office,
    def,
    dates: datesOnWeekdays(month, weekdays),
    start,
    end: addMin(start, def.minutes ?? 60),
    detailCode: '',
    taisCode: '',
    notificationCode: '',
    equipment: '',
    model: '',
    weekdays,
  };
}

function rentalLines(rng: Rng, office: Office, month: string): ServiceLine[] {
  const cat = catalogueOf(office.type);
  const first = dateIn(month, 1);
  const line = (def: ServiceDef, detailCode: string, tais: string, notification = ''): ServiceLine => ({
    office,
    def,
    dates: [first],
    start: '9999',
    end: '9999',
    detailCode,
    taisCode: tais,
    notificationCode: notification,
    equipment: def.equipment ?? def.name,
    model: def.equipment ?? def.name,
    weekdays: [],
  });
  const out: ServiceLine[] = [];
  const [bed, rail] = [cat.services.find((s) => s.code.endsWith('1006')), cat.services.find((s) => s.code.endsWith('1007'))];
  if (office.type === '17' && rail) {
    // 同一サービスコード・同一単位数で明細が異なる場合 (居室分／廊下分): 明細判別コード 1, 2.
    const tais = taisCode(rng);
    const model = `${rail.equipment ?? rail.name} "たちあっぷ" Ｎ-１`;
    const named = (l: ServiceLine, where: string): ServiceLine => ({ ...l, model, equipment: `${model}, ${where}` });
    out.push(named(line(rail, '1', tais), '居室用'), named(line(rail, '2', tais), '廊下用'));
    if (bed) out.push(line(bed, '', '', taisCode(rng))); // TAIS未取得品: 福祉用具届出コードのみ
    return out;
  }
  for (const def of cat.services) out.push(line(def, '', taisCode(rng)));
  return out;
}

function linesOf(rng: Rng, office: Office, month: string, weekdays: number[]): ServiceLine[] {
  const cat = catalogueOf(office.type);
  if (cat.services.every((s) => s.style === 'rental')) return rentalLines(rng, office, month);
  const defs = cat.services.filter((s) => s.style !== 'rental');
  // One or two services of the type, spread over the chosen weekdays.
  const lines =
    defs.length > 1 && weekdays.length > 1
      ? (([a, b]) => [datedLine(rng, office, a!, month, [weekdays[0]!]), datedLine(rng, office, b!, month, weekdays.slice(1))])(rng.sample(defs, 2))
      : [datedLine(rng, office, defs[0]!, month, weekdays)];
  const addition = cat.addition ? additionLine(office, cat.addition, lines) : undefined;
  return addition ? [...lines, addition] : lines;
}

/** Rounded half up (四捨五入) of a non-negative numerator / 1000. */
const roundHalfUp1000 = (numerator: number) => Math.floor((numerator + 500) / 1000);

/**
 * The monthly 処遇改善加算 of an office: its percent of the month's units of the office's
 * services, rounded half up, on the last service date; outside the category limit.
 */
function additionLine(office: Office, a: Addition, base: readonly ServiceLine[]): ServiceLine | undefined {
  const dates = base.flatMap((l) => l.dates);
  if (dates.length === 0) return undefined;
  const units = roundHalfUp1000(base.reduce((n, l) => n + l.def.units * l.dates.length, 0) * Math.round(a.percent * 10));
  return {
    office,
    outsideLimit: true,
    def: { code: a.code, name: a.name, units, style: 'addition' },
    dates: [dates.reduce((x, y) => (x > y ? x : y))],
    start: '9999',
    end: '9999',
    detailCode: '',
    taisCode: '',
    notificationCode: '',
    equipment: '',
    model: '',
    weekdays: [],
  };
}

export interface MonthPlan {
  /** Every service line of the user's month, the receiver's first. */
  readonly lines: readonly ServiceLine[];
}

/**
 * The user's month: the main provider's services (the receiver of a plan, or the sender of
 * actuals) plus a day service and an equipment rental from other offices, as 第6表 lists every
 * provider involved, not only the receiver.
 */
export function monthPlan(rng: Rng, month: string, provider: Office, others: { readonly day: Office; readonly rental: Office }): MonthPlan {
  const weekdays = rng.sample([1, 2, 3, 4, 5], rng.int(2, 3));
  const lines: ServiceLine[] = [...linesOf(rng, provider, month, weekdays)];
  const used = new Set(weekdays);
  if (others.day.type !== provider.type) {
    const free = [1, 2, 3, 4, 5, 6].filter((d) => !used.has(d));
    lines.push(...linesOf(rng, others.day, month, [rng.pick(free)]));
  }
  if (others.rental.type !== provider.type) lines.push(...linesOf(rng, others.rental, month, []));
  return { lines };
}

export const isRentalType = (type: string): boolean => RENTAL_SERVICE_TYPES.has(type);
