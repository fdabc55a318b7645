/** Every format of the spec's 書式 column, one object each (spec/format.ts). */
import type { FieldFormat } from '../fields.js';
import type { Format } from '../format.js';
import { hhmm, yyyymm, yyyymmdd } from './dates.js';
import { imageFileName, officeCode, insuredNumber, phone, postalCode, serviceCode, serviceType, taisCode } from './identifiers.js';
import { decimal, digits, integer } from './numbers.js';
import { code, dayFlags31, free, notUsed, text } from './text.js';

export const FORMATS: Readonly<Record<FieldFormat, Format>> = {
  yyyymm,
  yyyymmdd,
  hhmm,
  free,
  code,
  integer,
  decimal,
  digits,
  officeCode,
  serviceType,
  insuredNumber,
  postalCode,
  serviceCode,
  dayFlags31,
  taisCode,
  phone,
  text,
  notUsed,
  imageFileName,
};

export * from './chars.js';
