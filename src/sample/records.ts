/**
 * Record builders, one per file kind, all from one SampleContext. Each builder fills the fields
 * it means to fill; `complete` adds every other key of the layout as '' and rejects unknown keys,
 * so a typo in a key is a thrown error here, not a silently empty column.
 */
import { describeValue } from '../core/refuse.js';
import type { KindId } from '../spec/kind.js';
import { getTable } from '../spec/kinds/index.js';
import { buildFilename } from '../filenames/build.js';
import { TOTAL_OFFICE_CODE, TOTAL_SERVICE_CODE } from '../spec/service-codes.js';
import { addDays, addMonths, clockText, dateIn, lastDay, slashDate, warekiMonth } from './calendar.js';
import { benefitLimitOf, type SampleContext, type User } from './context.js';
import { AWKWARD_TEXT, clinicName, freeText, fullKana, fullName, personName, phoneNumber, relation, address as fakeAddress } from './fake.js';
import { catalogueOf, isRentalType, type ServiceLine } from './services.js';
import type { Rng } from './random.js';

type Values = Record<string, string>;

/** Every key of the layout, '' where the builder left it out; throws on a key the layout lacks. */
export function complete(kind: KindId, values: Values): Values {
  const table = getTable(kind);
  const keys = new Set(table.fields.map((f) => f.key));
  for (const k of Object.keys(values)) if (!keys.has(k)) throw new Error(`sample ${kind}: unknown field key "${k}"`);
  const out: Values = {};
  for (const f of table.fields) out[f.key] = values[f.key] ?? '';
  return out;
}

const keyOf = (ctx: SampleContext, u: User): Values => ({
  csvVersion: ctx.csvVersion,
  insurerNumber: u.insurerNumber,
  insuredNumber: u.insuredNumber,
});

const rngFor = (ctx: SampleContext, kind: string, u: User): Rng => ctx.rng.fork(`${kind}:${u.index}`);

/** The 家族構成 image of a user: UPKIHON_IMAGE name with the UPKIHON file's segments and branch = user number. */
export function imageFileName(ctx: SampleContext, u: User): string {
  return buildFilename('UPKIHON_IMAGE', {
    senderOffice: ctx.sender.office,
    senderServiceType: ctx.sender.serviceType,
    receiverOffice: ctx.receiver.office,
    receiverServiceType: ctx.receiver.serviceType,
    timestamp: ctx.timestamp,
    branch: String(u.index + 1).padStart(4, '0'),
  });
}

/** Day before the month starts: 作成年月日 of 第6表/第7表. */
const slipCreatedOn = (ctx: SampleContext) => {
  const ts = ctx.timestamp.slice(0, 8);
  const fallback = dateIn(addMonths(ctx.month, -1), 20);
  return ts < fallback ? ts : fallback;
};

const periodText = (from: string, months: number) => `${slashDate(from)}～${slashDate(addDays(dateIn(addMonths(from.slice(0, 6), months), 1), -1))}`;

// ---------------------------------------------------------------------------------------------
// 居宅: 利用者補足情報, 1〜3表

function uphosoku(ctx: SampleContext): Values[] {
  const linkedToPlan = ctx.hosoku === 'plan';
  return ctx.users.map((u) => {
    const rng = rngFor(ctx, 'UPHOSOKU', u);
    const changed = !ctx.yobo && rng.chance(0.3);
    return {
      ...keyOf(ctx, u),
      planDate: linkedToPlan ? u.planDate : '00000000',
      nameKana: fullKana(u.name),
      name: fullName(u.name),
      sex: u.sex,
      birthDate: u.birthDate,
      postalCode: u.address.postalCode,
      address1: u.address.line1,
      address2: u.address.line2,
      phone: u.phone,
      certifiedOn: u.certifiedOn,
      limitStartDate: u.certStart,
      limitEndDate: u.certEnd,
      certificationStatus: '2',
      careLevelChangedOn: changed ? u.certifiedOn : '',
      careLevel: u.careLevel,
      benefitLimit: String(benefitLimitOf(u.careLevel, linkedToPlan ? laterMonth(u.planDate, u.certStart) : ctx.month)),
      previousCareLevel: changed ? u.previousCareLevel : '',
      consentReceiverCode: ctx.careOffice.code,
      updaterCode: ctx.careOffice.code,
      targetMonth: linkedToPlan ? '000000' : ctx.month,
    };
  });
}

const ASSESSMENTS = [
  '自宅での生活を続けたいという本人の意向を踏まえ、入浴と買い物の支援が必要と判断した。',
  '膝の痛みで外出が減り、筋力低下がみられる。家族は日中不在のため見守りが必要。',
  '退院後の在宅生活に不安があり、服薬と食事の管理に支援が必要。',
];
const POLICIES = [
  '本人の「できること」を大切にし、無理のない範囲で自立した生活を続けられるよう支援します。',
  '転倒を予防し、安心して自宅で暮らせるよう関係機関と連携して支援します。\r\n緊急時は長女へ連絡します。',
  '体調の変化に早く気づけるよう、訪問時の観察と情報共有を徹底します。',
];

function up1kyo(ctx: SampleContext): Values[] {
  return ctx.users.map((u) => {
    const rng = rngFor(ctx, 'UP1KYO', u);
    const householdHelp = u.month.lines.some((l) => l.def.name.startsWith('生活援助'));
    const reason = householdHelp ? rng.pick(['1', '2', '3']) : '';
    return {
      ...keyOf(ctx, u),
      createdOn: u.planDate,
      postalCode: u.address.postalCode,
      address1: u.address.line1,
      address2: u.address.line2,
      plannerName: fullName(u.careManager),
      agencyName: ctx.careOffice.name,
      agencyPostalCode: ctx.careOffice.address.postalCode,
      agencyAddress1: ctx.careOffice.address.line1,
      agencyAddress2: ctx.careOffice.address.line2,
      agencyCode: ctx.careOffice.code,
      planDate: u.planDate,
      firstPlanDate: u.firstPlanDate,
      planCategory: u.planCategory,
      certificationStatus: '2',
      certifiedOn: u.certifiedOn,
      certificationStart: u.certStart,
      certificationEnd: u.certEnd,
      careLevel: u.careLevel,
      assessmentResult: u.index === 0 ? `${rng.pick(ASSESSMENTS)}\r\n${AWKWARD_TEXT}` : freeText(rng, rng.pick(ASSESSMENTS)),
      certificationBoardOpinion: rng.chance(0.7) ? '特になし' : freeText(rng, '状態の変化に応じて訪問看護の利用を検討すること。'),
      overallPolicy: freeText(rng, rng.pick(POLICIES)),
      householdSupportReason: reason,
      otherReason: reason === '3' ? freeText(rng, '同居の家族が高齢で家事が困難なため。') : '',
      updaterCode: ctx.careOffice.code,
    };
  });
}

interface PlanItem {
  readonly issue: string;
  readonly goals: readonly {
    readonly long: string;
    readonly short: string;
    readonly supports: readonly { content: string; covered: 'Y' | 'N'; kind: string; officeCode: string; officeName: string; frequency: string }[];
  }[];
}

/** 頻度 of an office's services for the user: 週n回 over all its lines, 毎日 for rentals. */
function weeklyFrequency(u: User, line: ServiceLine): string {
  if (isRentalType(line.office.type)) return '毎日';
  const days = new Set(u.month.lines.filter((l) => l.office.code === line.office.code).flatMap((l) => l.weekdays));
  return `週${days.size}回`;
}

function planItems(ctx: SampleContext, u: User, rng: Rng): PlanItem[] {
  const byType = new Map<string, ServiceLine>();
  for (const l of u.month.lines) if (!byType.has(l.office.type)) byType.set(l.office.type, l);
  const support = (l: ServiceLine, content: string) => ({
    content,
    covered: 'Y' as const,
    kind: catalogueOf(l.office.type).label,
    officeCode: l.office.code,
    officeName: l.office.name,
    frequency: weeklyFrequency(u, l),
  });
  const main = byType.get(ctx.provider.type) ?? u.month.lines[0]!;
  const others = [...byType.values()].filter((l) => l !== main);
  const family = {
    content: freeText(rng, '声かけと見守り'),
    covered: 'N' as const,
    kind: '家族',
    officeCode: '',
    officeName: `${u.familyRelation}（${u.family.family}）`,
    frequency: '随時',
  };
  return [
    {
      issue:
        u.index === 0
          ? `足腰の筋力が低下し、一人で入浴や掃除をすることが難しい。\r\n${AWKWARD_TEXT}`
          : freeText(rng, '足腰の筋力が低下し、一人で入浴や掃除をすることが難しい。'),
      goals: [
        {
          long: '自宅で安全に入浴し、清潔を保てる。',
          short: '介助を受けながら定期的に入浴できる。',
          supports: [support(main, freeText(rng, '入浴介助、着替えの介助、皮膚状態の観察')), family],
        },
      ],
    },
    {
      issue: freeText(rng, '転倒への不安から外出の機会が減り、閉じこもりがちになっている。'),
      goals: [
        {
          long: '転倒せずに屋内外を移動できる。',
          short: '手すりを使って屋内を安全に移動できる。',
          supports: others.map((l) => support(l, isRentalType(l.office.type) ? '手すり・特殊寝台の貸与、定期点検' : '機能訓練、入浴、昼食の提供、送迎')),
        },
        {
          long: '地域の人と交流する機会を持てる。',
          short: '月に２回、地域のサロンに参加できる。',
          supports: [
            {
              content: '地域サロンへの参加（民生委員の同行）',
              covered: 'N',
              kind: 'インフォーマル',
              officeCode: '',
              officeName: 'ひかり町会',
              frequency: '月２回',
            },
          ],
        },
      ],
    },
  ];
}

function up2kyo(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  for (const u of ctx.users) {
    const rng = rngFor(ctx, 'UP2KYO', u);
    // Print-image style (repeated 課題/目標 cells blank) for every other user; full rows for the rest.
    const printImage = u.index % 2 === 0;
    const longPeriod = periodText(u.planDate, 12);
    const shortPeriod = periodText(u.planDate, 6);
    planItems(ctx, u, rng).forEach((item, i) => {
      item.goals.forEach((goal, g) => {
        goal.supports.forEach((s, k) => {
          const firstOfIssue = g === 0 && k === 0;
          const firstOfGoal = k === 0;
          const show = (first: boolean, v: string) => (printImage && !first ? '' : v);
          out.push({
            ...keyOf(ctx, u),
            createdOn: u.planDate,
            planDate: u.planDate,
            issueNo: String(i + 1),
            issue: show(firstOfIssue, item.issue),
            goalNo: String(g + 1),
            longTermGoal: show(firstOfGoal, goal.long),
            shortTermGoal: show(firstOfGoal, goal.short),
            longTermPeriod: show(firstOfGoal, longPeriod),
            shortTermPeriod: show(firstOfGoal, shortPeriod),
            supportNo: String(k + 1),
            serviceContent: s.content,
            insuranceCovered: s.covered,
            serviceKind: s.kind,
            serviceOfficeCode: s.officeCode,
            serviceOfficeName: s.officeName,
            frequency: s.frequency,
            period: shortPeriod,
            updaterCode: ctx.careOffice.code,
          });
        });
      });
    });
  }
  return out;
}

const ACTIVITIES: readonly (readonly [string, string, string])[] = [
  ['起床・洗面', '0630', '0700'],
  ['朝食・服薬', '0730', '0800'],
  ['昼食', '1200', '1230'],
  ['夕食・服薬', '1800', '1830'],
  ['就寝', '2100', '2130'],
];

function up3kyo(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  for (const u of ctx.users) {
    const rng = rngFor(ctx, 'UP3KYO', u);
    const base = { ...keyOf(ctx, u), createdOn: u.planDate, planDate: u.planDate };
    for (const l of u.month.lines) {
      if (l.start === '9999') continue;
      for (const weekday of l.weekdays)
        out.push({
          ...base,
          serviceContent: `${catalogueOf(l.office.type).label}（${l.def.name}）`,
          weekday: String(weekday),
          startTime: l.start,
          endTime: l.end,
        });
    }
    for (const [activity, start, end] of rng.sample(ACTIVITIES, 3))
      out.push({ ...base, dailyActivity: activity, activityStartTime: start, activityEndTime: end });
    const rentals = u.month.lines.filter((l) => isRentalType(l.office.type));
    if (rentals.length > 0) out.push({ ...base, nonWeeklyService: `福祉用具貸与（${[...new Set(rentals.map((l) => l.model))].join('、')}）` });
    const visit = `通院（月１回　${clinicName(rng)}、長女が付き添い）`;
    out.push({ ...base, nonWeeklyService: u.index === 0 ? `${visit}\r\n※ 受診日は "第２水曜日", 変更あり（髙﨑医師）` : freeText(rng, visit) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 第6表 / 第7表 and their deletions

/** 日割対象日: flags from `fromDay` to the month end, 31 characters. */
function proratedFlags(month: string, fromDay: number): string {
  let s = '';
  for (let d = 1; d <= 31; d++) s += d >= fromDay && d <= lastDay(month) ? '1' : '0';
  return s;
}

function slipRows(ctx: SampleContext, actuals: boolean): Values[] {
  const out: Values[] = [];
  const createdOn = actuals ? dateIn(ctx.month, lastDay(ctx.month)) : slipCreatedOn(ctx);
  for (const u of ctx.users) {
    const rng = rngFor(ctx, actuals ? 'UPJSK' : 'UPPLAN', u);
    const lines = actuals ? u.month.lines.filter((l) => l.office.code === ctx.provider.code) : u.month.lines;
    lines.forEach((l, li) => {
      let dates = l.dates;
      // Actuals: now and then a visit was cancelled.
      if (actuals && li === 0 && dates.length > 2 && rng.chance(0.5)) dates = dates.slice(0, -1);
      // A rental that starts mid-month is claimed pro rata (日割): for the second user's first rental line.
      const prorated = !actuals && u.index === 1 && isRentalType(l.office.type) && l === u.month.lines.find((x) => isRentalType(x.office.type));
      for (const date of dates)
        out.push({
          ...keyOf(ctx, u),
          createdOn,
          targetMonth: ctx.month,
          planOfficeCode: ctx.careOffice.code,
          planManagerName: fullName(u.careManager),
          units: String(l.def.units),
          serviceDate: date,
          proratedDays: prorated ? proratedFlags(ctx.month, 10) : '',
          startTime: l.start,
          endTime: l.end,
          serviceCount: '1',
          serviceCode: l.def.code,
          taisCode: l.taisCode,
          notificationCode: l.notificationCode,
          equipmentName: l.equipment,
          detailCode: l.detailCode,
          serviceOfficeCode: l.office.code,
          serviceOfficeName: l.office.name,
          over30Days: '0',
          updaterCode: actuals ? ctx.provider.code : ctx.careOffice.code,
        });
    });
  }
  return out;
}

interface SikyuRow {
  readonly line: ServiceLine;
  count: number;
}

const priceCents = (p: string) => Math.round(Number(p) * 100);
/** Units × price, 1円未満切り捨て (老企第36号). */
const yenOf = (units: number, price: string) => Math.floor((units * priceCents(price)) / 100);
/** A count written only when it is not zero (the printed form leaves a zero cell blank). */
const unlessZero = (n: number) => (n === 0 ? '' : String(n));
/** The later of the months of two dates (YYYYMMDD). */
const laterMonth = (a: string, b: string) => (a > b ? a : b).slice(0, 6);

/** The yen of a part of a user's month at one price and 給付率. */
function costed(units: number, price: string, rate: number) {
  const cost = yenOf(units, price);
  const claim = Math.floor((cost * rate) / 100);
  return { cost, claim, copay: cost - claim };
}

/**
 * 第7表 of each user, arithmetic-consistent (research/issue-13.md §A): one row per office ×
 * service code; per office (one service type each) the lines counted against the category limit
 * carry 給付管理単位数 and the 処遇改善加算 outside it does not; a type with several lines gets its
 * {CD}AAAA subtotal (the 区分対象 lines) and, with a 加算 outside the limit, an {CD}EEEE subtotal;
 * a single line carries its own amounts. Yen are computed once per accounting row: 費用総額 =
 * floor(区分支給限度基準内単位数 × 単価), 請求額 = floor(費用総額 × 給付率), 利用者負担 = the rest,
 * 全額負担 = floor(区分支給限度基準を超える単位数 × 単価). Units over the user's limit (利用者補足情報
 * No.19) are put over the limit from the last office backwards. The 全合計 999999 adds it all up.
 */
function upsikyu(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  const createdOn = slipCreatedOn(ctx);
  for (const u of ctx.users) {
    const base = { ...keyOf(ctx, u), createdOn, targetMonth: ctx.month, over30Days: '0', fixedOfficeCode: TOTAL_OFFICE_CODE, updaterCode: ctx.careOffice.code };
    const rate = Number(rngFor(ctx, 'UPSIKYU', u).pick(['90', '90', '90', '80', '70']));
    // One row per office × service code (rental items with the same code are counted together).
    const groups = new Map<string, SikyuRow[]>();
    for (const l of u.month.lines) {
      const rows = groups.get(l.office.code) ?? [];
      const same = rows.find((r) => r.line.def.code === l.def.code);
      if (same) same.count += l.dates.length;
      else rows.push({ line: l, count: l.dates.length });
      groups.set(l.office.code, rows);
    }
    const amountOf = (r: SikyuRow) => r.line.def.units * r.count;
    const offices = [...groups.values()].map((rows) => {
      const limited = rows.filter((r) => !r.line.outsideLimit);
      const outside = rows.filter((r) => r.line.outsideLimit);
      return {
        rows,
        limited,
        outside,
        office: rows[0]!.line.office,
        units: limited.reduce((n, r) => n + amountOf(r), 0),
        outsideUnits: outside.reduce((n, r) => n + amountOf(r), 0),
        over: 0,
      };
    });
    // Units over the category limit: taken from the last offices first.
    let excess = Math.max(0, offices.reduce((n, o) => n + o.units, 0) - benefitLimitOf(u.careLevel, ctx.month));
    for (const o of [...offices].reverse()) {
      o.over = Math.min(o.units, excess);
      excess -= o.over;
    }
    const total = { amount: 0, bm: 0, over: 0, within: 0, cost: 0, claim: 0, copay: 0, full: 0 };
    for (const o of offices) {
      const price = catalogueOf(o.office.type).unitPrice;
      const within = o.units - o.over;
      const inside = costed(within, price, rate);
      const full = yenOf(o.over, price);
      const accounting = {
        benefitManagementUnits: String(o.units),
        categoryLimitExcessUnits: unlessZero(o.over),
        categoryLimitWithinUnits: String(within),
        unitPrice: price,
        totalCost: String(inside.cost),
        benefitRate: String(rate),
        insuranceClaim: String(inside.claim),
        userCopay: String(inside.copay),
        userFullCost: unlessZero(full),
      };
      const outsideCost = costed(o.outsideUnits, price, rate);
      Object.assign(total, {
        amount: total.amount + o.units + o.outsideUnits,
        bm: total.bm + o.units,
        over: total.over + o.over,
        within: total.within + within,
        cost: total.cost + inside.cost + (o.outside.length ? outsideCost.cost : 0),
        claim: total.claim + inside.claim + (o.outside.length ? outsideCost.claim : 0),
        copay: total.copay + inside.copay + (o.outside.length ? outsideCost.copay : 0),
        full: total.full + full,
      });
      const single = o.rows.length === 1;
      const office = { serviceOfficeName: o.office.name, serviceOfficeCode: o.office.code };
      for (const r of o.rows)
        out.push({
          ...base,
          ...office,
          serviceCode: r.line.def.code,
          taisCode: r.line.taisCode,
          notificationCode: r.line.notificationCode,
          equipmentName: r.line.model,
          units: String(r.line.def.units),
          count: String(r.count),
          unitAmount: String(amountOf(r)),
          ...(single ? accounting : r.line.outsideLimit ? {} : { benefitManagementUnits: String(amountOf(r)) }),
        });
      // 種類別小計: {CD}AAAA (required when a type has several rows) and {CD}EEEE for the 加算 outside
      // the limit; 単位数 0, 割引後率/割引後単位数 empty.
      const subtotal = { ...base, ...office, units: '0', count: '0' };
      if (!single) out.push({ ...subtotal, serviceCode: `${o.office.type}AAAA`, unitAmount: String(o.units), ...accounting });
      if (!single && o.outside.length > 0)
        out.push({
          ...subtotal,
          serviceCode: `${o.office.type}EEEE`,
          unitAmount: String(o.outsideUnits),
          unitPrice: price,
          totalCost: String(outsideCost.cost),
          benefitRate: String(rate),
          insuranceClaim: String(outsideCost.claim),
          userCopay: String(outsideCost.copay),
        });
    }
    // 全合計 999999 with office ALL9 (exactly one per user).
    out.push({
      ...base,
      serviceOfficeCode: TOTAL_OFFICE_CODE,
      serviceCode: TOTAL_SERVICE_CODE,
      units: '0',
      count: '0',
      unitAmount: String(total.amount),
      benefitManagementUnits: String(total.bm),
      categoryLimitExcessUnits: unlessZero(total.over),
      categoryLimitWithinUnits: String(total.within),
      totalCost: String(total.cost),
      insuranceClaim: String(total.claim),
      userCopay: String(total.copay),
      userFullCost: unlessZero(total.full),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 介護予防: 利用者基本情報 (+別表1/2), 介護予防サービス・支援計画書 (+別表)

const LIFE_HISTORIES = [
  '県内の農家に生まれ、結婚後は夫と商店を営んだ。',
  '都内の会社に定年まで勤め、退職後は町会の役員を務めた。',
  '長く小学校の教員を務め、退職後は書道教室を開いていた。',
];
const HOBBIES = ['園芸、草花の世話', '俳句、ラジオ体操', '編み物、テレビの時代劇', '囲碁、散歩'];

function upkihon(ctx: SampleContext): Values[] {
  return ctx.users.map((u) => {
    const rng = rngFor(ctx, 'UPKIHON', u);
    const method = rng.pick(['01', '02', '03']);
    const repeat = rng.chance(0.5);
    const inHospital = rng.chance(0.2);
    const emergencyAddress = fakeAddress(rng);
    const second = rng.chance(0.5);
    return {
      ...keyOf(ctx, u),
      consultationDate: u.consultationDate,
      planKind: u.careLevel === '12' || u.careLevel === '13' ? '1' : '2',
      outsourced: rng.pick(['1', '2']),
      preparerName: fullName(u.careManager),
      consultationMethod: method,
      consultationMethodOther: method === '03' ? freeText(rng, '自宅への訪問') : '',
      consultationCount: repeat ? '02' : '01',
      previousConsultationDate: repeat ? addDays(u.consultationDate, -rng.int(90, 200)) : '',
      userStatus: inHospital ? '02' : '01',
      userStatusDetail: inHospital ? freeText(rng, `${clinicName(rng)}に入院中（退院予定あり）`) : '',
      nameKana: fullKana(u.name),
      name: fullName(u.name),
      sex: u.sex,
      birthDate: u.birthDate,
      address: u.address.line2 ? `${u.address.line1}　${u.address.line2}` : u.address.line1,
      phone: u.phone,
      fax: rng.chance(0.3) ? phoneNumber(rng) : '',
      physicalIndependenceLevel: rng.pick(['11', '12', '21']),
      dementiaIndependenceLevel: rng.pick(['01', '02', '03']),
      careLevel: u.careLevel,
      certificationStartDate: u.certStart,
      certificationEndDate: u.certEnd,
      previousCareLevel: u.previousCareLevel,
      checklistResult: rng.pick(['1', '2']),
      checklistDate: u.consultationDate,
      disabilityPhysical: '0',
      disabilityIntellectual: '0',
      disabilityMental: '0',
      disabilityIntractable: '0',
      housingType: rng.pick(['05', '06', '07', '08']),
      roomFloor: String(rng.int(1, 3)),
      homeModification: rng.pick(['1', '2']),
      pensionNational: '1',
      pensionEmployee: rng.pick(['0', '1']),
      pensionDisability: '0',
      publicAssistance: u.insuredNumber.startsWith('H') ? '1' : '0',
      economicNotes: freeText(rng, '年金収入で生活。'),
      visitorName: fullName(u.family),
      visitorAddress: emergencyAddress.line1,
      visitorPhone: phoneNumber(rng, true),
      visitorRelation: u.familyRelation,
      emergency1Name: fullName(u.family),
      emergency1Relation: u.familyRelation,
      emergency1Address: emergencyAddress.line1,
      emergency1Phone: phoneNumber(rng, true),
      emergency2Name: second ? fullName(personName(rng, rng.chance(0.5) ? '1' : '2')) : '',
      emergency2Relation: second ? '民生委員' : '',
      emergency2Phone: second ? phoneNumber(rng) : '',
      familyImageFileName: imageFileName(ctx, u),
      familyRelations: freeText(rng, `${u.familyRelation}と二人暮らし。${relation(rng)}は近隣に住み週末に来訪。`),
      lifeHistory: u.index === 0 ? `${rng.pick(LIFE_HISTORIES)}\r\n${AWKWARD_TEXT}` : freeText(rng, rng.pick(LIFE_HISTORIES)),
      dailyLife: freeText(rng, '日中は居間でテレビを見て過ごすことが多い。'),
      hobbies: rng.pick(HOBBIES),
      communityRelations: freeText(rng, '近所の友人と月に数回お茶を飲む。'),
      publicServices: ctx.provider.name,
      informalServices: rng.pick(['配食サービス（民間）', '見守りサービス（電気ポット）', '']),
      consentDate: u.consultationDate,
      consentName: fullName(u.name),
    };
  });
}

const DAY_SCHEDULE: readonly (readonly [string, string, string])[] = [
  ['0630', '起床・洗面', '朝食の準備'],
  ['0800', '朝食・服薬', '出勤'],
  ['1000', '体操（テレビ）', ''],
  ['1200', '昼食', ''],
  ['1500', '散歩・買い物', ''],
  ['1830', '夕食・服薬', '帰宅・夕食の準備'],
  ['2100', '就寝', '就寝前の声かけ'],
];

function upkihonSub1(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  for (const u of ctx.users) {
    const rng = rngFor(ctx, 'UPKIHON_SUB1', u);
    rng.sample(DAY_SCHEDULE, rng.int(4, 6)).forEach(([time, life, carer], i) => {
      const userLife = u.index === 0 && i === 0 ? `${life}, 血圧測定\r\n（"朝の体操" ①②を実施）` : freeText(rng, life, 0.15);
      out.push({ ...keyOf(ctx, u), consultationDate: u.consultationDate, time: clockText(time), userLife, carerLife: carer });
    });
  }
  return out;
}

const DISEASES: readonly (readonly [string, string])[] = [
  ['高血圧症', '降圧剤の内服'],
  ['変形性膝関節症', '湿布、リハビリ'],
  ['糖尿病', '食事療法、内服'],
  ['骨粗しょう症', '内服、定期的な骨密度検査'],
  ['白内障', '術後の経過観察'],
];

function upkihonSub2(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  for (const u of ctx.users) {
    const rng = rngFor(ctx, 'UPKIHON_SUB2', u);
    rng.sample(DISEASES, rng.int(2, 3)).forEach(([disease, treatment], i) => {
      const onset = dateIn(addMonths(u.consultationDate.slice(0, 6), -rng.int(12, 240)), 1);
      out.push({
        ...keyOf(ctx, u),
        consultationDate: u.consultationDate,
        onsetDate: rng.chance(0.5) ? warekiMonth(onset) : `${onset.slice(0, 4)}/${Number(onset.slice(4, 6))}`,
        disease,
        medicalInstitution: `${clinicName(rng)}　${rng.pick(['髙木', '中村', '小林', '山﨑'])}医師`,
        attendingPhysicianFlag: i === 0 ? '1' : '2',
        medicalPhone: phoneNumber(rng),
        progress: rng.pick(['01', '02', '03']),
        treatmentDetail:
          u.index === 0 && i === 0 ? `${treatment}, 月１回受診。\r\n医師より "減塩を継続" との指示（㈱髙﨑薬局で処方、Ⅲ期）` : freeText(rng, treatment),
      });
    });
  }
  return out;
}

const AREAS = [
  ['mobility', '屋内は伝い歩き。屋外は杖を使用し、長距離は休み休み歩く。', '買い物に一人で行けるようになりたい。'],
  ['dailyLife', '掃除や重い物の買い物が難しい。調理は簡単なものならできる。', '自分でできる家事は続けたい。'],
  ['social', '外出の機会が減り、友人との交流が少なくなっている。', '地域のサロンに参加したい。'],
  ['health', '血圧が高めで、服薬を忘れることがある。', '薬を忘れずに飲めるようにしたい。'],
] as const;

function upyobo(ctx: SampleContext): Values[] {
  return ctx.users.map((u) => {
    const rng = rngFor(ctx, 'UPYOBO', u);
    const v: Values = {
      ...keyOf(ctx, u),
      planDate: u.planDate,
      planKind: u.careLevel === '12' || u.careLevel === '13' ? '1' : '2',
      outsourced: rng.pick(['1', '2']),
      referenceNumber: `${u.planDate.slice(0, 4)}-${String(u.index + 1).padStart(4, '0')}`,
      name: fullName(u.name),
      certificationDate: u.certifiedOn,
      certificationStartDate: u.certStart,
      certificationEndDate: u.certEnd,
      planCategory: u.planCategory,
      certificationStatus: '2',
      supportLevel: u.careLevel === '13' ? '2' : '1',
      centerStaffName: fullName(ctx.careManagers[0]!),
      careManagerName: fullName(u.careManager),
      plannerOfficeName: ctx.careOffice.name,
      plannerOfficeAddress: ctx.careOffice.address.line1,
      plannerOfficePhone: ctx.careOffice.phone,
      firstPlanDate: u.firstPlanDate,
      supportCenter: `${/^東京都(.+?区)/.exec(ctx.careOffice.address.line1)?.[1] ?? ''}地域包括支援センター`,
      goalDay: freeText(rng, '朝の体操を毎日続ける。'),
      goalYear: freeText(rng, '娘と一緒に旅行に行く。'),
      healthNotes: u.index === 0 ? AWKWARD_TEXT : freeText(rng, '血圧測定を毎朝行い、記録する。'),
      supportPolicy: freeText(rng, '本人の意欲を大切にし、できることを増やす支援を行う。'),
      overallPolicy: freeText(rng, '運動機能の維持と社会参加の促進を図る。\r\n家族と連携し見守り体制を整える。'),
      centerOpinion: rng.chance(0.5) ? '計画のとおり実施してください。' : '',
      consentDate: addDays(u.planDate, rng.int(0, 5)),
      consentName: fullName(u.name),
    };
    for (const [area, status, wish] of AREAS) {
      const hasIssue = rng.chance(0.6);
      v[`${area}Status`] = freeText(rng, status, 0.2);
      v[`${area}Wishes`] = wish;
      v[`${area}Issue`] = hasIssue ? '1' : '2';
      v[`${area}IssueDetail`] = hasIssue ? freeText(rng, '筋力の低下と活動量の減少による。', 0.2) : '';
    }
    for (const k of ['Exercise', 'Nutrition', 'Oral', 'Seclusion', 'Memory', 'Depression']) {
      const n = rng.int(0, 4);
      v[`checklist${k}`] = String(n);
      v[`program${k}`] = n >= 2 ? '1' : '2';
    }
    return v;
  });
}

function upyoboSub(ctx: SampleContext): Values[] {
  const out: Values[] = [];
  for (const u of ctx.users) {
    const rng = rngFor(ctx, 'UPYOBO_SUB', u);
    const period = periodText(u.planDate, 6);
    const provided = u.month.lines.filter((l, i, all) => all.findIndex((x) => x.office.code === l.office.code) === i);
    const plans = [
      {
        issue:
          u.index === 0
            ? `足腰の筋力低下により、買い物や掃除が難しくなっている。\r\n${AWKWARD_TEXT}`
            : freeText(rng, '足腰の筋力低下により、買い物や掃除が難しくなっている。'),
        proposal: '筋力をつけて、近所のスーパーに一人で行けるようにする。',
        intent: '本人：頑張りたい。家族：無理はしないでほしい。',
        goal: '週１回、一人で買い物に行ける。',
        supports: [
          {
            points: '無理のない範囲で運動を続ける。',
            self: '自宅での体操（毎朝）',
            insured: '通所型サービスでの機能訓練',
            services: provided.filter((l) => !isRentalType(l.office.type)),
          },
          {
            points: '転倒を防ぐ環境を整える。',
            self: '家族による段差の片付け',
            insured: '福祉用具貸与（手すり）',
            services: provided.filter((l) => isRentalType(l.office.type)),
          },
        ],
      },
      {
        issue: freeText(rng, '外出の機会が減り、人との交流が少ない。'),
        proposal: '地域の活動に参加する機会をつくる。',
        intent: '本人：友人に会いたい。',
        goal: '月２回、サロンに参加する。',
        supports: [{ points: '参加のきっかけづくり', self: '民生委員の声かけ', insured: '', services: [] as ServiceLine[] }],
      },
    ];
    plans.forEach((p, i) => {
      p.supports.forEach((s, j) => {
        const rows = s.services.length > 0 ? s.services : [undefined];
        rows.forEach((l, k) => {
          const firstOfIssue = j === 0 && k === 0;
          const firstOfPlan = k === 0;
          out.push({
            ...keyOf(ctx, u),
            planDate: u.planDate,
            issueNo: String(i + 1),
            overallIssue: firstOfIssue ? p.issue : '',
            goalProposal: firstOfIssue ? p.proposal : '',
            userFamilyIntent: firstOfIssue ? p.intent : '',
            goal: firstOfIssue ? p.goal : '',
            supportPlanNo: String(j + 1),
            supportPoints: firstOfPlan ? s.points : '',
            selfCareInformal: firstOfPlan ? s.self : '',
            insuredServices: firstOfPlan ? s.insured : '',
            serviceNo: l ? String(k + 1) : '',
            serviceKind: l ? catalogueOf(l.office.type).label : '',
            serviceProvider: l ? l.office.name : '',
            servicePeriod: l ? period : '',
          });
        });
      });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

type Builder = (ctx: SampleContext) => Values[];

const BUILDERS: Readonly<Record<KindId, Builder>> = {
  UPHOSOKU: uphosoku,
  UP1KYO: up1kyo,
  DLT1KYO: (ctx) => ctx.users.map((u) => ({ ...keyOf(ctx, u), planDate: u.planDate })),
  UP2KYO: up2kyo,
  UP3KYO: up3kyo,
  UPPLAN: (ctx) => slipRows(ctx, false),
  UPJSK: (ctx) => slipRows(ctx, true),
  DLTPLAN: (ctx) => ctx.users.map((u) => ({ ...keyOf(ctx, u), targetMonth: ctx.month })),
  DLTJSK: (ctx) => ctx.users.map((u) => ({ ...keyOf(ctx, u), targetMonth: ctx.month, serviceOfficeCode: ctx.provider.code, serviceType: ctx.provider.type })),
  UPSIKYU: upsikyu,
  UPKIHON: upkihon,
  DLTKIHON: (ctx) => ctx.users.map((u) => ({ ...keyOf(ctx, u), consultationDate: u.consultationDate })),
  UPKIHON_SUB1: upkihonSub1,
  UPKIHON_SUB2: upkihonSub2,
  UPYOBO: upyobo,
  DLTYOBO: (ctx) => ctx.users.map((u) => ({ ...keyOf(ctx, u), planDate: u.planDate })),
  UPYOBO_SUB: upyoboSub,
};

/** The records of a kind for a context, every key present. */
export function buildRecords(kind: KindId, ctx: SampleContext): Values[] {
  const builder = BUILDERS[kind];
  if (!builder) throw new RangeError(`sample: kind is not a file kind (got ${describeValue(kind)})`);
  return builder(ctx).map((v) => complete(kind, v));
}
